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

/**
 * Field descriptions, for the JSON Schema editors read (VS Code shows them on
 * hover): `field: doc(schema, DOCS && 'What it is.')`. The module's build
 * defines `__SCHEMA_DOCS__` as false, so each `DOCS && '…'` folds to `false`
 * and no description reaches a visitor's browser; wherever it is undefined
 * (the JSON Schema's generation, the CLI, tests) they are kept.
 */
declare const __SCHEMA_DOCS__: boolean | undefined;
const DOCS = typeof __SCHEMA_DOCS__ === 'undefined' || __SCHEMA_DOCS__;

/** `schema` with a description for the JSON Schema: a copy, so a schema used in several fields can say what each one is. */
const doc = <T extends z.ZodMiniType>(schema: T, description: string | false): T => {
  if (!DOCS || !description) return schema; // in the module's build: so that zod's registry is left out too
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
};

/** A non-empty line of plain text, at most `max` characters. */
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** An absolute https URL (no credentials, no spaces). */
export const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/;

/** The emergency number: digits, spaces and a leading + only. */
export const EMERGENCY_NUMBER = /^\+?[0-9][0-9 ]{0,19}$/;

/**
 * The words a pack's text may stand in for, written `{name}` in any string:
 * filled for the element's region (or the pack's defaults) before anything is
 * shown, so a placeholder is never seen. `{count}` is filled by the FAQ's
 * search count. Any other `{word}` is an error the validator names by path.
 */
export const PLACEHOLDERS = ['number', 'label', 'emergencyDepartment', 'pregnancyService', 'adviceLine', 'count'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A region: an ISO 3166-1 alpha-2 code in capitals (`HK`, `MO`, `GB`). */
export const REGION_CODE = /^[A-Z]{2}$/;

export const TIER_LEVELS = ['emergency', 'urgent', 'routine'] as const;

/**
 * The zod schema, built on first use (or while a page's pack URL
 * downloads, see src/internal/content-controller.ts), not when the module
 * is evaluated: building it was about a third of that, and the bundled
 * packs (validated by the build) never need it.
 */
function build() {
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
  const citations = doc(
    z.array(sourceId).check(z.minLength(1), z.maxLength(12)),
    DOCS && 'Ids of the sources in meta.sources that support this (S1, S15b): at least one, so nothing goes uncited.',
  );

  /** A headed list of points in plain text, with the sources they rest on (warning-sign tips, things that do not cause miscarriage). */
  const citedList = (max: { heading: number; item: number; items: number }) =>
    z.strictObject({
      heading: doc(text(max.heading), DOCS && 'Heading of the list.'),
      items: doc(z.array(text(max.item)).check(z.minLength(1), z.maxLength(max.items)), DOCS && 'One point per item.'),
      sources: citations,
    });

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

  const emergencyNumber = z.string().check(
    z.regex(EMERGENCY_NUMBER, 'must be digits and spaces, with an optional leading +'),
  );

  const source = z.strictObject({
    id: doc(sourceId, DOCS && 'The id statements cite this source by (S1, S15b): letters, digits, dots, dashes or underscores.'),
    title: doc(text(300), DOCS && 'Title of the page or paper, as a reader would look for it.'),
    publisher: doc(text(160), DOCS && 'Who published it (NHS, RCOG, The Lancet).'),
    url: doc(httpsUrl, DOCS && 'Where to read it: an https:// URL.'),
    year: doc(z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2100))), DOCS && 'Year of publication.'),
  });

  const meta = z.strictObject({
    id: doc(id, DOCS && 'Pack id: the topic, e.g. "miscarriage".'),
    locale: doc(locale, DOCS && 'Language of the pack\'s text, as a language tag ("en", "zh-Hant").'),
    version: doc(
      z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')),
      DOCS && 'Version of the pack\'s content (1.0.0), so translations can say what they translate.',
    ),
    title: doc(text(160), DOCS && 'Title of the pack, for authors and tools.'),
    lastReviewed: doc(isoDate, DOCS && 'When a clinician last reviewed this content (YYYY-MM-DD); shown to readers.'),
    nextReview: doc(isoDate, DOCS && 'When the content is next due for review (YYYY-MM-DD); the validator warns once it has passed.'),
    translationOf: doc(
      z.optional(
        z.strictObject({
          locale: doc(locale, DOCS && 'Language of the original pack.'),
          version: doc(
            z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')),
            DOCS && 'Version of the original pack this translation follows.',
          ),
        }),
      ),
      DOCS && 'Set on a translation: the locale and version of the pack it was translated from.',
    ),
    sources: doc(z.array(source).check(z.minLength(1), z.maxLength(120)), DOCS && 'Every source the pack cites, each with the id statements cite it by.'),
  });


  const emergency = z.strictObject({
    number: doc(emergencyNumber, DOCS && 'The emergency number shown when no region is known (a console warning asks the page author to set data-region).'),
    label: doc(text(80), DOCS && 'What the number reaches, e.g. "emergency services"; read with the number.'),
    emergencyDepartment: doc(z.optional(text(160)), DOCS && '{emergencyDepartment} when no region is known, e.g. "the emergency department".'),
    pregnancyService: doc(z.optional(text(200)), DOCS && '{pregnancyService} when no region is known, e.g. "your doctor, midwife or early pregnancy service".'),
    adviceLine: doc(z.optional(text(200)), DOCS && '{adviceLine} when no region is known or the region has none, e.g. "your doctor or midwife".'),
  });

  const regionCode = z.string().check(z.regex(REGION_CODE, 'must be a two-letter ISO 3166-1 region code in capitals, such as "HK"'));

  /** A support line after a loss, shown only where the region has a verified one. */
  const supportLine = z.strictObject({
    name: doc(text(160), DOCS && 'Name of the service.'),
    phone: doc(z.optional(phone), DOCS && 'Its phone number; becomes a tel: link.'),
    hours: doc(z.optional(text(160)), DOCS && 'When it answers and in which languages, e.g. "24 hours, Cantonese".'),
    url: doc(z.optional(httpsUrl), DOCS && 'Its web page: an https:// URL.'),
    sources: citations,
  });

  /** What a region changes: its ambulance number and the local names of its services. */
  const region = z.strictObject({
    name: doc(text(80), DOCS && 'The region\'s name in the pack\'s language ("Hong Kong", "香港").'),
    number: doc(emergencyNumber, DOCS && 'The ambulance number ({number}).'),
    label: doc(z.optional(text(80)), DOCS && '{label} beside the number, e.g. "Ambulance"; else emergency.label.'),
    emergencyDepartment: doc(text(160), DOCS && '{emergencyDepartment}: the local name, e.g. "A&E (Accident and Emergency)".'),
    pregnancyService: doc(text(200), DOCS && '{pregnancyService}: who to contact the same day, in local words.'),
    adviceLine: doc(z.optional(text(200)), DOCS && '{adviceLine}: a health advice line where one exists (NHS 111), else emergency.adviceLine.'),
    support: doc(
      z.optional(z.array(supportLine).check(z.minLength(1), z.maxLength(8))),
      DOCS && 'Emotional-support lines after a loss, verified for this region.',
    ),
    sources: citations,
  });

  const regions = z.record(regionCode, region);


  const sign = z.strictObject({
    text: doc(text(300), DOCS && 'One warning sign, in plain words.'),
    sources: citations,
  });

  const tier = z.strictObject({
    level: doc(z.enum(TIER_LEVELS), DOCS && 'How urgent: emergency (call now), urgent (same day) or routine. Each level at most once.'),
    heading: doc(text(120), DOCS && 'Short heading; {number} is replaced by the emergency number.'),
    action: doc(text(300), DOCS && 'What to do, in one line; {number} is replaced by the emergency number.'),
    signs: doc(z.array(sign).check(z.minLength(1), z.maxLength(20)), DOCS && 'The signs that call for this action.'),
    note: doc(z.optional(text(400)), DOCS && 'An optional note, e.g. "light bleeding is common; still get it checked".'),
  });

  const warningSigns = z.strictObject({
    title: doc(text(120), DOCS && 'Heading of <clinic-warning-signs>.'),
    intro: doc(text(600), DOCS && 'One or two sentences under the heading.'),
    tiers: doc(z.array(tier).check(z.minLength(1), z.maxLength(3)), DOCS && 'The urgency tiers, most urgent first.'),
    footer: doc(z.optional(text(400)), DOCS && 'Closing advice, e.g. "If in doubt, get checked."'),
    tips: doc(
      z.optional(citedList({ heading: 120, item: 300, items: 10 })),
      DOCS && 'Practical tips shown after the tiers (pads not tampons, note the colour...).',
    ),
  });

  const factor = z.strictObject({
    id: doc(id, DOCS && 'Stable id of the factor, unique in the pack; the checklist\'s `categories` and saved ticks use it.'),
    label: doc(text(160), DOCS && 'The factor as the reader ticks it ("I am 35 or older").'),
    explanation: doc(text(400), DOCS && 'One neutral line: why it is worth discussing. Never a number or a verdict.'),
    sources: citations,
  });

  const riskCategory = z.strictObject({
    id: doc(id, DOCS && 'Stable id of the category, unique in the pack; the checklist\'s `categories` attribute names it.'),
    label: doc(text(120), DOCS && 'Heading of the group of factors.'),
    factors: doc(z.array(factor).check(z.minLength(1), z.maxLength(20)), DOCS && 'The factors in this category.'),
  });

  const riskFactors = z.strictObject({
    title: doc(text(120), DOCS && 'Heading of <clinic-risk-checklist>.'),
    intro: doc(text(600), DOCS && 'One or two sentences under the heading.'),
    categories: doc(z.array(riskCategory).check(z.minLength(1), z.maxLength(12)), DOCS && 'Groups of factors, each a fieldset.'),
    summaryHeading: doc(text(160), DOCS && 'Heading of the summary, e.g. "Worth discussing with your doctor or midwife".'),
    emptySummary: doc(text(400), DOCS && 'Shown in the summary when nothing is ticked.'),
    reassurance: doc(text(600), DOCS && 'Most people with these factors have healthy pregnancies...'),
    notDiagnosis: doc(text(600), DOCS && 'This is not a diagnosis or a risk score...'),
    notCauses: doc(
      z.optional(citedList({ heading: 160, item: 200, items: 12 })),
      DOCS && 'Things that do not cause miscarriage (work, exercise, sex...).',
    ),
  });

  const paragraph = z.strictObject({
    type: doc(z.literal('paragraph'), DOCS && 'A paragraph.'),
    text: doc(text(1200), DOCS && 'A paragraph of plain text (no HTML).'),
  });
  const list = z.strictObject({
    type: doc(z.literal('list'), DOCS && 'A bulleted list.'),
    items: doc(z.array(text(400)).check(z.minLength(1), z.maxLength(16)), DOCS && 'The points of a bulleted list, in plain text.'),
  });
  /** The region's support lines after a loss, with an intro; shows nothing where the region has none. */
  const supportBlock = z.strictObject({
    type: doc(z.literal('support'), DOCS && 'The region\'s support lines after a loss.'),
    intro: doc(text(400), DOCS && 'A line before the support lines.'),
  });
  const block = z.discriminatedUnion('type', [paragraph, list, supportBlock]);

  const faqItem = z.strictObject({
    id: doc(id, DOCS && 'Stable id of the question, unique in the pack: its link is #faq-<id>, and `items` and `open` name it.'),
    question: doc(text(200), DOCS && 'The question, as a reader would ask it.'),
    answer: doc(z.array(block).check(z.minLength(1), z.maxLength(12)), DOCS && 'The answer: paragraphs, lists and the region\'s support lines.'),
    category: doc(id, DOCS && 'The id of one of faq.categories.'),
    sources: citations,
  });

  const faq = z.strictObject({
    title: doc(text(120), DOCS && 'Heading of <clinic-faq>.'),
    intro: doc(z.optional(text(600)), DOCS && 'One or two sentences under the heading.'),
    categories: doc(
      z
        .array(
          z.strictObject({
            id: doc(id, DOCS && 'Stable id of the category; questions and the `category` attribute name it.'),
            label: doc(text(120), DOCS && 'Name of the category.'),
          }),
        )
        .check(z.minLength(1), z.maxLength(20)),
      DOCS && 'The categories questions belong to.',
    ),
    items: doc(z.array(faqItem).check(z.minLength(1), z.maxLength(1000)), DOCS && 'The questions, in the order shown.'),
  });

  const clinic = z.strictObject({
    name: doc(text(120), DOCS && 'The clinic\'s name, the heading of <clinic-contact>.'),
    phone: doc(z.optional(phone), DOCS && 'Phone number as people write it; becomes a tel: link.'),
    whatsapp: doc(z.optional(phone), DOCS && 'WhatsApp number, with country code; becomes a wa.me link.'),
    email: doc(
      z.optional(
        z.string().check(z.maxLength(254), z.regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}$/, 'must be an email address')),
      ),
      DOCS && 'Email address; becomes a mailto: link.',
    ),
    address: doc(z.optional(text(300)), DOCS && 'Postal address, in one line.'),
    hours: doc(z.optional(text(300)), DOCS && 'Opening hours, in one line.'),
    bookingUrl: doc(z.optional(httpsUrl), DOCS && 'Online booking page: an https:// URL.'),
    mapUrl: doc(z.optional(httpsUrl), DOCS && 'A map of the clinic: an https:// URL.'),
    message: doc(z.optional(text(200)), DOCS && 'A short line such as "Book a consultation".'),
  });

  const uiCommon = z.strictObject({
    lastReviewed: doc(text(60), DOCS && 'Label before the review date, e.g. "Last reviewed".'),
    sources: doc(text(60), DOCS && 'Label before cited sources, e.g. "Sources".'),
    sourcesToggle: doc(text(120), DOCS && 'Summary of the sources disclosure, e.g. "Where this information comes from".'),
    opensInNewTab: doc(text(60), DOCS && 'Said to screen readers after a link that opens a new tab.'),
    callEmergency: doc(text(120), DOCS && 'Label of the call link: {number} and {label} are replaced.'),
    loading: doc(text(60), DOCS && 'Shown while a custom pack is loading (screen readers only).'),
  });

  const uiWarningSigns = z.strictObject({
    emergencyPrefix: doc(text(80), DOCS && 'Said before the emergency tier (visually hidden), e.g. "Immediate action required:".'),
    urgentPrefix: doc(text(80), DOCS && 'Said before the urgent tier (visually hidden).'),
    routinePrefix: doc(text(80), DOCS && 'Said before the routine tier (visually hidden).'),
  });

  const uiFaq = z.strictObject({
    expandAll: doc(text(60), DOCS && 'Button that opens every answer.'),
    collapseAll: doc(text(60), DOCS && 'Button that closes every answer.'),
    searchLabel: doc(text(80), DOCS && 'Label of the search box.'),
    searchPlaceholder: doc(text(80), DOCS && 'An example search, shown under the label of the search box.'),
    clearSearch: doc(text(60), DOCS && 'Button that clears the search.'),
    matchesOne: doc(text(120), DOCS && 'Announced when one question matches: {count} is replaced.'),
    matchesMany: doc(text(120), DOCS && 'Announced when several questions match: {count} is replaced.'),
    noMatches: doc(text(200), DOCS && 'Shown and announced when no question matches.'),
    copyLink: doc(text(60), DOCS && 'Button that copies the link to a question.'),
    linkCopied: doc(text(60), DOCS && 'Announced once the link is copied.'),
  });

  const uiChecklist = z.strictObject({
    clear: doc(text(60), DOCS && 'Button that clears every tick.'),
    print: doc(text(60), DOCS && 'Button that prints the summary.'),
    copy: doc(text(60), DOCS && 'Button that copies the summary.'),
    copied: doc(text(80), DOCS && 'Announced once the summary is copied.'),
    copyFailed: doc(text(160), DOCS && 'Announced when the browser refuses to copy.'),
    sourcesHeading: doc(text(80), DOCS && 'Heading of the summary\'s sources.'),
  });

  const uiContact = z.strictObject({
    heading: doc(text(120), DOCS && 'Heading when the clinic has no name.'),
    safety: doc(text(300), DOCS && 'The safety line (not an emergency line): {number} is replaced by the emergency number.'),
    call: doc(text(60), DOCS && 'Label of the call link.'),
    whatsapp: doc(text(60), DOCS && 'Label of the WhatsApp link.'),
    email: doc(text(60), DOCS && 'Label of the email link.'),
    address: doc(text(60), DOCS && 'Label of the address.'),
    hours: doc(text(60), DOCS && 'Label of the opening hours.'),
    book: doc(text(80), DOCS && 'Label of the booking link.'),
    map: doc(text(80), DOCS && 'Label of the map link.'),
    close: doc(text(60), DOCS && 'Name of the bar layout\'s close button (screen readers).'),
  });

  const ui = z.strictObject({
    common: doc(uiCommon, DOCS && 'Strings every element uses.'),
    warningSigns: doc(uiWarningSigns, DOCS && 'Strings of <clinic-warning-signs>.'),
    faq: doc(uiFaq, DOCS && 'Strings of <clinic-faq>.'),
    checklist: doc(uiChecklist, DOCS && 'Strings of <clinic-risk-checklist>.'),
    contact: doc(uiContact, DOCS && 'Strings of <clinic-contact>.'),
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

  /** Reports every duplicate value of `key` in `items`, at the path of the item (`path(i)`). */
  function unique<T>(ctx: { issues: unknown[] }, items: T[], key: (item: T) => string, path: (i: number) => (string | number)[], what: string) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.issues.push({ code: 'custom', input: k, path: path(i), message: `duplicate ${what} "${k}"` });
      seen.add(k);
    });
  }

  const packShape = z.strictObject({
    $schema: doc(z.optional(z.string().check(z.maxLength(2048))), DOCS && 'Editors\' hint: where the JSON Schema lives. Ignored by the kit.'),
    meta: doc(meta, DOCS && 'About the pack: topic, language, version, review dates and the sources it cites.'),
    emergency: doc(emergency, DOCS && 'The emergency number and service names used when no region is known.'),
    warningSigns: doc(warningSigns, DOCS && 'Content of <clinic-warning-signs>.'),
    riskFactors: doc(riskFactors, DOCS && 'Content of <clinic-risk-checklist>.'),
    faq: doc(faq, DOCS && 'Content of <clinic-faq>.'),
    clinic: doc(z.optional(clinic), DOCS && 'The clinic\'s own details, for <clinic-contact>. The bundled packs have none: a clinic gives them.'),
    regions: doc(z.optional(regions), DOCS && 'Per-region numbers and service names, keyed by region code.'),
    ui: doc(ui, DOCS && 'Every other visible string, so a translated pack translates everything.'),
  });

  /** The whole content pack: shape, plus the cross-references a shape cannot say. */
  const contentPackSchema = packShape.check(
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
      unique(ctx, pack.meta.sources, (s) => s.id, (i) => ['meta', 'sources', i], 'source id');
      unique(ctx, pack.warningSigns.tiers, (t) => t.level, (i) => ['warningSigns', 'tiers', i], 'tier level');
      unique(ctx, pack.riskFactors.categories, (c) => c.id, (i) => ['riskFactors', 'categories', i], 'category id');
      // Factor ids are unique across categories (the checklist's `selected` names them alone).
      const factors = pack.riskFactors.categories.flatMap((c, ci) => c.factors.map((f, fi) => ({ f, ci, fi })));
      unique(ctx, factors, (x) => x.f.id, (i) => ['riskFactors', 'categories', factors[i]!.ci, 'factors', factors[i]!.fi, 'id'], 'factor id');
      unique(ctx, pack.faq.categories, (c) => c.id, (i) => ['faq', 'categories', i], 'category id');
      unique(ctx, pack.faq.items, (q) => q.id, (i) => ['faq', 'items', i], 'question id');
      const cats = new Set(pack.faq.categories.map((c) => c.id));
      pack.faq.items.forEach((q, i) => {
        if (!cats.has(q.category))
          ctx.issues.push({ code: 'custom', input: q.category, path: ['faq', 'items', i, 'category'], message: `unknown category "${q.category}" (not in faq.categories)` });
      });
      if (pack.meta.nextReview < pack.meta.lastReviewed)
        ctx.issues.push({ code: 'custom', input: pack.meta.nextReview, path: ['meta', 'nextReview'], message: 'must not be before meta.lastReviewed' });
    }),
  );
  return { packShape, contentPackSchema };
}

let built: ReturnType<typeof build> | undefined;

/** Builds the schema now, if it is not built yet. */
export const prepareSchema = () => (built ??= build());

/** The whole content pack: shape, plus the cross-references a shape cannot say (see `build`). */
export const contentPackSchema = z.lazy(() => prepareSchema().contentPackSchema);

/** A complete, validated content pack. */
export type ContentPack = z.infer<ReturnType<typeof build>['packShape']>;
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
