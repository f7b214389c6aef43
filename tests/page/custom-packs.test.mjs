// Custom packs loaded by URL, on the built module, from a local test server.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, it, launch, openPage, shadowText, startServer } from './support.mjs';

const en = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));
const json = (res, body, type = 'application/json') => res.writeHead(200, { 'content-type': type }).end(typeof body === 'string' ? body : JSON.stringify(body));
const custom = { warningSigns: { ...en.warningSigns, title: 'When to get help: Harbour Light' } };

/** A page with `count` warning-signs cards on `src`, recording content errors. */
function page(url) {
  const src = url.searchParams.get('src');
  const count = Number(url.searchParams.get('count') ?? 1);
  const lang = url.searchParams.get('lang') ?? 'en';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>custom pack</title>
<script>window.contentErrors = []; document.addEventListener('clinic-content-error', (e) => contentErrors.push(e.detail));</script>
<script type="module" src="/dist/clinic-widgets.js"></script></head>
<body><div lang="${lang}">${'<clinic-warning-signs src="' + src + '"></clinic-warning-signs>'.repeat(count)}</div></body></html>`;
}

const routes = {
  '/custom.html': (req, res, url) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page(url)),
  '/packs/valid.json': (req, res) => json(res, custom),
  '/packs/shared.json': (req, res) => json(res, custom),
  '/packs/404.json': (req, res) => void res.writeHead(404, { 'content-type': 'application/json' }).end('{}'),
  '/packs/html.json': (req, res) => json(res, '<!doctype html><p>Not found</p>', 'text/html'),
  '/packs/not-json.json': (req, res) => json(res, '{"warningSigns": ', 'application/json'),
  '/packs/invalid.json': (req, res) => json(res, { warningSigns: { ...en.warningSigns, title: '' }, faq: { items: 'none' } }),
  '/packs/proto.json': (req, res) => json(res, '{"warningSigns": {"__proto__": {"polluted": true}}}'),
  '/packs/network.json': (req) => void req.socket.destroy(),
  '/packs/slow.json': (req, res) => void setTimeout(() => json(res, custom), 7000),
  '/packs/huge.json': (req, res) => {
    // Chunked, with no Content-Length to trust: the cap must hold while reading.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"faq": {"title": "');
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const more = () => {
      if (sent++ < 8 && !res.destroyed) res.write(chunk, () => setTimeout(more, 5));
      else res.end('"}}');
    };
    more();
  },
  '/packs/lying-length.json': (req, res) => {
    const body = JSON.stringify({ faq: { title: 'y'.repeat(300 * 1024) } });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  },
};

describe('custom packs by URL on the built module', () => {
  let server, browser;
  before(async () => {
    server = await startServer({ routes });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const title = (page) => page.$eval('clinic-warning-signs', (el) => el.shadowRoot.querySelector('.title')?.textContent.trim());

  it('shows a valid custom pack from src', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/custom.html?src=/packs/valid.json');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('.title')?.textContent.includes('Harbour'));
    assert.equal(await title(page), custom.warningSigns.title);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('applies a pack property on every element of the kit', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/all.html');
    await page.waitForFunction(() => customElements.get('clinic-contact') && customElements.get('clinic-faq'));
    const titles = await page.evaluate(async (en) => {
      const changes = {
        'clinic-warning-signs': { warningSigns: { ...en.warningSigns, title: 'Custom warning signs' } },
        'clinic-risk-checklist': { riskFactors: { ...en.riskFactors, title: 'Custom checklist' } },
        'clinic-faq': { faq: { ...en.faq, title: 'Custom questions' } },
        'clinic-contact': { ui: { ...en.ui, contact: { ...en.ui.contact, safety: 'Custom safety line: call {number}.' } } },
      };
      const out = {};
      for (const [tag, pack] of Object.entries(changes)) {
        const el = document.querySelector(tag);
        el.pack = pack;
        await el.updateComplete;
        out[tag] = el.shadowRoot.textContent.replace(/\s+/g, ' ');
      }
      return out;
    }, en);
    assert.ok(titles['clinic-warning-signs'].includes('Custom warning signs'));
    assert.ok(titles['clinic-risk-checklist'].includes('Custom checklist'));
    assert.ok(titles['clinic-faq'].includes('Custom questions'));
    assert.ok(titles['clinic-contact'].includes('Custom safety line: call 999.'));
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('sends the request without credentials or referrer', async () => {
    const { page, context } = await openPage(browser, server.origin, '/tests/page/pages/plain.html');
    const seen = [];
    page.on('request', (r) => r.url().includes('/packs/') && seen.push(r));
    await page.goto(server.origin + '/custom.html?src=/packs/valid.json');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('.title')?.textContent.includes('Harbour'));
    const headers = await seen[0].allHeaders();
    assert.equal(headers.referer, undefined);
    assert.equal(headers.cookie, undefined);
    await context.close();
  });

  it('makes one request for ten elements on the same src', async () => {
    const before = server.requests.filter((p) => p === '/packs/shared.json').length;
    const { page, context } = await openPage(browser, server.origin, '/custom.html?src=/packs/shared.json&count=10');
    await page.waitForFunction(() => [...document.querySelectorAll('clinic-warning-signs')].every((el) => el.shadowRoot?.querySelector('.title')?.textContent.includes('Harbour')));
    assert.equal(server.requests.filter((p) => p === '/packs/shared.json').length - before, 1);
    await context.close();
  });

  const failures = [
    ['a 404', '/packs/404.json', /HTTP 404/],
    ['a response that is not JSON', '/packs/html.json', /not JSON/],
    ['JSON that does not parse', '/packs/not-json.json', /not valid JSON/],
    ['a pack that fails the schema', '/packs/invalid.json', /warningSigns\.title: must not be empty/],
    ['a __proto__ key', '/packs/proto.json', /warningSigns\.__proto__: this key is not allowed/],
    ['a network error', '/packs/network.json', /could not be loaded/],
    ['a pack larger than 256 KiB sent in chunks', '/packs/huge.json', /larger than 256 KiB/],
    ['a pack larger than 256 KiB with a Content-Length', '/packs/lying-length.json', /larger than 256 KiB/],
    ['a time-out after 5 s', '/packs/slow.json', /timed out after 5 s/],
  ];
  for (const [what, src, message] of failures) {
    it(`falls back to the bundled content on ${what}, with one warning and one event`, async () => {
      const { page, context, log } = await openPage(browser, server.origin, `/custom.html?src=${src}`);
      await page.waitForFunction(() => window.contentErrors.length > 0, null, { timeout: 9000 });
      await page.waitForTimeout(100);
      const errors = await page.evaluate(() => window.contentErrors);
      assert.equal(errors.length, 1);
      assert.equal(errors[0].source, src);
      assert.match(errors[0].issues.map((i) => `${i.path}: ${i.message}`).join('\n'), message);
      const warnings = log.warnings.filter((w) => w.includes('content pack'));
      assert.equal(warnings.length, 1);
      assert.ok(warnings[0].includes(src));
      assert.equal(await title(page), en.warningSigns.title);
      assert.equal(await page.$eval('clinic-warning-signs', (el) => getComputedStyle(el.shadowRoot.querySelector('.base')).visibility), 'visible');
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
      assert.deepEqual(log.errors.filter((e) => !/Failed to load resource|ERR_EMPTY_RESPONSE/.test(e)), []);
      await context.close();
    });
  }

  it('keeps showing the bundled content, visibly, while the pack loads', async () => {
    const { page, context } = await openPage(browser, server.origin, '/custom.html?src=/packs/slow.json');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('.title'));
    const state = await page.$eval('clinic-warning-signs', (el) => ({
      height: el.getBoundingClientRect().height,
      visibility: getComputedStyle(el.shadowRoot.querySelector('.base')).visibility,
    }));
    assert.ok(state.height > 200, `height ${state.height}`);
    assert.equal(state.visibility, 'visible');
    await context.close();
  });

  it('matches :state(loading) while the pack loads, for a page to style, and no longer once it is settled (here a time-out)', async () => {
    const { page, context } = await openPage(browser, server.origin, '/custom.html?src=/packs/slow.json');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('.title'));
    const loading = () => page.$$eval('clinic-warning-signs, clinic-faq', (els) => els.map((el) => el.matches(':state(loading)')));
    const during = await loading();
    assert.ok(during.length >= 1 && during.every(Boolean), JSON.stringify(during));
    await page.waitForFunction(() => [...document.querySelectorAll('clinic-warning-signs, clinic-faq')].every((el) => !el.matches(':state(loading)')), { timeout: 15000 });
    assert.ok((await loading()).every((on) => !on));
    await context.close();
  });
});
