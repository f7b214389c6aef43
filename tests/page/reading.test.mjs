// What a screen reader hears and what a reader sees beyond default sizes: accessible names, the dark theme's
// call button, a right-to-left host page, forced colours, the measure and the space between widgets.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it, openPage, ROOT, useBrowser } from './support.mjs';

const packs = {
  en: JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8')),
  'zh-Hant': JSON.parse(readFileSync(`${ROOT}/content/miscarriage/zh-Hant.json`, 'utf8')),
};
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const ready = (page) => page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base')), TAGS);

describe('reading the widgets', () => {
  const env = useBrowser();

  for (const lang of ['en', 'zh-Hant']) {
    it(`names things as they are heard (${lang})`, async () => {
      const pack = packs[lang];
      const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html');
      await page.evaluate((l) => (document.documentElement.lang = l), lang);
      await ready(page);
      await page.waitForFunction((t) => document.querySelector('clinic-faq').shadowRoot.querySelector('.title')?.textContent === t, pack.faq.title);
      await page.evaluate(() => {
        document.querySelector('clinic-faq').shadowRoot.querySelector('.question').click();
        document.querySelector('clinic-risk-checklist').shadowRoot.querySelector('input[type="checkbox"]').click();
      });
      const contact = page.locator('clinic-contact');

      // The safety line's link says what it does.
      const callName = `${pack.ui.contact.call} ${pack.emergency.number}`;
      assert.equal(await contact.getByRole('link', { name: callName, exact: true }).count(), 1, callName);

      // Each sources disclosure is named for its widget.
      const titles = [pack.warningSigns.title, pack.riskFactors.title, pack.faq.title];
      const disclosures = await page.getByRole('group', { name: pack.ui.common.sourcesToggle }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      assert.equal(disclosures.length, 3);
      assert.equal(new Set(disclosures).size, 3);
      titles.forEach((t, i) => assert.ok(disclosures[i].includes(t), `${disclosures[i]} names ${t}`));

      // No space before a colon, and no half-width space before a full-width bracket, in any name.
      const snapshot = await page.locator('body').ariaSnapshot();
      const names = [...snapshot.matchAll(/- '?(?:link|button|group|checkbox|textbox|searchbox) "((?:[^"]|"")*)"/g)].map((m) => m[1]);
      assert.ok(names.length > 30, `${names.length} names`);
      assert.deepEqual(names.filter((n) => / [:：]/.test(n) || / [（【「]/.test(n)), []);
      const faqLink = names.find((n) => n.startsWith(pack.ui.faq.copyLink));
      assert.ok(faqLink && !faqLink.includes(' :'), faqLink);
      if (lang === 'zh-Hant') assert.ok(names.some((n) => n.endsWith(pack.ui.common.opensInNewTab) && /[^ ]（/.test(n)), 'new-tab links in Chinese');

      // The live summary pauses between a factor and its explanation; the explanation is heard once.
      const item = await page.evaluate(() => {
        const root = document.querySelector('clinic-risk-checklist').shadowRoot;
        const box = root.querySelector('input[type="checkbox"]');
        const desc = root.getElementById(box.getAttribute('aria-describedby'));
        return { text: root.querySelector('[part="summary-item"]').textContent.replace(/\s+/g, ' ').trim(), descHidden: desc.getAttribute('aria-hidden') };
      });
      const first = pack.riskFactors.categories[0].factors[0];
      assert.ok(item.text.startsWith(`${first.label}${lang === 'en' ? ':' : '：'}`), item.text);
      assert.equal(item.descHidden, 'true');
      await context.close();
    });
  }

  it('keeps the emergency call button a strong red with white text in both themes', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html', { colorScheme });
      await ready(page);
      const { fg, bg } = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('clinic-warning-signs').shadowRoot.querySelector('.call'));
        return { fg: s.color, bg: s.backgroundColor };
      });
      const [r, g, b] = bg.match(/[\d.]+/g).map(Number);
      // Its contrast (4.5:1 or more, by the kit's own formula) is checked by the component tests of <clinic-warning-signs>.
      // Saturated red, not pastel: red well above green and blue, carrying white text.
      assert.ok(r > 150 && g < 70 && b < 70, `${colorScheme}: ${bg}`);
      assert.equal(fg, 'rgb(255, 255, 255)', colorScheme);
      await context.close();
    }
  });

  it('sets each widget’s own direction from its content’s locale on a right-to-left host page', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/rtl.html');
    await ready(page);
    const dirs = await page.evaluate((tags) => tags.map((t) => getComputedStyle(document.querySelector(t).shadowRoot.querySelector('.base')).direction), TAGS);
    assert.deepEqual(dirs, ['ltr', 'ltr', 'ltr', 'ltr']);
    // English punctuation stays at the end of its sentence: the intro starts at the widget's left edge.
    const [introLeft, baseLeft] = await page.evaluate(() => {
      const root = document.querySelector('clinic-warning-signs').shadowRoot;
      const range = document.createRange();
      range.selectNodeContents(root.querySelector('.intro'));
      return [range.getClientRects()[0].left, root.querySelector('.base').getBoundingClientRect().left];
    });
    assert.ok(introLeft - baseLeft < 40, `${introLeft} vs ${baseLeft}`);
    await context.close();
  });

  it('keeps lines to a readable measure and spaces consecutive widgets on a wide screen', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html', { viewport: { width: 1280, height: 900 } });
    await ready(page);
    const { longest, gaps } = await page.evaluate((tags) => {
      let longest = 0;
      for (const t of tags.slice(0, 3)) {
        const root = document.querySelector(t).shadowRoot;
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(10);
        root.querySelector('.intro').append(probe);
        const ch = probe.getBoundingClientRect().width / 10;
        probe.remove();
        for (const p of root.querySelectorAll('p, li:not(.tier)')) if (p.getClientRects().length) longest = Math.max(longest, p.getBoundingClientRect().width / ch);
      }
      const boxes = tags.map((t) => document.querySelector(t).shadowRoot.querySelector('.base').getBoundingClientRect());
      return { longest, gaps: boxes.slice(1).map((b, i) => b.top - boxes[i].bottom) };
    }, TAGS);
    // The CSS caps lines at 70ch; the probe measures "0" in the page font, which engines size a few per cent apart.
    assert.ok(longest <= 80, `lines up to ${longest.toFixed(0)} characters wide`);
    for (const gap of gaps) assert.ok(gap >= 16, `gap ${gap}px between widgets`);
    await context.close();
  });
});
