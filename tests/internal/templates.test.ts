import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/internal/templates.js';

describe('formatDate', () => {
  const dates = ['2026-01-01', '2026-11-01', '2027-02-28', '2024-02-29', '2026-12-31', '2030-07-09'];

  for (const locale of ['en', 'zh-Hant']) {
    it(`writes ${locale} dates exactly as Intl.DateTimeFormat's long style does`, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const iso of dates) {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(formatDate(iso, locale), iso).to.equal(intl.format(Date.UTC(y, m - 1, d)));
      }
    });
  }

  it('uses Intl.DateTimeFormat for any other locale', () => {
    expect(formatDate('2026-11-01', 'fr')).to.equal('1 novembre 2026');
  });
});
