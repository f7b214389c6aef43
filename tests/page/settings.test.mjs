// Page-wide settings, regions and author mistakes, on the built module: what a
// clinic's page shows when its administrator sets the kit up once.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it, openPage, ROOT, useBrowser } from './support.mjs';

const en = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));
const zh = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/zh-Hant.json`, 'utf8'));
const example = JSON.parse(readFileSync(`${ROOT}/demo/example-clinic.json`, 'utf8'));
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const json = (res, body, delay = 0) =>
  void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)), delay);

/** A page: `script` is the kit's script tag's extra attributes, `body` the rest. Content errors are recorded. */
const html = (script, body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>settings</title>
<script>window.contentErrors = []; document.addEventListener('clinic-content-error', (e) => contentErrors.push({ tag: e.target.localName, ...e.detail }));</script>
<script type="module" src="/dist/clinic-widgets.js"${script}></script></head><body>${body}</body></html>`;

const pages = new Map();
const serve = (path, text) => (pages.set(path, text), path);
const servePage = (req, res, url) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(url.pathname));

const routes = {
  '/faq-only.json': (req, res) => json(res, { faq: { ...en.faq, title: 'Our own questions' } }, 3000),
  '/region-pack.json': (req, res) => json(res, { emergency: { ...en.emergency, number: '555' } }),
};

// One browser for the whole file (WebKit opens one session per file); pages are looked up when asked for, so a test may serve() one of its own.
const env = useBrowser({ routes: new Proxy(routes, { get: (r, path) => (pages.has(path) ? servePage : r[path]) }) });

/** Every element's visible text (shadow roots), keyed by tag or id. */
const texts = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].map((el) => [
        el.id || el.localName,
        (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      ]),
    ),
  );

/** The tel: numbers each element links (the emergency call and the contact's own). */
const tels = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].map((el) => [
        el.id || el.localName,
        [...(el.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href')),
      ]),
    ),
  );

const ready = async (page, count = 4) => {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')];
      return els.length >= n && els.every((el) => el.shadowRoot?.querySelector('.base'));
    },
    count,
  );
  // Rendered, and the FAQ's closed answers filled in (after the first paint).
  await page.evaluate(() => Promise.all([...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].map((el) => el.updateComplete)));
};

/** The emergency number a warning-signs card links to. */
const callOf = (page, selector) => page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="call-link"]').getAttribute('href'));

describe('page-wide settings on the script tag', () => {

  const open = (path, options) => openPage(env.browser, env.server.origin, path, options);

  const SETTINGS = ' data-region="MO" data-clinic-name="Clínica Lótus" data-clinic-phone="+853 2888 0000" data-clinic-whatsapp="+853 6600 0000" data-clinic-email="care@lotus.example" data-clinic-booking-url="https://lotus.example/book"';
  const all = serve(
    '/all.html',
    html(
      SETTINGS,
      `<clinic-warning-signs></clinic-warning-signs><clinic-risk-checklist></clinic-risk-checklist><clinic-faq></clinic-faq><clinic-contact></clinic-contact>
       <div data-clinic-widget="contact" id="mounted"></div><div data-clinic-widget="warning-signs" id="mounted-signs"></div>`,
    ),
  );

  it('reach all four elements, mount points and elements added later', async () => {
    const { page, context, log } = await open(all);
    await ready(page, 6);
    const t = await texts(page);
    for (const key of ['clinic-contact', 'mounted']) {
      assert.ok(t[key].includes('Clínica Lótus'), key);
      assert.ok(t[key].includes('+853 2888 0000'), key);
    }
    // Macau's ambulance number and Macau's name for the emergency department, in every element that speaks of them.
    assert.equal(await callOf(page, 'clinic-warning-signs'), 'tel:999');
    assert.ok(t['clinic-warning-signs'].includes(en.regions.MO.emergencyDepartment), t['clinic-warning-signs']);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<clinic-contact id="later"></clinic-contact><div data-clinic-widget="contact" id="later-mount"></div>');
    });
    await ready(page, 8);
    const later = await texts(page);
    assert.ok(later.later.includes('Clínica Lótus'));
    assert.ok(later['later-mount'].includes('Clínica Lótus'));
    const links = await tels(page);
    assert.ok(links.later.includes('tel:+85328880000'));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings.filter((w) => w.includes('clinic-widgets')), [], 'a region is set: no advisory');
    await context.close();
  });

  it('an element attribute overrides the page settings; whatsapp="" removes the page\'s WhatsApp', async () => {
    const path = serve('/override.html', html(SETTINGS, '<clinic-contact id="own" name="Own Name" whatsapp=""></clinic-contact><clinic-contact id="page"></clinic-contact>'));
    const { page, context } = await open(path);
    await ready(page, 2);
    const t = await texts(page);
    assert.ok(t.own.includes('Own Name') && !t.own.includes('Clínica Lótus'));
    const hrefs = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('clinic-contact')].map((el) => [el.id, [...el.shadowRoot.querySelectorAll('a')].map((a) => a.href)])),
    );
    assert.ok(!hrefs.own.some((h) => h.includes('wa.me')), hrefs.own.join(' '));
    assert.ok(hrefs.page.some((h) => h.includes('wa.me/85366000000')), hrefs.page.join(' '));
    await context.close();
  });

  it('configure() from script updates the elements already on the page', async () => {
    const path = serve('/configure.html', html('', '<clinic-warning-signs></clinic-warning-signs><clinic-contact></clinic-contact>'));
    const { page, context } = await open(path);
    await ready(page, 2);
    assert.equal(await callOf(page, 'clinic-warning-signs'), 'tel:999');
    await page.evaluate(async () => {
      const kit = await import('/dist/clinic-widgets.js');
      kit.configure({ region: 'TW', clinic: { name: 'Configured Clinic', phone: '+886 2 0000 0000' } });
      await Promise.all([...document.querySelectorAll('clinic-warning-signs, clinic-contact')].map((el) => el.updateComplete));
    });
    assert.equal(await callOf(page, 'clinic-warning-signs'), 'tel:119');
    const t = await texts(page);
    assert.ok(t['clinic-contact'].includes('Configured Clinic'));
    assert.ok(t['clinic-contact'].includes('119'));
    await context.close();
  });

  it('loaded twice with different settings, the first settings stay and the console says so once', async () => {
    const path = serve(
      '/twice-settings.html',
      html(' data-region="HK"', '<clinic-warning-signs></clinic-warning-signs>').replace(
        '</head>',
        '<script type="module" src="/dist/clinic-widgets.js?copy=2" data-region="TW"></script></head>',
      ),
    );
    const { page, context, log } = await open(path);
    await ready(page, 1);
    await page.waitForTimeout(200);
    assert.equal(await callOf(page, 'clinic-warning-signs'), 'tel:999');
    assert.equal(log.warnings.filter((w) => w.includes('loaded twice with different settings')).length, 1, log.warnings.join('\n'));
    await context.close();
  });

  describe('precedence: element attribute > page settings > custom pack > region > bundled pack', () => {
    const rows = [
      ['bundled pack (no region, no setting)', '', '<clinic-warning-signs></clinic-warning-signs>', 'tel:999'],
      ['region from the language tag', '', '<clinic-warning-signs lang="zh-TW"></clinic-warning-signs>', 'tel:119'],
      ['region from the page settings', ' data-region="AU"', '<clinic-warning-signs></clinic-warning-signs>', 'tel:000'],
      ['custom pack over the region', ' data-region="AU"', '<clinic-warning-signs src="/region-pack.json"></clinic-warning-signs>', 'tel:555'],
      ['page settings over the custom pack', ' data-region="AU" data-emergency-number="112"', '<clinic-warning-signs src="/region-pack.json"></clinic-warning-signs>', 'tel:112'],
      ['element attribute over the page settings', ' data-emergency-number="112"', '<clinic-warning-signs emergency-number="911"></clinic-warning-signs>', 'tel:911'],
      ['element region over the page region', ' data-region="AU"', '<clinic-warning-signs region="NZ"></clinic-warning-signs>', 'tel:111'],
      ['page region over the language tag', ' data-region="GB"', '<clinic-warning-signs lang="zh-TW"></clinic-warning-signs>', 'tel:999'],
    ];
    for (const [name, script, body, expected] of rows) {
      const path = serve(`/precedence-${name.replace(/\W+/g, '-')}.html`, html(script, body));
      it(name, async () => {
        const { page, context } = await open(path);
        await ready(page, 1);
        if (body.includes('src=')) await page.waitForFunction((want) => document.querySelector('clinic-warning-signs').shadowRoot.querySelector('[part~="call-link"]').getAttribute('href') === want, expected, { timeout: 5000 }).catch(() => {});
        assert.equal(await callOf(page, 'clinic-warning-signs'), expected);
        await context.close();
      });
    }
  });

  describe('every covered region, on all four elements and in both locales', () => {
    for (const code of Object.keys(en.regions)) {
      const number = en.regions[code].number;
      const path = serve(
        `/region-${code}.html`,
        html(
          ` data-region="${code}" data-clinic-name="Example Clinic" data-clinic-phone="+44 20 7946 0000"`,
          `${TAGS.map((t) => `<${t}></${t}>`).join('')}<div lang="zh-Hant">${TAGS.map((t) => `<${t} id="zh-${t}"></${t}>`).join('')}</div>`,
        ),
      );
      it(`${code}: ${number}, and its local names`, async () => {
        const { page, context, log } = await open(path);
        await ready(page, 8);
        const t = await texts(page);
        const links = await tels(page);
        const tel = `tel:${number.replace(/ /g, '')}`;
        assert.ok(links['clinic-warning-signs'].includes(tel), `${code} warning signs: ${links['clinic-warning-signs']}`);
        assert.ok(links['zh-clinic-warning-signs'].includes(tel), `${code} zh warning signs`);
        assert.ok(links['clinic-contact'].includes(tel), `${code} contact safety line`);
        assert.ok(links['zh-clinic-contact'].includes(tel), `${code} zh contact`);
        // The checklist and the FAQ name the number where their text uses it, and never another region's.
        for (const key of ['clinic-faq', 'zh-clinic-faq']) assert.ok(t[key].includes(number), `${code} ${key} names ${number}`);
        assert.ok(t['clinic-warning-signs'].includes(en.regions[code].emergencyDepartment), `${code} en emergency department`);
        assert.ok(t['zh-clinic-warning-signs'].includes(zh.regions[code].emergencyDepartment), `${code} zh emergency department`);
        for (const [key, text] of Object.entries(t)) assert.ok(!/\{\w+\}/.test(text), `${code} ${key}: a placeholder is never seen`);
        assert.deepEqual(log.errors, []);
        await context.close();
      });
    }

    it('zh-TW shows 119 in Chinese text', async () => {
      const path = serve('/zh-tw.html', html('', '<clinic-warning-signs></clinic-warning-signs><clinic-faq></clinic-faq>', 'zh-TW'));
      const { page, context } = await open(path);
      await ready(page, 2);
      const t = await texts(page);
      assert.ok(t['clinic-warning-signs'].includes(zh.warningSigns.title));
      assert.ok(t['clinic-warning-signs'].includes('119'));
      assert.ok(!t['clinic-warning-signs'].includes('999'));
      assert.equal(await callOf(page, 'clinic-warning-signs'), 'tel:119');
      await context.close();
    });
  });

  it('two elements on one page never show different numbers unless one sets its own', async () => {
    const path = serve(
      '/same-number.html',
      html(' data-emergency-number="112"', `${TAGS.map((t) => `<${t}></${t}>`).join('')}<clinic-warning-signs id="own" emergency-number="911"></clinic-warning-signs>`),
    );
    const { page, context } = await open(path);
    await ready(page, 5);
    const links = await tels(page);
    assert.ok(links['clinic-warning-signs'].includes('tel:112'));
    assert.ok(links['clinic-contact'].includes('tel:112'));
    assert.ok(links.own.includes('tel:911'));
    const t = await texts(page);
    assert.ok(!t['clinic-contact'].includes('999') && !t['clinic-warning-signs'].includes('999'));
    await context.close();
  });
});

describe('no example data on a real page', () => {
  it('dist/clinic-widgets.js holds no string of the demo\'s example clinic', () => {
    const code = readFileSync(`${ROOT}/dist/clinic-widgets.js`, 'utf8');
    for (const clinic of Object.values(example)) {
      for (const [key, value] of Object.entries(clinic)) {
        assert.ok(!code.includes(value), `${key}: "${value}" is in the module`);
        assert.ok(!code.includes(JSON.stringify(value).slice(1, -1)), `${key}: "${value}" (escaped) is in the module`);
      }
    }
  });
});

describe('never blank while a pack loads, and one error story', () => {

  const slow = serve(
    '/slow.html',
    html(
      ' data-src="/faq-only.json" data-region="HK"',
      '<clinic-warning-signs></clinic-warning-signs><clinic-faq></clinic-faq>',
    ).replace(
      '</head>',
      // Counts the warning signs' renders and samples its emergency tier from the first moment the element exists.
      `<script>
        window.samples = []; window.wsRenders = 0;
        customElements.whenDefined('clinic-warning-signs').then(() => {
          const el = document.querySelector('clinic-warning-signs');
          const render = el.render; el.render = function () { window.wsRenders++; return render.call(this); };
          // From the first render on (updateComplete would wait for the pack), every 10 ms.
          const sample = () => {
            if (el.shadowRoot?.querySelector('.base')) {
              const tier = el.shadowRoot.querySelector('[part~="tier-emergency"]');
              const r = tier?.getBoundingClientRect();
              samples.push(!!tier && r.height > 0 && getComputedStyle(tier).visibility === 'visible' && el.shadowRoot.querySelector('[part~="call-link"]')?.getAttribute('href'));
            }
            if (samples.length < 400) setTimeout(sample, 10);
          };
          sample();
        });
      </script></head>`,
    ),
  );

  it('a pack served after 3 s leaves the emergency tier visible at every moment, and a FAQ-only pack never re-renders the warning signs', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, slow);
    await page.waitForFunction(() => document.querySelector('clinic-faq').shadowRoot?.querySelector('.title')?.textContent.includes('Our own questions'), null, { timeout: 10000 });
    const { samples, renders } = await page.evaluate(() => ({ samples: window.samples, renders: window.wsRenders }));
    assert.ok(samples.length > 100, `sampled ${samples.length} times`);
    const blank = samples.filter((s) => s !== 'tel:999');
    assert.equal(blank.length, 0, `${blank.length} of ${samples.length} samples without the emergency tier and its call link`);
    assert.equal(renders, 1, 'the warning signs rendered once');
    await context.close();
  });

  const MISTAKES = [
    ['an invalid emergency number', '<clinic-warning-signs emergency-number="999 ext 2"></clinic-warning-signs>', 'emergency-number'],
    ['a refused URL', '<clinic-contact name="A" phone="+852 2000 0000" booking-url="javascript:alert(1)"></clinic-contact>', 'booking-url'],
    ['an unknown region', '<clinic-warning-signs region="XX"></clinic-warning-signs>', 'region'],
    ['a region code that is not one', '<clinic-warning-signs region="Hong Kong"></clinic-warning-signs>', 'region'],
    ['an unknown id in items', '<clinic-faq items="emergency,nope"></clinic-faq>', 'items'],
    ['an unknown id in open', '<clinic-faq open="nope"></clinic-faq>', 'open'],
    ['an unknown id in categories', '<clinic-risk-checklist categories="nope"></clinic-risk-checklist>', 'categories'],
    ['a heading-level out of range', '<clinic-faq heading-level="7"></clinic-faq>', 'heading-level'],
    ['a missing clinic name and phone', '<clinic-contact></clinic-contact>', 'clinic'],
  ];
  for (const [what, body, path] of MISTAKES) {
    const url = serve(`/mistake-${path}-${what.replace(/\W+/g, '-')}.html`, html(' data-region="HK"', body));
    it(`reports ${what}: one console message and a clinic-content-error event with the path ${path}`, async () => {
      const { page, context, log } = await openPage(env.browser, env.server.origin, url);
      await ready(page, 1);
      await page.waitForTimeout(50);
      const events = await page.evaluate(() => window.contentErrors);
      assert.ok(events.length >= 1, `no event for ${what}`);
      assert.equal(events[0].path, path, JSON.stringify(events));
      assert.ok(events[0].message.length > 10, events[0].message);
      assert.equal(events.filter((e) => e.path === path).length, 1, 'one event per mistake');
      const said = [...log.warnings, ...log.errors].filter((m) => m.includes('clinic-widgets') && m.includes(path));
      assert.equal(said.length, 1, said.join('\n'));
      await context.close();
    });
  }
});
