import { aTimeout, expect } from '@open-wc/testing';
import '../../src/index.js';
import { bundledPack } from '../../src/content/packs.js';

/**
 * A pack given on the page itself (the `pack` property, or an inline script
 * named by the `pack` attribute) needs no waiting: the element's first
 * render shows it, and the bundled text never appears, not even between two
 * frames (src/internal/content-controller.ts).
 */
const custom = {
  meta: { sources: [{ id: 'clinic-leaflet', title: 'Early pregnancy care at our clinic', publisher: 'Example Clinic (fictional)', url: 'https://example.org/leaflet' }] },
  faq: {
    title: 'Questions for our clinic (example)',
    categories: [{ id: 'visits', label: 'Visiting us' }],
    items: [
      {
        id: 'what-to-bring',
        question: 'What should I bring to my first visit?',
        answer: [{ type: 'paragraph', text: 'Bring your scan reports and a list of any medicines or herbs you take.' }],
        category: 'visits',
        sources: ['clinic-leaflet'],
      },
    ],
  },
};
const bundledTitle = bundledPack('en').faq.title;
const bundledQuestion = bundledPack('en').faq.items[0]!.question;

/** Appends `el` and records every text its shadow root ever held, until its first render is complete. */
async function textsSeen(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string> {
  let seen = '';
  const record = () => (seen += `\n${el.shadowRoot?.textContent ?? ''}`);
  const observer = new MutationObserver(record);
  document.body.append(el);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await el.updateComplete;
  record();
  observer.disconnect();
  return seen;
}

describe('a pack given on the page', () => {
  it('as the pack property: the first render shows it, and the bundled FAQ is never rendered', async () => {
    const el = document.createElement('clinic-faq') as HTMLElement & { pack: unknown; updateComplete: Promise<boolean> };
    el.pack = custom;
    const seen = await textsSeen(el);
    expect(seen).to.contain('Questions for our clinic (example)');
    expect(seen).to.contain('What should I bring to my first visit?');
    expect(seen).not.to.contain(bundledTitle);
    expect(seen).not.to.contain(bundledQuestion);
    el.remove();
  });

  it('as an inline script (pack="id"): the same', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'given-pack', textContent: JSON.stringify(custom) });
    document.body.append(script);
    const el = document.createElement('clinic-faq') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('pack', 'given-pack');
    const seen = await textsSeen(el);
    expect(seen).to.contain('What should I bring to my first visit?');
    expect(seen).not.to.contain(bundledQuestion);
    el.remove();
    script.remove();
  });

  it('an invalid one is refused with one clinic-content-error, and the bundled content shows', async () => {
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('clinic-content-error', listen);
    const el = document.createElement('clinic-faq') as HTMLElement & { pack: unknown; updateComplete: Promise<boolean> };
    el.pack = { ...custom, faq: { ...custom.faq, items: [{ ...custom.faq.items[0], question: '' }] } };
    const seen = await textsSeen(el);
    await aTimeout(0);
    document.removeEventListener('clinic-content-error', listen);
    expect(seen).to.contain(bundledQuestion);
    expect(errors.length).to.equal(1);
    expect(errors[0]!.detail.issues.map((i: { path: string }) => i.path), JSON.stringify(errors[0]!.detail)).to.deep.equal(['faq.items[0].question']);
    el.remove();
  });
});

describe('from a pack on the page to a pack URL', () => {
  const url = '/tests/fixtures/packs/partial-faq.json';
  const title = (el: Element) => el.shadowRoot!.querySelector('.title')?.textContent?.trim();
  /** Lets Lit update (a microtask) without letting any task run, so no fetch can complete meanwhile. */
  const microtasks = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };

  it('keeps the pack given on the page on screen while the URL that replaces it loads, never an older URL pack', async () => {
    const el = document.createElement('clinic-faq') as HTMLElement & { pack?: unknown; src?: string; updateComplete: Promise<boolean> };
    el.src = url;
    document.body.append(el);
    await el.updateComplete;
    expect(title(el)).to.equal('Questions for our clinic');
    el.pack = { ...custom, faq: { ...custom.faq, title: 'Given on the page (example)' } };
    await el.updateComplete;
    expect(title(el)).to.equal('Given on the page (example)');
    el.pack = undefined;
    el.src = `${url}?again`;
    await microtasks();
    expect(title(el), 'while the new URL loads').to.equal('Given on the page (example)');
    await el.updateComplete;
    expect(title(el)).to.equal('Questions for our clinic');
    el.remove();
  });
});
