// Page side of the insertion and search benchmarks (bench/insert.html).
// ?lib=kit: one <clinic-faq> whose `pack` property holds N questions.
// ?lib=shoelace: N <sl-details> with the same text (Shoelace's cdn/ build).
// Loading the library and preparing the data are not timed; each timing
// starts just before the insertion (or the keystroke) and ends when the
// content is rendered:
//   script  insertion → every question in the DOM (the kit: its first render; Shoelace: every updateComplete)
//   laidOut … → forced style and layout (getBoundingClientRect)
//   painted … → the next frame is produced (rAF, then a task after it)
//   answers, answersPainted  insertion → every answer in place too (the kit
//           fills closed answers in idle time after the first paint:
//           updateComplete), and the next frame after that; Shoelace's are
//           in place at `painted`
import { faqHtml, faqItems, faqPack } from './content.mjs';

const lib = new URLSearchParams(location.search).get('lib') ?? 'kit';
const SHOELACE = '/node_modules/@shoelace-style/shoelace/cdn';
const host = document.getElementById('host');

/** Resolves after the next frame has been produced: rAF runs before it, a message task after it. */
export const nextPaint = () =>
  new Promise((ok) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok();
      channel.port2.postMessage(0);
    }),
  );

async function load() {
  const pack = await (await fetch('/content/miscarriage/en.json')).json();
  if (lib === 'kit') {
    await import('/dist/clinic-widgets.js');
    await customElements.whenDefined('clinic-faq');
  } else if (lib === 'shoelace') {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${SHOELACE}/themes/light.css` });
    const loaded = new Promise((ok, ko) => ((link.onload = ok), (link.onerror = () => ko(new Error('light.css failed to load')))));
    document.head.append(link);
    await loaded;
    await import(`${SHOELACE}/components/details/details.js`);
    await customElements.whenDefined('sl-details');
  } else throw new Error(`unknown lib ${lib}`);
  await nextPaint();
  return pack;
}

const ready = load();

/** Inserts an FAQ with `n` questions and times it until rendered. */
async function insert(n, { searchable = false } = {}) {
  const pack = await ready;
  host.replaceChildren();
  await nextPaint();
  const errors = [];
  const onError = (e) => errors.push(e.detail);
  document.addEventListener('clinic-content-error', onError);
  let icons = 0;
  let iconsDone;
  const iconsLoaded = new Promise((ok) => (iconsDone = ok));
  const onIcon = () => ++icons === n && iconsDone();
  let t0, t1, el;
  if (lib === 'kit') {
    const data = faqPack(pack, n);
    t0 = performance.now();
    el = document.createElement('clinic-faq');
    el.searchable = searchable;
    el.pack = data;
    host.append(el);
    // The first render replaces the shadow root's placeholder slot: every question is then in the DOM.
    t1 = await new Promise((ok) =>
      new MutationObserver((_, observer) => {
        observer.disconnect();
        ok(performance.now());
      }).observe(el.shadowRoot, { childList: true }),
    );
  } else {
    const markup = faqHtml(pack, faqItems(pack, n), { tag: 'sl-details' });
    // Each sl-details has a chevron sl-icon, which fires sl-load once its SVG is in.
    document.addEventListener('sl-load', onIcon);
    document.addEventListener('sl-error', onIcon);
    t0 = performance.now();
    host.innerHTML = markup;
    await Promise.all([...host.querySelectorAll('sl-details')].map((el) => el.updateComplete));
    t1 = performance.now();
  }
  host.getBoundingClientRect();
  const t2 = performance.now();
  await nextPaint();
  const t3 = performance.now();
  let answers = t3 - t0;
  let answersPainted = t3 - t0;
  if (el) {
    await el.updateComplete;
    answers = performance.now() - t0;
    await nextPaint();
    answersPainted = performance.now() - t0;
    const panels = [...el.shadowRoot.querySelectorAll('.panel')];
    if (panels.length !== n || !panels.every((p) => p.querySelector('.answer'))) throw new Error(`${panels.filter((p) => p.querySelector('.answer')).length} of ${n} answers in place after updateComplete`);
  }
  let withIcons;
  if (lib === 'shoelace') {
    await Promise.race([iconsLoaded, new Promise((ok) => setTimeout(ok, 5000))]);
    if (icons < n) throw new Error(`only ${icons} of ${n} sl-icon loaded`);
    await nextPaint();
    withIcons = performance.now() - t0;
    document.removeEventListener('sl-load', onIcon);
    document.removeEventListener('sl-error', onIcon);
  }
  document.removeEventListener('clinic-content-error', onError);

  // The right thing was rendered.
  if (errors.length) throw new Error(`clinic-content-error: ${JSON.stringify(errors).slice(0, 500)}`);
  const shown = lib === 'kit' ? host.querySelector('clinic-faq').shadowRoot.querySelectorAll('.item').length : host.querySelectorAll('sl-details').length;
  if (shown !== n) throw new Error(`${shown} questions rendered, expected ${n}`);
  return { script: t1 - t0, layout: t2 - t1, laidOut: t2 - t0, painted: t3 - t0, answers, answersPainted, withIcons, nodes: countNodes(host) };
}

/** Nodes under `root`, shadow trees included: elements, text and comments (Lit's markers). */
function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      count++;
      if (n.shadowRoot) walk(n.shadowRoot);
      walk(n);
    }
  };
  walk(root);
  return count;
}

/**
 * One-time costs the kit pays on a page's first element and static HTML
 * never does, each timed cold in a fresh page: validating the bundled pack
 * (zod), validating a merged pack with `n` questions (as `pack` does), and
 * the first long date format (the "Last reviewed" line; Intl loads its data).
 */
async function costs(n) {
  const pack = await ready;
  if (lib !== 'kit') throw new Error('costs are the kit only');
  const { validatePack } = await import('/dist/clinic-widgets.js');
  const merged = { ...pack, faq: faqPack(pack, n).faq };
  let t = performance.now();
  const bundled = validatePack(pack);
  const validateBundled = performance.now() - t;
  t = performance.now();
  const custom = validatePack(merged);
  const validateMerged = performance.now() - t;
  if (!bundled.ok || !custom.ok) throw new Error('a benchmark pack is invalid');
  t = performance.now();
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 1));
  const firstDate = performance.now() - t;
  return { validateBundled, validateMerged, firstDate };
}

/**
 * A searchable <clinic-faq> with `n` questions (inserted, not timed here),
 * then `word` typed letter by letter into its search box. Per keystroke:
 * from the `input` event to updateComplete and forced layout of the list
 * (`laidOut`), and to the next frame (`painted`).
 */
async function search(n, word) {
  if (lib !== 'kit') throw new Error('search is the kit only');
  await insert(n, { searchable: true });
  const el = host.querySelector('clinic-faq');
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const items = el.shadowRoot.querySelector('.items');
  const keys = [];
  for (let i = 1; i <= word.length; i++) {
    await nextPaint();
    input.value = word.slice(0, i);
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    items.getBoundingClientRect();
    const t1 = performance.now();
    await nextPaint();
    const t2 = performance.now();
    keys.push({ query: input.value, laidOut: t1 - t0, painted: t2 - t0, shown: items.querySelectorAll('.item:not([hidden])').length });
  }
  const last = keys.at(-1);
  if (!(last.shown > 0 && last.shown < n)) throw new Error(`the search left ${last.shown} of ${n} questions: it did not filter`);
  return keys;
}

window.bench = { ready, insert, search, costs };
