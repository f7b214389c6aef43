// The floor under `npm run size`'s code-only figure: what the module carries
// before any element. Lit's core, and the run-time validation that
// issue 2 requires (zod/mini with the content-pack schema and its path-named
// messages). Never shipped; bundled only to be measured.
export { LitElement, css, html } from 'lit';
export { validatePack } from '../../src/content/validate.js';
