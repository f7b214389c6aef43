// The built module on host pages we do not control (issue: embed anywhere).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { ROOT, it, launch, openPage, startServer } from './support.mjs';

const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html clinic-widgets";
const axeSource = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8');

/** Waits until every kit element on the page has rendered its shadow content. */
const rendered = (page) =>
  page.waitForFunction((tags) => tags.every((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector('.base'))), TAGS);

/** Runs axe on the page (through the debugging protocol, so the page CSP does not apply to it). */
async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the built module embedded in host pages', () => {
  let server, browser;
  before(async () => {
    server = await startServer({
      headers: { '/tests/page/pages/csp.html': { 'content-security-policy': STRICT_CSP } },
      routes: {
        '/slow/dist/clinic-widgets.js': (req, res) =>
          void setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`${ROOT}/dist/clinic-widgets.js`)), 1500),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('double loading', () => {
    it('defines each tag once and throws nothing when loaded from two URLs', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/twice.html');
      await page.waitForFunction(() => document.querySelector('clinic-warning-signs').shadowRoot?.querySelector('.base'));
      await page.waitForTimeout(200);
      assert.deepEqual(log.errors, []);
      // The page sets no region: the one advisory about that is expected; nothing about versions.
      assert.deepEqual(log.warnings.filter((w) => w.includes('clinic-widgets') && !w.includes('No region is set')), []);
      await context.close();
    });

    it('keeps an older version and another library’s tag, warns once per clash, and the other tags still work', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/versions.html');
      await page.waitForFunction(() => document.querySelector('clinic-risk-checklist').shadowRoot?.querySelector('.base'));
      await page.waitForTimeout(200);
      assert.deepEqual(log.errors, []);
      const kit = log.warnings.filter((w) => w.includes('clinic-widgets'));
      assert.equal(kit.filter((w) => /0\.0\.9 is already loaded/.test(w)).length, 1, kit.join('\n'));
      assert.equal(kit.filter((w) => /<clinic-contact> is already defined by another script/.test(w)).length, 1, kit.join('\n'));
      assert.equal(await page.$eval('clinic-faq', (el) => el.textContent), 'old faq');
      assert.ok(await page.$eval('clinic-warning-signs', (el) => el.shadowRoot.textContent.length > 100));
      await context.close();
    });
  });

  describe('a strict Content-Security-Policy with Trusted Types', () => {
    it('renders all four elements with no violation and no console error', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/csp.html');
      await rendered(page);
      // Use the widgets: open every answer, tick every box, search.
      await page.evaluate(() => {
        const faq = document.querySelector('clinic-faq').shadowRoot;
        faq.querySelectorAll('button[aria-expanded="false"]').forEach((b) => b.click());
        document.querySelector('clinic-risk-checklist').shadowRoot.querySelectorAll('input[type=checkbox]').forEach((c) => c.click());
      });
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(log.errors, []);
      const jsonLd = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => JSON.parse(x.textContent)['@type']));
      assert.deepEqual(jsonLd.sort(), ['FAQPage', 'MedicalClinic']);
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  });

  describe('CMS mount points', () => {
    it('upgrades data-clinic-widget divs, mapping data-* to attributes, including ones added later', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/mount.html');
      await rendered(page);
      const faq = await page.$eval('#faq-block', (el) => ({
        tag: el.localName,
        level: el.getAttribute('heading-level'),
        items: el.getAttribute('items'),
        cls: el.className,
        questions: [...el.shadowRoot.querySelectorAll('h4 button, h3 button')].length,
      }));
      assert.deepEqual(faq, { tag: 'clinic-faq', level: '3', items: 'bleeding-normal,emergency', cls: 'cms-block', questions: 2 });
      assert.equal(await page.$eval('clinic-warning-signs', (el) => el.shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href')), 'tel:112');
      await page.evaluate(() => {
        const div = document.createElement('div');
        div.dataset.clinicWidget = 'faq';
        div.dataset.category = 'acupuncture-and-herbs';
        div.id = 'later';
        document.body.append(div);
      });
      await page.waitForFunction(() => document.getElementById('later')?.localName === 'clinic-faq' && document.getElementById('later').shadowRoot?.querySelector('.base'));
      assert.equal(await page.$eval('#later', (el) => el.getAttribute('category')), 'acupuncture-and-herbs');
      assert.equal(await page.$$eval('[data-clinic-widget]', (els) => els.length), 0);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });

  describe('before the script runs, and without JavaScript', () => {
    it('shows the editor’s content inside the tag when JavaScript is off', async () => {
      const { page, context } = await openPage(browser, server.origin, '/tests/page/pages/nojs.html', { javaScriptEnabled: false });
      const link = page.locator('clinic-contact a[href^="tel:"]');
      assert.equal(await link.isVisible(), true);
      assert.equal(await link.textContent(), '020 7946 0321');
      await context.close();
    });

    it('shows it until the element upgrades, then the element replaces it', async () => {
      const { page, context } = await openPage(browser, server.origin, '/tests/page/pages/nojs.html', { waitUntil: 'commit' });
      await page.waitForSelector('#after', { state: 'attached' });
      // Light DOM only (a locator would also look inside the shadow root).
      const fallbackShown = () => page.evaluate(() => document.querySelector('clinic-contact > p a').getBoundingClientRect().height > 0);
      assert.equal(await fallbackShown(), true);
      await page.waitForFunction(() => document.querySelector('clinic-contact').shadowRoot?.querySelector('.base'), null, { timeout: 5000 });
      assert.equal(await fallbackShown(), false);
      await context.close();
    });

    it('ships no rule that hides undefined elements', () => {
      const code = readFileSync(`${ROOT}/dist/clinic-widgets.js`, 'utf8');
      assert.doesNotMatch(code, /:not\(:defined\)/);
    });
  });

  describe('layout shift', () => {
    it('shifts the demo page by at most 0.01 (CLS) while the widgets load', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(server.origin + '/dist/demo/index.html');
      // The widgets render in the demo's preview iframe (a page of the device's width); both documents are measured.
      await page.waitForFunction(() => document.querySelector('#main')?.dataset.state === 'ready');
      const preview = page.frame({ name: 'preview' });
      await preview.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base')), TAGS);
      await page.waitForTimeout(500);
      const cls = (await page.evaluate(() => window.cls)) + (await preview.evaluate(() => window.cls));
      console.log(`# CLS of the demo page: ${cls.toFixed(4)}`);
      assert.ok(cls <= 0.01, `CLS ${cls}`);
      await context.close();
    });
  });

  describe('a render-blocking script tag', () => {
    it('paints every element whole at once where the browser supports blocking="render": source lists and closed answers included', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/blocking.html');
      await page.waitForFunction(() => window.firstPaint);
      const supported = await page.evaluate(() => 'blocking' in HTMLScriptElement.prototype);
      const first = await page.evaluate(() => window.firstPaint);
      // Elsewhere the attribute means nothing: the page paints first and the kit splits its work as on any page.
      const whole = supported ? first : await page.evaluate(async (tags) => {
        await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
        return (await import('/tests/page/pages/first-paint.js?again'), window.firstPaint);
      }, TAGS.slice(0, 3));
      for (const [tag, seen] of Object.entries(whole)) {
        assert.equal(seen.rendered, true, tag);
        assert.ok(seen.sources > 2, `${tag}: ${seen.sources} sources listed`);
        assert.equal(seen.emptyAnswers, 0, `${tag}: closed answers left empty`);
      }
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });

  describe('hostile page CSS', () => {
    it('leaves the widgets readable and usable, and leaks no style out', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/hostile.html');
      await rendered(page);
      const check = await page.evaluate(() => {
        const faq = document.querySelector('clinic-faq').shadowRoot;
        const q = faq.querySelector('h2 button, h3 button');
        const closed = [...faq.querySelectorAll('[id$="-panel"]')].filter((p) => p.hasAttribute('hidden'));
        const base = getComputedStyle(faq.querySelector('.base'));
        const overflowing = [...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].filter((el) => {
          const b = el.shadowRoot.querySelector('.base');
          return b.scrollWidth > b.clientWidth + 2;
        });
        return {
          titleShown: faq.querySelector('.title').getBoundingClientRect().height > 0,
          questionShown: q.getBoundingClientRect().height > 0,
          closedAreClosed: closed.length > 0 && closed.every((p) => p.getBoundingClientRect().height === 0),
          transform: base.textTransform,
          spacing: base.letterSpacing,
          overflowing: overflowing.map((el) => el.localName),
          pageButton: getComputedStyle(document.getElementById('page-button')).display,
          pageText: getComputedStyle(document.getElementById('page-text')).textTransform,
        };
      });
      assert.deepEqual(check, {
        titleShown: true,
        questionShown: true,
        closedAreClosed: true,
        transform: 'none',
        spacing: 'normal',
        overflowing: [],
        pageButton: 'none',
        pageText: 'uppercase',
      });
      assert.deepEqual(await axe(page).then((v) => v.filter((x) => !/page-button|page-text/.test(x))), []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('looks the same as on a page with only the same font', async () => {
      const shots = [];
      for (const path of ['/tests/page/pages/hostile.html', '/tests/page/pages/hostile-control.html']) {
        const { page, context } = await openPage(browser, server.origin, path, { viewport: { width: 900, height: 900 } });
        await rendered(page);
        await page.waitForTimeout(200);
        const pair = [];
        for (const tag of TAGS) pair.push(await page.locator(tag).screenshot());
        shots.push(pair);
        await context.close();
      }
      TAGS.forEach((tag, i) => {
        const [a, b] = [PNG.sync.read(shots[0][i]), PNG.sync.read(shots[1][i])];
        assert.deepEqual([a.width, a.height], [b.width, b.height], `${tag} has another size on the hostile page`);
        // Anti-aliasing may differ by a shade at a few glyph and corner edges; anything real differs by far more.
        let differing = 0;
        for (let p = 0; p < a.data.length; p += 4) {
          const d = Math.max(Math.abs(a.data[p] - b.data[p]), Math.abs(a.data[p + 1] - b.data[p + 1]), Math.abs(a.data[p + 2] - b.data[p + 2]));
          if (d > 48) differing++;
        }
        const share = differing / (a.width * a.height);
        assert.ok(share < 0.0005, `${tag}: ${(share * 100).toFixed(3)} % of pixels differ on the hostile page`);
      });
    });
  });

  describe('no traffic, no traces', () => {
    it('requests nothing but the module and stores nothing while every widget is used', async () => {
      const { page, context, log } = await openPage(browser, server.origin, '/tests/page/pages/all.html');
      await rendered(page);
      const before = await page.evaluate(async () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, dbs: (await indexedDB.databases()).length, href: location.href }));
      await page.evaluate(() => {
        const root = (t) => document.querySelector(t).shadowRoot;
        root('clinic-faq').querySelectorAll('button[aria-expanded="false"]').forEach((b) => b.click());
        root('clinic-risk-checklist').querySelectorAll('input[type=checkbox]').forEach((c) => c.click());
        root('clinic-warning-signs').querySelector('details').open = true;
      });
      for (const tag of TAGS) {
        const links = page.locator(`${tag} a`);
        for (let i = 0; i < Math.min(await links.count(), 40); i++) await links.nth(i).hover({ timeout: 2000 }).catch(() => {});
      }
      await page.waitForTimeout(300);
      const after = await page.evaluate(async () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, dbs: (await indexedDB.databases()).length, href: location.href }));
      assert.deepEqual(after, before);
      assert.deepEqual(log.requests.map((u) => new URL(u).pathname), ['/tests/page/pages/all.html', '/dist/clinic-widgets.js']);
      await context.close();
    });
  });
});
