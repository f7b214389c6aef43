import { LitElement, html, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { unsafeStatic, html as shtml } from 'lit/static-html.js';
export { LitElement, html, css, repeat, live, guard, unsafeStatic, shtml };
