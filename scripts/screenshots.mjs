// Screenshots of the demo (built with `npm run build:demo`) or of any page. --help prints this.
//
//   node scripts/screenshots.mjs [path-under-repo] [out-dir]
//     Chromium, at 320 px and 1280 px, light and dark, in each locale.
//   node scripts/screenshots.mjs --engine chromium|firefox|webkit [--size 390x844] [--scheme dark] [--text 200] [--at selector]
//                                [path-under-repo] [out-dir]
//     One engine at a phone's size (default 390 × 844, an iPhone), in each locale; Chromium light and dark,
//     WebKit light or, with --scheme dark, dark (WebKitGTK follows the GTK theme: the driver is started with
//     GTK_THEME=Adwaita:dark), Firefox light only (no colour-scheme emulation there). --text 200 sets the page's
//     root font size to 200% (a reader's large text); --at scrolls the first element matching a selector to the
//     top of the screen (e.g. --at clinic-contact). WebKit's window cannot be narrower than 447 px, so
//     there the page is shown in an iframe of exactly that size and the iframe is photographed.
//
// Serves the repository on 127.0.0.1 and writes PNGs to screenshots/ (named <engine>-<size>-<scheme>-<lang>.png
// with --engine). ONLY=<regexp> keeps some names, LANGS=en,zh-Hant picks locales, SELECTOR=… shoots one element
// (Chromium mode only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { launch, setInnerSize, startServer } from '../tests/page/support.mjs';
import { focusMiniBrowser, startWebKitDriver, webkitCapabilities } from '../tests/support/engines.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { engine: { type: 'string' }, size: { type: 'string' }, scheme: { type: 'string' }, text: { type: 'string' }, at: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  // The usage is this file's opening comment.
  const { readFileSync } = await import('node:fs');
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//')));
  console.log(head.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
/** In the page's document (in WebKit, the frame's): its language, the reader's text size, and where it is scrolled to. */
const prepare = ([lang, text, at, framed]) => {
  const doc = framed ? document.querySelector('iframe').contentDocument : document;
  doc.documentElement.setAttribute('lang', lang);
  if (text) doc.documentElement.style.fontSize = `${text}%`;
  if (at) doc.querySelector(at)?.scrollIntoView({ block: 'start' });
};
/**
 * Waits until the page has settled: loaded, every kit element rendered with everything it fills in later (its
 * updateComplete), every other defined custom element (the demo's) updated, the same in same-origin frames (the
 * demo's preview), fonts loaded and two frames drawn, so a scroll made afterwards stays where it was put.
 */
const settle = async ([framed]) => {
  const KIT = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
  const settleDoc = async (doc) => {
    const view = doc.defaultView;
    if (doc.readyState !== 'complete') await new Promise((r) => view.addEventListener('load', r, { once: true }));
    const custom = [...doc.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(
      custom.map((el) => (KIT.includes(el.localName) ? view.customElements.whenDefined(el.localName).then(() => el.updateComplete) : view.customElements.get(el.localName) && el.updateComplete)),
    );
    await doc.fonts?.ready;
    await Promise.all([...doc.querySelectorAll('iframe')].map((f) => f.contentDocument && settleDoc(f.contentDocument)));
  };
  const doc = framed ? document.querySelector('iframe').contentDocument : document;
  // A page that never settles (its module never loads, a frame never fires load) fails rather than hangs.
  await Promise.race([settleDoc(doc), new Promise((_, no) => setTimeout(() => no(new Error('the page did not settle in 20 s')), 20000))]);
  for (let i = 0; i < 2; i++) await new Promise((r) => doc.defaultView.requestAnimationFrame(r));
  return true;
};
const suffix = `${values.text ? `-text${values.text}` : ''}${values.at ? `-at-${values.at.replace(/[^\w-]+/g, '_')}` : ''}`;
const path = positionals[0] ?? '/dist/demo/index.html';
const out = positionals[1] ?? 'screenshots';
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const langs = (process.env.LANGS ?? 'en,zh-Hant').split(',');
mkdirSync(out, { recursive: true });

const frameRoute = {
  // A page holding `src` in an iframe of exactly w × h (for WebKit, whose window is wider).
  '/__screenshot-frame.html': (req, res, url) =>
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><meta charset="utf-8"><title>frame</title><style>html,body{margin:0;background:#fff}iframe{display:block;border:0}</style></head>` +
          `<body><iframe src="${url.searchParams.get('src').replace(/"/g, '&quot;')}" width="${Number(url.searchParams.get('w'))}" height="${Number(url.searchParams.get('h'))}"></iframe></body></html>`,
      ),
};
const server = await startServer({ routes: frameRoute });

if (!values.engine) {
  // Chromium, the original set: 320 px and 1280 px, light and dark.
  const browser = await launch('chromium');
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of langs) {
        const name = `${width}-${scheme}-${lang}`;
        if (only && !only.test(name)) continue;
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console error: ${m.text()}`));
        await page.goto(server.origin + path);
        await page.evaluate((l) => document.documentElement.setAttribute('lang', l), lang);
        if (process.env.SELECTOR) {
          await page.waitForSelector(process.env.SELECTOR);
          await page.waitForTimeout(300);
          await page.locator(process.env.SELECTOR).first().screenshot({ path: `${out}/${name}.png` });
        } else {
          await page.waitForTimeout(500);
          await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
        }
        console.log(`${out}/${name}.png`);
        await context.close();
      }
    }
  }
  await browser.close();
} else {
  const engine = values.engine;
  const [width, height] = (values.size ?? '390x844').split('x').map(Number);
  const schemes = engine === 'chromium' ? ['light', 'dark'] : engine === 'webkit' && values.scheme === 'dark' ? ['dark'] : ['light'];
  if (schemes[0] === 'dark' && engine === 'webkit') process.env.GTK_THEME = 'Adwaita:dark'; // read by the driver it starts
  const shots = [];
  for (const scheme of schemes) for (const lang of langs) shots.push({ scheme, lang, name: `${engine}-${width}x${height}-${scheme}-${lang}${suffix}` });

  if (engine === 'webkit') {
    const { remote } = await import('webdriverio');
    const driver = await startWebKitDriver();
    const session = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
    try {
      await setInnerSize(session, { width: Math.max(width + 40, 500), height: height + 40 });
      focusMiniBrowser(driver.display);
      for (const { lang, name } of shots) {
        if (only && !only.test(name)) continue;
        await session.navigateTo(`${server.origin}/__screenshot-frame.html?src=${encodeURIComponent(path)}&w=${width}&h=${height}`);
        await session.waitUntil(() => session.execute(() => document.querySelector('iframe').contentDocument?.readyState === 'complete'));
        await session.execute(prepare, [lang, values.text, values.at, true]);
        await session.execute(settle, [true]);
        await session.execute(prepare, [lang, values.text, values.at, true]); // once laid out at its size: scrolled to the right place
        await session.execute(settle, [true]);
        // The viewport's screenshot, cut to the iframe at its top left (WebKit's element screenshots come out shifted).
        const shot = PNG.sync.read(Buffer.from(await session.takeScreenshot(), 'base64'));
        const png = new PNG({ width, height });
        PNG.bitblt(shot, png, 0, 0, width, height, 0, 0);
        writeFileSync(`${out}/${name}.png`, PNG.sync.write(png));
        console.log(`${out}/${name}.png`);
      }
    } finally {
      await session.deleteSession().catch(() => {});
      await driver.stop();
    }
  } else {
    const browser = await launch(engine);
    for (const { scheme, lang, name } of shots) {
      if (only && !only.test(name)) continue;
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console error: ${m.text()}`));
      await page.goto(server.origin + path);
      await page.evaluate(prepare, [lang, values.text, values.at]);
      await page.evaluate(settle, [false]);
      await page.evaluate(prepare, [lang, values.text, values.at]);
      await page.evaluate(settle, [false]);
      await page.screenshot({ path: `${out}/${name}.png` });
      console.log(`${out}/${name}.png`);
      await context.close();
    }
    await browser.close();
  }
}
await server.close();
