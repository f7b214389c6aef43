import { LitElement, html, css } from 'lit';
export { LitElement, html, css };
