import { expect, fixture, html } from '@open-wc/testing';
import { langOf, resolveLocale } from '../../src/content/locale.js';

describe('locale resolution', () => {
  const both = ['en', 'zh-Hant'];
  const table: [string, string][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant-HK', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-Hans', 'en'],
    ['zh-CN', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ];
  for (const [tag, expected] of table) {
    it(`maps "${tag}" to ${expected}`, () => expect(resolveLocale(tag, both)).to.equal(expected));
  }

  it('falls back to en when zh-Hant is not bundled', () => expect(resolveLocale('zh-HK', ['en'])).to.equal('en'));

  it('reads lang from the element, its ancestors and across shadow roots', async () => {
    const host = await fixture(html`<div lang="zh-HK"><span></span></div>`);
    const span = host.querySelector('span')!;
    expect(langOf(span)).to.equal('zh-HK');
    const root = span.attachShadow({ mode: 'open' });
    const inner = document.createElement('i');
    root.append(inner);
    expect(langOf(inner)).to.equal('zh-HK');
    inner.setAttribute('lang', 'en');
    expect(langOf(inner)).to.equal('en');
  });
});
