import { expect } from '@open-wc/testing';
import { bundledPack } from '../../src/content/packs.js';
import { fillPack, placeholderValues } from '../../src/content/region.js';

/** Every string in a value, depth first. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('fillPack', () => {
  const pack = bundledPack('en');
  const hk = pack.regions!.HK!;
  const values = placeholderValues(pack, hk, hk.number);
  const PLACEHOLDER = /\{(emergencyDepartment|pregnancyService|adviceLine)\}/;

  it('fills every placeholder of the reader-facing sections and ui', () => {
    const filled = fillPack(pack, values);
    for (const section of ['warningSigns', 'riskFactors', 'faq', 'ui'] as const) expect(strings(filled[section]).filter((s) => PLACEHOLDER.test(s)), section).to.deep.equal([]);
    expect(strings(pack.faq).some((s) => PLACEHOLDER.test(s)), 'the bundled pack has placeholders to fill').to.equal(true);
    expect(strings(filled.faq).join(' ')).to.contain(hk.emergencyDepartment);
  });

  it('fills only the sections asked for (an element’s own), and shares the rest unchanged', () => {
    const filled = fillPack(pack, values, new Set(['warningSigns']));
    expect(strings(filled.warningSigns).filter((s) => PLACEHOLDER.test(s))).to.deep.equal([]);
    expect(filled.faq).to.equal(pack.faq);
    expect(filled.riskFactors).to.equal(pack.riskFactors);
    expect(strings(filled.ui).filter((s) => PLACEHOLDER.test(s))).to.deep.equal([]);
  });

  it('leaves the bundled pack as it was', () => {
    const before = JSON.stringify(pack);
    fillPack(pack, values);
    expect(JSON.stringify(pack)).to.equal(before);
  });
});
