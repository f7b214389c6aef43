/**
 * Vite plugin: minifies the text of the kit's `html`, `svg` and `css` tagged
 * templates (the JS minifier leaves template text alone) with the Lit team's
 * `@lit-labs/rollup-plugin-minify-html-literals`: TypeScript finds the
 * templates (so comments and strings in `${…}` are code, never text),
 * html-minifier-next folds the markup and Lightning CSS minifies the styles.
 * The module and the demo both use it, so the demo previews exactly what a
 * pasted snippet renders. tests/cli/minify-templates.test.mjs holds it to this.
 *
 * Where it differs from the plugin's defaults, each time because the default
 * would change what a reader gets:
 * - html-minifier drops white space that renders as nothing (next to a
 *   block-level tag, at the start or end of a block), which also spares the
 *   DOM a text node for each run. But it sees one template at a time, as if it
 *   were a whole document, and would drop the space in
 *   html` <span class="value">${value}</span>` or in
 *   html`<span class="visually-hidden"> ${opensInNewTab}</span>`, which keeps
 *   "Call" from running into the number, or "Book" into "(opens in a new
 *   tab)". So each template is minified between two invisible characters, as
 *   the inline run it may be part of, and they are cut off again. (Keeping one
 *   space for every run instead, html-minifier's `conservativeCollapse`, left
 *   the FAQ 13 % more nodes, all blank text.)
 * - `keepClosingSlash`: `<path …/>` inside `<svg>` is foreign content, where
 *   the slash closes the element; without it each path nests in the one before.
 * - Lightning CSS rewrites `(max-width: 30em)` as `(width<=30em)`, which Safari
 *   before 16.4 ignores, unless told to compile range syntax back.
 * - A `css` template of declarations alone (a theme's tokens, spread into rules
 *   elsewhere) is not a style sheet; Lightning CSS minifies it as the body of a
 *   `style` attribute, which is what it is.
 * - A `staticHtml` template whose tag name is an expression (`<${tag}>`) is
 *   left as written: html-minifier cannot parse it, and it has no white space.
 */
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  type CustomOptions,
  type DefaultOptions,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { Features, transformStyleAttribute } from 'lightningcss';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const cssOptions = { include: Features.MediaRangeSyntax };

/** U+2060 WORD JOINER: text that is no white space, around each template while it is minified. */
const EDGE = '\u2060';

const strategy: typeof defaultStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const min = await defaultStrategy.minifyHTML(EDGE + html + EDGE, options);
    if (!min.startsWith(EDGE) || !min.endsWith(EDGE)) throw new Error(`the template's edges were lost in minifying: ${html.slice(0, 80)}`);
    return min.slice(EDGE.length, -EDGE.length);
  },
  minifyCSS(css) {
    if (css.includes('{')) return defaultStrategy.minifyCSS!(css, cssOptions);
    return transformStyleAttribute({ filename: 'tokens.css', code: Buffer.from(css), minify: true, ...cssOptions }).code.toString();
  },
};

const options: CustomOptions<typeof strategy> = {
  strategy,
  minifyOptions: { keepClosingSlash: true },
  shouldMinify: (template) => defaultShouldMinify(template) && !template.parts.some((part) => /<\/?$/.test(part.text)),
};

export function minifyTemplates(): Plugin {
  return minifyHTMLLiterals({
    include: [resolve(import.meta.dirname, '../../src/**/*.ts')],
    failOnError: true,
    // The plugin's type for `options` leaves out a custom strategy, which its code supports.
    options: options as Partial<DefaultOptions>,
  }) as unknown as Plugin; // typed as a Rollup plugin; Vite runs its one hook, `transform`, as is
}
