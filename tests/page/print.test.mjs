// Paper, with the browser's default print setting (background graphics off). Uses Chromium's print to PDF
// (page.pdf), so in other engines these tests are skipped.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, openPage, ROOT, useBrowser } from './support.mjs';

const en = JSON.parse(readFileSync(`${ROOT}/content/miscarriage/en.json`, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'clinic-print-'));

/** Skips a test outside Chromium, the one engine Playwright prints to PDF with. */

/**
 * The page printed to PDF as Chromium prints it by default (no background graphics): its text, page count,
 * and how far down each page its text reaches (0–1 of the page height).
 */
async function printed(page, name) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const boxes = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const filled = boxes
    .split('<page ')
    .slice(1)
    .map((p) => Math.max(0, ...[...p.matchAll(/<block [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1]))) / Number(/height="([\d.]+)"/.exec(p)[1]));
  return { text, pages, filled };
}

/** Every element has rendered everything: closed answers and source lists are filled after the first paint. */
const ready = (page) =>
  page.evaluate(() =>
    Promise.all(
      ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'].map((t) => customElements.whenDefined(t).then(() => document.querySelector(t).updateComplete)),
    ),
  );

describe('printing', () => {
  const env = useBrowser();

  it('prints every call action as black text with its number, without an icon', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html', { colorScheme: 'dark' });
    await ready(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const calls = await page.evaluate(() => {
      const ws = document.querySelector('clinic-warning-signs').shadowRoot;
      const contact = document.querySelector('clinic-contact').shadowRoot;
      return [ws.querySelector('.call'), contact.querySelector('[part~="action-call"]'), contact.querySelector('.emergency-link')].map((a) => ({
        text: a.textContent.replace(/\s+/g, ' ').trim(),
        color: getComputedStyle(a).color,
        icons: [...a.querySelectorAll('svg')].filter((s) => getComputedStyle(s).display !== 'none').length,
      }));
    });
    for (const c of calls) {
      assert.equal(c.color, 'rgb(0, 0, 0)', c.text);
      assert.equal(c.icons, 0, c.text);
      assert.match(c.text, /\d{3}/);
    }
    const { text } = await printed(page, 'page');
    assert.ok(text.includes(`Call ${en.emergency.number} (${en.emergency.label})`), 'the emergency call prints with its number');
    assert.ok(text.includes('Call +44 20 7946 0321'), 'the clinic call prints with its number');
    await context.close();
  });

  it('prints a web link’s address after its words without squeezing them: "WhatsApp" and its number on one line, in Chinese too', async () => {
    // The benchmark's clinic page: its contact has a WhatsApp number.
    const { page, context } = await openPage(env.browser, env.server.origin, '/bench/kit.html');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-Hant'));
    await ready(page);
    const file = join(dir, 'whatsapp.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
    const words = [...execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      ([, x, y, w]) => ({ x: Number(x), y: Number(y), w }),
    );
    const label = words.find((w) => w.w === 'WhatsApp');
    assert.ok(label, 'WhatsApp printed');
    const number = words[words.indexOf(label) + 1];
    assert.match(number.w, /^\+\d/);
    // The number follows on the label's line (squeezed, it went under the label, with the address pushed right).
    assert.ok(Math.abs(number.y - label.y) < 3 && number.x > label.x, `"${label.w}" at ${label.y}, "${number.w}" at ${number.y}`);
    await context.close();
  });

  it('"Print summary" prints the checklist summary and its not-a-diagnosis line only, on one page', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html');
    await ready(page);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => void window.printed++;
      const root = document.querySelector('clinic-risk-checklist').shadowRoot;
      for (const box of [...root.querySelectorAll('input[type="checkbox"]')].slice(0, 3)) box.click();
      root.querySelector('[data-action="print"]').click();
    });
    assert.equal(await page.evaluate(() => window.printed), 1);
    const summary = await printed(page, 'summary');
    const rf = en.riskFactors;
    const ticked = rf.categories.flatMap((c) => c.factors).slice(0, 3);
    assert.ok(summary.text.includes(rf.summaryHeading), 'summary heading');
    for (const f of ticked) assert.ok(summary.text.includes(f.label), f.label);
    assert.ok(summary.text.includes(rf.notDiagnosis.slice(0, 40)), 'not-a-diagnosis line');
    for (const other of [en.faq.title, en.warningSigns.title, rf.title, 'A clinic page with every widget', en.ui.checklist.print])
      assert.ok(!summary.text.includes(other), `prints "${other}"`);
    assert.equal(summary.pages, 1);

    // Once printing is over, the browser's own Print prints the whole page again.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    const whole = await printed(page, 'whole');
    assert.ok(whole.text.includes(en.faq.title));
    await context.close();
  });

  it('prints the whole page without half-empty pages, and each FAQ source under its answers only', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html');
    await ready(page);
    // The warning signs list their own sources (titles and all); some are the FAQ's too.
    const warningSources = await page.evaluate(() =>
      [...document.querySelector('clinic-warning-signs').shadowRoot.querySelectorAll('.source-list a[href]')].map((a) => a.href),
    );
    const { text, pages, filled } = await printed(page, 'whole-page');
    // An answer runs on to the next page rather than leaving the rest of this one blank.
    filled.slice(0, -1).forEach((f, i) => assert.ok(f > 0.75, `page ${i + 1} of ${pages} printed to ${Math.round(f * 100)}% of its height`));
    // Each answer prints its sources with their addresses; the FAQ's list of them all (with titles) would print each again.
    const bare = text.replace(/\s/g, '');
    const byId = new Map(en.meta.sources.map((s) => [s.id, s]));
    const faqOnly = [...new Set(en.faq.items.flatMap((i) => i.sources))].map((id) => byId.get(id)).filter((s) => !warningSources.includes(s.url));
    assert.ok(faqOnly.length > 5);
    for (const s of faqOnly) if (s.title.length >= 25) assert.ok(!bare.includes(s.title.replace(/\s/g, '')), `"${s.title}" printed a second time in a list`);
    for (const s of faqOnly) assert.ok(bare.includes(s.url.replace(/\s/g, '')), `${s.url} printed under its answer`);
    await context.close();
  });

  it('prints the checklist with its title, introduction and summary, but not its form or a list without its sources, when the page is printed', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html');
    await ready(page);
    const { text } = await printed(page, 'whole-page-checklist');
    const bare = text.replace(/\s/g, '');
    const rf = en.riskFactors;
    const onPaper = (words) => bare.includes(words.replace(/\s/g, ''));
    for (const words of [rf.title, rf.intro.slice(0, 60), rf.summaryHeading, rf.emptySummary.slice(0, 60)]) assert.ok(onPaper(words), `"${words}" on paper`);
    // The form's groups and buttons are for the screen: what was ticked is in the summary, with its sources. What
    // does not cause miscarriage stays off paper with the checklist's list of sources, which would leave it uncited.
    for (const words of [...rf.categories.map((c) => c.label), en.ui.checklist.print, rf.notCauses.heading]) assert.ok(!onPaper(words), `"${words}" not on paper`);
    await context.close();
  });

  it('prints every answer and every source list when printed before idle time has filled them', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // No idle time ever comes: what is closed at first is filled only by printing (beforeprint).
    await context.addInitScript(() => (window.requestIdleCallback = () => 0));
    const page = await context.newPage();
    await page.goto(env.server.origin + '/tests/page/pages/all.html');
    const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq'];
    await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base')), TAGS);
    const empty = await page.evaluate((tags) => tags.map((t) => document.querySelector(t).shadowRoot.querySelectorAll('.sources li, .answer').length), TAGS);
    assert.deepEqual(empty, [0, 0, 0], 'nothing closed is filled before printing');
    const { text } = await printed(page, 'early');
    const bare = text.replace(/\s/g, '');
    for (const item of en.faq.items) assert.ok(bare.includes(item.question.replace(/\s/g, '')), item.question);
    const lastParagraph = (item) => item.answer.filter((b) => b.type === 'paragraph').at(-1)?.text;
    for (const item of en.faq.items) {
      const words = lastParagraph(item);
      if (words && !words.includes('{')) assert.ok(bare.includes(words.replace(/\s/g, '').slice(0, 60)), `the answer to "${item.question}" on paper`);
    }
    // The sources paper shows, as printing filled them, with their addresses: the warning signs' list and each FAQ
    // answer's (the checklist prints its summary only; the FAQ's list of them all is left off paper).
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['clinic-warning-signs .sources li a[href]', 'clinic-faq .answer-sources a[href]'].map((q) => {
        const [tag, ...rest] = q.split(' ');
        return [...document.querySelector(tag).shadowRoot.querySelectorAll(rest.join(' '))].filter((a) => a.getClientRects().length).map((a) => a.href);
      }),
    );
    for (const urls of shown) {
      assert.ok(urls.length > 5, `${urls.length} source links on paper`);
      for (const url of urls) assert.ok(bare.includes(url.replace(/\s/g, '')), `${url} on paper`);
    }
    await context.close();
  });

  it('prints the web address after every source link, in every widget', async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, '/tests/page/pages/all.html');
    await ready(page);
    await page.evaluate(() => {
      const root = document.querySelector('clinic-risk-checklist').shadowRoot;
      root.querySelector('input[type="checkbox"]').click();
    });
    await page.emulateMedia({ media: 'print' });
    const lists = await page.evaluate(() =>
      ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq'].flatMap((t) =>
        [...document.querySelector(t).shadowRoot.querySelectorAll('.source-list a[href], .answer-sources a[href]')]
          .filter((a) => a.getClientRects().length)
          .map((a) => ({ t, after: getComputedStyle(a, '::after').content, href: a.href })),
      ),
    );
    assert.deepEqual([...new Set(lists.map((l) => l.t))], ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq']);
    for (const l of lists) assert.equal(l.after, `" (${l.href})"`, l.t);
    const { text } = await printed(page, 'sources');
    for (const l of lists) assert.ok(text.replace(/\s/g, '').includes(l.href.replace(/\s/g, '')), `${l.t}: ${l.href} on paper`);
    await context.close();
  });
});
