// `clinic-widgets render` and `clinic-widgets/render`: pre-rendered markup, in Node (no browser).
// What the markup does in browsers is tested by tests/page/prerender.test.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const { render, styleHashes } = await import(join(ROOT, 'dist/render.js'));
const cli = (args, input) => spawnSync(process.execPath, [join(ROOT, 'bin/clinic-widgets.mjs'), 'render', ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'clinic-render-'));

const TEMPLATE = /<template shadowrootmode="open"[^>]*>[^]*?<\/template>/g;
/** The shadow markup of the first `tag` in `html`. */
const shadowOf = (html, tag) => new RegExp(`<${tag}[^>]*><template shadowrootmode="open"[^>]*>([^]*?)</template>`).exec(html)?.[1] ?? '';
/** Text a reader would get from markup: tags, styles and no-script rules out, whitespace folded. */
const textOf = (markup) => markup.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const quiet = { warn: () => {} };

const page = (body, script = '<script type="module" src="https://clinic.example/js/clinic-widgets.js"></script>', lang = 'en') =>
  `<!DOCTYPE html>\r\n<html lang="${lang}"><head><meta charset="utf-8">${script}<!-- a comment with <clinic-faq> in it --></head>\r\n<body>\n${body}\n</body></html>`;

describe('clinic-widgets/render', () => {
  it('pre-renders every element as declarative shadow DOM and leaves everything else byte for byte', async () => {
    const input = page(
      `<p>Before &amp; &nbsp;  odd   spacing<br/></p>\n<CLINIC-WARNING-SIGNS heading-level='3'></CLINIC-WARNING-SIGNS>\n<clinic-risk-checklist>fallback <b>text</b></clinic-risk-checklist>\n<clinic-faq theme="dark"></clinic-faq>\n<clinic-contact name="Harbour Light Clinic (example)" phone="+852 2345 6789"></clinic-contact>\n<textarea><clinic-faq></clinic-faq></textarea>`,
    );
    const out = await render(input, quiet);
    assert.equal((out.match(TEMPLATE) ?? []).length, 4, 'one shadow root per element, none in the comment or the textarea');
    // Remove what render adds (the templates and the attributes Lit reflects): the input comes back exactly.
    const back = out.replace(TEMPLATE, '').replace(/ theme="auto"| layout="banner"/g, '');
    assert.equal(back, input);
    assert.match(out, /<CLINIC-WARNING-SIGNS heading-level='3' theme="auto"><template shadowrootmode="open">/);
    assert.match(out, /<\/template>fallback <b>text<\/b><\/clinic-risk-checklist>/, 'light-DOM content stays after the shadow root');
    assert.match(out, /<clinic-faq theme="dark"><template/, 'an attribute the page gave is not written twice');
  });

  it('writes what the element renders: headings, the emergency call, the clinic, every FAQ answer', async () => {
    const out = await render(page('<clinic-warning-signs heading-level="3"></clinic-warning-signs><clinic-faq></clinic-faq><clinic-contact name="Harbour Light Clinic (example)" phone="+852 2345 6789"></clinic-contact>'), quiet);
    const signs = shadowOf(out, 'clinic-warning-signs');
    assert.match(signs, /<h3[^>]*>Warning signs: when to get help<\/h3>/);
    assert.match(signs, /href="tel:/);
    assert.match(signs, /<style>:host\{/);
    const faq = shadowOf(out, 'clinic-faq');
    assert.match(textOf(faq), /Is bleeding in early pregnancy normal\?/);
    assert.ok((faq.match(/hidden="until-found"/g) ?? []).length >= 20, 'closed answers are in the markup, found by find-in-page');
    assert.match(faq, /<noscript><style>\.panel\[hidden\]\{display:block!important/, 'without JavaScript every answer shows');
    const contact = shadowOf(out, 'clinic-contact');
    assert.match(contact, /href="tel:\+85223456789"/);
    assert.match(textOf(contact), /Harbour Light Clinic \(example\)/);
    assert.doesNotMatch(out, /<!--\/?lit-part|<\?>/, 'no hydration markers: the kit takes markup over without hydrating');
  });

  it('follows the page: the language of the closest ancestor, the region and clinic on the kit’s script tag', async () => {
    const script = '<script type="module" src="/assets/clinic-widgets.js?v=1" data-region="TW" data-clinic-name="Harbour Light Clinic (example)" data-clinic-phone="+886 2 2345 6789"></script>';
    const out = await render(page('<section lang="zh-TW"><clinic-warning-signs></clinic-warning-signs></section><clinic-contact></clinic-contact>', script), quiet);
    const signs = textOf(shadowOf(out, 'clinic-warning-signs'));
    assert.match(signs, /流產|懷孕/, 'Traditional Chinese from the ancestor’s lang');
    assert.match(signs, /119/, 'Taiwan’s ambulance number from data-region');
    assert.doesNotMatch(signs, /999/);
    assert.match(textOf(shadowOf(out, 'clinic-contact')), /Harbour Light Clinic \(example\)/, 'clinic from data-clinic-name');
    // One page's settings never reach the next.
    const next = await render(page('<clinic-warning-signs region="GB"></clinic-warning-signs><clinic-contact></clinic-contact>'), quiet);
    assert.match(textOf(shadowOf(next, 'clinic-warning-signs')), /999/);
    assert.doesNotMatch(textOf(shadowOf(next, 'clinic-contact')), /Harbour Light/);
  });

  it('turns mount points into their elements, as the module does', async () => {
    const input = page('<div data-clinic-widget="faq" data-heading-level="3" data-items="emergency" id="faq-block" class="x" title="dropped">Loading questions…</div>');
    const out = await render(input, quiet);
    assert.match(out, /<clinic-faq heading-level="3" items="emergency" id="faq-block" class="x" theme="auto"><template shadowrootmode="open">/);
    assert.match(out, /<\/template>Loading questions…<\/clinic-faq>/);
    assert.doesNotMatch(out, /data-clinic-widget/);
    assert.match(textOf(shadowOf(out, 'clinic-faq')), /When is bleeding an emergency|emergency/i);
  });

  it('is idempotent: rendering pre-rendered markup again changes nothing', async () => {
    const once = await render(page('<clinic-faq></clinic-faq><div data-clinic-widget="contact" data-name="Harbour Light Clinic (example)" data-phone="+852 2345 6789"></div>'), quiet);
    assert.equal(await render(once, quiet), once);
  });

  it('renders a custom pack given inline (pack="id") or by src (read from base), and says when one cannot be read', async () => {
    const json = readFileSync(join(ROOT, 'tests/fixtures/packs/partial-faq.json'), 'utf8');
    const inline = await render(page(`<script type="application/json" id="our-faq">${json}</script><clinic-faq pack="our-faq"></clinic-faq>`), quiet);
    assert.match(textOf(shadowOf(inline, 'clinic-faq')), /Questions for our clinic.*What should I bring to my first visit\?/);
    assert.doesNotMatch(shadowOf(inline, 'clinic-faq'), /Last reviewed/, 'the clinic’s pack gives no review date, so none is shown (as in the browser)');
    writeFileSync(join(dir, 'faq.json'), json);
    const fromBase = await render(page('<clinic-faq src="faq.json"></clinic-faq>'), { base: dir, ...quiet });
    assert.match(textOf(shadowOf(fromBase, 'clinic-faq')), /What should I bring to my first visit\?/);
    const warnings = [];
    const missing = await render(page('<clinic-faq src="nowhere.json"></clinic-faq>'), { base: dir, warn: (m) => warnings.push(m) });
    assert.match(textOf(shadowOf(missing, 'clinic-faq')), /Is bleeding in early pregnancy normal\?/, 'the bundled content, as the browser would show');
    const about = warnings.filter((m) => /nowhere\.json/.test(m));
    assert.equal(about.length, 1, 'one warning for the pack, however many elements use it');
    assert.match(about[0], /nowhere\.json could not be read from file:.*nowhere\.json .*bundled content is rendered/);
  });

  it('reads a root-relative src from a folder base as the site root, and an inline pack only as the browser does', async () => {
    const site = mkdtempSync(join(tmpdir(), 'clinic-site-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(site, 'packs'));
    writeFileSync(join(site, 'packs', 'faq.json'), readFileSync(join(ROOT, 'tests/fixtures/packs/partial-faq.json')));
    const out = await render(page('<clinic-faq src="/packs/faq.json"></clinic-faq>'), { base: site, ...quiet });
    assert.match(textOf(shadowOf(out, 'clinic-faq')), /What should I bring to my first visit\?/);
    // The browser reads only type="application/json" (or +json), and the first script with the id.
    const json = readFileSync(join(ROOT, 'tests/fixtures/packs/partial-faq.json'), 'utf8');
    const warnings = [];
    const wrongType = await render(page(`<script type="text/json" id="f">${json}</script><clinic-faq pack="f"></clinic-faq>`), { warn: (m) => warnings.push(m) });
    assert.match(textOf(shadowOf(wrongType, 'clinic-faq')), /Is bleeding in early pregnancy normal\?/);
    assert.match(warnings.join('\n'), /no <script type="application\/json" id="f">/);
    const first = await render(page(`<script type="application/json" id="f">${json}</script><script type="application/json" id="f">{}</script><clinic-faq pack="f"></clinic-faq>`), quiet);
    assert.match(textOf(shadowOf(first, 'clinic-faq')), /What should I bring/);
  });

  it('names a pack that cannot be used as the browser does: #id for an inline pack, the URL as written for a file', async () => {
    const site = mkdtempSync(join(tmpdir(), 'clinic-bad-'));
    writeFileSync(join(site, 'bad-pack.json'), '{"faq":{"items":"none"}}');
    const said = [];
    const out = await render(
      page('<script type="application/json" id="our-faq">{"faq":{"title":7}}</script><clinic-faq pack="our-faq"></clinic-faq><clinic-warning-signs src="bad-pack.json"></clinic-warning-signs>'),
      { base: site, warn: (m) => said.push(m) },
    );
    const text = said.join('\n');
    assert.match(text, /The content pack #our-faq cannot be used, so the bundled content is shown:\n.*faq\.title/, text);
    assert.match(text, /The content pack bad-pack\.json cannot be used/, text);
    assert.doesNotMatch(text, /pack property/);
    // The same mistake in two packs is two messages, each naming its pack; the same pack used twice, one.
    const twice = [];
    await render(
      page(
        '<script type="application/json" id="a">{"faq":{"title":7}}</script><script type="application/json" id="b">{"faq":{"title":7}}</script>' +
          '<clinic-faq pack="a"></clinic-faq><clinic-faq pack="b"></clinic-faq><clinic-faq pack="a"></clinic-faq>',
      ),
      { warn: (m) => twice.push(m) },
    );
    const named = twice.filter((m) => m.includes('cannot be used'));
    assert.equal(named.length, 2, named.join('\n'));
    assert.match(named[0], /#a cannot be used/);
    assert.match(named[1], /#b cannot be used/);
    assert.match(textOf(shadowOf(out, 'clinic-faq')), /Is bleeding in early pregnancy normal\?/, 'the bundled content instead');
  });

  it('renders pages given at once one by one, each with its own settings, and tells each page its own mistakes', async () => {
    const tw = '<script type="module" src="/clinic-widgets.js" data-region="TW"></script>';
    const gb = '<script type="module" src="/clinic-widgets.js" data-region="GB" data-clinic-name="Harbour Light Clinic (example)" data-clinic-phone="+44 20 7946 0321"></script>';
    const pages = await Promise.all([page('<clinic-warning-signs></clinic-warning-signs>', tw), page('<clinic-warning-signs></clinic-warning-signs><clinic-contact></clinic-contact>', gb)].map((p) => render(p, quiet)));
    assert.match(textOf(shadowOf(pages[0], 'clinic-warning-signs')), /119/);
    assert.match(textOf(shadowOf(pages[1], 'clinic-warning-signs')), /999/);
    assert.match(textOf(shadowOf(pages[1], 'clinic-contact')), /Harbour Light Clinic/);
    // The same mistake on two pages is told for each page, through warn (not the console).
    for (let i = 0; i < 2; i++) {
      const said = [];
      await render(page('<clinic-warning-signs heading-level="9"></clinic-warning-signs>'), { warn: (m) => said.push(m) });
      assert.ok(said.some((m) => /heading-level/.test(m)), said.join('\n'));
    }
  });

  it('lists the style-src hashes of every style it wrote, and nothing else', async () => {
    const out = await render(page('<style>body{margin:0}</style><clinic-warning-signs></clinic-warning-signs><clinic-faq></clinic-faq>'), quiet);
    const styles = [...out.matchAll(/<template shadowrootmode="open">[^]*?<\/template>/g)].flatMap(([t]) => [...t.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]));
    const expected = styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    assert.deepEqual(styleHashes(out).sort(), [...new Set(expected)].sort());
    assert.equal(styleHashes(out).length, 3, 'two elements’ styles and the FAQ’s no-script rules; not the page’s own style');
  });
});

describe('clinic-widgets render (command line)', () => {
  const file = join(dir, 'page.html');
  writeFileSync(file, page('<clinic-warning-signs></clinic-warning-signs>'));

  it('prints the pre-rendered page for a file, or for standard input', () => {
    const r = cli([file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<!DOCTYPE html>\r\n/);
    assert.match(r.stdout, /<clinic-warning-signs theme="auto"><template shadowrootmode="open">/);
    const s = cli([], page('<clinic-faq></clinic-faq>'));
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, /<clinic-faq theme="auto"><template shadowrootmode="open">/);
  });

  it('prints the style-src a strict Content-Security-Policy needs with --csp', () => {
    const r = cli(['--csp', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'\n$/);
  });

  it('reports author mistakes on standard error, and bad usage with exit code 2', () => {
    const r = cli([], page('<clinic-faq pack="missing"></clinic-faq>'));
    assert.equal(r.status, 0);
    assert.match(r.stderr, /<clinic-faq pack="missing">: no <script type="application\/json" id="missing">/);
    // --strict, for a build step: the page is still printed, and the exit code says there was a mistake.
    const strict = cli(['--strict'], page('<clinic-faq pack="missing"></clinic-faq>'));
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /<clinic-faq pack="missing" theme="auto"><template shadowrootmode="open">/);
    const fine = join(dir, 'fine.html');
    writeFileSync(fine, page('<clinic-warning-signs></clinic-warning-signs>', '<script type="module" src="/clinic-widgets.js" data-region="HK"></script>'));
    const ok = cli(['--strict', fine]);
    assert.equal(ok.status, 0, `no mistake, no failure: ${ok.stderr}`);
    assert.equal(cli(['--nope']).status, 2);
    assert.equal(cli(['a.html', 'b.html']).status, 2);
    const gone = cli([join(dir, 'gone.html')]);
    assert.equal(gone.status, 1);
    assert.match(gone.stderr, /gone\.html cannot be read \(ENOENT\)/);
  });
});
