// Screenshots of the demo (built with `npm run build:demo`) or of any page,
// at 320 px and 1280 px, light and dark, in each locale:
//   node scripts/screenshots.mjs [path-under-repo] [out-dir]
// Serves the repository on 127.0.0.1 and writes PNGs to screenshots/.
import { mkdirSync } from 'node:fs';
import { launch, startServer } from '../tests/page/support.mjs';

const path = process.argv[2] ?? '/dist/demo/index.html';
const out = process.argv[3] ?? 'screenshots';
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
mkdirSync(out, { recursive: true });

const server = await startServer();
const browser = await launch();
for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark']) {
    for (const lang of (process.env.LANGS ?? 'en,zh-Hant').split(',')) {
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
await server.close();
