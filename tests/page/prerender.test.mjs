// Pre-rendered markup (`clinic-widgets render`, issue "Instant and shift-free"):
// what a reader gets before the module, without JavaScript, and when the
// module takes the markup over; under a strict Content-Security-Policy.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it, openPage, ROOT, useBrowser } from './support.mjs';

const { render, styleHashes } = await import(`${ROOT}/dist/render.js`);
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const SELECTOR = TAGS.join(', ');
const CLINIC =
  'data-region="HK" data-clinic-name="Harbour Light Clinic (example)" data-clinic-phone="+852 2345 6789" data-clinic-email="hello@example.org" data-clinic-booking-url="https://booking.example.org/harbour-light"';
const quiet = { warn: () => {} };
// The README's strict policy (as tests/page/embed.test.mjs uses it).
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html clinic-widgets";

/** An article with the four widgets near the top and text after them. */
const article = ({ lang = 'en', head = '', script = true, contact = '' } = {}) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>${head}
${script ? `<script type="module" src="/dist/clinic-widgets.js" ${CLINIC}></script>` : `<script type="text/plain" data-src-would-be="/dist/clinic-widgets.js" ${CLINIC}></script>`}
</head><body><main><h1>Bleeding in early pregnancy</h1><p>An article by our clinic’s midwives.</p>
<clinic-warning-signs></clinic-warning-signs>
<clinic-risk-checklist></clinic-risk-checklist>
<clinic-faq searchable></clinic-faq>
<clinic-contact ${contact}></clinic-contact>
${'<p>More of the article, after the widgets, so that anything that moves would move it.</p>'.repeat(30)}
</main></body></html>`;

const pages = new Map();
/** Serves `html` at `path`, pre-rendered unless `live`; with `script: false` the page has no module (the render still reads the settings). */
async function serve(path, { live = false, ...options } = {}) {
  let html = article(options);
  if (!live) {
    // Render with the real script tag (for its settings), then drop it when the page must run without the module.
    html = await render(article({ ...options, script: true }), quiet);
    if (options.script === false) html = html.replace(/<script type="module" src="\/dist\/clinic-widgets.js"[^>]*><\/script>/, '');
  }
  pages.set(path, html);
  return path;
}
const headers = {};
const env = useBrowser({
  routes: new Proxy(
    {
      '/slow-pack.json': (req, res) =>
        void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(`${ROOT}/tests/fixtures/packs/partial-faq.json`)), 1500),
    },
    {
      get: (routes, path) =>
        pages.has(path)
          ? (req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(headers[path] ?? {}) }).end(pages.get(path))
          : routes[path],
    },
  ),
});

/** What a reader sees of each element: the rendered text of its shadow tree (no styles, no no-script rules). */
const seen = (page) =>
  page.evaluate((selector) => {
    const text = (el) =>
      [...el.shadowRoot.children]
        .filter((c) => c.localName !== 'style' && c.localName !== 'noscript')
        .map((c) => c.innerText)
        .join('\n')
        .replace(/\s+/g, ' ')
        .trim();
    return [...document.querySelectorAll(selector)].map((el) => (el.shadowRoot ? text(el) : `no shadow root on <${el.localName}>`));
  }, SELECTOR);

/** Where every visible thing in the widgets is, relative to the page (scroll-independent). */
const boxes = (page) =>
  page.evaluate((selector) => {
    const out = [];
    for (const host of document.querySelectorAll(selector)) {
      const r = host.getBoundingClientRect();
      out.push(`${host.localName} ${Math.round(r.top + scrollY)} ${Math.round(r.left)} ${Math.round(r.width)}x${Math.round(r.height)}`);
      for (const el of host.shadowRoot.querySelectorAll('h1, h2, h3, h4, p, li, a, button, input, label, summary')) {
        const b = el.getBoundingClientRect();
        if (b.width || b.height) out.push(`${host.localName} ${el.localName} ${Math.round(b.top + scrollY)} ${Math.round(b.left)} ${Math.round(b.width)}x${Math.round(b.height)}`);
      }
    }
    const after = document.querySelector('main > p:last-child').getBoundingClientRect();
    out.push(`last paragraph ${Math.round(after.top + scrollY)}`);
    return out;
  }, SELECTOR);

/** Adds the kit's script tag (with the page's settings), as a page whose module arrives late would have it, and waits for every element. */
const upgrade = (page) =>
  page.evaluate(
    async ([selector, settings]) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/clinic-widgets.js';
      for (const [, name, value] of settings.matchAll(/([\w-]+)="([^"]*)"/g)) script.setAttribute(name, value);
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      document.head.append(script);
      await loaded;
      await Promise.all([...document.querySelectorAll(selector)].map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    [SELECTOR, CLINIC],
  );

describe('pre-rendered markup (clinic-widgets render)', () => {
  for (const lang of ['en', 'zh-HK']) {
    it(`shows the same text as the live elements before any script runs (${lang})`, async () => {
      const { page: live, context: c1 } = await openPage(env.browser, env.server.origin, await serve(`/live-${lang}.html`, { lang, live: true }), { viewport: { width: 1280, height: 900 } });
      await live.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => el.shadowRoot?.querySelector('.base')), SELECTOR);
      await live.evaluate((selector) => Promise.all([...document.querySelectorAll(selector)].map((el) => el.updateComplete)), SELECTOR);
      const { page: pre, context: c2, log } = await openPage(env.browser, env.server.origin, await serve(`/pre-${lang}.html`, { lang, script: false }), { viewport: { width: 1280, height: 900 } });
      assert.equal(await pre.evaluate(() => customElements.get('clinic-faq')), undefined, 'no module on the page');
      const before = await seen(pre);
      assert.deepEqual(before, await seen(live));
      assert.match(before[0], lang === 'en' ? /Call 999/ : /致電 ?999/);
      assert.match(before[3], /Harbour Light Clinic \(example\)/);
      // Styled at first paint: the emergency call is the red pill, not a plain link.
      const call = await pre.evaluate(() => getComputedStyle(document.querySelector('clinic-warning-signs').shadowRoot.querySelector('a[href^="tel:"]')).backgroundColor);
      assert.notEqual(call, 'rgba(0, 0, 0, 0)');
      assert.deepEqual(log.errors, []);
      await c1.close();
      await c2.close();
    });
  }

  for (const lang of ['en', 'zh-HK']) {
    it(`has the same accessibility tree as the live elements (${lang})`, async () => {
      const { page: live, context: c1 } = await openPage(env.browser, env.server.origin, await serve(`/live-aria-${lang}.html`, { lang, live: true }));
      await live.evaluate((selector) => Promise.all([...document.querySelectorAll(selector)].map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))), SELECTOR);
      const { page: pre, context: c2 } = await openPage(env.browser, env.server.origin, await serve(`/pre-aria-${lang}.html`, { lang, script: false }));
      for (const tag of TAGS) assert.equal(await pre.locator(tag).ariaSnapshot(), await live.locator(tag).ariaSnapshot(), tag);
      await c1.close();
      await c2.close();
    });
  }

  it('is readable with JavaScript off: every answer shown, controls that need a script hidden, links work', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, await serve('/nojs.html', { script: false }), { javaScriptEnabled: false });
    const faq = page.locator('clinic-faq');
    await assertVisible(faq.getByText('Almost certainly not.', { exact: false }).first());
    assert.equal(await faq.locator('.tools').isVisible(), false, 'search and "Show all answers" need the script');
    assert.equal(await page.locator('clinic-risk-checklist .actions').isVisible(), false);
    assert.equal(await page.locator('clinic-warning-signs a[href="tel:999"]').first().isVisible(), true);
    assert.equal(await page.locator('clinic-contact a[href="tel:+85223456789"]').isVisible(), true);
    assert.equal(await page.locator('clinic-contact a[href="mailto:hello@example.org"]').isVisible(), true);
    // The booking site, answered here (no request leaves the machine).
    await context.route('https://booking.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Booked</title><p>Booking page</p>' }));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('clinic-contact a[href="https://booking.example.org/harbour-light"]').click()]);
    await popup.waitForLoadState();
    assert.equal(await popup.title(), 'Booked');
    await context.close();
  });

  it('keeps the contact bar in the page with JavaScript off, so it covers nothing at the end of the page', async () => {
    const path = await serve('/nojs-bar.html', { script: false, contact: 'layout="bar"' });
    const { page, context } = await openPage(env.browser, env.server.origin, path, { javaScriptEnabled: false, viewport: { width: 390, height: 700 } });
    const { covering, callShown } = await page.evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight);
      const last = document.querySelector('main > p:last-child').getBoundingClientRect();
      const call = document.querySelector('clinic-contact').shadowRoot.querySelector('a[href^="tel:"]');
      // Without the script no spacer takes the fixed bar's height, so a fixed bar would sit on the last lines.
      return { covering: document.elementFromPoint(last.left + 10, last.bottom - 4)?.localName, callShown: call.getClientRects().length > 0 };
    });
    assert.equal(covering, 'p', `the last line is under <${covering}>`);
    assert.ok(callShown, 'the call link is still there');
    await context.close();
  });

  it('is taken over by the module with no shift, the same text, focus, scroll and ticks kept, then works as a tag does', async () => {
    const { page, context, log } = await openPage(env.browser, env.server.origin, await serve('/upgrade.html', { script: false, contact: 'layout="bar"' }), { viewport: { width: 800, height: 700 } });
    await page.evaluate(() => {
      window.shifts = [];
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) new PerformanceObserver((l) => window.shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: 'layout-shift' });
    });
    // A reader who arrived before the module: scrolled, and focused a question.
    const target = await page.evaluate(() => {
      const faq = document.querySelector('clinic-faq').shadowRoot;
      const question = faq.querySelectorAll('button.question')[1];
      question.focus();
      window.scrollTo(0, 900);
      return { id: question.dataset.id, scroll: scrollY };
    });
    const text = await seen(page);
    const where = await boxes(page);
    await upgrade(page);
    assert.deepEqual(await seen(page), text, 'the text a reader sees does not change');
    assert.deepEqual(await boxes(page), where, 'nothing moves');
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout-shift entry (where the engine reports them)');
    assert.equal(await page.evaluate(() => scrollY), target.scroll);
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement.localName, document.activeElement.shadowRoot?.activeElement?.dataset.id]),
      ['clinic-faq', target.id],
    );
    // The pre-rendered nodes are gone; the live ones are Lit's.
    assert.deepEqual(await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.shadowRoot.querySelectorAll(':scope > style, :scope > noscript').length), SELECTOR), [0, 0, 0, 0]);
    // Interactive exactly as a tag: a box ticks into the summary, a question opens, the bar closes.
    const after = await page.evaluate(async () => {
      const list = document.querySelector('clinic-risk-checklist');
      list.shadowRoot.querySelector('input[type=checkbox]').click();
      await list.updateComplete;
      const summary = list.shadowRoot.querySelector('.summary-list')?.innerText ?? '';
      const faq = document.querySelector('clinic-faq');
      const q = faq.shadowRoot.querySelectorAll('button.question')[2];
      q.click();
      await faq.updateComplete;
      const contact = document.querySelector('clinic-contact');
      contact.shadowRoot.querySelector('.close').click();
      await contact.updateComplete;
      return {
        ticked: list.shadowRoot.querySelector('input[type=checkbox]').checked,
        summary,
        expanded: q.getAttribute('aria-expanded'),
        panelShown: !faq.shadowRoot.getElementById(q.getAttribute('aria-controls')).hidden,
        barShown: contact.getBoundingClientRect().height > 0 && getComputedStyle(contact).display !== 'none',
      };
    });
    assert.equal(after.ticked, true);
    assert.match(after.summary, /I am 35 or older/);
    assert.equal(after.expanded, 'true');
    assert.equal(after.panelShown, true);
    assert.equal(after.barShown, false);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('keeps what a reader did before the module arrived: ticked boxes and typed search text', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, await serve('/early.html', { script: false }));
    await page.evaluate(() => {
      document.querySelector('clinic-risk-checklist').shadowRoot.querySelectorAll('input[type=checkbox]')[2].click();
      const search = document.querySelector('clinic-faq').shadowRoot.querySelector('input[type=search]');
      search.value = 'acupuncture';
    });
    await upgrade(page);
    const state = await page.evaluate(() => {
      const list = document.querySelector('clinic-risk-checklist').shadowRoot;
      const faq = document.querySelector('clinic-faq').shadowRoot;
      return {
        ticked: [...list.querySelectorAll('input[type=checkbox]')].map((c) => c.checked).indexOf(true),
        summary: list.querySelector('.summary-list')?.innerText ?? '',
        search: faq.querySelector('input[type=search]').value,
        questions: [...faq.querySelectorAll('.item:not([hidden]) .question')].map((q) => q.innerText),
      };
    });
    assert.equal(state.ticked, 2);
    assert.match(state.summary, /I have had one or more miscarriages/);
    assert.equal(state.search, 'acupuncture');
    assert.ok(state.questions.length > 0 && state.questions.length < 10, `the search filters the questions (${state.questions.length} shown)`);
    await context.close();
  });

  it('keeps pre-rendered custom content while its pack loads, instead of flashing the bundled text', async () => {
    // The renderer fetches the pack from the test server (which answers after 1.5 s), as it would from the clinic's site.
    const html = await render(article().replace('<clinic-faq searchable>', '<clinic-faq searchable src="/slow-pack.json">'), { base: env.server.origin, ...quiet });
    pages.set('/slow.html', html.replace(/<script type="module" src="\/dist\/clinic-widgets.js"[^>]*><\/script>/, ''));
    const { page, context } = await openPage(env.browser, env.server.origin, '/slow.html');
    const before = await seen(page);
    assert.match(before[2], /Questions for our clinic/);
    const samples = await page.evaluate(async () => {
      const faq = document.querySelector('clinic-faq');
      const text = () => [...faq.shadowRoot.children].filter((c) => c.localName !== 'style' && c.localName !== 'noscript').map((c) => c.innerText).join(' ');
      const out = new Set();
      const timer = setInterval(() => out.add(/Questions for our clinic/.test(text()) ? 'custom' : 'other'), 10);
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/clinic-widgets.js';
      document.head.append(script);
      await customElements.whenDefined('clinic-faq');
      await faq.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      clearInterval(timer);
      return [...out];
    });
    assert.deepEqual(samples, ['custom'], 'never the bundled questions while the pack loads');
    assert.deepEqual((await seen(page))[2], before[2]);
    await context.close();
  });

  it('needs no unsafe-inline under a strict Content-Security-Policy: the style-src hashes it prints are enough', async () => {
    const pre = await render(article({ head: '<script src="/tests/page/pages/csp-probe.js"></script>' }), quiet);
    const hashes = styleHashes(pre);
    const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
    for (const [path, policy, expected] of [
      ['/csp-hashes.html', csp, 0],
      ['/csp-no-hashes.html', STRICT_CSP, 1], // the control: without the hashes the browser refuses the styles
    ]) {
      pages.set(path, pre);
      headers[path] = { 'content-security-policy': policy };
      const { page, context, log } = await openPage(env.browser, env.server.origin, path);
      await page.evaluate((selector) => Promise.all([...document.querySelectorAll(selector)].map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))), SELECTOR);
      const violations = await page.evaluate(() => window.cspViolations);
      if (expected) assert.ok(violations.length > 0, 'the control page reports the refused styles');
      else {
        assert.deepEqual(violations, []);
        assert.deepEqual(log.errors, []);
      }
      await context.close();
    }
  });
});

async function assertVisible(locator) {
  assert.equal(await locator.isVisible(), true, `${await locator.evaluate((e) => e.textContent.slice(0, 60))} is visible`);
}
