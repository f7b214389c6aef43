import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';

describe('the kit module', () => {
  it('defines the element once and tolerates a second definition attempt', async () => {
    const { defineElement } = await import('../../src/internal/define.js');
    const { ClinicWarningSigns: Ctor } = await import('../../src/index.js');
    expect(customElements.get('clinic-warning-signs')).to.equal(Ctor);
    const warnings = await captureWarnings(() => defineElement('clinic-warning-signs', Ctor));
    expect(warnings).to.deep.equal([]);
  });
});
