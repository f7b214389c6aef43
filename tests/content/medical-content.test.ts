// The clinical review's rules for the bundled packs (issue 18), checked on the data itself so that an edit
// which could make a reader wait, or which speaks of another country's services, fails here first.
import { expect } from '@open-wc/testing';
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import zhHant from '../../content/miscarriage/zh-Hant.json' with { type: 'json' };

type Pack = typeof en;
type Tier = Pack['warningSigns']['tiers'][number];
const packs: Pack[] = [en, zhHant as Pack];

/** The regions every bundled pack must cover (issue 17, "Regions"). */
const REGIONS = ['HK', 'MO', 'TW', 'CN', 'GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'SG', 'MY'];
/** Region entries allowed to use UK service names. */
const UK_STYLE_REGIONS = new Set(['GB', 'IE']);

interface LocaleRules {
  /** A line about bleeding or spotting. */
  bleeding: RegExp;
  /** The gestation bound every routine-tier bleeding line must name. */
  gestationBound: RegExp;
  /** Service names that belong to the UK (and Ireland) only. */
  ukOnly: RegExp[];
  /**
   * The emergency tier's sign groups, each as words that name it: every emergency sign must belong to a group,
   * and every group must be named in the `emergency` FAQ answer.
   */
  emergencyGroups: Record<string, RegExp>;
  /** Symptoms that are an emergency only in combination: where the urgent tier names one, it must also say to call now. */
  escalating: RegExp[];
  /** The care-card heading pattern: the action, then "if you have any of these". */
  anyOfThese: RegExp;
  /** "Call {number}" in this language. */
  callNumber: RegExp;
  /** A promise only a particular clinic can make. */
  clinicPromise: RegExp;
}

const RULES: Record<string, LocaleRules> = {
  en: {
    bleeding: /bleed|spotting/i,
    gestationBound: /before 12 weeks/i,
    ukOnly: [/NHS\s*111/i, /\bNHS 24\b/i, /\bGPs?\b/, /\bA&E\b/, /early pregnancy (assessment )?unit/i, /\bEPA?U\b/],
    emergencyGroups: {
      'heavy bleeding': /heavy bleeding/i,
      'severe pain': /severe (tummy )?pain|severe pain/i,
      'dizziness or fainting': /dizz/i,
      'a racing heartbeat': /racing heart/i,
      'a burst ectopic pregnancy (sudden pain, looking pale)': /very pale/i,
      'shoulder-tip pain': /shoulder/i,
      infection: /fever/i,
      'bleeding after 12 weeks': /bleeding after 12 weeks/i,
    },
    escalating: [/shoulder/i, /one side/i],
    anyOfThese: /if you have any of these/i,
    callNumber: /call \{number\}/gi,
    clinicPromise: /\bwe (will|never|always|avoid|refer|use)\b/i,
  },
  'zh-Hant': {
    bleeding: /出血/,
    gestationBound: /12週前/,
    ukOnly: [/NHS\s*111/i, /\bNHS 24\b/i, /\bGPs?\b/, /A&E/, /早期妊娠評估/, /\bEPA?U\b/],
    emergencyGroups: {
      大量出血: /大量出血/,
      劇痛: /劇痛/,
      頭暈或暈倒: /頭暈/,
      心跳急速: /心跳急速/,
      宮外孕破裂: /蒼白/,
      肩尖痛: /肩尖痛/,
      感染: /發燒/,
      懷孕12週後出血: /12週後出現任何出血/,
    },
    escalating: [/肩尖痛/, /單側/],
    anyOfThese: /如有以下任何情況/,
    callNumber: /致電 \{number\}/g,
    clinicPromise: /我們(會|絕不|不會|仍會|一定)/,
  },
};

const tier = (pack: Pack, level: string): Tier => pack.warningSigns.tiers.find((t) => t.level === level)!;
const faqText = (pack: Pack, id: string) =>
  pack.faq.items
    .find((q) => q.id === id)!
    .answer.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : b.intro))
    .join('\n');
/** Every string in a value, with its JSON path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

for (const pack of packs) {
  const rules = RULES[pack.meta.locale]!;
  describe(`bundled ${pack.meta.locale} pack: medical content`, () => {
    it('puts no sign in two tiers', () => {
      const seen = new Map<string, string>();
      for (const t of pack.warningSigns.tiers)
        for (const s of t.signs) {
          const key = s.text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
          expect(seen.get(key), `"${s.text}" is in both ${seen.get(key)} and ${t.level}`).to.equal(undefined);
          seen.set(key, t.level);
        }
    });

    it('says to call now wherever the urgent tier names a symptom the emergency tier also lists', () => {
      const emergency = tier(pack, 'emergency').signs.map((s) => s.text);
      for (const s of tier(pack, 'urgent').signs)
        for (const word of rules.escalating)
          if (word.test(s.text) && emergency.some((e) => word.test(e))) expect(s.text, s.text).to.contain('{number}');
    });

    it('bounds every routine-tier line about bleeding by gestation', () => {
      const routine = tier(pack, 'routine');
      const lines = [...routine.signs.map((s) => s.text), routine.action, ...(routine.note ? [routine.note] : [])];
      const bleeding = lines.filter((l) => rules.bleeding.test(l));
      expect(bleeding.length).to.be.greaterThan(0);
      for (const line of bleeding) expect(line, line).to.match(rules.gestationBound);
    });

    it('follows the care-card pattern in the emergency tier, without saying "call" three times in a row', () => {
      const t = tier(pack, 'emergency');
      expect(t.heading).to.match(rules.anyOfThese);
      expect(t.heading).to.contain('{number}');
      // The call button says "Call {number}" too: heading and action together may say it once.
      expect(`${t.heading}\n${t.action}`.match(rules.callNumber) ?? []).to.have.length(1);
    });

    it('names every emergency-tier sign group in the "emergency" answer', () => {
      const groups = Object.entries(rules.emergencyGroups);
      const signs = tier(pack, 'emergency').signs.map((s) => s.text);
      for (const sign of signs) expect(groups.some(([, re]) => re.test(sign)), `no group for "${sign}"`).to.equal(true);
      const answer = faqText(pack, 'emergency');
      for (const [name, re] of groups) {
        expect(signs.some((s) => re.test(s)), `group "${name}" matches no emergency sign`).to.equal(true);
        expect(answer, `the emergency answer does not name ${name}`).to.match(re);
      }
    });

    it('uses no UK-only service name outside the GB and IE region entries', () => {
      const { regions, meta, ...rest } = pack;
      const texts = [
        ...strings(rest, pack.meta.locale),
        ...strings({ title: meta.title, sources: meta.sources.map(({ url: _url, ...s }) => s) }, 'meta'),
        ...Object.entries(regions)
          .filter(([code]) => !UK_STYLE_REGIONS.has(code))
          .flatMap(([code, r]) => strings(r, `regions.${code}`)),
      ];
      for (const [path, text] of texts) for (const term of rules.ukOnly) expect(text, `${path}: "${text}"`).to.not.match(term);
    });

    it('covers every region with a number, local names and cited sources, and cites a source for each support line', () => {
      const known = new Set(pack.meta.sources.map((s) => s.id));
      expect(Object.keys(pack.regions)).to.include.members(REGIONS);
      for (const [code, r] of Object.entries(pack.regions) as [string, Pack['regions']['HK']][]) {
        expect(r.number, code).to.match(/^[0-9]+$/);
        expect(r.emergencyDepartment, code).to.be.a('string');
        expect(r.pregnancyService, code).to.be.a('string');
        expect(r.sources.length, code).to.be.greaterThan(0);
        for (const id of r.sources) expect(known.has(id), `${code} cites ${id}`).to.equal(true);
        for (const line of r.support ?? []) {
          expect(line.sources.length, `${code}: ${line.name}`).to.be.greaterThan(0);
          for (const id of line.sources) expect(known.has(id), `${code}: ${line.name} cites ${id}`).to.equal(true);
          expect(line.phone ?? line.url, `${code}: ${line.name} gives no way to reach it`).to.be.a('string');
        }
      }
    });

    it('shows the region support lines in the after-a-loss answer', () => {
      const answer = pack.faq.items.find((q) => q.id === 'after-a-loss')!.answer;
      expect(answer.some((b) => b.type === 'support')).to.equal(true);
    });

    it('makes no promise that belongs to one clinic', () => {
      for (const [path, text] of strings(pack.faq, 'faq')) expect(text, path).to.not.match(rules.clinicPromise);
    });

    it('fills every placeholder the text uses from the defaults', () => {
      const used = new Set(strings(pack, '').flatMap(([, t]) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
      for (const name of ['emergencyDepartment', 'pregnancyService', 'adviceLine'])
        if (used.has(name)) expect((pack.emergency as Record<string, string>)[name], name).to.be.a('string');
    });
  });
}

describe('bundled packs: the translation keeps step', () => {
  const zh = zhHant as Pack;
  it('keeps the same FAQ item, FAQ category, risk category and factor ids', () => {
    expect(zh.faq.items.map((q) => q.id)).to.deep.equal(en.faq.items.map((q) => q.id));
    expect(zh.faq.categories.map((c) => c.id)).to.deep.equal(en.faq.categories.map((c) => c.id));
    expect(zh.riskFactors.categories.map((c) => c.id)).to.deep.equal(en.riskFactors.categories.map((c) => c.id));
    expect(zh.riskFactors.categories.flatMap((c) => c.factors.map((f) => f.id))).to.deep.equal(
      en.riskFactors.categories.flatMap((c) => c.factors.map((f) => f.id)),
    );
  });

  it('keeps the same regions, numbers and support lines', () => {
    expect(Object.keys(zh.regions)).to.deep.equal(Object.keys(en.regions));
    for (const code of Object.keys(en.regions)) {
      const [a, b] = [en.regions[code as 'HK'], zh.regions[code as 'HK']];
      expect(b.number, code).to.equal(a.number);
      expect(b.sources, code).to.deep.equal(a.sources);
      expect((b.support ?? []).map((l) => [l.phone, l.url, l.sources]), code).to.deep.equal((a.support ?? []).map((l) => [l.phone, l.url, l.sources]));
    }
  });

  it('keeps the same sources, and marks zh-Hant as a translation of the current en version', () => {
    expect(zh.meta.sources).to.deep.equal(en.meta.sources);
    expect((zhHant.meta as { translationOf?: unknown }).translationOf).to.deep.equal({ locale: 'en', version: en.meta.version });
  });
});
