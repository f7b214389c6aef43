import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ClinicChecklistChangeDetail, ClinicRiskChecklist } from '../../src/index.js';
import { bundledPack } from '../../src/content/packs.js';
import { captureWarnings, contrast, textOf, withColorScheme } from '../support/helpers.js';

const pack = bundledPack('en');
const rf = pack.riskFactors;
const ui = pack.ui.checklist;
const allFactors = rf.categories.flatMap((c) => c.factors);
const allIds = allFactors.map((f) => f.id);
const someIds = [allIds[0]!, allIds[3]!, allIds[7]!];

const root = (el: ClinicRiskChecklist) => el.shadowRoot!;
const boxes = (el: ClinicRiskChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: ClinicRiskChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const summary = (el: ClinicRiskChecklist) => root(el).querySelector<HTMLElement>('.summary')!;
const summaryIds = (el: ClinicRiskChecklist) => [...summary(el).querySelectorAll('[data-factor]')].map((li) => li.getAttribute('data-factor'));
const button = (el: ClinicRiskChecklist, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;

/** Ticks or unticks a box as the visitor does (a click, which fires `change`). */
async function toggle(el: ClinicRiskChecklist, id: string): Promise<void> {
  box(el, id).click();
  await el.updateComplete;
}

/** Collects every `clinic-checklist-change` heard on the element. */
function record(el: ClinicRiskChecklist): CustomEvent<ClinicChecklistChangeDetail>[] {
  const seen: CustomEvent<ClinicChecklistChangeDetail>[] = [];
  el.addEventListener('clinic-checklist-change', (e) => seen.push(e));
  return seen;
}

/** Text written by the pack (which may hold digits, such as "35 or older" or a source's year), longest first. */
const packStrings = [
  rf.summaryHeading,
  rf.emptySummary,
  rf.reassurance,
  rf.notDiagnosis,
  ui.sourcesHeading,
  pack.ui.common.opensInNewTab,
  ...allFactors.flatMap((f) => [f.label, f.explanation]),
  ...pack.meta.sources.flatMap((s) => [s.title, s.publisher, s.url, String(s.year ?? '')]),
]
  .filter(Boolean)
  .map((s) => s.replace(/\s+/g, ' '))
  .sort((a, b) => b.length - a.length);

/** What is left of a text once every pack string is taken out: what the kit itself wrote. */
const kitText = (text: string) => packStrings.reduce((t, s) => t.split(s).join(' '), text.replace(/\s+/g, ' '));

/** Replaces `navigator.clipboard.writeText` while `fn` runs. */
async function withClipboard(impl: (text: string) => Promise<void>, fn: () => Promise<void>): Promise<void> {
  const clipboard = navigator.clipboard;
  Object.defineProperty(clipboard, 'writeText', { value: impl, configurable: true, writable: true });
  try {
    await fn();
  } finally {
    delete (clipboard as unknown as Record<string, unknown>).writeText;
  }
}

/** The part of axe-core (loaded on the page by the axe checks) used to compute accessible names. */
interface AxeApi {
  setup(root: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(vNode: unknown): string } };
}

describe('<clinic-risk-checklist> accessibility', () => {
  const states: [string, string[]][] = [
    ['nothing', []],
    ['some boxes', someIds],
    ['every box', allIds],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, ids] of states) {
      it(`has no axe violations in ${scheme} mode with ${name} ticked`, async () => {
        await withColorScheme(scheme, async () => {
          const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
          for (const id of ids) await toggle(el, id);
          await expect(el).to.be.accessible();
        });
      });
    }
    it(`has no axe violations with theme="${scheme}" forced, boxes ticked and the sources open`, async () => {
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist theme=${scheme}></clinic-risk-checklist>`);
      el.selected = someIds;
      await el.updateComplete;
      root(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }
  for (const level of [1, 3, 5, 6]) {
    it(`has no axe violations at heading level ${level}`, async () => {
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist heading-level=${level} .selected=${someIds}></clinic-risk-checklist>`);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<clinic-risk-checklist> form', () => {
  it('renders each category as a fieldset with its label as the legend, with a checkbox per factor', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const sets = [...root(el).querySelectorAll('fieldset')];
    expect(sets.map((f) => textOf(f.querySelector(':scope > legend')))).to.deep.equal(rf.categories.map((c) => c.label));
    rf.categories.forEach((cat, i) => {
      const values = [...sets[i]!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.value);
      expect(values).to.deep.equal(cat.factors.map((f) => f.id));
    });
    expect(root(el).querySelectorAll('legend h1, legend h2, legend h3, legend h4, legend h5, legend h6')).to.have.length(0);
  });

  it('names each box by its label and describes it by its explanation', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const f of allFactors) {
      const input = box(el, f.id);
      expect([...input.labels!].map((l) => textOf(l))).to.deep.equal([f.label]);
      const described = input.getAttribute('aria-describedby')!.split(/\s+/).map((id) => textOf(root(el).getElementById(id)));
      expect(described).to.deep.equal([f.explanation]);
    }
  });

  it('gives each box the accessible name of its label, as computed by axe-core', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const axe = (window as unknown as { axe: AxeApi }).axe;
    axe.setup(document);
    try {
      const names = boxes(el).map((b) => axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(b)));
      expect(names).to.deep.equal(allFactors.map((f) => f.label));
    } finally {
      axe.teardown();
    }
  });

  it('gives every box a target of at least 24 by 24 CSS pixels', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
      for (const b of boxes(el)) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.value).to.be.at.least(24);
        expect(r.height, b.value).to.be.at.least(24);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('wraps the boxes in a form with autocomplete="off" that never submits', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const form = root(el).querySelector('form')!;
    expect(form.getAttribute('autocomplete')).to.equal('off');
    expect(boxes(el).every((b) => b.form === form)).to.equal(true);
    const href = location.href;
    const submitted = new Event('submit', { cancelable: true });
    form.dispatchEvent(submitted);
    expect(submitted.defaultPrevented).to.equal(true);
    expect(location.href).to.equal(href);
  });

  it('starts with every box unticked', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(el.selected).to.deep.equal([]);
  });

  it('shows what does not cause miscarriage as calm information below the form', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const box = root(el).querySelector('[part="not-causes"]')!;
    expect(textOf(box.querySelector('h3'))).to.equal(rf.notCauses!.heading);
    expect([...box.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal(rf.notCauses!.items);
    const form = root(el).querySelector('form')!;
    expect(form.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});

describe('<clinic-risk-checklist> keyboard', () => {
  it('moves between boxes with Tab and toggles them with Space, with a visible focus ring', async () => {
    const wrap = await fixture(html`<div><button id="before">Before</button><clinic-risk-checklist></clinic-risk-checklist></div>`);
    const el = wrap.querySelector('clinic-risk-checklist')!;
    await el.updateComplete;
    const seen = record(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(boxes(el)[0]);
    const ring = getComputedStyle(boxes(el)[0]!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(boxes(el)[0]!.checked).to.equal(true);
    expect(summaryIds(el)).to.deep.equal([allIds[0]]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(boxes(el)[1]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(boxes(el)[1]!.checked).to.equal(false);
    expect(seen.map((e) => e.detail.selected)).to.deep.equal([[allIds[0]], [allIds[0], allIds[1]], [allIds[0]]]);
  });
});

describe('<clinic-risk-checklist> summary', () => {
  it('says kindly that nothing is ticked, with the disclaimer, when nothing is ticked', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const s = summary(el);
    expect(textOf(s.querySelector('h3'))).to.equal(rf.summaryHeading);
    expect(textOf(s.querySelector('[part="empty"]'))).to.equal(rf.emptySummary);
    expect(textOf(s.querySelector('[part="disclaimer"]'))).to.equal(rf.notDiagnosis);
    expect(s.querySelectorAll('li')).to.have.length(0);
    expect(s.querySelectorAll('a')).to.have.length(0);
  });

  it('is a labelled region below the form whose list is a polite live region', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const s = summary(el);
    expect(s.localName).to.equal('section');
    expect(root(el).getElementById(s.getAttribute('aria-labelledby')!)!.textContent).to.equal(rf.summaryHeading);
    const live = s.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.contains(s.querySelector('h3'))).to.equal(false);
    const form = root(el).querySelector('form')!;
    expect(form.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('follows every tick and untick, listing ticked factors in pack order with their explanations', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const order = [...allIds].reverse();
    const ticked = new Set<string>();
    for (const id of order) {
      await toggle(el, id);
      ticked.add(id);
      expect(summaryIds(el)).to.deep.equal(allIds.filter((x) => ticked.has(x)));
    }
    for (const f of allFactors) {
      const li = summary(el).querySelector(`[data-factor="${f.id}"]`)!;
      expect(textOf(li.querySelector('[part="summary-label"]'))).to.equal(f.label);
      expect(textOf(li.querySelector('[part="summary-explanation"]'))).to.equal(f.explanation);
    }
    for (const id of allIds) {
      await toggle(el, id);
      ticked.delete(id);
      expect(summaryIds(el)).to.deep.equal(allIds.filter((x) => ticked.has(x)));
    }
    expect(summary(el).querySelector('[part="empty"]')).to.exist;
  });

  it('leaves a still-ticked line untouched when categories changes, so the live summary does not say it again', async () => {
    const second = pack.riskFactors.categories[1]!;
    const id = second.factors[0]!.id;
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    el.selected = [id];
    await el.updateComplete;
    const line = summary(el).querySelector(`[data-factor="${id}"]`);
    expect(line).to.exist;
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(summary(el).querySelector('.summary-list')!, { childList: true, subtree: true, characterData: true });
    el.categories = second.id;
    await el.updateComplete;
    seen.push(...observer.takeRecords());
    observer.disconnect();
    expect(summary(el).querySelector(`[data-factor="${id}"]`)).to.equal(line);
    expect(seen).to.deep.equal([]);
  });

  it('adds or removes only the line of the box ticked or unticked, so the live summary says nothing about the others', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const [first, middle, last] = [allIds[0]!, allIds[1]!, allIds[2]!];
    await toggle(el, first);
    await toggle(el, last);
    const list = summary(el).querySelector('ul')!;
    const lines = () => new Map([...list.querySelectorAll('li')].map((li) => [li.getAttribute('data-factor'), li]));
    const before = lines();
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
    // Ticking the box between them: one line added, the two lines there stay the same nodes, untouched.
    await toggle(el, middle);
    seen.push(...observer.takeRecords());
    const added = seen.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof HTMLLIElement);
    expect(added.map((n) => (n as HTMLElement).dataset.factor)).to.deep.equal([middle]);
    expect(seen.filter((r) => r.type !== 'childList' || r.removedNodes.length || r.target !== list)).to.deep.equal([]);
    expect(lines().get(first)).to.equal(before.get(first));
    expect(lines().get(last)).to.equal(before.get(last));
    const middleLine = lines().get(middle);
    // Unticking the first box: its line goes, the others are not touched.
    seen.length = 0;
    await toggle(el, first);
    seen.push(...observer.takeRecords());
    observer.disconnect();
    expect(seen.flatMap((r) => [...r.removedNodes]).filter((n) => n instanceof HTMLLIElement).map((n) => (n as HTMLElement).dataset.factor)).to.deep.equal([first]);
    expect(seen.filter((r) => r.type !== 'childList' || r.addedNodes.length || r.target !== list)).to.deep.equal([]);
    expect(lines().get(middle)).to.equal(middleLine);
    expect(lines().get(last)).to.equal(before.get(last));
  });

  it('adds the reassurance and the not-a-diagnosis lines after the ticked factors', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    await toggle(el, someIds[0]!);
    const s = summary(el);
    const list = s.querySelector('ul')!;
    const reassurance = s.querySelector('[part="reassurance"]')!;
    const disclaimer = s.querySelector('[part="disclaimer"]')!;
    expect(textOf(reassurance)).to.equal(rf.reassurance);
    expect(textOf(disclaimer)).to.equal(rf.notDiagnosis);
    expect(list.compareDocumentPosition(reassurance) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(reassurance.compareDocumentPosition(disclaimer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(s.querySelector('[part="empty"]')).to.not.exist;
  });

  it('links to exactly the sources cited by the ticked factors, as safe links', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    const cited = new Set(allFactors.filter((f) => someIds.includes(f.id)).flatMap((f) => f.sources));
    const expected = pack.meta.sources.filter((s) => cited.has(s.id));
    const part = summary(el).querySelector('[part="summary-sources"]')!;
    expect(textOf(part.querySelector('h4'))).to.equal(ui.sourcesHeading);
    const links = [...part.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(expected.map((s) => s.url));
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(textOf(a)).to.contain(pack.ui.common.opensInNewTab);
    }
  });

  it('writes no digit or percent sign of its own, whatever is ticked', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const check = () => {
      const own = kitText(textOf(summary(el)));
      expect(own, own).to.not.match(/[0-9%\u0660-\u0669\u06F0-\u06F9]/);
    };
    check();
    for (const id of allIds) {
      await toggle(el, id);
      check();
    }
    // No numbered list markers either.
    for (const list of root(el).querySelectorAll('ol, ul')) expect(getComputedStyle(list).listStyleType).to.not.match(/decimal|roman|alpha|latin|greek|numeric/);
    // And no meter, progress bar or score anywhere in the element.
    expect(root(el).querySelectorAll('meter, progress, output')).to.have.length(0);
    expect(kitText(textOf(root(el).querySelector('.actions')))).to.not.match(/[0-9%]/);
  });

  it('uses one neutral accent for every ticked row, never a colour of danger', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist theme="light"></clinic-risk-checklist>`);
    for (const id of allIds) await toggle(el, id);
    const accent = getComputedStyle(root(el).querySelector('[part="title"]')!).getPropertyValue('--_accent').trim();
    const borders = new Set([...root(el).querySelectorAll('.factor')].map((r) => getComputedStyle(r).borderTopColor));
    expect(borders.size).to.equal(1);
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    expect([...borders][0]).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });
});

describe('<clinic-risk-checklist> clear, print and copy', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('clears every answer and the summary with "Clear answers", telling the page once', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    const seen = record(el);
    const clear = button(el, 'clear');
    expect(textOf(clear)).to.equal(ui.clear);
    clear.focus();
    clear.click();
    await el.updateComplete;
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(el.selected).to.deep.equal([]);
    expect(summaryIds(el)).to.deep.equal([]);
    expect(textOf(summary(el).querySelector('[part="empty"]'))).to.equal(rf.emptySummary);
    expect(seen.map((e) => e.detail.selected)).to.deep.equal([[]]);
    expect(root(el).activeElement).to.equal(clear);
    clear.click();
    await el.updateComplete;
    expect(seen).to.have.length(1);
  });

  it('opens the print dialog with "Print summary"', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    let calls = 0;
    const original = window.print;
    window.print = () => void calls++;
    try {
      expect(textOf(button(el, 'print'))).to.equal(ui.print);
      button(el, 'print').click();
    } finally {
      window.print = original;
    }
    expect(calls).to.equal(1);
  });

  it('prints the summary and its disclaimer only, not the form, buttons or other content', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist theme="dark"></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    // As "Print summary" marks it for the length of its print (src/internal/print-only.ts).
    el.setAttribute('data-clinic-print-only', '');
    await emulateMedia({ media: 'print' });
    const shown = (sel: string) => {
      const node = root(el).querySelector<HTMLElement>(sel)!;
      return getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;
    };
    for (const sel of ['form', '.actions', '.intro', '[part="title"]', '[part="not-causes"]', '[part="meta"]']) expect(shown(sel), sel).to.equal(false);
    for (const sel of ['.summary', '.summary ul', '[part="reassurance"]', '[part="disclaimer"]', '[part="summary-sources"]']) expect(shown(sel), sel).to.equal(true);
    const s = getComputedStyle(summary(el));
    expect(s.color).to.equal('rgb(0, 0, 0)');
  });

  it('prints its title, introduction, summary and review date when the page is printed, not its form, buttons or uncited lists', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    await emulateMedia({ media: 'print' });
    const shown = (sel: string) => {
      const node = root(el).querySelector<HTMLElement>(sel)!;
      return getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;
    };
    for (const sel of ['form', '.actions', '[part="meta"] .sources', '[part="not-causes"]']) expect(shown(sel), sel).to.equal(false);
    for (const sel of ['[part="title"]', '.intro', '.summary', '[part="summary-sources"]', '[part="meta"]']) expect(shown(sel), sel).to.equal(true);
  });

  it('copies the summary as plain text with "Copy summary" and says so', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    const copied: string[] = [];
    await withClipboard(
      async (text) => void copied.push(text),
      async () => {
        expect(textOf(button(el, 'copy'))).to.equal(ui.copy);
        button(el, 'copy').click();
        await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === ui.copied, 'no copied message');
      },
    );
    expect(copied).to.have.length(1);
    const text = copied[0]!;
    const ticked = allFactors.filter((f) => someIds.includes(f.id));
    expect(text.startsWith(`${rf.summaryHeading}\n`)).to.equal(true);
    for (const f of ticked) expect(text).to.contain(`- ${f.label}: ${f.explanation}`);
    expect(text).to.contain(rf.reassurance);
    expect(text).to.contain(rf.notDiagnosis);
    for (const s of pack.meta.sources.filter((s) => ticked.some((f) => f.sources.includes(s.id)))) expect(text).to.contain(s.url);
    expect(text).to.not.match(/[<>]/);
    for (const f of allFactors.filter((f) => !someIds.includes(f.id))) expect(text).to.not.contain(f.label);
    expect(kitText(text)).to.not.match(/[0-9%]/);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.closest('[aria-live="off"]')).to.equal(null);
  });

  it('copies the kind empty message when nothing is ticked', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const copied: string[] = [];
    await withClipboard(
      async (text) => void copied.push(text),
      async () => {
        button(el, 'copy').click();
        await waitUntil(() => copied.length === 1);
      },
    );
    expect(copied[0]).to.contain(rf.emptySummary);
    expect(copied[0]).to.contain(rf.notDiagnosis);
  });

  it('says when copying fails, and the message goes when the answers change', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    await withClipboard(
      () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      async () => {
        button(el, 'copy').click();
        await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === ui.copyFailed, 'no failure message');
      },
    );
    await toggle(el, allIds[0]!);
    expect(textOf(root(el).querySelector('[role="status"]'))).to.equal('');
  });

  it('says copying failed on a page with no clipboard at all (not a secure context), with no unhandled rejection', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    addEventListener('unhandledrejection', onRejection);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      button(el, 'copy').click();
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === ui.copyFailed, 'no failure message');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(navigator.clipboard).to.exist;
    expect(rejections).to.deep.equal([]);
  });
});

describe('<clinic-risk-checklist> change event', () => {
  it('fires on the element when the visitor ticks a box, carrying the factor ids only', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    setTimeout(() => box(el, allIds[2]!).click());
    const event = await oneEvent(el, 'clinic-checklist-change');
    expect(event.detail).to.deep.equal({ selected: [allIds[2]] });
    expect(Object.keys(event.detail)).to.deep.equal(['selected']);
    expect(event.bubbles).to.equal(false);
    expect(event.composed).to.equal(false);
    expect(el.selected).to.deep.equal([allIds[2]]);
  });

  it('does not bubble: a listener on an ancestor or the document hears nothing', async () => {
    const wrap = await fixture(html`<div><clinic-risk-checklist></clinic-risk-checklist></div>`);
    const el = wrap.querySelector('clinic-risk-checklist')!;
    await el.updateComplete;
    const heard: Event[] = [];
    const listen = (e: Event) => heard.push(e);
    wrap.addEventListener('clinic-checklist-change', listen);
    document.addEventListener('clinic-checklist-change', listen);
    window.addEventListener('clinic-checklist-change', listen);
    const own = record(el);
    try {
      for (const id of allIds) await toggle(el, id);
    } finally {
      wrap.removeEventListener('clinic-checklist-change', listen);
      document.removeEventListener('clinic-checklist-change', listen);
      window.removeEventListener('clinic-checklist-change', listen);
    }
    expect(heard).to.have.length(0);
    expect(own).to.have.length(allIds.length);
  });

  it('lists the ids in pack order whatever order the boxes were ticked in, and only ids the pack knows', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const seen = record(el);
    for (const id of [...allIds].reverse()) await toggle(el, id);
    const last = seen.at(-1)!.detail.selected;
    expect(last).to.deep.equal(allIds);
    for (const e of seen) {
      expect(e.detail.selected.every((id) => typeof id === 'string' && allIds.includes(id))).to.equal(true);
    }
  });

  it('does not fire when selected is set from script, or on first render', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${someIds}></clinic-risk-checklist>`);
    const seen = record(el);
    el.selected = allIds;
    await el.updateComplete;
    el.selected = [];
    await el.updateComplete;
    el.setAttribute('categories', 'lifestyle');
    await el.updateComplete;
    expect(seen).to.have.length(0);
  });

  it('gives each listener its own copy of the ids', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const seen = record(el);
    await toggle(el, allIds[0]!);
    seen[0]!.detail.selected.push('tampered');
    expect(el.selected).to.deep.equal([allIds[0]]);
  });
});

describe('<clinic-risk-checklist> privacy', () => {
  it('writes nothing to cookies, storage, IndexedDB, caches, history or the URL after every box is ticked', async () => {
    const snapshot = async () => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage).sort(),
      cookie: document.cookie,
      idb: (await indexedDB.databases()).map((d) => d.name).sort(),
      caches: 'caches' in window ? (await caches.keys()).sort() : [],
      href: location.href,
      history: history.length,
      state: JSON.stringify(history.state),
    });
    const before = await snapshot();
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of allIds) await toggle(el, id);
    await withClipboard(
      async () => {},
      async () => {
        button(el, 'copy').click();
        await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === ui.copied);
      },
    );
    await new Promise((r) => setTimeout(r, 50));
    const after = await snapshot();
    expect(after).to.deep.equal(before);
    expect(localStorage.length).to.equal(before.local.length);
    expect(sessionStorage.length).to.equal(before.session.length);
  });

  it('keeps the answers out of attributes the page or a crawler could read', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    expect(el.getAttributeNames().filter((n) => n !== 'theme')).to.deep.equal([]);
    for (const b of boxes(el)) expect(b.hasAttribute('checked')).to.equal(false);
  });

  it('clears the answers when the visitor leaves for the back/forward cache, and tells the page', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    const seen = record(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(summaryIds(el)).to.deep.equal([]);
    expect(seen.map((e) => e.detail.selected)).to.deep.equal([[]]);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(seen).to.have.length(1);
  });

  it('stops listening to the window once removed from the page', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    el.remove();
    el.selected = someIds;
    const seen = record(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(el.selected).to.deep.equal(someIds);
    expect(seen).to.have.length(0);
  });

  it('forgets the answers when the element is rebuilt', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    for (const id of someIds) await toggle(el, id);
    const again = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    expect(boxes(again).some((b) => b.checked)).to.equal(false);
    expect(summaryIds(again)).to.deep.equal([]);
  });
});

describe('<clinic-risk-checklist> categories', () => {
  it('shows only the categories named, in pack order', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist categories=" lifestyle, about-you "></clinic-risk-checklist>`);
    const shown = [...root(el).querySelectorAll('fieldset')].map((f) => f.getAttribute('data-category'));
    expect(shown).to.deep.equal(['about-you', 'lifestyle']);
    const expected = rf.categories.filter((c) => shown.includes(c.id)).flatMap((c) => c.factors.map((f) => f.id));
    expect(boxes(el).map((b) => b.value)).to.deep.equal(expected);
  });

  it('follows live changes of categories', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    el.setAttribute('categories', 'health-conditions');
    await el.updateComplete;
    expect(root(el).querySelectorAll('fieldset')).to.have.length(1);
    el.removeAttribute('categories');
    await el.updateComplete;
    expect(root(el).querySelectorAll('fieldset')).to.have.length(rf.categories.length);
  });

  it('ignores unknown ids with a warning, and shows every category when none is known', async () => {
    const warnings = await captureWarnings(async () => {
      const one = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist categories="lifestyle,nope"></clinic-risk-checklist>`);
      expect(root(one).querySelectorAll('fieldset')).to.have.length(1);
      const none = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist categories="nothing-known"></clinic-risk-checklist>`);
      expect(root(none).querySelectorAll('fieldset')).to.have.length(rf.categories.length);
    });
    expect(warnings.some((w) => w.includes('categories') && w.includes('"nope"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"nothing-known"'))).to.equal(true);
  });

  it('summarises and reports only factors of the shown categories', async () => {
    const lifestyle = rf.categories.find((c) => c.id === 'lifestyle')!.factors.map((f) => f.id);
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist categories="lifestyle" .selected=${[allIds[0]!, lifestyle[1]!]}></clinic-risk-checklist>`);
    expect(summaryIds(el)).to.deep.equal([lifestyle[1]]);
    const seen = record(el);
    await toggle(el, lifestyle[0]!);
    expect(seen[0]!.detail.selected).to.deep.equal([lifestyle[0], lifestyle[1]]);
  });
});

describe('<clinic-risk-checklist> selected', () => {
  it('ticks the boxes and fills the summary when set from script', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    el.selected = [someIds[2]!, someIds[0]!];
    await el.updateComplete;
    expect(boxes(el).filter((b) => b.checked).map((b) => b.value)).to.deep.equal([someIds[0], someIds[2]]);
    expect(summaryIds(el)).to.deep.equal([someIds[0], someIds[2]]);
    el.selected = [];
    await el.updateComplete;
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(summary(el).querySelector('[part="empty"]')).to.exist;
  });

  it('ticks the boxes given in the template before first render', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${allIds}></clinic-risk-checklist>`);
    expect(boxes(el).every((b) => b.checked)).to.equal(true);
    expect(summaryIds(el)).to.deep.equal(allIds);
  });

  it('ignores unknown ids and values that are not a list', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    el.selected = ['made-up', allIds[4]!, '<img src=x>'];
    await el.updateComplete;
    expect(summaryIds(el)).to.deep.equal([allIds[4]]);
    await captureWarnings(async () => {
      (el as unknown as { selected: unknown }).selected = 'smoking';
      await el.updateComplete;
      expect(summaryIds(el)).to.deep.equal([]);
    });
  });

  it('resets a box the visitor changed when script sets the same answers again', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${[allIds[0]!]}></clinic-risk-checklist>`);
    await toggle(el, allIds[1]!);
    el.selected = [allIds[0]!];
    await el.updateComplete;
    expect(box(el, allIds[1]!).checked).to.equal(false);
  });

  it('is never reflected to an attribute', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${allIds}></clinic-risk-checklist>`);
    expect(el.hasAttribute('selected')).to.equal(false);
  });
});

describe('<clinic-risk-checklist> headings and language', () => {
  const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);

  it('uses h2 for its title, h3 for the summary and the not-causes box, h4 for the sources', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${someIds}></clinic-risk-checklist>`);
    expect(levels(el)).to.deep.equal(['h2', 'h3', 'h4', 'h3']);
    expect(textOf(root(el).querySelector('h2'))).to.equal(rf.title);
    expect(textOf(root(el).querySelector('[part="intro"]'))).to.equal(rf.intro);
  });

  it('follows heading-level, keeping sub-headings one deeper', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist heading-level="4" .selected=${someIds}></clinic-risk-checklist>`);
    expect(levels(el)).to.deep.equal(['h4', 'h5', 'h6', 'h5']);
  });

  it('falls back to English for a language it has no pack for, and marks its content as English', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist lang="fr"></clinic-risk-checklist>`);
    expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(textOf(root(el).querySelector('h2'))).to.equal(rf.title);
  });
});

describe('<clinic-risk-checklist> themes and layout', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const size of ['100%', '200%']) {
    it(`grows each box with the text and centres it on its label's first line, with text at ${size}`, async () => {
      document.documentElement.style.fontSize = size;
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
      for (const factor of root(el).querySelectorAll('.factor')) {
        const box = factor.querySelector('.checkbox')!.getBoundingClientRect();
        const label = factor.querySelector('.label')!;
        const text = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, (n) => ((n as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP)).nextNode()!;
        const range = document.createRange();
        range.setStart(text, (text as Text).data.search(/\S/));
        range.setEnd(text, (text as Text).data.search(/\S/) + 1);
        const line = range.getClientRects()[0]!;
        const middle = (r: DOMRect) => r.top + r.height / 2;
        expect(Math.abs(middle(box) - middle(line)), textOf(label)).to.be.at.most(3);
        expect(box.width).to.equal(size === '200%' ? 32 : 24);
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text, explanations, buttons and summary at 4.5:1 contrast or more in ${theme} mode`, async () => {
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist theme=${theme} .selected=${someIds}></clinic-risk-checklist>`);
      const pairs: [string, string][] = [
        ['.base', '.base'],
        ['.explanation', '.group'],
        ['.summary-explanation', '.summary'],
        ['.button', '.button'],
        ['.factor:has(:checked) .label', '.factor:has(:checked)'],
      ];
      for (const [fgSel, bgSel] of pairs) {
        const fg = getComputedStyle(root(el).querySelector(fgSel)!).color;
        const bg = getComputedStyle(root(el).querySelector(bgSel)!).backgroundColor;
        expect(contrast(fg, bg), fgSel).to.be.at.least(4.5);
      }
    });
  }

  it('follows the visitor colour scheme with theme="auto"', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
    const light = getComputedStyle(root(el).querySelector('.base')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(root(el).querySelector('.base')!).backgroundColor).to.not.equal(light);
  });

  it('fits 320 px without horizontal scrolling, with every box ticked', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${allIds}></clinic-risk-checklist>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const base = root(el).querySelector('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 2);
    for (const b of root(el).querySelectorAll('button')) expect(b.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('does not shrink on a page with html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const wrap = await fixture(html`<div style="font-size: 16px"><clinic-risk-checklist></clinic-risk-checklist></div>`);
    const el = wrap.querySelector('clinic-risk-checklist')!;
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(root(el).querySelector('.base')!).fontSize)).to.equal(16);
    expect(boxes(el)[0]!.getBoundingClientRect().width).to.be.at.least(24);
  });

  it('keeps native checkboxes, panel borders and the focus ring in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${someIds}></clinic-risk-checklist>`);
    const b = boxes(el)[0]!;
    expect(getComputedStyle(b).appearance).to.equal('auto');
    expect(b.getBoundingClientRect().width).to.be.at.least(24);
    const group = getComputedStyle(root(el).querySelector('fieldset')!);
    expect(group.borderTopStyle).to.equal('solid');
    expect(parseFloat(group.borderTopWidth)).to.be.at.least(1);
    b.focus();
    const ring = getComputedStyle(b);
    expect(ring.outlineStyle).to.equal('solid');
  });

  it('keeps each label in its place beside the box when a page hides the native box through ::part(checkbox)', async () => {
    const style = Object.assign(document.createElement('style'), { textContent: 'clinic-risk-checklist::part(checkbox) { position: absolute; opacity: 0; }' });
    document.head.append(style);
    try {
      const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist></clinic-risk-checklist>`);
      for (const factor of root(el).querySelectorAll('.factor')) {
        const label = factor.querySelector('.label')!.getBoundingClientRect();
        const explanation = factor.querySelector('.explanation')!.getBoundingClientRect();
        expect(Math.abs(label.left - explanation.left)).to.be.lessThan(1);
        expect(label.top).to.be.lessThan(explanation.top);
      }
    } finally {
      style.remove();
    }
  });

  it('exposes parts for branding', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${someIds}></clinic-risk-checklist>`);
    const parts = ['base', 'title', 'intro', 'form', 'group', 'legend', 'factor', 'checkbox', 'label', 'explanation', 'summary', 'summary-heading', 'summary-list', 'summary-item', 'reassurance', 'disclaimer', 'summary-sources', 'actions', 'button', 'button-print', 'button-copy', 'button-clear', 'status', 'not-causes', 'meta', 'reviewed', 'sources'];
    for (const part of parts) expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
  });

  it('takes its accent from --clinic-risk-checklist-accent, then --clinic-color-accent', async () => {
    const own = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist style="--clinic-risk-checklist-accent: rgb(1, 2, 3)"></clinic-risk-checklist>`);
    expect(getComputedStyle(root(own).querySelector('.checkbox')!).accentColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button(own, 'copy')).color).to.equal('rgb(1, 2, 3)');
    const global = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist style="--clinic-color-accent: rgb(4, 5, 6)"></clinic-risk-checklist>`);
    expect(getComputedStyle(button(global, 'copy')).color).to.equal('rgb(4, 5, 6)');
  });

  it('renders pack text as text, never as markup', async () => {
    const el = await fixture<ClinicRiskChecklist>(html`<clinic-risk-checklist .selected=${allIds}></clinic-risk-checklist>`);
    expect(root(el).querySelectorAll('script, img, iframe')).to.have.length(0);
  });
});
