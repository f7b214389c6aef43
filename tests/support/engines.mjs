// The three browser engines the tests run in and where each comes from. The
// ONE list of tests that only Chromium can run, with the reason for each, is
// tests/support/chromium-only.mjs.
//
//   chromium  Debian's /usr/bin/chromium, over the DevTools protocol (CHROME_PATH overrides)
//   firefox   Debian's /usr/bin/firefox-esr, headless, over WebDriver BiDi (puppeteer-core; FIREFOX_PATH overrides)
//   webkit    WebKitGTK's MiniBrowser (the engine of Safari), over classic WebDriver (WebKitWebDriver),
//             in an Xvfb display that the test run starts and stops itself
//
// Set ENGINES=chromium,firefox (or one engine) to run fewer; `npm test` runs all three.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The engines asked for with ENGINES (default: all three), in a fixed order. */
export function selectedEngines() {
  const asked = (process.env.ENGINES || ALL_ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
  const unknown = asked.filter((e) => !ALL_ENGINES.includes(e));
  if (unknown.length) throw new Error(`Unknown engine(s) in ENGINES: ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
  return ALL_ENGINES.filter((e) => asked.includes(e));
}

/** The engine one test process runs in: ENGINE, default chromium. */
export const ENGINE = process.env.ENGINE || 'chromium';

export { CHROMIUM_ONLY, REASONS } from './chromium-only.mjs';
import { CHROMIUM_ONLY } from './chromium-only.mjs';

/** A test title matches an entry when it is equal to it. */
export function chromiumOnlyReason(kind, title, engine = ENGINE) {
  if (engine === 'chromium') return undefined;
  const entry = CHROMIUM_ONLY.find((e) => e.kind === kind && e.title === title && (e.engines ?? ['firefox', 'webkit']).includes(engine));
  return entry?.reason;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * Starts an Xvfb display and WebKitWebDriver on it, unless WEBKIT_WEBDRIVER_PORT
 * says one is already running (scripts/test.mjs starts one for the whole run).
 * Returns { port, display, stop }.
 */
export async function startWebKitDriver() {
  if (process.env.WEBKIT_WEBDRIVER_PORT) {
    return { port: Number(process.env.WEBKIT_WEBDRIVER_PORT), display: process.env.DISPLAY, stop: async () => {} };
  }
  for (const [what, path] of [['WebKitWebDriver', WEBKIT_DRIVER_PATH], ['MiniBrowser', MINIBROWSER_PATH]]) {
    if (!existsSync(path)) throw new Error(`No ${what} at ${path}. Install it (Debian: apt-get install webkit2gtk-driver xvfb xdotool).`);
  }
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((ok, fail) => {
    let out = '';
    xvfb.on('error', (e) => fail(new Error(`Xvfb could not start (Debian: apt-get install xvfb): ${e.message}`)));
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
  });
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  // Wait until the driver answers.
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) break;
    } catch {}
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    for (const child of [driver, xvfb]) {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 2000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
  };
  process.once('exit', () => {
    driver.kill('SIGKILL');
    xvfb.kill('SIGKILL');
  });
  return { port, display, stop };
}

/** WebDriver capabilities for MiniBrowser (classic WebDriver: WebKitWebDriver refuses BiDi). */
export const webkitCapabilities = () => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
});

/**
 * Gives MiniBrowser's newest window keyboard focus. Xvfb has no window manager,
 * so without this keyboard focus follows the pointer and is lost when the
 * window is resized.
 */
export function focusMiniBrowser(display = process.env.DISPLAY) {
  const env = { ...process.env, DISPLAY: display };
  const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], { env, encoding: 'utf8' });
  const ids = (found.stdout || '').trim().split('\n').filter(Boolean);
  if (ids.length) spawnSync('xdotool', ['windowfocus', ids[ids.length - 1]], { env });
}
