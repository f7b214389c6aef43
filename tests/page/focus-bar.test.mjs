// Focus Not Obscured (WCAG 2.2 SC 2.4.11) with the contact bar fixed to the bottom of a phone screen.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { it, openPage, useBrowser } from './support.mjs';

const PAGE = '/tests/page/pages/focus-bar.html';

/** Tabs through the page; for each host-page link that takes focus, how much of it the bar covers. */
async function walk(page) {
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(() => {
      const link = document.activeElement;
      if (!link?.matches('main a')) return null;
      const bar = document.querySelector('clinic-contact').shadowRoot.querySelector('.base');
      const r = link.getBoundingClientRect();
      const top = bar.hidden || getComputedStyle(bar).position !== 'fixed' ? innerHeight : bar.getBoundingClientRect().top;
      const visible = Math.max(0, Math.min(r.bottom, top) - Math.max(r.top, 0));
      return { id: link.id, hidden: visible <= 0, partly: visible < r.height - 0.5 };
    });
    if (hit && !seen.some((s) => s.id === hit.id)) seen.push(hit);
  }
  return seen;
}

describe('focus and the contact bar', () => {
  const env = useBrowser();

  for (const size of [100, 200]) {
    it(`never hides a focused link under the bar on a 320 × 568 screen at ${size}% text`, async () => {
      const { page, context } = await openPage(env.browser, env.server.origin, PAGE, { viewport: { width: 320, height: 568 } });
      await page.evaluate((s) => document.documentElement.style.setProperty('--text-size', `${s}%`), size);
      await page.waitForFunction(() => document.querySelector('clinic-contact').shadowRoot?.querySelector('.base'));
      await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '7px');
      const seen = await walk(page);
      assert.equal(seen.length, 30, 'every host-page link takes focus');
      assert.deepEqual(seen.filter((s) => s.hidden).map((s) => s.id), [], 'entirely hidden');
      assert.deepEqual(seen.filter((s) => s.partly).map((s) => s.id), [], 'partly hidden');
      await context.close();
    });
  }

  it('sets the document’s scroll-padding-bottom to the bar’s height, and gives the page its own back when the bar closes', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, PAGE, { viewport: { width: 320, height: 568 } });
    // The host page sets its own 7px.
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '7px');
    const [padding, height] = await page.evaluate(() => [
      parseFloat(document.documentElement.style.scrollPaddingBottom),
      document.querySelector('clinic-contact').shadowRoot.querySelector('.base').getBoundingClientRect().height,
    ]);
    assert.ok(Math.abs(padding - height) <= 1, `${padding} for a ${height}px bar`);
    await page.evaluate(() => document.querySelector('clinic-contact').shadowRoot.querySelector('.close').click());
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom === '7px');
    await context.close();
  });

  it('removes the scroll padding when the bar leaves the page or the screen is wide', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, PAGE, { viewport: { width: 320, height: 568 } });
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '7px');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom === '7px');
    await page.setViewportSize({ width: 320, height: 568 });
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '7px');
    await page.evaluate(() => document.querySelector('clinic-contact').remove());
    await page.waitForFunction(() => document.documentElement.style.scrollPaddingBottom === '7px');
    await context.close();
  });
});
