/**
 * Custom content packs: from a URL (`src`), from an inline
 * `<script type="application/json">` (`pack="ID"`) or from script (`pack`
 * property). A custom pack may be partial: it is merged onto the bundled pack
 * for the element's locale section by section, then the whole result is
 * validated with the one schema. Nothing is ever half-applied: any failure
 * leaves the bundled content in place.
 */
import type { ContentPack } from './schema.js';
import { bundledPack } from './packs.js';
import { validatePack, type PackIssue, type ValidationResult } from './validate.js';

/** Most bytes read from a pack URL (enforced while reading, not trusted from Content-Length). */
export const MAX_PACK_BYTES = 256 * 1024;
/** How long a pack URL may take. */
export const PACK_TIMEOUT_MS = 5000;

/** A pack that cannot be used, and why (the failure of both `Loaded` and `ValidationResult`). */
type Refused = { ok: false; issues: PackIssue[] };

export type Loaded = { ok: true; data: unknown } | Refused;

const problem = (message: string, path = ''): Refused => ({ ok: false, issues: [{ path, message }] });

/** Keys that could reach an object's prototype if some code ever merged them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The problem of the first forbidden key in parsed data, named by its JSON
 * path, if there is one. The path is written only when one is found (a pack
 * has thousands of keys).
 */
function forbiddenKey(value: unknown): Refused | undefined {
  const trail: (string | number)[] = [];
  const walk = (v: unknown): boolean => {
    if (v && typeof v === 'object') {
      // A list's indices (numbers, for the path), an object's own keys.
      for (const key of Array.isArray(v) ? v.keys() : Object.keys(v)) {
        trail.push(key);
        if (FORBIDDEN_KEYS.has(key as string) || walk((v as Record<PropertyKey, unknown>)[key])) return true;
        trail.pop();
      }
    }
    return false;
  };
  if (!walk(value)) return undefined;
  const path = trail.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');
  return problem('this key is not allowed in a content pack', path);
}

/** Parses pack JSON text, refusing prototype keys. */
export function parsePackText(text: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return problem(`not valid JSON (${(e as Error).message})`);
  }
  return forbiddenKey(data) ?? { ok: true, data };
}

/** Reads a response body as text, stopping as soon as it passes the size cap. */
async function readCapped(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PACK_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new Blob(chunks).text(); // UTF-8, as JSON is
}

async function fetchPack(url: string): Promise<Loaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PACK_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return problem(`could not be loaded (HTTP ${response.status})`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) return problem(`is not JSON (content type "${type || 'none'}")`);
    const text = await readCapped(response);
    if (text === undefined) return problem(`is larger than ${MAX_PACK_BYTES / 1024} KiB`);
    return parsePackText(text);
  } catch (e) {
    return problem(controller.signal.aborted ? `timed out after ${PACK_TIMEOUT_MS / 1000} s` : `could not be loaded (${(e as Error).message || 'network error'})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads pack JSON from a URL (relative to the page). `requests` (the
 * caller's, by resolved URL) makes it one request per URL however many
 * elements ask for it.
 */
export function loadPackUrl(src: string, requests: Map<string, Promise<Loaded>>): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return Promise.resolve(problem('is not a valid URL'));
  }
  if (!/^https?:$/.test(url.protocol)) return Promise.resolve(problem('must be an http(s) URL'));
  const key = url.href;
  if (!requests.has(key)) requests.set(key, fetchPack(key));
  return requests.get(key)!;
}

/** Reads pack JSON from a `<script type="application/json" id="…">` in the element's tree. */
export function loadInlinePack(id: string, from: Node): Loaded {
  const root = from.getRootNode() as Document | ShadowRoot;
  const script = (root.getElementById?.(id) ?? document.getElementById(id)) as HTMLScriptElement | null;
  if (!script || script.localName !== 'script') return problem(`no <script type="application/json" id="${id}"> on the page`);
  if (!/^application\/([\w.+-]+\+)?json$/i.test(script.type)) return problem(`<script id="${id}"> must have type="application/json"`);
  const text = script.textContent ?? '';
  if (text.length > MAX_PACK_BYTES) return problem(`is larger than ${MAX_PACK_BYTES / 1024} KiB`);
  return parsePackText(text);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Merges a (possibly partial) pack onto the bundled pack: each top-level
 * section given replaces the bundled one whole (its items are replaced, not
 * mixed), except `meta`, whose keys are merged and whose `sources` are added
 * to the bundled ones (a source with the same id replaces the bundled one).
 */
export function mergePack(base: ContentPack, custom: unknown): unknown {
  if (!isPlainObject(custom)) return custom;
  const merged: Record<string, unknown> = { ...base, ...custom };
  if (isPlainObject(custom.meta)) {
    const meta = { ...base.meta, ...custom.meta };
    if (Array.isArray(custom.meta.sources)) {
      const own = custom.meta.sources as { id?: unknown }[];
      const ids = new Set(own.map((s) => (isPlainObject(s) ? s.id : undefined)));
      // The pack's own sources first, so problems in them keep the author's indices.
      meta.sources = [...own, ...base.meta.sources.filter((s) => !ids.has(s.id))] as ContentPack['meta']['sources'];
    }
    merged.meta = meta;
  }
  delete merged.$schema;
  return merged;
}

/** Merges loaded data onto the bundled pack for `lang` and validates the result. */
export function resolvePack(data: unknown, lang: string): ValidationResult {
  return forbiddenKey(data) ?? validatePack(mergePack(bundledPack(lang), data));
}
