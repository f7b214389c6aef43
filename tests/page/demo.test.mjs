// The built demo (dist/demo/), driven as a clinic's web editor would use it:
// pick an element, set it up, copy the code, paste it into a blank page.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, launch, openPage, ROOT, shadowText, startServer } from './support.mjs';

const DEMO = '/dist/demo/index.html';
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const NAMES = { 'clinic-warning-signs': 'Warning signs', 'clinic-risk-checklist': 'Risk checklist', 'clinic-faq': 'FAQ', 'clinic-contact': 'Contact' };
const axeSource = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8');
const manifest = JSON.parse(readFileSync(`${ROOT}/dist/custom-elements.json`, 'utf8'));
const declarationOf = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** The page a test "pastes" the snippet into: a blank document with only the snippet in its body. */
let pasted = '';
const blankPage = (snippet) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${snippet}\n</body></html>`;

async function openDemo(browser, origin, options) {
  const opened = await openPage(browser, origin, DEMO, options);
  await opened.page.waitForFunction(() => document.querySelector('#main')?.dataset.state === 'ready');
  return opened;
}

/** axe on the demo page and on the preview document inside it. */
async function axe(page) {
  const violations = [];
  for (const frame of [page.mainFrame(), page.frame({ name: 'preview' })]) {
    await frame.evaluate(axeSource);
    violations.push(
      ...(await frame.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'], iframes: false });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      })),
    );
  }
  return violations;
}

/** The preview iframe's document (its page is the device's width). */
const preview = (page) => page.frame({ name: 'preview' });
/** The text of a preview element once it has rendered everything (a fresh element renders in a task of its own, the FAQ's answers after). */
const renderedText = (page, tag) => preview(page).$eval(`#frame ${tag}`, async (el) => (await el.updateComplete, el.shadowRoot.textContent.replace(/\s+/g, ' ')));

const chooseElement = (page, tag) => page.getByRole('radio', { name: new RegExp(`^${NAMES[tag]} <${tag}>`) }).check();
/** The text field for an attribute of the chosen element (the other elements' fields are hidden). */
const field = (page, name) => page.getByRole('textbox', { name, exact: true });
const snippetOf = (page) => page.locator('#snippet').textContent();

/** Tag, attributes and rendered text of the element shown in a page (the preview's, or the pasted page's only one). */
function describeElement(page, selector) {
  // Once the element has rendered everything (the FAQ fills its closed answers after its first render).
  return page.$eval(selector, async (el) => (await el.updateComplete, {
    tag: el.localName,
    attributes: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'hidden').map((a) => [a.name, a.value]).sort()),
    text: (el.shadowRoot?.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    accent: getComputedStyle(el).getPropertyValue('--clinic-color-accent').trim(),
    headings: [...(el.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName).slice(0, 3),
  }));
}

/** `<clinic-contact>`'s clinic details, set page-wide in "Your clinic" rather than per element. */
const CLINIC_ATTRIBUTES = ['name', 'phone', 'whatsapp', 'email', 'address', 'hours', 'booking-url', 'map-url'];
/** A "Your clinic" field by its visible label. */
const clinicField = (page, label) => page.locator('#clinic-fields').getByLabel(label, { exact: true });
/** The script tag's data-* settings in the snippet. */
const scriptData = async (page) => {
  const tag = (await snippetOf(page)).match(/<script [^>]*>/)[0];
  return Object.fromEntries([...tag.matchAll(/ (data-[\w-]+)="([^"]*)"/g)].map(([, n, v]) => [n, v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&')]));
};
/** Every link in an element's shadow root. */
const linksOf = (page, selector) => page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
/** What a control says about its mistake: aria-invalid, the text of what it is described by, and whether that text sits by it, visible. */
const mistakeOf = (locator) =>
  locator.evaluate((control) => {
    const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id));
    const error = described.find((el) => el?.classList.contains('error'));
    return {
      invalid: control.getAttribute('aria-invalid'),
      message: error ? error.textContent.replace(/\s+/g, ' ').trim() : undefined,
      byTheField: !!error && error.closest('.field') === control.closest('.field') && error.checkVisibility(),
    };
  });

/** The file input of "Your own content", opened. */
async function packFile(page) {
  const panel = page.locator('#own-content');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('> summary').click();
  return page.getByLabel('Start from a pack file (optional)');
}

const shown = (page) => preview(page).$eval('#frame', (f) => [...f.children].filter((c) => !c.hidden).map((c) => c.localName));

describe('the demo page', () => {
  let server, browser;
  before(async () => {
    server = await startServer({
      routes: {
        '/pasted.html': (req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pasted),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Pastes a snippet into a blank page (the script pointed at this server's built module) and describes what renders. */
  async function paste(snippet, { upgraded = true } = {}) {
    pasted = blankPage(snippet.replace(/src="[^"]*clinic-widgets\.js"/, 'src="/dist/clinic-widgets.js"'));
    const { page, context, log } = await openPage(browser, server.origin, '/pasted.html');
    await page.waitForFunction(() => document.querySelector('body > [lang]')?.shadowRoot?.querySelector('.base'));
    if (upgraded) await page.waitForFunction(() => customElements.get(document.querySelector('body > [lang]').localName) && !document.querySelector('body > [lang]').shadowRoot.querySelector(':scope > style'));
    const element = await describeElement(page, 'body > [lang]');
    await context.close();
    return { element, log };
  }

  describe('in every engine', () => {
    // The user's clicks are made in the page here, so this runs in Firefox and WebKit too (the tests below need Playwright).
    it('previews each element, applies a theme and writes the snippet, with no console error', async () => {
      const { page, context, log } = await openDemo(browser, server.origin);
      // The preview is an iframe of the demo's own origin: its document is read from the page, in every engine.
      for (const tag of TAGS) {
        await page.evaluate((tag) => document.querySelector(`input[name="element"][value="${tag}"]`).click(), tag);
        await page.waitForFunction((tag) => {
          const el = document.querySelector('iframe[title="Preview"]').contentDocument?.querySelector(`#frame ${tag}`);
          return !!el && !el.hidden && el.shadowRoot?.querySelector('.base')?.getBoundingClientRect().height > 50;
        }, tag);
        const visible = await page.evaluate(() =>
          [...document.querySelector('iframe[title="Preview"]').contentDocument.querySelector('#frame').children].filter((c) => !c.hidden).map((c) => c.localName),
        );
        assert.deepEqual(visible, [tag]);
        await page.waitForFunction((tag) => document.querySelector('#snippet').textContent.includes(`<${tag} lang="en"></${tag}>`), tag);
      }
      await page.evaluate(() => document.querySelector('input[name="theme"][value="dark"]').click());
      await page.waitForFunction(() => / theme="dark"/.test(document.querySelector('#snippet').textContent));
      await page.waitForFunction(() => {
        const el = document.querySelector('iframe[title="Preview"]').contentDocument.querySelector('#frame clinic-contact');
        return getComputedStyle(el.shadowRoot.querySelector('.base')).colorScheme === 'dark';
      });
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('offers pre-rendered code that a blank page shows before the script runs, and the style-src hashes it needs', async () => {
      const { render, styleHashes } = await import(`${ROOT}/dist/render.js`);
      const { page, context, log } = await openDemo(browser, server.origin);
      await page.evaluate(() => document.querySelector('input[name="form"][value="prerendered"]').click());
      const codes = [];
      for (const tag of TAGS) {
        await page.evaluate((tag) => document.querySelector(`input[name="element"][value="${tag}"]`).click(), tag);
        await page.waitForFunction((tag) => new RegExp(`<${tag} lang="en"><template shadowrootmode="open"><style>`).test(document.querySelector('#snippet').textContent), tag);
        await page.waitForFunction(() => /style-src 'self' 'sha256-/.test(document.querySelector('#snippet-hint').textContent));
        const snippet = await page.evaluate(() => document.querySelector('#snippet').textContent);
        const hint = await page.evaluate(() => document.querySelector('#snippet-hint').textContent);
        const shown = await page.evaluate((tag) => {
          const el = document.querySelector('iframe[title="Preview"]').contentDocument.querySelector(`#frame ${tag}`);
          return (el.shadowRoot.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        }, tag);
        codes.push({ tag, snippet, hint, shown });
      }
      assert.deepEqual(log.errors, []);
      await context.close();
      // (Pasted pages are opened after the demo is closed: WebKit's driver has one window.)
      for (const { tag, snippet, hint, shown } of codes) {
        // The hashes it names are those of the styles in the code, and the same as the command line's for this element.
        const hashes = styleHashes(snippet);
        assert.deepEqual(hint.match(/'sha256-[^']+'/g), hashes);
        const cli = styleHashes(await render(`<${tag} lang="en"></${tag}>`, { warn: () => {} }));
        assert.deepEqual(cli, hashes, 'the configurator and clinic-widgets render write the same styles');
        // Pasted without its script (as before the module arrives, or with JavaScript off): the same text, already there.
        const before = await paste(snippet.replace(/<script type="module"[^>]*><\/script>\n?/, ''), { upgraded: false });
        assert.equal(before.element.text, shown, `${tag} before the script`);
        // With the script, the element takes its markup over and shows the same.
        const after = await paste(snippet);
        assert.equal(after.element.text, shown, `${tag} with the script`);
        assert.deepEqual(after.log.errors, []);
      }
    });
  });


  describe('accessibility and small screens', () => {
    it('has no axe violations with each element chosen, in light and dark, at 1280 px and 320 px', async () => {
      for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [320, 'light'], [320, 'dark']]) {
        const { page, context, log } = await openDemo(browser, server.origin, { viewport: { width, height: 900 }, colorScheme });
        for (const tag of TAGS) {
          await chooseElement(page, tag);
          assert.deepEqual(await axe(page), [], `${tag} at ${width} px, ${colorScheme}`);
        }
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    });

    it('lists problems of a custom pack without axe violations', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await (await packFile(page)).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"faq":{"items":[{}]}}') });
      await page.locator('#pack-problems li').first().waitFor();
      assert.deepEqual(await axe(page), []);
      await context.close();
    });

    it('fits 320 px without scrolling sideways, whatever is chosen', async () => {
      const { page, context } = await openDemo(browser, server.origin, { viewport: { width: 320, height: 700 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const tag of TAGS) {
        await chooseElement(page, tag);
        for (const width of ['Phone (360 px)', 'Tablet (768 px)', 'Desktop (1280 px)']) {
          await page.getByRole('radio', { name: width }).check();
          assert.equal(await overflow(), 0, `${tag}, ${width}`);
        }
      }
      await page.getByRole('radio', { name: /CMS mount point/ }).check();
      assert.equal(await overflow(), 0, 'mount-point snippet');
      await context.close();
    });
  });

  describe('choosing an element', () => {
    it('previews each element live, alone, with a control for each of its attributes from the manifest', async () => {
      const { page, context, log } = await openDemo(browser, server.origin);
      for (const tag of TAGS) {
        await chooseElement(page, tag);
        assert.deepEqual(await shown(page), [tag]);
        assert.ok(await preview(page).$eval(`#frame ${tag}`, (el) => el.shadowRoot.querySelector('.base').getBoundingClientRect().height > 50), `${tag} renders`);
        assert.match(await snippetOf(page), new RegExp(`^<${tag} lang="en"></${tag}>$`, 'm'));
        assert.equal(await page.locator('#attributes legend').textContent(), `Attributes of <${tag}>`);
        const own = declarationOf(tag).attributes.filter((a) => !a.inheritedFrom).map((a) => a.name);
        const controls = await page.$$eval(`.attribute-group[data-tag="${tag}"] [data-attribute]`, (els) =>
          els.filter((el) => el.checkVisibility()).map((el) => [el.dataset.attribute, el.localName === 'select' ? 'select' : el.type]),
        );
        for (const a of declarationOf(tag).attributes.filter((x) => !x.inheritedFrom)) {
          // The clinic's details are set once for the page, in "Your clinic".
          if (tag === 'clinic-contact' && CLINIC_ATTRIBUTES.includes(a.name)) {
            assert.ok(!controls.some(([name]) => name === a.name), `${a.name} is not an attribute control`);
            continue;
          }
          const kind = a.type.text === 'boolean' ? 'checkbox' : a.type.text.startsWith("'") ? 'select' : 'text';
          assert.ok(controls.some(([name, type]) => name === a.name && type === kind), `${tag} ${a.name} as ${kind} in ${JSON.stringify(controls)}`);
        }
        assert.ok(controls.length >= own.filter((a) => tag !== 'clinic-contact' || !CLINIC_ATTRIBUTES.includes(a)).length);
        // The shared attributes that need no control of their own are offered too.
        assert.ok(controls.some(([name]) => name === 'heading-level'));
      }
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });

  describe('setting attributes, language, theme and colour', () => {
    it('changes the preview and the snippet together', async () => {
      const { page, context, log } = await openDemo(browser, server.origin);
      const faq = () => describeElement(preview(page), '#frame clinic-faq');
      await chooseElement(page, 'clinic-faq');
      const before = await faq();

      await page.getByRole('checkbox', { name: 'searchable' }).check();
      assert.equal((await faq()).attributes.searchable, '');
      assert.ok(await preview(page).$eval('#frame clinic-faq', async (el) => (await el.updateComplete, !!el.shadowRoot.querySelector('input[type="search"]'))));
      assert.match(await snippetOf(page), /<clinic-faq lang="en" searchable><\/clinic-faq>/);

      await field(page, 'heading-level').fill('3');
      assert.deepEqual((await faq()).headings[0], 'h3');
      assert.match(await snippetOf(page), / heading-level="3"/);

      await field(page, 'items').fill('bleeding-normal,emergency');
      assert.equal(await preview(page).$eval('#frame clinic-faq', async (el) => (await el.updateComplete, el.shadowRoot.querySelectorAll('[part~="question"]').length)), 2);
      assert.match(await snippetOf(page), / items="bleeding-normal,emergency"/);

      await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
      const zh = await faq();
      assert.equal(zh.attributes.lang, 'zh-Hant');
      assert.match(zh.text, /[\u4e00-\u9fff]/, 'the preview is in Chinese');
      assert.notEqual(zh.text, before.text);
      assert.match(await snippetOf(page), /<clinic-faq lang="zh-Hant"/);

      await page.getByRole('radio', { name: 'Dark' }).check();
      assert.equal((await faq()).attributes.theme, 'dark');
      assert.equal(await preview(page).$eval('#frame clinic-faq', async (el) => (await el.updateComplete, getComputedStyle(el.shadowRoot.querySelector('.base')).colorScheme)), 'dark');
      assert.match(await snippetOf(page), / theme="dark"/);

      await page.getByLabel('Brand colour').fill('#6b2c91');
      assert.equal((await faq()).accent, '#6b2c91');
      assert.match(await snippetOf(page), /<style>\n {2}clinic-faq \{ --clinic-color-accent: #6b2c91; \}\n<\/style>/);

      await page.getByRole('button', { name: 'Reset' }).click();
      assert.equal((await faq()).accent, '');
      assert.doesNotMatch(await snippetOf(page), /<style>/);

      // Back to the defaults: attribute and snippet both drop them.
      await page.getByRole('radio', { name: 'Auto' }).check();
      await page.getByRole('checkbox', { name: 'searchable' }).uncheck();
      assert.equal((await faq()).attributes.searchable, undefined);
      assert.doesNotMatch(await snippetOf(page), /searchable|theme=/);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('offers the values of a union attribute as a select, and the width constrains the preview frame', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-contact');
      const layout = page.getByRole('combobox', { name: 'layout', exact: true });
      assert.deepEqual(await layout.locator('option').allTextContents(), ['banner (default)', 'card', 'bar']);
      await layout.selectOption('card');
      assert.equal(await preview(page).$eval('#frame clinic-contact', (el) => el.getAttribute('layout')), 'card');
      assert.match(await snippetOf(page), /<clinic-contact lang="en" layout="card"><\/clinic-contact>/);
      await layout.selectOption('banner');
      assert.doesNotMatch(await snippetOf(page), /layout=/);

      // The preview is a page of the device's width: its media queries see that width.
      const frameWidth = () => preview(page).evaluate(() => [innerWidth, matchMedia('(max-width: 400px)').matches]);
      await page.getByRole('radio', { name: 'Phone (360 px)' }).check();
      assert.deepEqual(await frameWidth(), [360, true]);
      await page.getByRole('radio', { name: 'Tablet (768 px)' }).check();
      assert.deepEqual(await frameWidth(), [768, false]);
      await page.getByRole('radio', { name: 'Desktop (1280 px)' }).check();
      assert.deepEqual(await frameWidth(), [1280, false]);
      await context.close();
    });

    it('previews a layout="bar" contact in a 360 px iframe titled "Preview", fixed to its bottom and full width', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-contact');
      await page.getByRole('combobox', { name: 'layout', exact: true }).selectOption('bar');
      await page.getByRole('radio', { name: 'Phone (360 px)' }).check();
      const iframe = page.locator('iframe[title="Preview"]');
      assert.equal(await iframe.getAttribute('width'), '360');
      const bar = await preview(page).$eval('#frame clinic-contact', async (el) => {
        await el.updateComplete;
        const base = el.shadowRoot.querySelector('.base');
        const r = base.getBoundingClientRect();
        return { position: getComputedStyle(base).position, bottom: r.bottom, width: r.width, innerHeight, innerWidth };
      });
      assert.equal(bar.position, 'fixed');
      assert.equal(Math.round(bar.bottom), bar.innerHeight);
      assert.equal(Math.round(bar.width), bar.innerWidth);
      // Shown whole beside the set-up: at 1280 px the 360 px page needs no scaling.
      const box = await iframe.boundingBox();
      assert.equal(Math.round(box.width), 360);

      // Each page font is the preview page's font, and so the widget's.
      for (const [name, family] of [['Serif', /serif/], ['Sans-serif', /sans-serif/], ['System', /system-ui/]]) {
        await page.getByRole('radio', { name, exact: true }).check();
        // Read once the element (perhaps made anew by the change) has rendered.
        assert.match(
          await preview(page).$eval('#frame clinic-contact', async (el) => (await el.updateComplete, getComputedStyle(el.shadowRoot.querySelector('.base')).fontFamily)),
          family,
          name,
        );
      }
      await context.close();
    });
  });

  describe('copying and pasting the snippet', () => {
    it('copies the exact snippet and confirms', async () => {
      const { page, context } = await openDemo(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
      await chooseElement(page, 'clinic-risk-checklist');
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippetOf(page));
      // A change to the code clears the confirmation, so it never vouches for older code.
      await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
      assert.equal(await page.locator('#copy-status').textContent(), '');
      await context.close();
    });

    const setups = [
      {
        name: 'an FAQ in Chinese, dark, branded, searchable, at heading level 3',
        tag: 'clinic-faq',
        async apply(page) {
          await page.getByRole('checkbox', { name: 'searchable' }).check();
          await field(page, 'heading-level').fill('3');
          await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
          await page.getByRole('radio', { name: 'Dark' }).check();
          await page.getByLabel('Brand colour').fill('#6b2c91');
        },
      },
      {
        name: 'a contact card with a clinic name and phone number that need escaping',
        tag: 'clinic-contact',
        async apply(page) {
          await page.getByRole('combobox', { name: 'layout', exact: true }).selectOption('card');
          await clinicField(page, 'Clinic name').fill('Harbour "Light" & Sons <example>');
          await clinicField(page, 'Phone').fill('+44 20 7946 0999');
        },
      },
      { name: 'warning signs with another emergency number', tag: 'clinic-warning-signs', apply: (page) => clinicField(page, 'Emergency number').fill('112') },
      { name: 'a risk checklist of one category, light', tag: 'clinic-risk-checklist', async apply(page) {
        await field(page, 'categories').fill('lifestyle');
        await page.getByRole('radio', { name: 'Light' }).check();
      } },
    ];

    for (const form of ['Script and element', 'CMS mount point']) {
      for (const setup of setups) {
        it(`pasted into a blank page (${form}), renders ${setup.name} exactly as previewed`, async () => {
          const { page, context } = await openDemo(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
          await chooseElement(page, setup.tag);
          await setup.apply(page);
          await page.getByRole('radio', { name: new RegExp(form) }).check();
          await page.getByRole('button', { name: 'Copy code' }).click();
          await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
          const copied = await page.evaluate(() => navigator.clipboard.readText());
          assert.equal(copied, await snippetOf(page));
          if (form === 'CMS mount point') assert.match(copied, new RegExp(`<div data-clinic-widget="${setup.tag.replace('clinic-', '')}"`));
          const expected = await describeElement(preview(page), `#frame ${setup.tag}`);
          await context.close();

          const { element, log } = await paste(copied);
          assert.deepEqual(element, expected);
          assert.deepEqual(log.errors, []);
        });
      }
    }
  });

  describe('your clinic', () => {
    const ours = {
      'Clinic name': ['data-clinic-name', 'Kowloon Bay Women’s Clinic'],
      Phone: ['data-clinic-phone', '+852 2345 6789'],
      WhatsApp: ['data-clinic-whatsapp', '+852 9123 4567'],
      Email: ['data-clinic-email', 'care@clinic.example'],
      Address: ['data-clinic-address', '8 Sample Road, Kowloon Bay'],
      'Opening hours': ['data-clinic-hours', 'Mon–Sat 9:00–17:00'],
      'Booking link': ['data-clinic-booking-url', 'https://clinic.example/book'],
      'Map link': ['data-clinic-map-url', 'https://clinic.example/map'],
      'Emergency number': ['data-emergency-number', '112'],
    };

    it('is prefilled with the example clinic and offers every covered region by name', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      assert.equal(await clinicField(page, 'Clinic name').inputValue(), 'Harbour Light Wellness Clinic (example)');
      assert.equal(await clinicField(page, 'WhatsApp').inputValue(), '+44 7700 900321');
      assert.equal(await clinicField(page, 'Emergency number').inputValue(), '');
      const regions = await clinicField(page, 'Region').locator('option').allTextContents();
      const pack = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));
      assert.deepEqual(regions, ['Not set', ...Object.entries(pack.regions).map(([code, r]) => `${r.name} (${code})`)]);
      assert.equal(await clinicField(page, 'Region').inputValue(), '');
      await context.close();
    });

    it('says, under Copy code, which details are still the example clinic’s, until each is replaced or cleared', async () => {
      const { page, context } = await openDemo(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
      const notice = page.locator('#snippet-example');
      const fields = () => notice.getByRole('link').allTextContents();
      assert.deepEqual(await fields(), ['Clinic name', 'Phone', 'WhatsApp', 'Email', 'Address', 'Opening hours', 'Booking link', 'Map link']);
      assert.match(await notice.textContent(), /^The code still has the example clinic’s made-up Clinic name, Phone, .* and Map link: replace them/);
      const copied = async () => {
        await page.getByRole('button', { name: 'Copy code' }).click();
        await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
        return page.locator('#copy-status').textContent();
      };
      assert.match(await copied(), /example clinic’s made-up details/);
      // Some replaced, one cleared: only the rest are named.
      for (const label of ['Clinic name', 'Phone', 'Email', 'Address', 'Opening hours', 'Booking link', 'Map link']) await clinicField(page, label).fill(ours[label][1]);
      assert.deepEqual(await fields(), ['WhatsApp']);
      await clinicField(page, 'WhatsApp').fill('');
      await notice.waitFor({ state: 'hidden' });
      assert.equal(await copied(), 'Copied. Paste it into your page’s HTML.');
      await context.close();
    });

    it('feeds every element of the preview, and the script tag carries it once as data-*', async () => {
      const { page, context, log } = await openDemo(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
      for (const [label, [, value]] of Object.entries(ours)) await clinicField(page, label).fill(value);
      await clinicField(page, 'Region').selectOption({ label: 'Hong Kong (HK)' });
      const expected = { ...Object.fromEntries(Object.values(ours)), 'data-region': 'HK' };

      for (const tag of TAGS) {
        await chooseElement(page, tag);
        const code = await snippetOf(page);
        assert.deepEqual(await scriptData(page), expected, tag);
        // Written once, on the script tag: never on the element.
        assert.doesNotMatch(code.split('\n').filter((l) => !l.startsWith('<script')).join('\n'), /data-|emergency-number=|region=/, tag);
        const text = await renderedText(page, tag);
        // The emergency number set, and Hong Kong's own services, in every element that names them (the checklist names none; the contact, the number only).
        assert.doesNotMatch(text, /\b999\b/, `${tag} shows no other emergency number`);
        if (tag === 'clinic-risk-checklist') continue;
        assert.match(text, /\b112\b/, `${tag} shows the emergency number`);
        if (tag !== 'clinic-contact') assert.match(text, /Accident and Emergency/, `${tag} names Hong Kong's emergency department`);
      }

      // The contact shows every detail, linked.
      await chooseElement(page, 'clinic-contact');
      const text = await renderedText(page, 'clinic-contact');
      for (const label of ['Clinic name', 'Address', 'Opening hours']) assert.ok(text.includes(ours[label][1]), `${label} in ${text}`);
      const links = await linksOf(preview(page), '#frame clinic-contact');
      for (const href of ['tel:+85223456789', 'https://wa.me/85291234567', 'mailto:care@clinic.example', 'https://clinic.example/book', 'https://clinic.example/map', 'tel:112']) {
        assert.ok(links.includes(href), `${href} in ${links}`);
      }
      assert.equal(await page.locator('#snippet-problems').isVisible(), false);

      // Pasted, it shows exactly the same.
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const previewed = await describeElement(preview(page), '#frame clinic-contact');
      assert.deepEqual(log.errors, []);
      await context.close();
      const { element, log: pastedLog } = await paste(copied);
      assert.deepEqual(element, previewed);
      assert.deepEqual(pastedLog.errors, []);
    });

    it('clearing WhatsApp removes it from the preview and from the snippet', async () => {
      const { page, context } = await openDemo(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
      await chooseElement(page, 'clinic-contact');
      const whatsapp = async () => (await linksOf(preview(page), '#frame clinic-contact')).filter((h) => h.startsWith('https://wa.me/'));
      assert.deepEqual(await whatsapp(), ['https://wa.me/447700900321']);
      assert.equal((await scriptData(page))['data-clinic-whatsapp'], '+44 7700 900321');

      await clinicField(page, 'WhatsApp').fill('');
      assert.deepEqual(await whatsapp(), []);
      assert.doesNotMatch(await shadowText(preview(page), '#frame clinic-contact'), /WhatsApp|7700 900321/);
      assert.doesNotMatch(await snippetOf(page), /whatsapp/i);
      // The rest stays.
      assert.equal((await scriptData(page))['data-clinic-phone'], '+44 20 7946 0321');

      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      await context.close();
      const { element } = await paste(copied);
      assert.doesNotMatch(element.text, /WhatsApp|7700 900321/);
    });
  });

  describe('mistakes, shown where they are typed', () => {
    const cases = [
      {
        name: 'an emergency number with an extension',
        tag: 'clinic-warning-signs',
        control: (page) => clinicField(page, 'Emergency number'),
        bad: '999 ext 2',
        good: '999',
        message: /"999 ext 2" is not an emergency number/,
      },
      {
        name: 'a booking link without https://',
        tag: 'clinic-contact',
        control: (page) => clinicField(page, 'Booking link'),
        bad: 'example.org/book',
        good: 'https://example.org/book',
        message: /example\.org\/book/,
      },
      {
        name: 'a typo in items',
        tag: 'clinic-faq',
        control: (page) => field(page, 'items'),
        bad: 'bleeding-normal,emergncy',
        good: 'bleeding-normal,emergency',
        message: /no id "emergncy" in the content; known ids: /,
      },
      {
        name: 'heading-level 7',
        tag: 'clinic-risk-checklist',
        control: (page) => field(page, 'heading-level'),
        bad: '7',
        good: '3',
        message: /"7" is not a whole number from 1 to 6/,
      },
    ];

    for (const c of cases) {
      it(`says what is wrong with ${c.name} by its field, marks it invalid, flags the code, and clears when fixed`, async () => {
        const { page, context } = await openDemo(browser, server.origin);
        await chooseElement(page, c.tag);
        const control = c.control(page);
        assert.deepEqual(await mistakeOf(control), { invalid: null, message: undefined, byTheField: false });

        await control.fill(c.bad);
        await page.locator('#snippet-problems').waitFor();
        const mistake = await mistakeOf(control);
        assert.equal(mistake.invalid, 'true');
        assert.match(mistake.message, c.message);
        assert.ok(mistake.byTheField, 'the message is shown by the field');
        // The code carries what was typed, and says plainly that the widget ignores it.
        assert.match(await page.locator('#snippet-problems').textContent(), /This code has a mistake\. Pasted as it is, the widget ignores it/);
        assert.match(await page.locator('#snippet-problems li').first().textContent(), c.message);
        assert.ok((await snippetOf(page)).includes(c.bad.replace(/"/g, '&quot;')));
        assert.deepEqual(await axe(page), []);

        await control.fill(c.good);
        await page.locator('#snippet-problems').waitFor({ state: 'hidden' });
        assert.deepEqual(await mistakeOf(control), { invalid: null, message: undefined, byTheField: false });

        // Typed again, it is said again (the kit reports a mistake once per element; the preview is made afresh).
        await control.fill(c.bad);
        await page.locator('#snippet-problems').waitFor();
        assert.equal((await mistakeOf(control)).invalid, 'true');
        await context.close();
      });
    }

    it('marks Clinic name and Phone when both are cleared for the contact, and only for the contact', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-warning-signs');
      await clinicField(page, 'Clinic name').fill('');
      await clinicField(page, 'Phone').fill('');
      assert.equal(await page.locator('#snippet-problems').isVisible(), false, 'the warning signs need no clinic');
      await chooseElement(page, 'clinic-contact');
      await page.locator('#snippet-problems').waitFor();
      for (const label of ['Clinic name', 'Phone']) {
        const mistake = await mistakeOf(clinicField(page, label));
        assert.equal(mistake.invalid, 'true', label);
        assert.match(mistake.message, /no clinic name or phone/, label);
      }
      await clinicField(page, 'Phone').fill('+852 2345 6789');
      await page.locator('#snippet-problems').waitFor({ state: 'hidden' });
      assert.equal((await mistakeOf(clinicField(page, 'Clinic name'))).invalid, null);
      await context.close();
    });
  });

  describe('the brand colour, honestly', () => {
    it('says which widget and theme swap a colour that fails contrast, and where the kit keeps it too faint', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      const notes = () => page.locator('#brand-notes li').allTextContents();
      await chooseElement(page, 'clinic-contact');
      await page.getByLabel('Brand colour').fill('#6b2c91');
      let said = await notes();
      assert.equal(said.length, 1, said.join('\n'));
      assert.match(said[0], /^Contact, dark theme \(visitors who prefer dark\): the buttons use the kit’s default colour instead of #6b2c91, because their text on it would have 2:1 contrast \(4\.5:1 is needed\)\.$/);
      // The preview does what the note says.
      await page.getByRole('radio', { name: 'Dark' }).check();
      const button = () => preview(page).$eval('#frame clinic-contact', async (el) => (await el.updateComplete, getComputedStyle(el.shadowRoot.querySelector('a')).backgroundColor));
      assert.equal(await button(), 'rgb(142, 197, 255)');
      assert.deepEqual(await page.locator('#snippet-brand li').allTextContents(), await notes());
      assert.equal(await page.getByLabel('Brand colour').getAttribute('aria-describedby'), 'brand-hint brand-notes');

      await chooseElement(page, 'clinic-faq');
      said = await notes();
      assert.equal(said.length, 1, said.join('\n'));
      assert.ok(
        await preview(page).$eval('#frame clinic-faq', async (el) => (await el.updateComplete, [...el.shadowRoot.querySelectorAll('a, button')].some((a) => getComputedStyle(a).color === 'rgb(107, 44, 145)'))),
        'the FAQ does keep the colour',
      );
      assert.match(said[0], /^FAQ, dark theme: links and button text keep #6b2c91 at 1\.\d:1 contrast with the background \(4\.5:1 is needed for text\); the kit does not adjust them\. Choose a lighter colour\.$/);

      // Light: nothing to say.
      await page.getByRole('radio', { name: 'Light' }).check();
      assert.deepEqual(await notes(), []);
      assert.equal(await page.locator('#snippet-brand').isVisible(), false);
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  });

  describe('the code beside the preview', () => {
    it('shows the code and its Copy code button beside the preview without scrolling at 1280 × 800', async () => {
      const { page, context } = await openDemo(browser, server.origin, { viewport: { width: 1280, height: 800 } });
      for (const tag of TAGS) {
        await chooseElement(page, tag);
        const [copy, code, preview] = await Promise.all(['#copy', '#snippet', '.preview'].map((s) => page.locator(s).boundingBox()));
        assert.ok(copy.y >= 0 && copy.y + copy.height <= 800, `${tag}: Copy code at ${copy.y}`);
        assert.ok(code.y >= 0 && code.y < 800, `${tag}: code at ${code.y}`);
        assert.ok(code.x >= preview.x + preview.width, `${tag}: the code is beside the preview`);
        assert.equal(await page.evaluate(() => scrollY), 0);
      }
      // A list of mistakes above the code does not push Copy code out of view, nor lengthen the page.
      await chooseElement(page, 'clinic-faq');
      await field(page, 'items').fill('one,two,three');
      await field(page, 'open').fill('four,five');
      await clinicField(page, 'Emergency number').fill('999 ext 2');
      await page.locator('#snippet-problems li').nth(2).waitFor();
      const copy = await page.locator('#copy').boundingBox();
      assert.ok(copy.y >= 0 && copy.y + copy.height <= 800, `Copy code at ${copy.y} with mistakes listed`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), 800);
      await context.close();
    });

    it('follows the preview directly on a phone', async () => {
      const { page, context } = await openDemo(browser, server.origin, { viewport: { width: 390, height: 800 } });
      const [preview, code] = await Promise.all(['.preview', '.snippet'].map((s) => page.locator(s).boundingBox()));
      assert.ok(code.y > preview.y + preview.height && code.y - (preview.y + preview.height) < 40, `code at ${code.y}, preview ends at ${preview.y + preview.height}`);
      await context.close();
    });
  });

  describe('a custom content pack file', () => {
    it('validates a partial pack in the page, shows it in the preview and says how to use it in the snippet', async () => {
      const { page, context, log } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-faq');
      await (await packFile(page)).setInputFiles(`${ROOT}/tests/fixtures/packs/partial-faq.json`);
      await page.locator('#pack-result.is-valid').waitFor();
      assert.match(await page.locator('#pack-result').textContent(), /partial-faq\.json is valid: .* It replaces faq and adds to meta/);
      await preview(page).waitForFunction(() => document.querySelector('#frame clinic-faq').shadowRoot.textContent.includes('Questions for our clinic'));
      // The code carries it inline (never a relative file name, which breaks on pages at other paths).
      const code = await snippetOf(page);
      assert.match(code, /<script type="application\/json" id="clinic-content">\{.*"Questions for our clinic".*\}<\/script>/);
      assert.match(code, /<clinic-faq lang="en" pack="clinic-content"><\/clinic-faq>/);
      assert.doesNotMatch(code, /partial-faq\.json/);

      await page.getByRole('button', { name: 'Stop using this pack' }).click();
      await preview(page).waitForFunction(() => !document.querySelector('#frame clinic-faq').shadowRoot.textContent.includes('Questions for our clinic'));
      assert.doesNotMatch(await snippetOf(page), /<clinic-faq[^>]* (src|pack)=|application\/json/);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('lists the problems of an invalid pack by path and keeps the bundled content', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-faq');
      const bad = { faq: { title: 'Ours', categories: [{ id: 'visits', label: 'Visits' }], items: [{ id: 'x', answer: [], category: 'nowhere' }] } };
      await (await packFile(page)).setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await page.locator('#pack-result.is-invalid').waitFor();
      assert.match(await page.locator('#pack-result').textContent(), /ours\.json cannot be used \(\d+ problems?\)/);
      const problems = await page.locator('#pack-problems li').allTextContents();
      assert.ok(problems.some((p) => p.startsWith('faq.items[0].question: ')), problems.join('\n'));
      assert.ok(problems.every((p) => /^[\w.[\]()]+: /.test(p)), problems.join('\n'));
      assert.equal(await preview(page).$eval('#frame clinic-faq', (el) => el.pack), undefined);
      assert.doesNotMatch(await snippetOf(page), /<clinic-faq[^>]* (src|pack)=/);

      await (await packFile(page)).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "faq": ') });
      await page.locator('#pack-problems li', { hasText: 'not valid JSON' }).waitFor();
      assert.match(await page.locator('#pack-problems li').first().textContent(), /^\(file\): not valid JSON/);
      await context.close();
    });
  });
  describe('your own content', () => {
    /** Opens "Your own content" and the parts of it holding `path`, then types `value` there, as a keyboard would (an input event). */
    const type = (page, path, value) =>
      page.evaluate(
        ([path, value]) => {
          document.querySelector('#own-content').open = true;
          const control = document.querySelector(`[data-path="${path}"]`);
          for (let d = control.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
          control.value = value;
          control.dispatchEvent(new Event('input', { bubbles: true }));
        },
        [path, value],
      );
    /** What a content control says about its mistake (as mistakeOf, in a page function so every engine runs it). */
    const contentMistake = (page, path) =>
      page.evaluate((path) => {
        const control = document.querySelector(`[data-path="${path}"]`);
        const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id));
        const error = described.find((el) => el?.classList.contains('error'));
        return {
          invalid: control.getAttribute('aria-invalid'),
          // null, not undefined: WebDriver drops undefined values from what a page function returns.
          message: error ? error.textContent.replace(/\s+/g, ' ').trim() : null,
          byTheField: !!error && error.closest('.field') === control.closest('.field') && error.checkVisibility(),
        };
      }, path);
    const chooseIn = (page, tag) => page.evaluate((tag) => document.querySelector(`input[name="element"][value="${tag}"]`).click(), tag);
    const code = (page) => page.evaluate(() => document.querySelector('#snippet').textContent);
    /** The preview element's text once it has rendered (a fresh element renders in a task of its own). */
    const previewText = (page, tag) =>
      page.evaluate(async (tag) => {
        const el = document.querySelector('iframe[title="Preview"]').contentDocument.querySelector(`#frame ${tag}`);
        await el.updateComplete;
        return el.shadowRoot.textContent.replace(/\s+/g, ' ');
      }, tag);
    const today = () => {
      const d = new Date();
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    };
    const ANSWER = 'faq.items[0].answer[0].text';
    const SIGN = 'warningSigns.tiers[0].signs[0].text';
    const OUR_ANSWER = 'At Harbour Light we see you the same day: call us first.';
    const OUR_SIGN = 'Bleeding that soaks a pad in an hour (our own words).';

    it('edits an FAQ answer and a warning sign, downloads a pack the CLI accepts, and the inline code shows them on a blank page', async () => {
      const { page, context, log } = await openDemo(browser, server.origin, { acceptDownloads: true });
      await chooseElement(page, 'clinic-faq');
      await page.locator('#own-content > summary').click();
      assert.equal(await page.locator('#own-content > summary').textContent(), 'Your own content');
      assert.equal(await page.locator('#content-status').textContent(), 'No changes: the widgets show the bundled text.');
      await page.getByText('FAQ', { exact: true }).click();
      await page.locator('details[data-key="faq-0"] > summary').click();
      await page.getByLabel('Answer paragraph 1').first().fill(OUR_ANSWER);
      await page.getByText('Warning signs', { exact: true }).last().click();
      await page.locator(`[data-path="${SIGN}"]`).fill(OUR_SIGN);
      assert.equal(await page.locator('#content-status').textContent(), 'Your pack replaces the warning signs, the FAQ, reviewed today.');
      // The preview shows the words as typed, with today's review date.
      await preview(page).waitForFunction((t) => document.querySelector('#frame clinic-faq').shadowRoot.textContent.includes(t), OUR_ANSWER);
      assert.equal(await preview(page).$eval('#frame clinic-faq', (el) => el.shadowRoot.querySelector('[part="reviewed"] time').getAttribute('datetime')), today());

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pack' }).click()]);
      assert.equal(download.suggestedFilename(), 'clinic-content.json');
      const file = join(mkdtempSync(join(tmpdir(), 'clinic-pack-')), 'clinic-content.json');
      await download.saveAs(file);
      const pack = JSON.parse(readFileSync(file, 'utf8'));
      // Only what changed, and its own dates.
      assert.deepEqual(Object.keys(pack).sort(), ['faq', 'meta', 'warningSigns']);
      assert.equal(pack.meta.lastReviewed, today());
      assert.equal(pack.meta.locale, 'en');
      assert.equal(pack.faq.items[0].answer[0].text, OUR_ANSWER);
      assert.equal(pack.warningSigns.tiers[0].signs[0].text, OUR_SIGN);
      const cli = spawnSync(process.execPath, [`${ROOT}/bin/clinic-widgets.mjs`, 'validate', file], { encoding: 'utf8' });
      assert.equal(cli.status, 0, cli.stderr);
      assert.match(cli.stdout, /clinic-content\.json: valid/);

      // The inline form, pasted beside the built module, shows the same words (each element reads the one pack).
      const snippets = {};
      for (const tag of ['clinic-faq', 'clinic-warning-signs']) {
        await chooseElement(page, tag);
        snippets[tag] = await snippetOf(page);
        assert.match(snippets[tag], /<script type="application\/json" id="clinic-content">\{.*\}<\/script>/);
        assert.match(snippets[tag], new RegExp(`<${tag} lang="en" pack="clinic-content"></${tag}>`));
        assert.equal(JSON.stringify(JSON.parse(snippets[tag].match(/id="clinic-content">(.*)<\/script>/)[1])), JSON.stringify(pack));
      }
      assert.deepEqual(log.errors, []);
      await context.close();
      const faq = await paste(snippets['clinic-faq']);
      assert.ok(faq.element.text.includes(OUR_ANSWER), faq.element.text.slice(0, 300));
      assert.deepEqual(faq.log.errors, []);
      const signs = await paste(snippets['clinic-warning-signs']);
      assert.ok(signs.element.text.includes(OUR_SIGN), signs.element.text.slice(0, 300));
    });

    it('says an empty question and a sign over its limit by their fields, by path, and clears them when fixed', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseIn(page, 'clinic-faq');
      const question = 'faq.items[2].question';
      await type(page, question, '');
      await type(page, SIGN, 'x'.repeat(301));
      assert.deepEqual(await contentMistake(page, question), { invalid: 'true', message: 'Error: faq.items[2].question: must not be empty', byTheField: true });
      assert.deepEqual(await contentMistake(page, SIGN), { invalid: 'true', message: `Error: ${SIGN}: must be at most 300 characters`, byTheField: true });
      assert.match(await page.evaluate(() => document.querySelector('#content-status').textContent), /^Your pack has 2 problems to fix/);
      // The code says it too, and the preview shows what the pasted code would: the bundled text.
      const listed = await page.evaluate(() => [...document.querySelectorAll('#snippet-problems-list li')].map((li) => li.textContent));
      assert.ok(listed.some((l) => l.includes('faq.items[2].question: must not be empty')), listed.join('\n'));
      assert.doesNotMatch(await previewText(page, 'clinic-faq'), /x{301}/);

      await type(page, question, 'Is bleeding in early pregnancy common?');
      await type(page, SIGN, 'Heavy bleeding.');
      assert.deepEqual(await contentMistake(page, question), { invalid: null, message: null, byTheField: false });
      assert.deepEqual(await contentMistake(page, SIGN), { invalid: null, message: null, byTheField: false });
      await page.waitForFunction(() => document.querySelector('#snippet-problems').hidden);
      await context.close();
    });

    it('adds and removes FAQ questions, and checks a new one’s citations', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseIn(page, 'clinic-faq');
      const count = () => page.evaluate(() => document.querySelectorAll('.content-item').length);
      const before = await count();
      await page.evaluate(() => {
        document.querySelector('#own-content').open = true;
        [...document.querySelectorAll('#content-editor button')].find((b) => b.textContent === 'Add a question').click();
      });
      assert.equal(await count(), before + 1);
      const at = `faq.items[${before}]`;
      // Focus goes to the new question, its part opened.
      assert.equal(await page.evaluate(() => document.activeElement.dataset.path), `${at}.question`);
      await type(page, `${at}.question`, 'Can I bring my partner?');
      await type(page, `${at}.answer[0].text`, 'Yes, you are welcome to.');
      await type(page, `${at}.sources`, 'S1, nowhere');
      assert.match((await contentMistake(page, `${at}.sources`)).message, new RegExp(`${at.replace(/[[\]]/g, '\\$&')}\\.sources\\[1\\]: unknown source id "nowhere"`));
      await type(page, `${at}.sources`, 'S1');
      await page.waitForFunction((t) => document.querySelector('iframe[title="Preview"]').contentDocument.querySelector('#frame clinic-faq').shadowRoot.textContent.includes(t), 'Can I bring my partner?');
      assert.match(await code(page), /"question":"Can I bring my partner\?"/);

      await page.evaluate(() => [...document.querySelectorAll('#content-editor button')].filter((b) => b.textContent === 'Remove this question').at(-1).click());
      assert.equal(await count(), before);
      // Back to the bundled text: no pack in the code.
      await page.waitForFunction(() => !document.querySelector('#snippet').textContent.includes('application/json'));
      assert.equal(await page.evaluate(() => document.querySelector('#content-status').textContent), 'No changes: the widgets show the bundled text.');
      await context.close();
    });

    it('starts from the Traditional Chinese pack in Chinese, and writes its locale', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseIn(page, 'clinic-faq');
      await page.evaluate(() => {
        const select = document.querySelector('#locale');
        select.value = 'zh-Hant';
        select.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const zh = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/zh-Hant.json`, 'utf8'));
      assert.equal(await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`).value, ANSWER), zh.faq.items[0].answer[0].text);
      await type(page, ANSWER, '請先致電我們。');
      await page.waitForFunction(() => / pack="clinic-content"/.test(document.querySelector('#snippet').textContent));
      const pack = JSON.parse((await code(page)).match(/id="clinic-content">(.*)<\/script>/)[1]);
      assert.equal(pack.meta.locale, 'zh-Hant');
      assert.equal(pack.faq.items[0].answer[0].text, '請先致電我們。');
      assert.match(await previewText(page, 'clinic-faq'), /請先致電我們。/);
      await context.close();
    });

    it('puts the pack once in the site-wide part of the CMS mount-point code, and the pasted page shows it', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseIn(page, 'clinic-faq');
      // Text that would end a script element, were it not escaped in the inline JSON.
      const answer = `${OUR_ANSWER} </script><b>not markup</b>`;
      await type(page, ANSWER, answer);
      await page.evaluate(() => document.querySelector('input[name="form"][value="mount"]').click());
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('data-clinic-widget'));
      const [site, inPage] = (await code(page)).split('\n\n');
      assert.match(site, /<script type="application\/json" id="clinic-content">\{.*\}<\/script>$/);
      assert.match(inPage, /<div data-clinic-widget="faq" lang="en" data-pack="clinic-content"><\/div>/);
      assert.doesNotMatch(inPage, /application\/json/);
      await context.close();
      assert.doesNotMatch(site, /<\/script><b>/);
      const { element, log } = await paste(`${site}\n\n${inPage}`);
      assert.ok(element.text.includes(answer), element.text.slice(0, 300));
      assert.deepEqual(log.errors, []);
    });

    it('uses a hosted pack by its absolute https address only, and says so by the field', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseIn(page, 'clinic-faq');
      await type(page, ANSWER, OUR_ANSWER);
      const setUrl = (url) =>
        page.evaluate((url) => {
          const input = document.querySelector('#pack-url');
          input.value = url;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, url);
      const urlMistake = () =>
        page.evaluate(() => {
          const input = document.querySelector('#pack-url');
          const error = document.getElementById('pack-url-error');
          return { invalid: input.getAttribute('aria-invalid'), describedBy: input.getAttribute('aria-describedby'), message: error.hidden ? null : error.textContent };
        });
      await setUrl('/content/clinic-content.json');
      await page.waitForFunction(() => document.querySelector('#pack-url').getAttribute('aria-invalid') === 'true');
      const mistake = await urlMistake();
      assert.match(mistake.message, /is not a full address: start it with https:\/\//);
      assert.match(mistake.describedBy, /pack-url-error/);
      // Refused: the code keeps the inline form.
      assert.match(await code(page), / pack="clinic-content"/);
      assert.doesNotMatch(await code(page), / src="\/content/);

      await setUrl('https://clinic.example/content/clinic-content.json');
      await page.waitForFunction(() => document.querySelector('#pack-url').getAttribute('aria-invalid') === null);
      const text = await code(page);
      assert.match(text, /<clinic-faq lang="en" src="https:\/\/clinic\.example\/content\/clinic-content\.json"><\/clinic-faq>/);
      assert.match(text, /<!-- clinic-content\.json \(Download pack\) must be at this address\. -->/);
      assert.doesNotMatch(text, /application\/json/);
      assert.match(await page.evaluate(() => document.querySelector('#pack-url-hint').textContent.replace(/\s+/g, ' ')), /folder on your own site served over https \(WordPress’s media library refuses \.json files/);
      await context.close();
    });

    it('says by its field that items names questions the loaded pack does not have', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-faq');
      await field(page, 'items').fill('bleeding-normal,emergency');
      await page.locator('#own-content > summary').click();
      await page.getByLabel('Start from a pack file (optional)').setInputFiles(`${ROOT}/tests/fixtures/packs/partial-faq.json`);
      await page.locator('#pack-result.is-valid').waitFor();
      await page.locator('#snippet-problems').waitFor();
      const mistake = await mistakeOf(field(page, 'items'));
      assert.equal(mistake.invalid, 'true');
      assert.match(mistake.message, /no ids? "bleeding-normal", "emergency" in the content|no id "bleeding-normal"/);
      assert.ok(mistake.byTheField);
      assert.match(await page.locator('#snippet-problems li').first().textContent(), /bleeding-normal/);

      // Renaming a question in the editor is checked the same way.
      await field(page, 'items').fill('what-to-bring');
      await page.locator('#snippet-problems').waitFor({ state: 'hidden' });
      await type(page, 'faq.items[0].id', 'what-to-pack');
      await page.locator('#snippet-problems').waitFor();
      assert.match((await mistakeOf(field(page, 'items'))).message, /no id "what-to-bring" in the content/);
      await context.close();
    });

    it('has no axe violations with every part open, in light and dark, at 320 px and 1280 px', async () => {
      for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [320, 'light'], [320, 'dark']]) {
        const { page, context } = await openDemo(browser, server.origin, { viewport: { width, height: 900 }, colorScheme });
        await chooseElement(page, 'clinic-faq');
        await type(page, 'faq.items[0].question', '');
        await page.evaluate(() => document.querySelectorAll('#own-content details').forEach((d) => (d.open = true)));
        assert.deepEqual(await axe(page), [], `${width} px, ${colorScheme}`);
        if (width === 320) assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no sideways scrolling');
        await context.close();
      }
    });
  });
});
