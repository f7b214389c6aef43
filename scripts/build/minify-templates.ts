/**
 * Vite plugin: minifies the text of Lit's `css` and `html`/`svg` tagged
 * templates in the kit's own sources (the JS minifier leaves template text
 * alone). CSS loses comments and needless white space; markup has each run of
 * white space folded to one space, which HTML renders the same (the kit has
 * no <pre> or <textarea> templates), and white space next to a block-level
 * tag removed (it renders as nothing there, and each run would be a text
 * node: a quarter of the FAQ's nodes).
 */
import type { Plugin } from 'vite';

const TAGS = /(?<![\w$.])(css|html|svg|staticHtml)`/g;

/** Index just past the `}` that closes a `${` opened before `start`. */
function skipExpression(code: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < code.length && depth > 0) {
    const c = code[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' || c === "'") {
      const q = c;
      i++;
      while (i < code.length && code[i] !== q) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '`') i = skipTemplate(code, i + 1, null).end - 1;
    i++;
  }
  return i;
}

/** Scans a template literal body from `start` (after the backtick); `fold` rewrites its text parts. */
function skipTemplate(code: string, start: number, fold: ((text: string) => string) | null): { end: number; out: string } {
  let i = start;
  let out = '';
  let text = '';
  const flush = () => {
    out += fold ? fold(text) : text;
    text = '';
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return { end: i + 1, out };
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const close = skipExpression(code, i + 2);
      // Templates nested in the expression are folded too.
      out += fold ? '${' + minifyTemplates(code.slice(i + 2, close - 1)) + '}' : code.slice(i, close);
      i = close;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return { end: i, out };
}

export const foldCss = (t: string) =>
  t
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');

/** Elements whose boxes are blocks: white space next to their tags renders as nothing, so it is dropped (fewer DOM nodes). */
const BLOCK = '(?:article|aside|dd|details|div|dl|dt|fieldset|footer|form|h[1-6]|header|legend|li|main|nav|ol|p|path|section|summary|ul)';
const SPACE_AFTER_BLOCK_TAG = new RegExp(`(<\\/?${BLOCK}\\b[^<>]*>)\\s+`, 'g');
const SPACE_BEFORE_BLOCK_TAG = new RegExp(`\\s+(?=<\\/?${BLOCK}\\b)`, 'g');

export const foldMarkup = (t: string) =>
  t.replace(SPACE_AFTER_BLOCK_TAG, '$1').replace(SPACE_BEFORE_BLOCK_TAG, '').replace(/\s+/g, ' ');

export function minifyTemplates(code: string): string {
  let out = '';
  let last = 0;
  for (const m of code.matchAll(TAGS)) {
    const start = m.index! + m[0].length;
    if (start < last) continue; // inside a template already handled
    const fold = m[1] === 'css' ? foldCss : foldMarkup;
    const { end, out: body } = skipTemplate(code, start, fold);
    out += code.slice(last, start) + body + '`';
    last = end;
  }
  return out + code.slice(last);
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'clinic-widgets:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
