import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, ROOT, shadowText, startServer } from './support.mjs';

const en = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));
const zh = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/zh-Hant.json`, 'utf8'));

describe('dist/clinic-widgets.js on a plain HTML page', () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is one self-contained ES module with no other chunk to load', () => {
    const code = readFileSync(`${ROOT}/dist/clinic-widgets.js`, 'utf8');
    // A module specifier is a path or a URL (pack text may say "from 'heat'", which is not one).
    assert.doesNotMatch(code, /\bimport\s*\(|\bfrom\s*["'`](?:\.{0,2}\/|https?:)|\bimport\s*["'`](?:\.{0,2}\/|https?:)/, 'no import of another file');
  });

  it('defines the elements and renders the bundled content with no console error', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/plain.html');
    await page.waitForFunction(() => customElements.get('clinic-warning-signs') && document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('h2'));
    const text = await shadowText(page, 'clinic-warning-signs');
    assert.ok(text.includes(en.warningSigns.title));
    for (const tier of en.warningSigns.tiers) assert.ok(text.includes(tier.signs[0].text.replace('{number}', en.emergency.number)), tier.level);
    const href = await page.$eval('clinic-warning-signs', (el) => el.shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href'));
    assert.equal(href, `tel:${en.emergency.number}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('requests nothing but the page and the module', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/plain.html');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('h2'));
    // Open the sources and hover every link: nothing may be fetched.
    await page.evaluate(() => (document.querySelector('clinic-warning-signs').shadowRoot.querySelector('details').open = true));
    await page.waitForTimeout(200);
    const paths = log.requests.map((u) => new URL(u).pathname);
    assert.deepEqual(paths, ['/tests/page/pages/plain.html', '/dist/clinic-widgets.js']);
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });
    await context.close();
  });

  it('renders every element in Traditional Chinese under an ancestor with lang="zh-Hant" (and zh-HK)', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/zh.html');
    await page.waitForFunction(() => [...document.querySelectorAll('section > *')].every((el) => el.shadowRoot?.querySelector('.base')));
    const text = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('section > *')].map((el) => [el.id || el.localName, el.shadowRoot.textContent.replace(/\s+/g, ' ')])));
    assert.ok(text['clinic-warning-signs'].includes(zh.warningSigns.title));
    assert.ok(text['clinic-risk-checklist'].includes(zh.riskFactors.title));
    assert.ok(text['clinic-faq'].includes(zh.faq.items[0].question));
    assert.ok(text['clinic-contact'].includes('港灣示例診所'));
    assert.ok(text['clinic-contact'].includes(zh.ui.contact.call));
    assert.ok(text.hk.includes(zh.warningSigns.title));
    const reviewed = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${zh.meta.lastReviewed}T00:00:00Z`));
    assert.ok(text['clinic-warning-signs'].includes(reviewed), reviewed);
    assert.equal(await page.$eval('clinic-faq', (el) => el.shadowRoot.querySelector('.base').getAttribute('lang')), 'zh-Hant');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('throws nothing when the module is loaded twice', async () => {
    const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/twice.html');
    await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('h2'));
    await page.waitForTimeout(100);
    assert.deepEqual(log.errors, []);
    // The page sets no region: the one advisory about that is expected; nothing about versions.
    assert.deepEqual(log.warnings.filter((w) => w.includes('clinic-widgets') && !w.includes('No region is set')), [], 'same version: no warning');
    await context.close();
  });
});
