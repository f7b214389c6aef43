import { LitElement, html, css } from 'lit';
import { validatePack } from '../src/content/validate';
export { LitElement, html, css, validatePack };
