/**
 * `clinic-widgets/render`: pre-renders the kit's elements in an HTML page as
 * declarative shadow DOM (`<template shadowrootmode="open">`), in Node, with
 * Lit's own server renderer (`@lit-labs/ssr`). The markup is what the element
 * renders in the browser for its attributes, language, region and the
 * page-wide settings of the kit's script tag in the same page, so a visitor
 * sees the widgets at first paint, styled, and reads them with JavaScript off;
 * when the module loads, each element takes its markup over unchanged
 * (see `src/internal/prerendered.ts`).
 *
 * ```js
 * import { render } from 'clinic-widgets/render';
 * const html = await render(await readFile('page.html', 'utf8'), { base: 'https://clinic.example/' });
 * ```
 *
 * Everything outside the kit's elements is kept byte for byte: the page is
 * parsed (parse5, as browsers parse) only to find the elements and their
 * context, and the output is the input with markup inserted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { render as ssrRender } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { configure, settingsFromScript, type PageSettings } from '../internal/settings.js';
import { MOUNT_TAGS } from '../internal/mount.js';
import { NO_SCRIPT, noScriptMarkup } from '../internal/no-script.js';
import { MAX_PACK_BYTES, parsePackText } from '../content/loader.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /**
   * Where relative pack URLs (`src`, the script tag's `data-src`) are read
   * from: a folder path or a URL (`file:`, `https:`, `http:`). Default: the
   * current folder. Give the site's root for root-relative URLs.
   */
  base?: string | URL;
  /** Called with each author mistake found while rendering (also printed by the command line). Default: `console.warn`. */
  warn?: (message: string) => void;
}

const KIT_TAGS = new Set(Object.values(MOUNT_TAGS));
/** The types of an inline pack's script the browser reads. */
const JSON_TYPE = /^application\/([\w.+-]+\+)?json$/i;
/** The attributes a mount point keeps as they are (the others are its `data-*` ones, mapped to the element's attributes). */
const KEPT = new Set(['id', 'class', 'style', 'lang', 'hidden']);

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrText = (attrs: [string, string][]) => attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Lit's hydration markers: this kit takes pre-rendered markup over without hydrating, so they are only bytes. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*?-->|<\?(?:lit\$\d+\$)?>/g;

/** A start tag, and a boolean attribute written as "false" in it (see renderElement). */
const START_TAG = /<[a-z][^<>]*>/g;
const FALSE_BOOLEAN = / (?:checked|disabled|selected|readonly|required|multiple)="false"/g;

/** What one kit element in the page becomes. */
interface Target {
  node: Element;
  tag: string;
  /** The element's attributes (for a mount point: the ones it maps to). */
  attrs: [string, string][];
  /** The language in force: its own `lang`, else the closest ancestor's. */
  lang: string;
  mount: boolean;
}

/** The kit element a node is (a tag or a mount point), if any. */
function targetOf(el: Element, lang: string): Target | undefined {
  const own = (el.attrs.map((a) => [a.name, a.value]) as [string, string][]);
  if (KIT_TAGS.has(el.tagName)) return { node: el, tag: el.tagName, attrs: own, lang, mount: false };
  const widget = attrOf(el, 'data-clinic-widget');
  if (widget === undefined || ['script', 'template', 'style'].includes(el.tagName)) return undefined;
  const tag = MOUNT_TAGS[widget.trim().toLowerCase().replace(/^clinic-/, '')];
  if (!tag) return undefined;
  const attrs: [string, string][] = [];
  for (const [name, value] of own) {
    if (name === 'data-clinic-widget') continue;
    if (KEPT.has(name)) attrs.push([name, value]);
    else if (name.startsWith('data-')) attrs.push([name.slice(5), value]);
  }
  return { node: el, tag, attrs, lang, mount: true };
}

/** Finds the kit's elements, the kit's script tag and the page's inline JSON scripts. */
function scan(doc: DefaultTreeAdapterMap['document']) {
  const targets: Target[] = [];
  const inline = new Map<string, string>();
  let script: Element | undefined;
  const walk = (node: Node, lang: string) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const c of node.childNodes) walk(c, lang);
      return;
    }
    const el = node as Element;
    const here = attrOf(el, 'lang') || lang;
    if (el.tagName === 'script') {
      const id = attrOf(el, 'id');
      // As the browser reads them (src/content/loader.ts): type application/json (or +json), the first script with an id.
      if (id && JSON_TYPE.test(attrOf(el, 'type') ?? '') && !inline.has(id)) inline.set(id, el.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
      if (!script && /clinic-widgets/.test(attrOf(el, 'src') ?? '')) script = el;
      return;
    }
    const target = targetOf(el, here);
    // An element already pre-rendered is left as it is, so rendering twice changes nothing.
    const done = el.childNodes.some((c) => 'tagName' in c && c.tagName === 'template' && attrOf(c as Element, 'shadowrootmode'));
    if (target && !done) targets.push(target);
    if (target) return; // the kit's elements are not nested
    if (el.tagName === 'template' && 'content' in el) walk((el as DefaultTreeAdapterMap['template']).content, here);
    for (const c of el.childNodes) walk(c, here);
  };
  walk(doc, '');
  return { targets, inline, script };
}

/** Where a pack's `src` is read from: against `base`; a root-relative `src` against a folder base is inside that folder (the site's root). */
const packUrl = (src: string, base: URL) => new URL(base.protocol === 'file:' && src.startsWith('/') && !src.startsWith('//') ? `.${src}` : src, base);

/** Reads a pack from a URL or file path, with the browser's checks (JSON content type, size in bytes, no prototype keys): its data, or a reason. */
async function readPack(src: string, base: URL): Promise<unknown> {
  const url = packUrl(src, base);
  let text: string;
  if (url.protocol === 'file:') text = await readFile(url, 'utf8');
  else if (url.protocol === 'https:' || url.protocol === 'http:') {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new Error(`not JSON (content type "${type || 'none'}"), which the browser refuses`);
    text = await response.text();
  } else throw new Error('not a file or http(s) URL');
  return parsed(text);
}

/** Pack text as the browser takes it: at most MAX_PACK_BYTES bytes of UTF-8, valid JSON, no prototype keys. */
function parsed(text: string): unknown {
  if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES) throw new Error(`larger than ${MAX_PACK_BYTES / 1024} KiB`);
  const result = parsePackText(text);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`).join('; '));
  return result.data;
}

const toBase = (base: RenderOptions['base']): URL => {
  if (base instanceof URL) return base;
  if (base && /^[a-z][a-z0-9+.-]*:/i.test(base) && !/^[a-z]:[\\/]/i.test(base)) return new URL(base.endsWith('/') ? base : `${base}/`);
  const path = base ?? process.cwd();
  return pathToFileURL(path.endsWith('/') ? path : `${path}/`);
};

/** The settings keys a page can set, all cleared, so one page's settings never leak into the next render. */
const CLEARED: PageSettings = {
  region: undefined,
  emergencyNumber: undefined,
  src: undefined,
  clinic: { name: undefined, phone: undefined, whatsapp: undefined, email: undefined, address: undefined, hours: undefined, bookingUrl: undefined, mapUrl: undefined },
};

/** Renders one element with Lit's server renderer: its host attributes (with reflected ones) and its shadow root's markup. */
async function renderElement(t: Target, pack: unknown): Promise<{ host: [string, string][]; shadow: string }> {
  const attrs = t.attrs.filter(([n]) => n !== 'lang');
  if (t.lang) attrs.push(['lang', t.lang]);
  const tag = unsafeStatic(t.tag);
  const result = await collectResult(ssrRender(staticHtml`<${tag}${unsafeStatic(attrText(attrs))} .pack=${pack}></${tag}>`));
  const start = result.indexOf(`<${t.tag}`);
  const open = result.indexOf('<template', start);
  const close = result.lastIndexOf('</template>', result.lastIndexOf(`</${t.tag}>`));
  const hostTag = result.slice(start, result.indexOf('>', start) + 1);
  const host = ((parseFragment(`${hostTag}</${t.tag}>`).childNodes[0] as Element).attrs.map((a) => [a.name, a.value]) as [string, string][]);
  let template = result
    .slice(open, close + '</template>'.length)
    .replace(LIT_MARKERS, '')
    // Lit's renderer reflects a false boolean property as `checked="false"`, which HTML reads as ticked.
    .replace(START_TAG, (tag) => tag.replace(FALSE_BOOLEAN, ''));
  if (NO_SCRIPT[t.tag]) template = template.replace('</style>', `</style>${noScriptMarkup(t.tag)}`);
  // Lit writes the older `shadowroot` attribute too; browsers that pre-render use `shadowrootmode`.
  return { host, shadow: template.replace(/^<template shadowroot="open" /, '<template ') };
}

/**
 * Pre-renders every kit element in `page` (tags and `data-clinic-widget`
 * mount points) as declarative shadow DOM and returns the page. Author
 * mistakes are reported through `options.warn` and rendered as the browser
 * would (the bundled content instead of a pack that cannot be used).
 */
export function render(page: string, options: RenderOptions = {}): Promise<string> {
  // One page at a time: the page-wide settings (and what was said) are the process's while a page renders.
  const turn = queue.then(() => renderPage(page, options));
  queue = turn.catch(() => undefined);
  return turn;
}
let queue: Promise<unknown> = Promise.resolve();

/** Stores of the kit that a browser page keeps for its lifetime: on the server, each page starts afresh. */
const PAGE_STORES = [Symbol.for('clinic-widgets.settings'), Symbol.for('clinic-widgets.reported')];

async function renderPage(page: string, options: RenderOptions): Promise<string> {
  const consoleWarn = console.warn;
  const consoleError = console.error;
  const warn = options.warn ?? ((m: string) => consoleWarn(m));
  const g = globalThis as unknown as Record<symbol, { said?: Set<string> } & Set<string>>;
  g[PAGE_STORES[0]!]?.said?.clear();
  g[PAGE_STORES[1]!]?.clear?.();
  // The elements report their mistakes on the console, as in a browser: here they go where the caller asked.
  // The renderer hands an element its pack as a property; the message names the pack as the page gives it, and
  // is said once per page, as the browser says it once per pack (two packs with the same mistake are two messages).
  const packOf: { name?: string } = {};
  const told = new Set<string>();
  console.warn = console.error = (...args: unknown[]) => {
    const message = args.map(String).join(' ').replace('The content pack pack property ', `The content pack ${packOf.name ?? 'pack property'} `);
    if (!told.has(message)) warn(message);
    told.add(message);
  };
  try {
    return await renderInto(page, options, warn, packOf);
  } finally {
    console.warn = consoleWarn;
    console.error = consoleError;
    configure(CLEARED);
  }
}

async function renderInto(page: string, options: RenderOptions, warn: (m: string) => void, packOf: { name?: string }): Promise<string> {
  const base = toBase(options.base);
  const doc = parse(page, { sourceCodeLocationInfo: true });
  const { targets, inline, script } = scan(doc);
  configure({ ...CLEARED, ...(script ? settingsFromScript({ getAttribute: (n: string) => attrOf(script!, n) ?? null } as unknown as globalThis.Element) : {}) });
  const pageSrc = script ? attrOf(script, 'data-src') : undefined;
  const packs = new Map<string, Promise<unknown>>();
  const edits: { from: number; to: number; text: string }[] = [];
  for (const t of targets) {
    const attr = (n: string) => t.attrs.find(([k]) => k === n)?.[1]?.trim();
    let pack: unknown;
    const id = attr('pack');
    const src = attr('src') || pageSrc?.trim();
    if (id) {
      const text = inline.get(id);
      try {
        if (text === undefined) throw new Error(`no <script type="application/json" id="${id}"> in the page`);
        pack = parsed(text);
      } catch (e) {
        warn(`[clinic-widgets render] <${t.tag} pack="${id}">: ${(e as Error).message}; the bundled content is rendered.`);
      }
    } else if (src) {
      let p = packs.get(src);
      if (!p) packs.set(src, (p = readPack(src, base)));
      try {
        pack = await p;
      } catch (e) {
        warn(`[clinic-widgets render] <${t.tag}> pack ${src} could not be read from ${packUrl(src, base).href} (${(e as Error).message}); the bundled content is rendered, and the browser will show the pack when it loads. Give --base the folder or URL your site serves.`);
      }
    }
    // As the browser names it: `#id` for an inline pack, the URL as written for a file. The kit says a mistake once
    // per page by its source, which here is always the pack property: forgotten between elements, said once above.
    packOf.name = id ? `#${id}` : src;
    const reported = (globalThis as unknown as Record<symbol, Set<string> | undefined>)[PAGE_STORES[1]!];
    for (const key of reported ?? []) if (key.startsWith('pack property\n')) reported!.delete(key);
    const { host, shadow } = await renderElement(t, pack);
    const loc = t.node.sourceCodeLocation!;
    const startTag = loc.startTag!;
    if (t.mount) {
      const attrs = [...t.attrs];
      for (const [n, v] of host) if (n !== 'lang' && !attrs.some(([k]) => k === n)) attrs.push([n, v]);
      edits.push({ from: startTag.startOffset, to: startTag.endOffset, text: `<${t.tag}${attrText(attrs)}>${shadow}` });
      const end = loc.endTag;
      if (end) edits.push({ from: end.startOffset, to: end.endOffset, text: `</${t.tag}>` });
      else edits.push({ from: loc.endOffset, to: loc.endOffset, text: `</${t.tag}>` });
    } else {
      // Attributes Lit reflects (`theme`, `layout`) are added, so the host matches before and after the module loads.
      const missing = host.filter(([n]) => n !== 'lang' && !t.attrs.some(([k]) => k === n));
      const original = page.slice(startTag.startOffset, startTag.endOffset);
      const tagEnd = original.endsWith('/>') ? original.length - 2 : original.length - 1;
      edits.push({ from: startTag.startOffset, to: startTag.endOffset, text: `${original.slice(0, tagEnd)}${attrText(missing)}${original.slice(tagEnd)}${shadow}` });
    }
  }
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.from - b.from)) {
    out += page.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + page.slice(at);
}

/**
 * The `style-src` hash sources of every `<style>` in pre-rendered markup, for
 * a Content-Security-Policy without `'unsafe-inline'`:
 * `style-src 'self' 'sha256-…' …`. They change only with the kit's version.
 */
export function styleHashes(rendered: string): string[] {
  const hashes = new Set<string>();
  for (const [, shadow] of rendered.matchAll(/<template shadowrootmode="open"[^>]*>([^]*?)<\/template>/g)) {
    for (const [, css] of shadow!.matchAll(/<style>([^]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(css!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

const USAGE = `Usage: clinic-widgets render [page.html] [--base <folder or URL>] [--csp] [--strict]
  Prints the page with every kit element pre-rendered (declarative shadow DOM).
  Reads standard input when no file is given. --base: where relative pack URLs
  are read from (default: the page's folder). --csp: print the style-src
  sources the pre-rendered markup needs instead of the page. Mistakes go to
  standard error; --strict: exit with 1 when there was one (for a build step).`;

/** `clinic-widgets render`: returns the exit code. */
export async function main(argv: string[], io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const args = [...argv];
  const csp = args.includes('--csp');
  const strict = args.includes('--strict');
  let base: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--csp' || a === '--strict') continue;
    else if (a === '--base') base = args[++i];
    else if (a.startsWith('--base=')) base = a.slice(7);
    else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length > 1 || (args.includes('--base') && !base)) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = files[0] && files[0] !== '-' ? files[0] : undefined;
  let page: string;
  try {
    if (file) page = await readFile(file, 'utf8');
    else {
      const chunks: Buffer[] = [];
      for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
      page = Buffer.concat(chunks).toString('utf8');
    }
  } catch (e) {
    io.stderr.write(`clinic-widgets render: ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 1;
  }
  let mistakes = 0;
  const warn = (m: string) => void (mistakes++, io.stderr.write(`${m}\n`));
  const out = await render(page, { base: base ?? (file ? dirname(resolve(file)) : undefined), warn });
  io.stdout.write(csp ? `style-src 'self' ${styleHashes(out).join(' ')}\n` : out);
  return strict && mistakes ? 1 : 0;
}
