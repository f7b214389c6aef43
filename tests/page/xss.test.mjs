// No pack string can run code or create an element: a corpus of XSS payloads
// goes through every free-text field of a pack, on all four built elements.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, it, launch, openPage, startServer } from './support.mjs';

const en = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));

export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '"><iframe src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">link</a>',
  'javascript:window.__xss=1',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '</script><script>window.__xss=1</script>',
  '<style>*{display:none}</style>',
  '<b onmouseover="window.__xss=1">bold</b>',
  '&lt;b&gt;entity&lt;/b&gt; &#60;i&#62;',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<math><mtext><img src=x onerror=window.__xss=1>',
];

/** Keys whose values have a format (ids, URLs, dates, numbers): left as they are. */
const FORMATTED = new Set(['id', 'level', 'category', 'sources', 'url', 'bookingUrl', 'mapUrl', 'lastReviewed', 'nextReview', 'locale', 'version', 'number', 'phone', 'whatsapp', 'email', 'type', 'year', 'translationOf']);

/** A copy of the pack with every free-text string replaced by a payload (cycling through the corpus). */
function hostile(pack) {
  let n = 0;
  const walk = (value, key) => {
    if (FORMATTED.has(key)) return value;
    if (typeof value === 'string') return PAYLOADS[n++ % PAYLOADS.length];
    if (Array.isArray(value)) return value.map((v) => walk(v, ''));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(pack, '');
}

describe('hostile strings in a content pack', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('are shown as text by every element: no script runs and no element is made from them', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/all.html');
    let dialogs = 0;
    page.on('dialog', (d) => ((dialogs += 1), d.dismiss()));
    await page.waitForFunction(() => customElements.get('clinic-contact') && customElements.get('clinic-faq'));
    const pack = hostile(en);
    const result = await page.evaluate(async (pack) => {
      const tags = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
      const errors = [];
      document.addEventListener('clinic-content-error', (e) => errors.push(e.detail));
      for (const tag of tags) {
        const el = document.querySelector(tag);
        el.pack = structuredClone(pack);
        await el.updateComplete;
      }
      // Use them: open every answer, tick every box, hover nothing needed.
      document.querySelector('clinic-faq').shadowRoot.querySelectorAll('button[aria-expanded="false"]').forEach((b) => b.click());
      document.querySelector('clinic-risk-checklist').shadowRoot.querySelectorAll('input[type=checkbox]').forEach((c) => c.click());
      await new Promise((r) => setTimeout(r, 300));
      const made = [];
      for (const tag of tags) {
        const root = document.querySelector(tag).shadowRoot;
        for (const el of root.querySelectorAll('*')) {
          if (['script', 'img', 'iframe', 'style', 'template', 'math', 'b', 'i', 'object', 'embed'].includes(el.localName)) made.push(`${tag}: <${el.localName}>`);
          for (const a of el.getAttributeNames()) if (a.startsWith('on')) made.push(`${tag}: ${el.localName}[${a}]`);
          const href = el.getAttribute('href');
          if (href && !/^(https:|tel:|mailto:)/.test(href)) made.push(`${tag}: href=${href}`);
        }
      }
      const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent));
      const text = tags.map((t) => document.querySelector(t).shadowRoot.textContent).join(' ');
      return { errors, made, xss: window.__xss, scripts: document.scripts.length, jsonLd: jsonLd.length, text };
    }, pack);
    assert.deepEqual(result.errors, [], 'the hostile pack is valid data');
    assert.deepEqual(result.made, []);
    assert.equal(result.xss, undefined);
    assert.equal(dialogs, 0);
    assert.equal(result.jsonLd, 2, 'both JSON-LD scripts still parse');
    for (const p of PAYLOADS.slice(0, 6)) assert.ok(result.text.includes(p), `shown as text: ${p}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('refuse a javascript: link in a pack and keep the bundled content', async () => {
    const { page, context } = await openPage(browser, server.origin, '/tests/page/pages/all.html');
    await page.waitForFunction(() => customElements.get('clinic-warning-signs'));
    const detail = await page.evaluate(async (en) => {
      const el = document.querySelector('clinic-warning-signs');
      const heard = new Promise((r) => el.addEventListener('clinic-content-error', (e) => r(e.detail), { once: true }));
      el.pack = { meta: { sources: [{ ...en.meta.sources[0], url: 'javascript:alert(1)' }] } };
      return heard;
    }, en);
    assert.equal(detail.issues[0].path, 'meta.sources[0].url');
    await context.close();
  });
});
