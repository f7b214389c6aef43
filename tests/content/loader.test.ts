import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import partial from '../fixtures/packs/partial-faq.json' with { type: 'json' };
import '../../src/index.js';
import type { ClinicWarningSigns } from '../../src/index.js';
import { mergePack, parsePackText, resolvePack } from '../../src/content/loader.js';
import { bundledPack } from '../../src/content/packs.js';
import { captureWarnings, textOf } from '../support/helpers.js';

const title = (el: Element) => textOf(el.shadowRoot!.querySelector('.title'));

describe('merging a partial pack', () => {
  it('replaces whole sections and keeps the bundled ones it does not name', () => {
    const merged = mergePack(bundledPack('en'), partial) as typeof en;
    expect(merged.faq.items.map((i) => i.id)).to.deep.equal(['what-to-bring']);
    expect(merged.warningSigns).to.deep.equal(bundledPack('en').warningSigns);
  });

  it('merges meta key by key and adds the pack sources to the bundled ones', () => {
    const merged = mergePack(bundledPack('en'), partial) as typeof en;
    expect(merged.meta.title).to.equal(en.meta.title);
    expect(merged.meta.sources[0]!.id).to.equal('clinic-leaflet');
    expect(merged.meta.sources).to.have.length(en.meta.sources.length + 1);
  });

  it('validates the merged result, naming paths as the author wrote them', () => {
    const broken = structuredClone(partial) as any;
    broken.faq.items[0].sources = ['nowhere'];
    broken.meta.sources[0].url = 'http://example.org';
    const result = resolvePack(broken, 'en');
    expect(result.ok).to.equal(false);
    const lines = result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
    expect(lines).to.include('meta.sources[0].url: must be an https:// URL');
    expect(lines).to.include('faq.items[0].sources[0]: unknown source id "nowhere" (not in meta.sources)');
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a "${key}" key anywhere in the pack`, () => {
      const parsed = parsePackText(`{"faq": {"items": [{"${key}": {"polluted": true}}]}}`);
      expect(parsed.ok).to.equal(false);
      expect(parsed.ok ? '' : parsed.issues[0]!.path).to.equal(`faq.items[0].${key}`);
      expect(({} as any).polluted).to.equal(undefined);
    });
  }
});

describe('custom packs on an element', () => {
  it('shows a pack set as a property, merged onto the bundled content', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const custom = { warningSigns: { ...structuredClone(en.warningSigns), title: 'When to get help (our clinic)' } };
    el.pack = custom;
    await el.updateComplete;
    expect(title(el)).to.equal('When to get help (our clinic)');
  });

  it('shows a pack from an inline JSON script named by pack="ID"', async () => {
    const wrap = await fixture(html`<div>
      <script type="application/json" id="our-pack">
        ${JSON.stringify({ warningSigns: { ...en.warningSigns, title: 'Inline title' } })}
      </script>
      <clinic-warning-signs pack="our-pack"></clinic-warning-signs>
    </div>`);
    const el = wrap.querySelector('clinic-warning-signs')!;
    await el.updateComplete;
    expect(title(el)).to.equal('Inline title');
  });

  it('falls back to the bundled content with one warning and a clinic-content-error event for an invalid pack', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const bad = { warningSigns: { ...structuredClone(en.warningSigns), title: '' } };
    let event!: CustomEvent;
    const warnings = await captureWarnings(async () => {
      const heard = oneEvent(document.body, 'clinic-content-error');
      el.pack = bad;
      event = (await heard) as CustomEvent;
      await el.updateComplete;
    });
    expect(title(el)).to.equal(en.warningSigns.title);
    expect(event.detail).to.deep.equal({
      source: 'pack property',
      path: 'warningSigns.title',
      message: 'must not be empty',
      issues: [{ path: 'warningSigns.title', message: 'must not be empty' }],
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('pack property').and.contain('warningSigns.title: must not be empty');
  });

  it('reports a missing inline script by its id', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const heard = oneEvent(el, 'clinic-content-error');
    await captureWarnings(async () => {
      el.setAttribute('pack', 'no-such-script');
      const event = (await heard) as CustomEvent;
      expect(event.detail.source).to.equal('#no-such-script');
    });
    expect(title(el)).to.equal(en.warningSigns.title);
  });

  it('never applies half a pack: one bad section keeps every section bundled', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    await captureWarnings(async () => {
      el.pack = { warningSigns: { ...en.warningSigns, title: 'Changed' }, faq: { broken: true } };
      await el.updateComplete;
    });
    expect(title(el)).to.equal(en.warningSigns.title);
  });
});
