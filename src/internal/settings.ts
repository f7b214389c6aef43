/**
 * Page-wide settings, written once: the `data-*` attributes of the script tag
 * that loads the kit, or `configure()` from a bundler. Every element of the
 * page reads them (tags, mount points, elements added later), and an
 * element's own attributes override them.
 *
 * ```html
 * <script type="module" src="/clinic-widgets.js" data-region="MO" data-clinic-name="…" data-clinic-phone="…"></script>
 * ```
 *
 * The settings live on `globalThis` under a `Symbol.for` key, so two copies of
 * the kit on one page share them: the first settings stay, and the console
 * says so once when a second script tag brings different ones.
 */
import type { ClinicDetails } from '../content/schema.js';

/** The clinic details a page can set once (the same keys as `<clinic-contact>`'s attributes, camel-cased). */
export type ClinicSettings = Partial<Record<Exclude<keyof ClinicDetails, 'message'>, string>>;

/** What `configure()` takes and the script tag's `data-*` attributes give. */
export interface PageSettings {
  /** ISO 3166-1 alpha-2 region code (`HK`, `MO`, `GB`): the ambulance number and local service names. */
  region?: string;
  /** The emergency number for every element (digits, spaces, a leading +). */
  emergencyNumber?: string;
  /** A content pack URL for every element of the page. */
  src?: string;
  /** The clinic's details for every `<clinic-contact>`. An empty string removes a detail. */
  clinic?: ClinicSettings;
}

/** The settings besides `clinic`. */
const KEYS = ['region', 'emergencyNumber', 'src'] as const;
/** The clinic details a page can set: `<clinic-contact>`'s but `message` (the contact reads them in this order). */
export const CLINIC_KEYS = ['name', 'phone', 'whatsapp', 'email', 'address', 'hours', 'bookingUrl', 'mapUrl'] as const;

type Listener = () => void;

/** The one store of a page, shared by every copy of the kit. */
interface Store {
  settings: Readonly<PageSettings>;
  /** Where the settings came from (the first script's URL), for the double-load warning. */
  from?: string;
  /** The first script's own `data-*` settings. */
  fromScript?: PageSettings;
  listeners: Set<Listener>;
  warned?: boolean;
  /** Console messages the page has had (from any copy of the kit): each is said once. */
  said?: Set<string>;
  /** Other page-wide state of the kit, by name (see `pageState`). */
  state?: Map<string, unknown>;
}

const KEY = Symbol.for('clinic-widgets.settings');

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[KEY] ??= { settings: {}, listeners: new Set() });
}

/** The page's settings now. Treat as read-only. */
export function pageSettings(): Readonly<PageSettings> {
  return store().settings;
}

/** True the first time the page is told `message`, false after (every copy of the kit shares the answer). */
export function firstTime(message: string): boolean {
  const said = (store().said ??= new Set());
  if (said.has(message)) return false;
  said.add(message);
  return true;
}

/** Page-wide state of the kit that is not a setting (the queue of first renders, say): made by `make` the first time it is asked for, then shared by every element of the page. */
export function pageState<T>(name: string, make: () => T): T {
  const state = (store().state ??= new Map());
  if (!state.has(name)) state.set(name, make());
  return state.get(name) as T;
}

/** Calls `listener` whenever the page's settings change; returns the unsubscribe function. */
export function onSettingsChange(listener: Listener): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Strings only; a key given as `undefined` or `null` stays, as `undefined`, so that it clears the setting. */
const clean = (s: PageSettings): PageSettings => {
  const str = (v: unknown) => (v == null ? undefined : String(v));
  const out: PageSettings = {};
  for (const key of KEYS) if (key in s) out[key] = str(s[key]);
  if (s.clinic) {
    const clinic: ClinicSettings = {};
    for (const [k, v] of Object.entries(s.clinic)) clinic[k as keyof ClinicSettings] = str(v);
    out.clinic = clinic;
  }
  return out;
};

/** `a` with `b`'s keys over it; a key set to `undefined` is removed. */
function merge<T extends object>(a: T, b: Partial<T>): T {
  const out = { ...a, ...b };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/**
 * Sets page-wide settings from script; elements already on the page update.
 * Keys given replace the ones set before (`clinic` key by key); a key given
 * as `undefined` removes that setting.
 *
 * ```js
 * import { configure } from 'clinic-widgets';
 * configure({ region: 'HK', clinic: { name: 'Harbour Clinic', phone: '+852 …' } });
 * ```
 */
export function configure(settings: PageSettings): void {
  const s = store();
  const next = clean(settings);
  const { clinic, ...rest } = next;
  s.settings = merge({ ...s.settings }, rest);
  if (clinic) s.settings = { ...s.settings, clinic: merge({ ...s.settings.clinic }, clinic) };
  for (const listener of [...s.listeners]) listener();
}

/**
 * Reads the settings from a script element's `data-*` attributes: each key in
 * kebab case, `clinic.` ones after `clinic-` (`data-emergency-number`,
 * `data-clinic-booking-url`).
 */
export function settingsFromScript(script: Element): PageSettings {
  const out: PageSettings = {};
  const read = (key: string) => script.getAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  for (const key of KEYS) {
    const value = read(key);
    if (value != null) out[key] = value;
  }
  for (const key of CLINIC_KEYS) {
    const value = read(`clinic-${key}`);
    if (value != null) (out.clinic ??= {})[key] = value;
  }
  return out;
}

/** The `<script>` that loaded the module at `moduleUrl`, found by its resolved `src`. */
export function findOwnScript(moduleUrl: string, doc: Document = document): HTMLScriptElement | undefined {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((s) => s.src === moduleUrl);
}

/**
 * Applies the `data-*` settings of this module's own script tag. The first
 * copy of the kit to run sets them; a later copy with different settings
 * changes nothing and says so once. (Settings read by `settingsFromScript`
 * are strings with their keys in one order, so JSON compares them.)
 */
export function applyScriptSettings(moduleUrl: string, doc: Document = document): void {
  const script = findOwnScript(moduleUrl, doc);
  if (!script) return;
  const given = settingsFromScript(script);
  if (!Object.keys(given).length) return;
  const s = store();
  if (s.from === undefined) {
    s.from = moduleUrl;
    s.fromScript = given;
    configure(given);
  } else if (s.from !== moduleUrl && JSON.stringify(given) !== JSON.stringify(s.fromScript) && !s.warned) {
    s.warned = true;
    console.warn(
      `[clinic-widgets] The kit was loaded twice with different settings (${s.from} and ${moduleUrl}); the first script's settings stay. Load the kit once, with its data-* settings on that one script tag.`,
    );
  }
}
