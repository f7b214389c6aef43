// The built demo (dist/demo/), driven as a clinic's web editor would use it:
// pick an element, set it up, copy the code, paste it into a blank page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, ROOT, startServer } from './support.mjs';

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

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const chooseElement = (page, tag) => page.getByRole('radio', { name: new RegExp(`^${NAMES[tag]} <${tag}>`) }).check();
/** The text field for an attribute of the chosen element (the other elements' fields are hidden). */
const field = (page, name) => page.getByRole('textbox', { name, exact: true });
const snippetOf = (page) => page.locator('#snippet').textContent();

/** Tag, attributes and rendered text of the element shown in a page (the preview's, or the pasted page's only one). */
function describeElement(page, selector) {
  return page.$eval(selector, (el) => ({
    tag: el.localName,
    attributes: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'hidden').map((a) => [a.name, a.value]).sort()),
    text: (el.shadowRoot?.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    accent: getComputedStyle(el).getPropertyValue('--clinic-color-accent').trim(),
    headings: [...(el.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName).slice(0, 3),
  }));
}

const shown = (page) => page.$eval('#frame', (f) => [...f.children].filter((c) => !c.hidden).map((c) => c.localName));

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
  async function paste(snippet) {
    pasted = blankPage(snippet.replace(/src="[^"]*clinic-widgets\.js"/, 'src="/dist/clinic-widgets.js"'));
    const { page, context, log } = await openPage(browser, server.origin, '/pasted.html');
    await page.waitForFunction(() => document.querySelector('body > [lang]')?.shadowRoot?.querySelector('.base'));
    const element = await describeElement(page, 'body > [lang]');
    await context.close();
    return { element, log };
  }

  describe('accessibility and small screens', () => {
    it('has no axe violations with each element chosen, in light and dark, at 1280 px and 320 px', async () => {
      for (const [width, colorScheme] of [[1280, 'light'], [320, 'dark']]) {
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
      await page.getByLabel('Content pack file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"faq":{"items":[{}]}}') });
      await page.locator('#pack-problems li').first().waitFor();
      assert.deepEqual(await axe(page), []);
      await context.close();
    });

    it('fits 320 px without scrolling sideways, whatever is chosen', async () => {
      const { page, context } = await openDemo(browser, server.origin, { viewport: { width: 320, height: 700 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const tag of TAGS) {
        await chooseElement(page, tag);
        for (const width of ['Phone (360 px)', 'Tablet (768 px)', 'Desktop']) {
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
        assert.ok(await page.$eval(`#frame ${tag}`, (el) => el.shadowRoot.querySelector('.base').getBoundingClientRect().height > 50), `${tag} renders`);
        assert.match(await snippetOf(page), new RegExp(`^<${tag} lang="en"></${tag}>$`, 'm'));
        assert.equal(await page.locator('#attributes legend').textContent(), `Attributes of <${tag}>`);
        const own = declarationOf(tag).attributes.filter((a) => !a.inheritedFrom).map((a) => a.name);
        const controls = await page.$$eval(`.attribute-group[data-tag="${tag}"] [data-attribute]`, (els) =>
          els.filter((el) => el.checkVisibility()).map((el) => [el.dataset.attribute, el.localName === 'select' ? 'select' : el.type]),
        );
        for (const a of declarationOf(tag).attributes.filter((x) => !x.inheritedFrom)) {
          const kind = a.type.text === 'boolean' ? 'checkbox' : a.type.text.startsWith("'") ? 'select' : 'text';
          assert.ok(controls.some(([name, type]) => name === a.name && type === kind), `${tag} ${a.name} as ${kind} in ${JSON.stringify(controls)}`);
        }
        assert.ok(controls.length >= own.length);
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
      const preview = () => describeElement(page, '#frame clinic-faq');
      await chooseElement(page, 'clinic-faq');
      const before = await preview();

      await page.getByRole('checkbox', { name: 'searchable' }).check();
      assert.equal((await preview()).attributes.searchable, '');
      assert.ok(await page.$eval('#frame clinic-faq', (el) => !!el.shadowRoot.querySelector('input[type="search"]')));
      assert.match(await snippetOf(page), /<clinic-faq lang="en" searchable><\/clinic-faq>/);

      await field(page, 'heading-level').fill('3');
      assert.deepEqual((await preview()).headings[0], 'h3');
      assert.match(await snippetOf(page), / heading-level="3"/);

      await field(page, 'items').fill('bleeding-normal,emergency');
      assert.equal(await page.$eval('#frame clinic-faq', (el) => el.shadowRoot.querySelectorAll('[part~="question"]').length), 2);
      assert.match(await snippetOf(page), / items="bleeding-normal,emergency"/);

      await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
      const zh = await preview();
      assert.equal(zh.attributes.lang, 'zh-Hant');
      assert.match(zh.text, /[\u4e00-\u9fff]/, 'the preview is in Chinese');
      assert.notEqual(zh.text, before.text);
      assert.match(await snippetOf(page), /<clinic-faq lang="zh-Hant"/);

      await page.getByRole('radio', { name: 'Dark' }).check();
      assert.equal((await preview()).attributes.theme, 'dark');
      assert.equal(await page.$eval('#frame clinic-faq', (el) => getComputedStyle(el.shadowRoot.querySelector('.base')).colorScheme), 'dark');
      assert.match(await snippetOf(page), / theme="dark"/);

      await page.getByLabel('Brand colour').fill('#6b2c91');
      assert.equal((await preview()).accent, '#6b2c91');
      assert.match(await snippetOf(page), /<style>\n {2}clinic-faq \{ --clinic-color-accent: #6b2c91; \}\n<\/style>/);

      await page.getByRole('button', { name: 'Reset' }).click();
      assert.equal((await preview()).accent, '');
      assert.doesNotMatch(await snippetOf(page), /<style>/);

      // Back to the defaults: attribute and snippet both drop them.
      await page.getByRole('radio', { name: 'Auto' }).check();
      await page.getByRole('checkbox', { name: 'searchable' }).uncheck();
      assert.equal((await preview()).attributes.searchable, undefined);
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
      assert.equal(await page.$eval('#frame clinic-contact', (el) => el.getAttribute('layout')), 'card');
      assert.match(await snippetOf(page), /<clinic-contact lang="en" layout="card"><\/clinic-contact>/);
      await layout.selectOption('banner');
      assert.doesNotMatch(await snippetOf(page), /layout=/);

      const frameWidth = () => page.$eval('#frame', (f) => f.getBoundingClientRect().width);
      await page.getByRole('radio', { name: 'Phone (360 px)' }).check();
      await page.waitForTimeout(300);
      assert.equal(await frameWidth(), 360);
      await page.getByRole('radio', { name: 'Tablet (768 px)' }).check();
      await page.waitForTimeout(300);
      assert.equal(await frameWidth(), 768);
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
          await field(page, 'name').fill('Harbour "Light" & Sons <example>');
          await field(page, 'phone').fill('+44 20 7946 0999');
        },
      },
      { name: 'warning signs with another emergency number', tag: 'clinic-warning-signs', apply: (page) => field(page, 'emergency-number').fill('112') },
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
          const expected = await describeElement(page, `#frame ${setup.tag}`);
          await context.close();

          const { element, log } = await paste(copied);
          assert.deepEqual(element, expected);
          assert.deepEqual(log.errors, []);
        });
      }
    }
  });

  describe('a custom content pack file', () => {
    it('validates a partial pack in the page, shows it in the preview and says how to use it in the snippet', async () => {
      const { page, context, log } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-faq');
      await page.getByLabel('Content pack file (JSON)').setInputFiles(`${ROOT}/tests/fixtures/packs/partial-faq.json`);
      await page.locator('#pack-result.is-valid').waitFor();
      assert.match(await page.locator('#pack-result').textContent(), /partial-faq\.json is valid .* It replaces faq and adds to meta/);
      await page.waitForFunction(() => document.querySelector('#frame clinic-faq').shadowRoot.textContent.includes('Questions for our clinic'));
      const code = await snippetOf(page);
      assert.match(code, /<!-- Upload partial-faq\.json to your site/);
      assert.match(code, /<clinic-faq lang="en" src="partial-faq\.json"><\/clinic-faq>/);

      await page.getByRole('button', { name: 'Stop using this pack' }).click();
      await page.waitForFunction(() => !document.querySelector('#frame clinic-faq').shadowRoot.textContent.includes('Questions for our clinic'));
      assert.doesNotMatch(await snippetOf(page), /<clinic-faq[^>]* src=/);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    it('lists the problems of an invalid pack by path and keeps the bundled content', async () => {
      const { page, context } = await openDemo(browser, server.origin);
      await chooseElement(page, 'clinic-faq');
      const bad = { faq: { title: 'Ours', categories: [{ id: 'visits', label: 'Visits' }], items: [{ id: 'x', answer: [], category: 'nowhere' }] } };
      await page.getByLabel('Content pack file (JSON)').setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await page.locator('#pack-result.is-invalid').waitFor();
      assert.match(await page.locator('#pack-result').textContent(), /ours\.json cannot be used \(\d+ problems?\)/);
      const problems = await page.locator('#pack-problems li').allTextContents();
      assert.ok(problems.some((p) => p.startsWith('faq.items[0].question: ')), problems.join('\n'));
      assert.ok(problems.every((p) => /^[\w.[\]()]+: /.test(p)), problems.join('\n'));
      assert.equal(await page.$eval('#frame clinic-faq', (el) => el.pack), undefined);
      assert.doesNotMatch(await snippetOf(page), /<clinic-faq[^>]* src=/);

      await page.getByLabel('Content pack file (JSON)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "faq": ') });
      await page.locator('#pack-problems li', { hasText: 'not valid JSON' }).waitFor();
      assert.match(await page.locator('#pack-problems li').first().textContent(), /^\(file\): not valid JSON/);
      await context.close();
    });
  });
});
