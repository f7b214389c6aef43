/**
 * Vite plugin: minifies the text of the kit's `html`, `svg` and `css` tagged
 * templates (the JS minifier leaves template text alone) with the Lit team's
 * `@lit-labs/rollup-plugin-minify-html-literals`: TypeScript finds the
 * templates (so comments and strings in `${…}` are code, never text),
 * html-minifier-next folds the markup and Lightning CSS minifies the styles.
 * The module and the demo both use it, so the demo previews exactly what a
 * pasted snippet renders. tests/cli/minify-templates.test.mjs holds it to this.
 *
 * Settings that differ from the plugin's defaults, each because the default
 * would change what a reader gets:
 * - `conservativeCollapse`: a run of white space becomes one space, never
 *   none. html-minifier drops white space it believes renders as nothing, but
 *   it sees one template at a time: the space in
 *   html`<span class="visually-hidden"> ${opensInNewTab}</span>` is what keeps
 *   a screen reader from running "Book" into "opens in a new tab". (Dropping
 *   the spaces next to block-level tags as well, as the kit's earlier
 *   hand-written folder did, saved 22 bytes gzip: not worth a rule of our own.)
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

const strategy: typeof defaultStrategy = {
  ...defaultStrategy,
  minifyCSS(css) {
    if (css.includes('{')) return defaultStrategy.minifyCSS!(css, cssOptions);
    return transformStyleAttribute({ filename: 'tokens.css', code: Buffer.from(css), minify: true, ...cssOptions }).code.toString();
  },
};

const options: CustomOptions<typeof strategy> = {
  strategy,
  minifyOptions: { conservativeCollapse: true, keepClosingSlash: true },
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
