import { expect } from '@open-wc/testing';
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import invalid from '../fixtures/invalid-packs.json' with { type: 'json' };
import { formatIssues, formatPath, validatePack } from '../../src/content/validate.js';
import { applyCase, type InvalidCase } from '../support/mutate.js';

describe('content pack schema', () => {
  it('accepts the bundled English pack', () => {
    const result = validatePack(en);
    expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
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

  it('never puts a number or percentage in the checklist explanations', () => {
    const rf = en.riskFactors;
    const texts = [rf.intro, rf.summaryHeading, rf.emptySummary, rf.reassurance, rf.notDiagnosis, ...rf.categories.flatMap((c) => c.factors.map((f) => f.explanation))];
    for (const t of texts) expect(t, t).to.not.match(/[0-9%]/);
  });

  it('gives the demo clinic a fictional phone number', () => {
    expect(en.clinic.phone ?? '').to.not.contain('6201');
    expect(en.clinic.name).to.match(/example/i);
  });

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
