import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ClinicWarningSigns } from '../../src/index.js';
import { bundledPack } from '../../src/content/packs.js';
import { fill, placeholderValues } from '../../src/content/region.js';
import { captureWarnings, contrast, textOf, withColorScheme } from '../support/helpers.js';

const pack = bundledPack('en');
const tierOf = (el: ClinicWarningSigns, level: string) => el.shadowRoot!.querySelector(`[data-level="${level}"]`)!;

describe('<clinic-warning-signs> accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`has no axe violations in ${scheme} mode at heading level ${level}`, async () => {
        await withColorScheme(scheme, async () => {
          const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs heading-level=${level}></clinic-warning-signs>`);
          await expect(el).to.be.accessible();
        });
      });
    }
    it(`has no axe violations with theme="${scheme}" forced and the sources open`, async () => {
      const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs theme=${scheme}></clinic-warning-signs>`);
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<clinic-warning-signs> tiers', () => {
  it('shows the emergency, urgent and routine tiers, most urgent first', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const levels = [...el.shadowRoot!.querySelectorAll('[data-level]')].map((t) => t.getAttribute('data-level'));
    expect(levels).to.deep.equal(['emergency', 'urgent', 'routine']);
  });

  it('shows every sign and the action line of each tier from the pack', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    for (const tier of pack.warningSigns.tiers) {
      const node = tierOf(el, tier.level);
      const signs = [...node.querySelectorAll('.signs li')].map((li) => textOf(li));
      expect(signs).to.have.length(tier.signs.length);
      expect(textOf(node.querySelector('.action'))).to.equal(fill(tier.action, placeholderValues(pack, undefined, pack.emergency.number)).replace(/\s+/g, ' '));
    }
  });

  it('says the urgency of each tier in words, hidden visually, at the start of its heading', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const ui = pack.ui.warningSigns;
    const expected = { emergency: ui.emergencyPrefix, urgent: ui.urgentPrefix, routine: ui.routinePrefix };
    for (const [level, prefix] of Object.entries(expected)) {
      const h = tierOf(el, level).querySelector('h3')!;
      expect(textOf(h).startsWith(prefix)).to.equal(true, `${level} heading "${textOf(h)}"`);
      const hidden = h.querySelector('.visually-hidden')!;
      expect(textOf(hidden)).to.equal(prefix);
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    }
  });

  it('puts a tel: link to the pack emergency number in the emergency tier only', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const links = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')];
    expect(links).to.have.length(1);
    expect(links[0]!.closest('[data-level]')!.getAttribute('data-level')).to.equal('emergency');
    expect(links[0]!.getAttribute('href')).to.equal(`tel:${pack.emergency.number.replace(/ /g, '')}`);
    expect(textOf(links[0])).to.contain(pack.emergency.number);
  });

  it('lets emergency-number override the pack number in the link and the text', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs emergency-number="+852 112"></clinic-warning-signs>`);
    const link = el.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(link.getAttribute('href')).to.equal('tel:+852112');
    expect(textOf(link)).to.contain('+852 112');
    expect(textOf(tierOf(el, 'emergency').querySelector('h3'))).to.contain('+852 112');
  });

  it('follows live changes of emergency-number', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    el.setAttribute('emergency-number', '120');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:120');
  });

  for (const bad of ['999; drop', 'javascript:alert(1)', '112#', '1-1-2', '++999', 'call 999']) {
    it(`ignores emergency-number="${bad}" with a console warning`, async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs emergency-number=${bad}></clinic-warning-signs>`);
        expect(el.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(`tel:${pack.emergency.number}`);
      });
      expect(warnings.some((w) => w.includes('emergency-number'))).to.equal(true);
    });
  }
});

describe('<clinic-warning-signs> headings', () => {
  const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);

  it('uses h2 for its title and h3 for tiers by default', async () => {
    const el = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
    const hs = levels(el);
    expect(hs[0]).to.equal('h2');
    expect(hs.slice(1).every((h) => h === 'h3')).to.equal(true);
  });

  for (const level of [1, 2, 3, 4, 5]) {
    it(`uses h${level} and h${level + 1} with heading-level="${level}"`, async () => {
      const el = await fixture(html`<clinic-warning-signs heading-level=${level}></clinic-warning-signs>`);
      const hs = levels(el);
      expect(hs[0]).to.equal(`h${level}`);
      expect(new Set(hs.slice(1))).to.deep.equal(new Set([`h${level + 1}`]));
    });
  }

  it('keeps sub-headings at h6 with heading-level="6"', async () => {
    const el = await fixture(html`<clinic-warning-signs heading-level="6"></clinic-warning-signs>`);
    expect(new Set(levels(el))).to.deep.equal(new Set(['h6']));
  });


  it('sizes the tips heading the same at every heading level (an h2 under heading-level="1" is not the browser\'s 1.5em)', async () => {
    const sizes: string[] = [];
    for (const level of [1, 2, 3, 6]) {
      const el = await fixture(html`<clinic-warning-signs heading-level=${level}></clinic-warning-signs>`);
      const tips = el.shadowRoot!.querySelector('[part="tips"]')!;
      const h = tips.querySelector('h1, h2, h3, h4, h5, h6')!;
      expect(getComputedStyle(h).fontSize, `heading-level=${level}`).to.equal(getComputedStyle(tips).fontSize);
      sizes.push(getComputedStyle(h).fontSize);
    }
    expect(new Set(sizes).size).to.equal(1);
  });
  for (const bad of ['0', '7', 'three', '2.5', '-1']) {
    it(`falls back to h2 for heading-level="${bad}"`, async () => {
      await captureWarnings(async () => {
        const el = await fixture(html`<clinic-warning-signs heading-level=${bad}></clinic-warning-signs>`);
        expect(levels(el)[0]).to.equal('h2');
      });
    });
  }
});

describe('<clinic-warning-signs> language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('falls back to English for a language it has no pack for, and marks its content as English', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs lang="fr"></clinic-warning-signs>`);
    expect(el.locale).to.equal('en');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(pack.warningSigns.title);
  });

  it('takes the closest ancestor lang, then the document lang, then en', async () => {
    const wrap = await fixture(html`<div lang="en-GB"><section><clinic-warning-signs></clinic-warning-signs></section></div>`);
    const el = wrap.querySelector('clinic-warning-signs')!;
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    document.documentElement.setAttribute('lang', 'de');
    const bare = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    expect(bare.locale).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(bare.locale).to.equal('en');
  });

  it('shows Traditional Chinese for lang="zh-Hant" on an ancestor, and for zh-HK, zh-MO and zh-TW', async () => {
    const zh = bundledPack('zh-Hant');
    for (const lang of ['zh-Hant', 'zh-HK', 'zh-MO', 'zh-TW', 'zh-Hant-HK']) {
      const wrap = await fixture(html`<div lang=${lang}><clinic-warning-signs></clinic-warning-signs></div>`);
      const el = wrap.querySelector('clinic-warning-signs')!;
      await el.updateComplete;
      expect(el.locale).to.equal('zh-Hant');
      expect(textOf(el.shadowRoot!.querySelector('.title'))).to.equal(zh.warningSigns.title);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('zh-Hant');
    }
  });

  it('follows a change of the document language', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    document.documentElement.setAttribute('lang', 'zh-HK');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('.title'))).to.equal(bundledPack('zh-Hant').warningSigns.title);
  });

  it('writes the review date with Intl in the element language', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs lang="zh-Hant"></clinic-warning-signs>`);
    const [y, m, d] = pack.meta.lastReviewed.split('-').map(Number) as [number, number, number];
    const expected = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    expect(textOf(el.shadowRoot!.querySelector('time'))).to.equal(expected);
  });

  it('shows the review date in the reader language and lists the cited sources as safe links', async () => {
    const el = await fixture<ClinicWarningSigns>(html`<clinic-warning-signs></clinic-warning-signs>`);
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(pack.meta.lastReviewed);
    const [y, m, d] = pack.meta.lastReviewed.split('-').map(Number) as [number, number, number];
    expect(textOf(time)).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d)));
    const details = el.shadowRoot!.querySelector('details')!;
    expect(textOf(details.querySelector('summary'))).to.equal(pack.ui.common.sourcesToggle);
    const links = [...details.querySelectorAll('a')];
    const cited = new Set(pack.warningSigns.tiers.flatMap((t) => t.signs.flatMap((s) => s.sources)));
    expect(links.length).to.be.at.least(cited.size);
    for (const a of links) {
      expect(a.getAttribute('href')).to.match(/^https:\/\//);
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(textOf(a)).to.contain(pack.ui.common.opensInNewTab);
    }
  });
});

describe('<clinic-warning-signs> themes and layout', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  const colours = (el: Element) => {
    const base = getComputedStyle(el.shadowRoot!.querySelector('.base')!);
    return { fg: base.color, bg: base.backgroundColor };
  };

  it('follows the visitor colour scheme with theme="auto" and is pinned by theme="light" / "dark"', async () => {
    const auto = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
    const light = colours(auto);
    await emulateMedia({ colorScheme: 'dark' });
    const dark = colours(auto);
    expect(dark.bg).to.not.equal(light.bg);
    const pinned = await fixture(html`<clinic-warning-signs theme="light"></clinic-warning-signs>`);
    expect(colours(pinned).bg).to.equal(light.bg);
    await emulateMedia({ colorScheme: 'light' });
    const forcedDark = await fixture(html`<clinic-warning-signs theme="dark"></clinic-warning-signs>`);
    expect(colours(forcedDark).bg).to.equal(dark.bg);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text and the call button at 4.5:1 contrast or more in ${theme} mode`, async () => {
      const el = await fixture(html`<clinic-warning-signs theme=${theme}></clinic-warning-signs>`);
      const { fg, bg } = colours(el);
      expect(contrast(fg, bg)).to.be.at.least(4.5);
      const call = getComputedStyle(el.shadowRoot!.querySelector('.call')!);
      expect(contrast(call.color, call.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('keeps the call button a strong red with white text at 4.5:1 or more when the visitor uses dark mode', async () => {
    await withColorScheme('dark', async () => {
      const el = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
      const call = getComputedStyle(el.shadowRoot!.querySelector('.call')!);
      expect(contrast(call.color, call.backgroundColor), `${call.color} on ${call.backgroundColor}`).to.be.at.least(4.5);
      // Saturated red, not pastel: red well above green and blue.
      const [r, g, b] = call.backgroundColor.match(/[\d.]+/g)!.map(Number) as [number, number, number];
      expect(r > 150 && g < 70 && b < 70, call.backgroundColor).to.equal(true);
      expect(call.color).to.equal('rgb(255, 255, 255)');
    });
  });

  it('breaks the Chinese call button only at its space and bracket where there is room, never inside 緊急 or 服務, and never past the button', async () => {
    const box = await fixture<HTMLElement>(html`<div style="font-size: 32px"><clinic-warning-signs lang="zh-Hant"></clinic-warning-signs></div>`);
    const el = box.querySelector('clinic-warning-signs')!;
    await el.updateComplete;
    const walker = document.createTreeWalker(el.shadowRoot!.querySelector('.call')!, NodeFilter.SHOW_TEXT);
    let label: Text | undefined;
    while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('緊急')) label = walker.currentNode as Text;
    const linesOf = (word: string) => {
      const range = document.createRange();
      const at = label!.data.indexOf(word);
      range.setStart(label!, at);
      range.setEnd(label!, at + word.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    expect(label?.data).to.include('緊急服務');
    const call = el.shadowRoot!.querySelector<HTMLElement>('.call')!;
    const span = call.querySelector('span')!;
    // Its longest unbreakable run ("（緊急服務）", or in WebKit "999（緊急服務）"): where a line has that room, nothing inside it breaks.
    span.style.width = 'min-content';
    const needed = span.getBoundingClientRect().width;
    span.style.width = '';
    // From a phone with large text to a desktop column: the label wraps at several of these widths.
    for (let width = 160; width <= 420; width += 10) {
      box.style.width = `${width}px`;
      const pill = call.getBoundingClientRect();
      const text = span.getBoundingClientRect();
      expect(text.right, `the label inside the button at ${width} px`).to.be.at.most(pill.right + 0.5);
      if (text.width < needed) continue; // no room for the bracket on a line: it may break anywhere rather than spill out
      for (const word of ['緊急', '服務']) expect(linesOf(word), `${word} at ${width} px`).to.equal(1);
    }
  });

  it('centres each tier heading’s icon on the heading’s first line, at normal and at large text', async () => {
    for (const size of ['16px', '32px']) {
      const box = await fixture<HTMLElement>(html`<div style="font-size: ${size}; width: 900px"><clinic-warning-signs></clinic-warning-signs></div>`);
      const el = box.querySelector('clinic-warning-signs')!;
      await el.updateComplete;
      for (const heading of el.shadowRoot!.querySelectorAll('.tier-heading')) {
        const icon = heading.querySelector('.icon')!.getBoundingClientRect();
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        while (walker.nextNode() && !(walker.currentNode as Text).data.trim());
        const range = document.createRange();
        range.selectNodeContents(walker.currentNode);
        const line = range.getClientRects()[0]!;
        const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
        // The line box is lineHeight tall around the glyphs' box; its middle is the glyphs' middle.
        expect(Math.abs(icon.top + icon.height / 2 - (line.top + line.height / 2)), `at ${size}: icon ${icon.height} px, line ${lineHeight} px`).to.be.below(2.5);
      }
    }
  });

  it('does not shrink on a page with html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture(html`<div style="font-size: 16px"><clinic-warning-signs></clinic-warning-signs></div>`);
    await el.querySelector('clinic-warning-signs')!.updateComplete;
    const size = parseFloat(getComputedStyle(el.querySelector('clinic-warning-signs')!.shadowRoot!.querySelector('.base')!).fontSize);
    expect(size).to.equal(16);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<HTMLElement>(html`<clinic-warning-signs></clinic-warning-signs>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 2);
  });

  it('keeps tier borders visible in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
    const tier = getComputedStyle(el.shadowRoot!.querySelector('.tier')!);
    expect(parseFloat(tier.borderInlineStartWidth)).to.be.greaterThan(2);
    expect(tier.borderInlineStartStyle).to.equal('solid');
  });

  it('prints in black on white with the sources listed', async () => {
    const el = await fixture(html`<clinic-warning-signs theme="dark"></clinic-warning-signs>`);
    await emulateMedia({ media: 'print' });
    const { fg, bg } = colours(el);
    expect(fg).to.equal('rgb(0, 0, 0)');
    expect(bg).to.equal('rgb(255, 255, 255)');
    const list = el.shadowRoot!.querySelector('.source-list')!;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('prints in black on white for a visitor in dark mode without a theme attribute, its sources toggle not underlined', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
    // A page that takes the reflected attribute away: the dark scheme still applies on screen.
    el.removeAttribute('theme');
    await (el as ClinicWarningSigns).updateComplete;
    expect(el.hasAttribute('theme')).to.equal(false);
    expect(colours(el).bg).to.not.equal('rgb(255, 255, 255)');
    await emulateMedia({ media: 'print' });
    const { fg, bg } = colours(el);
    expect(fg).to.equal('rgb(0, 0, 0)');
    expect(bg).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.sources summary')!).textDecorationLine).to.equal('none');
  });

  it('exposes parts for branding', async () => {
    const el = await fixture(html`<clinic-warning-signs></clinic-warning-signs>`);
    for (const part of ['base', 'title', 'tier', 'tier-emergency', 'call-link', 'signs', 'sources', 'reviewed']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('takes a brand colour from --clinic-color-accent', async () => {
    const el = await fixture(html`<clinic-warning-signs style="--clinic-color-accent: rgb(1, 2, 3)"></clinic-warning-signs>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('summary')!).color).to.equal('rgb(1, 2, 3)');
  });
});
