/**
 * The content-pack schema: the single source of truth for what a pack holds.
 *
 * TypeScript types are inferred from it, `dist/content-pack.schema.json` is
 * generated from it, the build validates every bundled pack with it and the
 * run time validates every custom pack with it. Objects are strict (an
 * unknown key is an error, so typos are caught) and every string and array
 * has a length limit.
 *
 * `zod/mini` is used (not classic zod) for its size, and `jitless` keeps it
 * from probing whether the Function constructor works, a probe a strict Content-Security-Policy reports.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

/** A non-empty line of plain text, at most `max` characters. */
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A stable identifier: lower-case letters, digits and dashes (`bleeding-normal`). */
const id = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
);

/** A source id as cited in `meta.sources` (`S1`, `S15b`). */
const sourceId = z.string().check(
  z.minLength(1),
  z.maxLength(32),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes or underscores'),
);

/** Source ids cited by a statement: at least one, so nothing goes uncited. */
const citations = z.array(sourceId).check(z.minLength(1), z.maxLength(12));

/** An absolute https URL (no credentials, no spaces). */
export const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/;
const httpsUrl = z.string().check(
  z.maxLength(2048),
  z.regex(HTTPS_URL, 'must be an https:// URL'),
);

/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD'),
);

/** A BCP 47 language tag such as `en` or `zh-Hant`. */
const locale = z.string().check(
  z.maxLength(35),
  z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "zh-Hant"'),
);

/** A phone number as people write it: digits, spaces, dashes, dots, brackets and a leading +. */
const phone = z.string().check(
  z.maxLength(40),
  z.regex(/^\+?[0-9 ()./-]{3,39}$/, 'must be a phone number (digits, spaces, dashes, brackets, leading +)'),
);

/** The emergency number: digits, spaces and a leading + only. */
export const EMERGENCY_NUMBER = /^\+?[0-9][0-9 ]{0,19}$/;
const emergencyNumber = z.string().check(
  z.regex(EMERGENCY_NUMBER, 'must be digits and spaces, with an optional leading +'),
);

const source = z.strictObject({
  id: sourceId,
  title: text(300),
  publisher: text(160),
  url: httpsUrl,
  year: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
});

const meta = z.strictObject({
  /** Pack id: the topic, e.g. `miscarriage`. */
  id,
  locale,
  /** Version of the pack's content (semver-like), so translations can say what they translate. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')),
  title: text(160),
  lastReviewed: isoDate,
  nextReview: isoDate,
  /** Set on a translation: the locale and version of the pack it was translated from. */
  translationOf: z.optional(z.strictObject({ locale, version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')) })),
  sources: z.array(source).check(z.minLength(1), z.maxLength(120)),
});

/**
 * The words a pack's text may stand in for, written `{name}` in any string:
 * filled for the element's region (or the pack's defaults) before anything is
 * shown, so a placeholder is never seen. `{count}` is filled by the FAQ's
 * search count. Any other `{word}` is an error the validator names by path.
 */
export const PLACEHOLDERS = ['number', 'label', 'emergencyDepartment', 'pregnancyService', 'adviceLine', 'count'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const emergency = z.strictObject({
  /** The number shown when no region is known (a console warning asks the page author to set `data-region`). */
  number: emergencyNumber,
  label: text(80),
  /** `{emergencyDepartment}` when no region is known, e.g. "the emergency department". */
  emergencyDepartment: z.optional(text(160)),
  /** `{pregnancyService}` when no region is known, e.g. "your doctor, midwife or early pregnancy service". */
  pregnancyService: z.optional(text(200)),
  /** `{adviceLine}` when no region is known or the region has none, e.g. "your doctor or midwife". */
  adviceLine: z.optional(text(200)),
});

/** A region: an ISO 3166-1 alpha-2 code in capitals (`HK`, `MO`, `GB`). */
export const REGION_CODE = /^[A-Z]{2}$/;
const regionCode = z.string().check(z.regex(REGION_CODE, 'must be a two-letter ISO 3166-1 region code in capitals, such as "HK"'));

/** A support line after a loss, shown only where the region has a verified one. */
const supportLine = z.strictObject({
  name: text(160),
  phone: z.optional(phone),
  /** When it answers and in which languages, e.g. "24 hours, Cantonese". */
  hours: z.optional(text(160)),
  url: z.optional(httpsUrl),
  sources: citations,
});

/** What a region changes: its ambulance number and the local names of its services. */
const region = z.strictObject({
  /** The region's name in the pack's language ("Hong Kong", "香港"). */
  name: text(80),
  /** The ambulance number (`{number}`). */
  number: emergencyNumber,
  /** `{label}` beside the number, e.g. "Ambulance"; else `emergency.label`. */
  label: z.optional(text(80)),
  /** `{emergencyDepartment}`: the local name, e.g. "A&E (Accident and Emergency)". */
  emergencyDepartment: text(160),
  /** `{pregnancyService}`: who to contact the same day, in local words. */
  pregnancyService: text(200),
  /** `{adviceLine}`: a health advice line where one exists (NHS 111), else `emergency.adviceLine`. */
  adviceLine: z.optional(text(200)),
  /** Emotional-support lines after a loss, verified for this region. */
  support: z.optional(z.array(supportLine).check(z.minLength(1), z.maxLength(8))),
  sources: citations,
});

const regions = z.record(regionCode, region);

export const TIER_LEVELS = ['emergency', 'urgent', 'routine'] as const;

const sign = z.strictObject({
  text: text(300),
  sources: citations,
});

const tier = z.strictObject({
  level: z.enum(TIER_LEVELS),
  /** Short heading; `{number}` is replaced by the emergency number. */
  heading: text(120),
  /** What to do, in one line. `{number}` is replaced by the emergency number. */
  action: text(300),
  signs: z.array(sign).check(z.minLength(1), z.maxLength(20)),
  /** An optional note, e.g. "light bleeding is common; still get it checked". */
  note: z.optional(text(400)),
});

const warningSigns = z.strictObject({
  title: text(120),
  intro: text(600),
  tiers: z.array(tier).check(z.minLength(1), z.maxLength(3)),
  /** Closing advice, e.g. "If in doubt, get checked." */
  footer: z.optional(text(400)),
  /** Practical tips shown after the tiers (pads not tampons, note the colour...). */
  tips: z.optional(
    z.strictObject({
      heading: text(120),
      items: z.array(text(300)).check(z.minLength(1), z.maxLength(10)),
      sources: citations,
    }),
  ),
});

const factor = z.strictObject({
  id,
  label: text(160),
  /** One neutral line: why it is worth discussing. Never a number or a verdict. */
  explanation: text(400),
  sources: citations,
});

const riskCategory = z.strictObject({
  id,
  label: text(120),
  factors: z.array(factor).check(z.minLength(1), z.maxLength(20)),
});

const riskFactors = z.strictObject({
  title: text(120),
  intro: text(600),
  categories: z.array(riskCategory).check(z.minLength(1), z.maxLength(12)),
  /** Heading of the summary, e.g. "Worth discussing with your doctor or midwife". */
  summaryHeading: text(160),
  /** Shown when nothing is ticked. */
  emptySummary: text(400),
  /** Most people with these factors have healthy pregnancies... */
  reassurance: text(600),
  /** This is not a diagnosis or a risk score... */
  notDiagnosis: text(600),
  /** Things that do not cause miscarriage (work, exercise, sex...). */
  notCauses: z.optional(
    z.strictObject({
      heading: text(160),
      items: z.array(text(200)).check(z.minLength(1), z.maxLength(12)),
      sources: citations,
    }),
  ),
});

const paragraph = z.strictObject({ type: z.literal('paragraph'), text: text(1200) });
const list = z.strictObject({
  type: z.literal('list'),
  items: z.array(text(400)).check(z.minLength(1), z.maxLength(16)),
});
/** The region's support lines after a loss, with an intro; shows nothing where the region has none. */
const supportBlock = z.strictObject({ type: z.literal('support'), intro: text(400) });
const block = z.discriminatedUnion('type', [paragraph, list, supportBlock]);

const faqItem = z.strictObject({
  id,
  question: text(200),
  answer: z.array(block).check(z.minLength(1), z.maxLength(12)),
  category: id,
  sources: citations,
});

const faq = z.strictObject({
  title: text(120),
  intro: z.optional(text(600)),
  categories: z.array(z.strictObject({ id, label: text(120) })).check(z.minLength(1), z.maxLength(20)),
  items: z.array(faqItem).check(z.minLength(1), z.maxLength(1000)),
});

const clinic = z.strictObject({
  name: text(120),
  phone: z.optional(phone),
  whatsapp: z.optional(phone),
  email: z.optional(
    z.string().check(z.maxLength(254), z.regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}$/, 'must be an email address')),
  ),
  address: z.optional(text(300)),
  hours: z.optional(text(300)),
  bookingUrl: z.optional(httpsUrl),
  mapUrl: z.optional(httpsUrl),
  /** A short line such as "Book a consultation". */
  message: z.optional(text(200)),
});

const uiCommon = z.strictObject({
  lastReviewed: text(60),
  sources: text(60),
  /** Summary of the sources disclosure, e.g. "Where this information comes from". */
  sourcesToggle: text(120),
  /** Said to screen readers after a link that opens a new tab. */
  opensInNewTab: text(60),
  /** Label of the call link: `{number}` and `{label}` are replaced. */
  callEmergency: text(120),
  /** Shown while a custom pack is loading (screen readers only). */
  loading: text(60),
});

const uiWarningSigns = z.strictObject({
  /** Visually hidden urgency prefixes, one per tier. */
  emergencyPrefix: text(80),
  urgentPrefix: text(80),
  routinePrefix: text(80),
});

const uiFaq = z.strictObject({
  expandAll: text(60),
  collapseAll: text(60),
  searchLabel: text(80),
  searchPlaceholder: text(80),
  clearSearch: text(60),
  /** Announced while searching: `{count}` is replaced. */
  matchesOne: text(120),
  matchesMany: text(120),
  noMatches: text(200),
  copyLink: text(60),
  linkCopied: text(60),
});

const uiChecklist = z.strictObject({
  clear: text(60),
  print: text(60),
  copy: text(60),
  copied: text(80),
  copyFailed: text(160),
  sourcesHeading: text(80),
});

const uiContact = z.strictObject({
  heading: text(120),
  /** The safety line: `{number}` is replaced by the emergency number. */
  safety: text(300),
  call: text(60),
  whatsapp: text(60),
  email: text(60),
  address: text(60),
  hours: text(60),
  book: text(80),
  map: text(80),
  close: text(60),
});

const ui = z.strictObject({
  common: uiCommon,
  warningSigns: uiWarningSigns,
  faq: uiFaq,
  checklist: uiChecklist,
  contact: uiContact,
});

/**
 * Calls `unknown` with the JSON path of every cited source id that `known`
 * lacks. Paths are built only for those (a pack cites sources hundreds of times).
 */
function checkCitations(pack: z.infer<typeof packShape>, known: Set<string>, unknown: (id: string, path: (string | number)[]) => void): void {
  const check = (ids: string[] | undefined, path: () => (string | number)[]) =>
    ids?.forEach((sid, i) => known.has(sid) || unknown(sid, [...path(), 'sources', i]));
  pack.warningSigns.tiers.forEach((tr, t) => tr.signs.forEach((sg, s) => check(sg.sources, () => ['warningSigns', 'tiers', t, 'signs', s])));
  check(pack.warningSigns.tips?.sources, () => ['warningSigns', 'tips']);
  pack.riskFactors.categories.forEach((cat, c) =>
    cat.factors.forEach((fa, f) => check(fa.sources, () => ['riskFactors', 'categories', c, 'factors', f])),
  );
  check(pack.riskFactors.notCauses?.sources, () => ['riskFactors', 'notCauses']);
  pack.faq.items.forEach((it, q) => check(it.sources, () => ['faq', 'items', q]));
  for (const [code, r] of Object.entries(pack.regions ?? {})) {
    check(r.sources, () => ['regions', code]);
    r.support?.forEach((line, i) => check(line.sources, () => ['regions', code, 'support', i]));
  }
}

const KNOWN_PLACEHOLDERS = new Set<string>(PLACEHOLDERS);
const PLACEHOLDER = /\{(\w+)\}/g;

/** Calls `unknown` with the path of every string that uses a placeholder not in {@link PLACEHOLDERS}. */
function checkPlaceholders(value: unknown, path: (string | number)[], unknown: (name: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') {
    if (value.includes('{')) for (const m of value.matchAll(PLACEHOLDER)) if (!KNOWN_PLACEHOLDERS.has(m[1]!)) unknown(m[1]!, path);
  } else if (Array.isArray(value)) value.forEach((v, i) => checkPlaceholders(v, [...path, i], unknown));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkPlaceholders(v, [...path, k], unknown);
}

/** Reports every duplicate value of `key` in `items` at its path. */
function unique<T>(ctx: { issues: unknown[] }, items: T[], key: (item: T) => string, path: (string | number)[], what: string, pack: unknown) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.issues.push({ code: 'custom', input: pack, path: [...path, i], message: `duplicate ${what} "${k}"` });
    seen.add(k);
  });
}

const packShape = z.strictObject({
  /** Editors' hint: where the JSON Schema lives. Ignored by the kit. */
  $schema: z.optional(z.string().check(z.maxLength(2048))),
  meta,
  emergency,
  warningSigns,
  riskFactors,
  faq,
  /** The clinic's own details, for `<clinic-contact>`. The bundled packs have none: a clinic gives them. */
  clinic: z.optional(clinic),
  /** Per-region numbers and service names, keyed by region code. */
  regions: z.optional(regions),
  ui,
});

/** The whole content pack: shape, plus the cross-references a shape cannot say. */
export const contentPackSchema = packShape.check(
  z.superRefine((pack, ctx) => {
    const known = new Set(pack.meta.sources.map((s) => s.id));
    checkCitations(pack, known, (sid, path) =>
      ctx.issues.push({ code: 'custom', input: sid, path, message: `unknown source id "${sid}" (not in meta.sources)` }),
    );
    for (const section of ['emergency', 'warningSigns', 'riskFactors', 'faq', 'regions', 'ui'] as const)
      checkPlaceholders(pack[section], [section], (name, path) =>
        ctx.issues.push({
          code: 'custom',
          input: name,
          path,
          message: `unknown placeholder "{${name}}" (use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
        }),
      );
    unique(ctx, pack.meta.sources, (s) => s.id, ['meta', 'sources'], 'source id', pack);
    unique(ctx, pack.warningSigns.tiers, (t) => t.level, ['warningSigns', 'tiers'], 'tier level', pack);
    const factors = pack.riskFactors.categories.flatMap((c, ci) => c.factors.map((f, fi) => ({ f, ci, fi })));
    unique(ctx, pack.riskFactors.categories, (c) => c.id, ['riskFactors', 'categories'], 'category id', pack);
    const seenFactor = new Set<string>();
    for (const { f, ci, fi } of factors) {
      if (seenFactor.has(f.id))
        ctx.issues.push({ code: 'custom', input: f.id, path: ['riskFactors', 'categories', ci, 'factors', fi, 'id'], message: `duplicate factor id "${f.id}"` });
      seenFactor.add(f.id);
    }
    unique(ctx, pack.faq.categories, (c) => c.id, ['faq', 'categories'], 'category id', pack);
    unique(ctx, pack.faq.items, (q) => q.id, ['faq', 'items'], 'question id', pack);
    const cats = new Set(pack.faq.categories.map((c) => c.id));
    pack.faq.items.forEach((q, i) => {
      if (!cats.has(q.category))
        ctx.issues.push({ code: 'custom', input: q.category, path: ['faq', 'items', i, 'category'], message: `unknown category "${q.category}" (not in faq.categories)` });
    });
    if (pack.meta.nextReview < pack.meta.lastReviewed)
      ctx.issues.push({ code: 'custom', input: pack.meta.nextReview, path: ['meta', 'nextReview'], message: 'must not be before meta.lastReviewed' });
  }),
);

/** A complete, validated content pack. */
export type ContentPack = z.infer<typeof packShape>;
export type TierLevel = (typeof TIER_LEVELS)[number];
export type WarningTier = ContentPack['warningSigns']['tiers'][number];
export type RiskCategory = ContentPack['riskFactors']['categories'][number];
export type RiskFactor = RiskCategory['factors'][number];
export type FaqItem = ContentPack['faq']['items'][number];
export type AnswerBlock = FaqItem['answer'][number];
export type ClinicDetails = NonNullable<ContentPack['clinic']>;
export type Region = NonNullable<ContentPack['regions']>[string];
export type SupportLine = NonNullable<Region['support']>[number];
export type Source = ContentPack['meta']['sources'][number];
export type UiStrings = ContentPack['ui'];

/** The top-level sections a partial pack may replace. */
export const SECTIONS = ['meta', 'emergency', 'warningSigns', 'riskFactors', 'faq', 'clinic', 'regions', 'ui'] as const;
export type Section = (typeof SECTIONS)[number];
