// Large text on phones (WCAG 1.4.4, 1.4.10): every widget at 320–414 px wide with text at 100, 150 and 200%,
// in English and Traditional Chinese. The kit sizes in em, so a larger root font size is a reader's large text.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, it, launch, openPage, startServer } from './support.mjs';
import { measureLayout } from './measure.mjs';

const WIDTHS = { 320: 568, 360: 640, 390: 844, 414: 896 };
const SIZES = [100, 150, 200];
const LOCALES = ['en', 'zh-Hant'];

describe('large text on phones', () => {
  let server, browser, page, context;
  before(async () => {
    // Every test here resizes a phone-width viewport, which only Chromium's driver does (see CHROMIUM_ONLY).
    if (ENGINE !== 'chromium') return;
    server = await startServer();
    browser = await launch();
    // One page for the whole grid: each case sets the viewport, the text size and the language.
    ({ page, context } = await openPage(browser, server.origin, '/tests/page/pages/large-text.html', { viewport: { width: 320, height: 568 } }));
    await page.waitForFunction(() => document.querySelector('clinic-faq')?.shadowRoot?.querySelector('.expand-all'));
    // Every answer open: the longest words and the phone numbers in the answers are laid out too.
    await page.evaluate(() => document.querySelector('clinic-faq').shadowRoot.querySelector('.expand-all').click());
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function show(lang, width, size, font = '') {
    await page.setViewportSize({ width, height: WIDTHS[width] });
    return page.evaluate(
      async ([lang, size, font, measure]) => {
        document.documentElement.lang = lang;
        document.documentElement.style.setProperty('--text-size', `${size}%`);
        document.body.style.fontFamily = font;
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await frame();
        await Promise.all([...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].map((e) => e.updateComplete));
        await frame();
        return (0, eval)(`(${measure})`)();
      },
      [lang, size, font, measureLayout.toString()],
    );
  }

  /** The problems `measureLayout` found, in words. */
  function problemsOf(m, width, size) {
    const problems = [];
    const at = `${width} px / ${size}%`;
    if (m.overflow > 0) problems.push(`${at}: page ${m.overflow}px wider than the screen (${m.wide.slice(0, 3).join('; ')})`);
    for (const w of m.broken) problems.push(`${at}: broken inside ${w}`);
    // No exception for a word or number wider than its column: the kit must leave it room ("antiphospholipid", "+44 20 7946 0321" at 320 px / 200%).
    for (const w of m.unavoidable) problems.push(`${at}: broken inside ${w}, wider than its column`);
    for (const o of m.overlaps) problems.push(`${at}: overlap ${o}`);
    if (m.barFraction > 1 / 3 + 0.005) problems.push(`${at}: contact bar takes ${(m.barFraction * 100).toFixed(0)}% of the screen height`);
    if (width === 320 && size === 200 && m.callLines > 3) problems.push(`${at}: call button label on ${m.callLines} lines`);
    if (m.callLines < 1) problems.push(`${at}: no call button label laid out`);
    return problems;
  }

  for (const lang of LOCALES) {
    it(`holds together at every width and text size (${lang})`, async () => {
      const problems = [];
      for (const width of Object.keys(WIDTHS).map(Number)) {
        for (const size of SIZES) problems.push(...problemsOf(await show(lang, width, size), width, size));
      }
      assert.deepEqual(problems, []);
    });

    // Clinics' sites often set a wider font than Arial (Verdana, Open Sans; an iPhone's own is wider too): DejaVu Sans
    // has Verdana's widths, about a tenth wider than Liberation Sans (Arial's), which the grid above is laid out in.
    it(`holds together in a wide font (DejaVu Sans) at 320 and 360 px with text at 150 and 200% (${lang})`, async () => {
      const installed = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d');
        const width = (font) => ((ctx.font = font), ctx.measureText('Call 999 antiphospholipid').width);
        return width('16px "DejaVu Sans", serif') === width('16px "DejaVu Sans", monospace');
      });
      assert.ok(installed, 'DejaVu Sans is not installed (Debian: fonts-dejavu-core, which .ci/run installs)');
      const problems = [];
      for (const width of [320, 360]) {
        for (const size of [150, 200]) {
          const m = await show(lang, width, size, '"DejaVu Sans"');
          // A long medical word ("antiphospholipid", "department") may be wider than a card's column here, and breaks
          // rather than widening the page; a short word, a number or a phone number never may.
          m.unavoidable = m.unavoidable.filter((w) => !/: "\p{L}{9,}"$/u.test(w));
          problems.push(...problemsOf(m, width, size));
        }
      }
      await show(lang, 320, 100);
      assert.deepEqual(problems, []);
    });
  }

  it('finds what it looks for: a word broken inside, a page wider than the screen, a bar too tall', async () => {
    // The checks must be able to fail: break a word, push the page wider, stretch the bar.
    await show('en', 360, 100);
    const m = await page.evaluate(async (measure) => {
      const root = document.querySelector('clinic-warning-signs').shadowRoot;
      const intro = root.querySelector('.intro');
      intro.style.cssText = 'word-break: break-all';
      const bar = document.querySelector('clinic-contact[layout="bar"]').shadowRoot.querySelector('.base');
      bar.style.cssText = 'max-height: none; min-height: 50vh';
      const wide = document.createElement('div');
      wide.style.cssText = 'width: 200vw; height: 1px';
      root.querySelector('.base').append(wide);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = (0, eval)(`(${measure})`)();
      intro.style.cssText = bar.style.cssText = '';
      wide.remove();
      return out;
    }, measureLayout.toString());
    assert.ok(m.broken.length > 0, 'broken word found');
    assert.ok(m.overflow > 0, 'overflow found');
    assert.ok(m.barFraction > 1 / 3, 'tall bar found');
  });

  it('keeps the emergency call label to 3 lines at 320 px and 200% text, with "999" whole', async () => {
    for (const lang of LOCALES) {
      const m = await show(lang, 320, 200);
      assert.ok(m.callLines >= 1 && m.callLines <= 3, `${lang}: ${m.callLines} lines`);
      assert.deepEqual(m.broken.filter((b) => b.includes('999')), []);
    }
  });
});
