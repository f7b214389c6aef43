import { expect } from '@open-wc/testing';
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import zhHant from '../../content/miscarriage/zh-Hant.json' with { type: 'json' };
import invalid from '../fixtures/invalid-packs.json' with { type: 'json' };
import exampleClinic from '../../demo/example-clinic.json' with { type: 'json' };
import { formatIssues, formatPath, validatePack } from '../../src/content/validate.js';
import { applyCase, type InvalidCase } from '../support/mutate.mjs';

/** Every id of a pack, section by section, in order. */
function ids(pack: typeof en) {
  return {
    sources: pack.meta.sources.map((s) => s.id),
    tiers: pack.warningSigns.tiers.map((t) => `${t.level}:${t.signs.map((s) => s.sources.join('+')).join(',')}`),
    riskCategories: pack.riskFactors.categories.map((c) => c.id),
    riskFactors: pack.riskFactors.categories.flatMap((c) => c.factors.map((f) => `${f.id}:${f.sources.join('+')}`)),
    faqCategories: pack.faq.categories.map((c) => c.id),
    faqItems: pack.faq.items.map((q) => `${q.id}:${q.category}:${q.sources.join('+')}`),
    uiKeys: Object.entries(pack.ui).flatMap(([group, strings]) => Object.keys(strings).map((k) => `${group}.${k}`)),
  };
}

describe('content pack schema', () => {
  for (const [name, pack] of [['English', en], ['Traditional Chinese', zhHant]] as const) {
    it(`accepts the bundled ${name} pack`, () => {
      const result = validatePack(pack);
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
    });
  }

  it('keeps the translation in step: the same ids in every section of both bundled packs', () => {
    expect(ids(zhHant as typeof en)).to.deep.equal(ids(en));
  });

  it('marks the Chinese pack as a translation of the current English version', () => {
    expect(zhHant.meta.locale).to.equal('zh-Hant');
    expect(zhHant.meta.translationOf).to.deep.equal({ locale: 'en', version: en.meta.version });
    expect(zhHant.meta.lastReviewed).to.equal(en.meta.lastReviewed);
  });

  it('gives the bundled pack real, https sources for every citation', () => {
    const ids = new Set(en.meta.sources.map((s) => s.id));
    for (const s of en.meta.sources) expect(s.url).to.match(/^https:\/\//);
    const cited = [
      ...en.warningSigns.tiers.flatMap((t) => t.signs.flatMap((s) => s.sources)),
      ...en.riskFactors.categories.flatMap((c) => c.factors.flatMap((f) => f.sources)),
      ...en.faq.items.flatMap((q) => q.sources),
    ];
    for (const id of cited) expect(ids.has(id), id).to.equal(true);
  });

  for (const pack of [en, zhHant as typeof en]) {
    it(`never puts a number or percentage in the checklist explanations (${pack.meta.locale})`, () => {
      const rf = pack.riskFactors;
      const texts = [rf.intro, rf.summaryHeading, rf.emptySummary, rf.reassurance, rf.notDiagnosis, ...rf.categories.flatMap((c) => c.factors.map((f) => f.explanation))];
      for (const t of texts) expect(t, t).to.not.match(/[0-9%０-９％]/);
    });

    it(`carries no clinic details: example data lives in the demo only (${pack.meta.locale})`, () => {
      expect('clinic' in pack).to.equal(false);
    });
  }

  for (const clinic of Object.values(exampleClinic)) {
    it(`gives the demo's example clinic a plainly fictional name and numbers (${clinic.name})`, () => {
      expect(`${clinic.phone} ${clinic.whatsapp}`).to.not.contain('6201');
      expect(clinic.name).to.match(/example|示例/i);
      expect(clinic.phone).to.match(/^\+44 20 7946 0/); // Ofcom's range for drama: reaches no one
    });
  }

  for (const c of (invalid as { cases: InvalidCase[] }).cases) {
    it(`rejects a pack that breaks the rule "${c.rule}" with ${c.expect.split(':')[0]}`, () => {
      const result = validatePack(applyCase(en, c));
      expect(result.ok).to.equal(false);
      const lines = result.ok ? [] : formatIssues(result.issues).split('\n');
      expect(lines.some((l) => l.startsWith(c.expect)), `${c.expect}\n  not in\n${lines.join('\n')}`).to.equal(true);
    });
  }

  it('names paths the way authors read them', () => {
    expect(formatPath(['faq', 'items', 3, 'question'])).to.equal('faq.items[3].question');
    expect(formatPath(['ui', 'odd key'])).to.equal('ui["odd key"]');
    expect(formatPath([])).to.equal('');
  });

  it('rejects data that is not an object at all', () => {
    for (const data of [null, 'pack', 42, []]) {
      const result = validatePack(data);
      expect(result.ok).to.equal(false);
    }
  });
});
