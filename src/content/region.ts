/**
 * Regions: which ambulance number and which local service names a reader
 * sees. A region is an ISO 3166-1 alpha-2 code; its data is content (the
 * pack's `regions` section), never code. Text uses placeholders
 * (`{number}`, `{emergencyDepartment}`…) that are filled here, before
 * anything is shown, for the element's region or the pack's defaults.
 */
import { REGION_CODE, type ContentPack, type Placeholder, type Region } from './schema.js';

/** The values of a pack's placeholders (all but `{count}`, which the FAQ's search fills). */
export type PlaceholderValues = Record<Exclude<Placeholder, 'count'>, string>;

/**
 * The region subtag of a BCP 47 language tag, in capitals: `zh-HK` → `HK`,
 * `zh-Hant-TW` → `TW`, `en-gb` → `GB`; `en`, `zh-Hant` and `es-419` have none.
 */
export function regionOfLang(tag: string | null | undefined): string | undefined {
  const parts = (tag ?? '').trim().replace(/_/g, '-').split('-');
  let i = 1;
  if (/^[a-z]{4}$/i.test(parts[i] ?? '')) i++; // script subtag
  const region = parts[i];
  return region && /^[a-z]{2}$/i.test(region) ? region.toUpperCase() : undefined;
}

/** A region code as an author wrote it (`hk`, ` MO `), normalised; undefined when it is not two letters. */
export function normaliseRegion(value: string | null | undefined): string | undefined {
  const code = (value ?? '').trim().toUpperCase();
  return REGION_CODE.test(code) ? code : undefined;
}

/** The placeholder values for a region of the pack, or the pack's defaults without one. */
export function placeholderValues(pack: ContentPack, region: Region | undefined, number: string): PlaceholderValues {
  const e = pack.emergency;
  return {
    number,
    label: region?.label ?? e.label,
    emergencyDepartment: region?.emergencyDepartment ?? e.emergencyDepartment ?? '',
    pregnancyService: region?.pregnancyService ?? e.pregnancyService ?? '',
    adviceLine: region?.adviceLine ?? e.adviceLine ?? e.pregnancyService ?? '',
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders in one string; unknown names (`{count}`) are left for later. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  if (!template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A deep copy of `value` with every string filled; objects without placeholders are shared, not copied. */
function fillDeep<T>(value: T, values: Readonly<Record<string, string>>): T {
  if (typeof value === 'string') return fill(value, values) as T;
  if (value && typeof value === 'object') {
    let changed = false;
    const out = (Array.isArray(value) ? [] : {}) as Record<string, unknown>; // a list stays a list
    for (const [k, v] of Object.entries(value)) {
      const f = fillDeep(v, values);
      changed ||= f !== v;
      out[k] = f;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** The sections whose text readers see, filled for the region. `ui` keeps `{number}` and `{label}`: elements link the number. */
const FILLED = ['warningSigns', 'riskFactors', 'faq'] as const;

/**
 * The pack with every placeholder of its reader-facing sections filled for
 * `values`: of those in `sections` only (an element's own: the FAQ's words
 * are not filled for the warning signs), and `ui`.
 */
export function fillPack(pack: ContentPack, values: PlaceholderValues, sections: { has(section: string): boolean } = new Set(FILLED)): ContentPack {
  const out = { ...pack };
  for (const section of FILLED) if (sections.has(section)) out[section] = fillDeep(pack[section], values) as never;
  const { number: _n, label: _l, ...words } = values;
  out.ui = fillDeep(pack.ui, words);
  return out;
}
