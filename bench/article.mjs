// The variants of bench/article.html (a clinic article with the four widgets
// near the top) that scripts/bench.mjs loads with Lighthouse-style
// throttling. Each is a complete HTML page, served from memory.
//   static       the widgets' content as static HTML (bench/static-page.mjs), no JavaScript
//   prerendered  the page through dist/render.js (declarative shadow DOM), the module as usual
//   plain        the page as written: the two-line embed
//   reserved     plain, with each element's space reserved in CSS, as the README's Embed section advises
//   blocking     plain, with the module loaded render-blocking (blocking="render"), the README's other advice
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { css, staticWidgets } from './static-page.mjs';

export const ARTICLE_VARIANTS = ['static', 'prerendered', 'plain', 'reserved', 'blocking'];
const SCRIPT = '<script type="module" src="/dist/clinic-widgets.js"></script>';
const WIDGETS = /<clinic-warning-signs>[\s\S]*<\/clinic-contact>/;

/**
 * Builds every variant. `heights` (CSS px per tag, measured by the caller
 * at the benchmark's viewport) is what the reserved variant sets as each
 * element's min-height. The pre-rendered variant is a string saying why it
 * is missing when dist/render.js is not built.
 */
export async function articleVariants(root, pack, { heights, base }) {
  const plain = readFileSync(join(root, 'bench/article.html'), 'utf8');
  if (!plain.includes(SCRIPT) || !WIDGETS.test(plain)) throw new Error('bench/article.html lost its script tag or its four widgets');
  const variants = { plain };
  variants.static = plain.replace(SCRIPT, `<style>\n${css()}\n    </style>`).replace(WIDGETS, () => staticWidgets(pack));
  const reserve = Object.entries(heights ?? {})
    .map(([tag, px]) => `${tag} { display: block; min-height: ${Math.round(px)}px; }`)
    .join('\n      ');
  variants.reserved = plain.replace('</style>', `  ${reserve}\n    </style>`);
  variants.blocking = plain.replace(SCRIPT, SCRIPT.replace('<script ', '<script blocking="render" '));
  const renderer = join(root, 'dist/render.js');
  if (existsSync(renderer)) {
    const { render } = await import(pathToFileURL(renderer).href);
    variants.prerendered = await render(plain, { base });
  } else {
    variants.prerendered = 'pending: dist/render.js missing';
  }
  return variants;
}
