import { aTimeout, expect } from '@open-wc/testing';
import '../../src/index.js';
import { bundledPack } from '../../src/content/packs.js';
import { holdIdle, textOf } from '../support/helpers.js';

/**
 * What no reader sees at first is filled after the first paint
 * (src/internal/later.ts): here, every element's closed "Where this
 * information comes from" list.
 */
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq'] as const;

async function firstRender(tag: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.base')) await aTimeout(0);
  return el;
}

/** Runs `test` on a first-rendered `tag` while no idle time comes (so only the test fills anything), then removes it. */
async function withoutIdle(tag: string, test: (el: HTMLElement & { updateComplete: Promise<boolean> }) => Promise<void>): Promise<void> {
  const release = holdIdle();
  const el = await firstRender(tag);
  try {
    await test(el);
  } finally {
    release();
    el.remove();
  }
}

const sources = (el: Element) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources')!;
const listed = (el: Element) => [...sources(el).querySelectorAll('li')].map((li) => textOf(li));
/** Every source title the bundled English pack has, to recognise a filled list by. */
const titles = new Set(bundledPack('en').meta.sources.map((s) => s.title));

describe('closed source lists, filled after the first paint', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: the first render has the closed disclosure with an empty list; by updateComplete every source is in it`, async () => {
      const release = holdIdle();
      let el;
      try {
        el = await firstRender(tag);
        expect(sources(el).open).to.equal(false);
        expect(textOf(sources(el).querySelector('summary'))).to.equal('Where this information comes from');
        expect(listed(el)).to.deep.equal([]);
      } finally {
        release();
      }
      await el.updateComplete;
      const items = listed(el);
      expect(items.length).to.be.greaterThan(2);
      for (const item of items) expect([...titles].some((t) => item.startsWith(t)), item).to.equal(true);
      el.remove();
    });
  }

  it('goes on filling an element removed before its list was filled, once it is added back', async () => {
    const release = holdIdle();
    const el = await firstRender('clinic-warning-signs');
    const parent = el.parentElement!;
    el.remove();
    release(); // the idle time comes while it is out of the page: nothing is filled then
    await aTimeout(0);
    expect(listed(el)).to.deep.equal([]);
    parent.append(el);
    await el.updateComplete;
    expect(listed(el).length).to.be.greaterThan(2);
    el.remove();
  });

  it('fills the list before it opens when a reader opens it first (click on the summary)', () =>
    withoutIdle('clinic-warning-signs', async (el) => {
      expect(listed(el)).to.deep.equal([]);
      sources(el).querySelector('summary')!.click();
      // A microtask later: the list is there as the disclosure opens, before any frame.
      await null;
      expect(sources(el).open).to.equal(true);
      expect(listed(el).length).to.be.greaterThan(2);
    }));

  it('keeps a filled list filled through the element\'s later updates', () =>
    withoutIdle('clinic-faq', async (el) => {
      sources(el).querySelector('summary')!.click();
      await null;
      expect(listed(el).length).to.be.greaterThan(2);
      // Any later update (a search, a question opened, a region set) renders the list's part again.
      (el as unknown as { requestUpdate(): void }).requestUpdate();
      await aTimeout(0);
      expect(listed(el).length).to.be.greaterThan(2);
    }));

  it('keeps the FAQ\'s filled answers in place when a region change renders every question again', async () => {
    const el = document.createElement('clinic-faq') as HTMLElement & { updateComplete: Promise<boolean>; region?: string };
    document.body.append(el);
    await el.updateComplete;
    const answered = () => [...el.shadowRoot!.querySelectorAll('.panel')].filter((p) => p.querySelector('.answer')).length;
    const all = el.shadowRoot!.querySelectorAll('.panel').length;
    expect(answered()).to.equal(all);
    const release = holdIdle(); // no idle time to fill anything again
    try {
      el.region = 'HK'; // the answers' support lines change: every question renders again
      await aTimeout(0);
      expect(answered()).to.equal(all);
    } finally {
      release();
      el.remove();
    }
  });

  it('fills a list opened while its element was out of the page as soon as it is back, before the next frame', () =>
    withoutIdle('clinic-faq', async (el) => {
      const parent = el.parentElement!;
      el.remove();
      sources(el).open = true;
      await null;
      parent.append(el);
      await null;
      expect(listed(el).length).to.be.greaterThan(2);
    }));

  it('fills the list before the next frame when the disclosure is opened another way (a script)', () =>
    withoutIdle('clinic-risk-checklist', async (el) => {
      sources(el).open = true;
      // A microtask later: before any frame could paint it empty (`toggle` only comes a task later).
      await null;
      expect(listed(el).length).to.be.greaterThan(2);
    }));

  it('fills every list before printing', async () => {
    const release = holdIdle();
    const els = [];
    try {
      for (const tag of TAGS) els.push(await firstRender(tag));
      for (const el of els) expect(listed(el), el.localName).to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      for (const el of els) expect(listed(el).length, el.localName).to.be.greaterThan(2);
    } finally {
      release();
      for (const el of els) el.remove();
    }
  });
});
