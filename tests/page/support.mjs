// Page tests drive a real browser against pages served from this repository
// on 127.0.0.1, loading the BUILT dist/clinic-widgets.js, in the engine named
// by ENGINE (chromium, the default; firefox; webkit). `npm test` runs every
// file in tests/page once per engine.
//
// HOW TO WRITE A PAGE TEST THAT RUNS IN ALL THREE ENGINES
// - Import `it` from this file instead of node:test (describe, before, after
//   still come from node:test), and `launch`, `openPage`, `startServer`.
// - Write it in Playwright's style against the subset of the Page API that
//   every engine's adapter below offers:
//     browser.newContext({ viewport, colorScheme: 'light' }) → context.newPage(), context.close()
//     page.goto(url), page.evaluate(fn | source, arg), page.waitForFunction(fn, arg, { timeout }),
//     page.$eval(selector, fn, arg), page.$$eval(selector, fn, arg), page.waitForTimeout(ms),
//     page.on('console' | 'pageerror' | 'request' | 'dialog'), page.screenshot()
//   and read console errors, warnings and requests from openPage's `log`.
//   Do the user's clicks and typing inside page.evaluate (element.click(),
//   input events) or through the component tests' sendKeys.
// - Chromium gives the test the real Playwright page: anything else Playwright
//   offers (getByRole, locator, setInputFiles, addInitScript, permissions,
//   colorScheme: 'dark', javaScriptEnabled: false, viewports under 447 px in
//   WebKit) fails in Firefox or WebKit with "needs Chromium". When a test needs
//   it, add its name to CHROMIUM_ONLY in tests/support/chromium-only.mjs with the
//   reason: it keeps running in Chromium and is reported as skipped elsewhere.
//   Run one file in one engine with: ENGINE=webkit node --test tests/page/x.test.mjs
//
// How each engine is driven: Chromium by playwright-core (DevTools protocol);
// Firefox ESR by puppeteer-core over WebDriver BiDi; WebKit (MiniBrowser) by
// webdriverio over classic WebDriver, which has no console or network events:
// the test server adds a small script to each HTML page that records console
// errors and warnings, page errors and dialogs in the page, and the server's
// own log gives the requests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it as nodeIt } from 'node:test';
import { chromium } from 'playwright-core';
import {
  chromiumOnlyReason,
  CHROME_PATH,
  ENGINE,
  FIREFOX_PATH,
  focusMiniBrowser,
  startWebKitDriver,
  webkitCapabilities,
} from '../support/engines.mjs';

export { ENGINE };

/** node:test's `it`, except that a test listed in CHROMIUM_ONLY is skipped, with its reason, outside Chromium. */
export function it(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const reason = chromiumOnlyReason('page', name);
  return nodeIt(name, reason ? { ...options, skip: `Chromium-only: ${reason}` } : options, fn);
}

const CAPTURE = '/__engine/capture.js';
/** Records what WebDriver cannot see from outside: console errors and warnings, page errors, dialogs. */
const CAPTURE_SCRIPT = `(() => {
  const log = [];
  window.__engineDrain = () => log.splice(0);
  for (const [name, type] of [['error', 'error'], ['warn', 'warning']]) {
    const original = console[name];
    console[name] = function (...args) {
      log.push({ type, text: args.map(String).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => log.push({ type: 'pageerror', text: String(e.error ?? e.message) }));
  addEventListener('unhandledrejection', (e) => log.push({ type: 'pageerror', text: String(e.reason) }));
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = () => void log.push({ type: 'dialog', text: name });
})();`;
const servers = new Map(); // origin → requests

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/**
 * A static server for the repository. `routes` maps a path to a handler
 * `(req, res) => boolean` that may answer instead (custom headers, failures);
 * `headers` maps a path to extra response headers (e.g. a CSP).
 */
export async function startServer({ routes = {}, headers = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    // The browser asks for a favicon by itself; it is not the page's request.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === CAPTURE) return void res.writeHead(200, { 'content-type': TYPES['.js'] }).end(CAPTURE_SCRIPT);
    requests.push(url.pathname + url.search);
    if (ENGINE === 'webkit') injectCapture(res);
    if (routes[url.pathname] && (await routes[url.pathname](req, res, url)) !== false) return;
    const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(headers[url.pathname] ?? {}) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  servers.set(origin, requests);
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** In WebKit, every HTML page gets the capture script first in its <head>. */
function injectCapture(res) {
  let html = false;
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const headers = rest.find((h) => h && typeof h === 'object') ?? {};
    html = /text\/html/.test(headers['content-type'] ?? res.getHeader('content-type') ?? '');
    return writeHead.call(this, status, ...rest);
  };
  const end = res.end;
  res.end = function (body, ...rest) {
    if (html && body != null) {
      const tag = `<script src="${CAPTURE}"></script>`;
      const text = String(body);
      body = /<head[^>]*>/i.test(text) ? text.replace(/<head[^>]*>/i, (m) => m + tag) : tag + text;
    }
    return end.call(this, body, ...rest);
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the browser of `engine` (default ENGINE). Chromium: Playwright's; Firefox and WebKit: an adapter with the same API subset. */
export function launch(engine = ENGINE) {
  if (engine === 'chromium') return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  throw new Error(`Unknown engine ${engine}`);
}

const needsChromium = (what) => new Error(`${what} needs Chromium (${ENGINE} cannot): list the test in CHROMIUM_ONLY (tests/support/chromium-only.mjs) with the reason`);

/** Context options other engines cannot honour. */
function checkOptions({ colorScheme, javaScriptEnabled, permissions, ...rest }) {
  if (colorScheme && colorScheme !== 'light') throw needsChromium(`colorScheme: '${colorScheme}'`);
  if (javaScriptEnabled === false) throw needsChromium('javaScriptEnabled: false');
  if (permissions?.length) throw needsChromium(`permissions ${permissions.join(', ')}`);
  const unknown = Object.keys(rest).filter((k) => !['viewport', 'deviceScaleFactor'].includes(k));
  if (unknown.length) throw needsChromium(`context option ${unknown.join(', ')}`);
}

const playwrightOnly = (name) => () => {
  throw needsChromium(`page.${name}()`);
};
const PLAYWRIGHT_ONLY = ['getByRole', 'getByLabel', 'getByText', 'locator', 'addInitScript', 'waitForSelector', 'setInputFiles', 'emulateMedia', 'pdf'];

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  return {
    async newContext(options = {}) {
      checkOptions(options);
      const { viewport = { width: 1280, height: 720 }, deviceScaleFactor = 1 } = options;
      const context = await browser.createBrowserContext();
      return {
        async newPage() {
          const page = await context.newPage();
          await page.setViewport({ ...viewport, deviceScaleFactor });
          return firefoxPage(page);
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Playwright's page API over a puppeteer page (Firefox, WebDriver BiDi). */
function firefoxPage(page) {
  const wrapped = {
    goto: (url, { waitUntil = 'load' } = {}) => {
      if (waitUntil === 'commit') throw needsChromium("goto(…, { waitUntil: 'commit' })");
      return page.goto(url, { waitUntil });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitForFunction: (fn, arg, { timeout = 30000 } = {}) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
    $eval: (selector, fn, arg) => page.$eval(selector, fn, arg),
    $$eval: (selector, fn, arg) => page.$$eval(selector, fn, arg),
    waitForTimeout: (ms) => new Promise((r) => setTimeout(r, ms)),
    screenshot: (options) => page.screenshot(options),
    on(event, handler) {
      if (event === 'console') page.on('console', (m) => handler({ type: () => (m.type() === 'warn' ? 'warning' : m.type()), text: () => m.text() }));
      // Firefox's own requests (its favicon probe, data: fonts of its built-in styles) are not the page's.
      else if (event === 'request') page.on('request', (r) => !/^data:|\/favicon\.ico$/.test(r.url()) && handler({ url: () => r.url(), allHeaders: async () => r.headers() }));
      else if (event === 'pageerror' || event === 'dialog') page.on(event, handler);
      else throw needsChromium(`page.on('${event}')`);
    },
  };
  for (const name of PLAYWRIGHT_ONLY) wrapped[name] = playwrightOnly(name);
  return wrapped;
}

/** MiniBrowser's narrowest window: narrower viewports need Chromium (or an iframe of that size). */
export const WEBKIT_MIN_WIDTH = 447;

async function launchWebKit() {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  // One MiniBrowser window per launch; each context starts from about:blank.
  const session = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
  focusMiniBrowser(driver.display);
  return {
    async newContext(options = {}) {
      checkOptions(options);
      const { viewport = { width: 1280, height: 720 } } = options;
      if (viewport.width < WEBKIT_MIN_WIDTH) throw needsChromium(`a ${viewport.width} px viewport (WebKit's window is at least ${WEBKIT_MIN_WIDTH} px wide)`);
      await session.navigateTo('about:blank');
      await setInnerSize(session, viewport);
      focusMiniBrowser(driver.display);
      return { newPage: async () => webkitPage(session), close: () => session.navigateTo('about:blank') };
    },
    async close() {
      await session.deleteSession().catch(() => {});
      await driver.stop();
    },
  };
}

/** Sizes the window so that the page's viewport is `width` × `height`. */
export async function setInnerSize(session, { width, height }) {
  for (let i = 0; i < 3; i++) {
    const [w, h] = await session.execute(() => [window.innerWidth, window.innerHeight]);
    if (w === width && h === height) return;
    const outer = await session.getWindowSize();
    await session.setWindowSize(outer.width + width - w, outer.height + height - h);
  }
}

const UNDEFINED = '__engine:undefined__';

/** Playwright's page API over a WebDriver session (WebKit). */
function webkitPage(session) {
  const handlers = { console: [], pageerror: [], request: [], dialog: [] };
  let origin = '';
  let seen = 0; // requests of the server already reported
  const report = (entries) => {
    for (const e of entries ?? []) {
      if (e.type === 'pageerror') handlers.pageerror.forEach((h) => h(new Error(e.text)));
      else if (e.type === 'dialog') handlers.dialog.forEach((h) => h({ type: () => e.text, dismiss: async () => {}, accept: async () => {} }));
      else handlers.console.forEach((h) => h({ type: () => e.type, text: () => e.text }));
    }
    const requests = servers.get(origin);
    if (requests) {
      for (const path of requests.slice(seen)) handlers.request.forEach((h) => h({ url: () => origin + path, allHeaders: playwrightOnly('request.allHeaders') }));
      seen = requests.length;
    }
  };
  /** Runs `fn(...args)` in the page (awaiting a promise) and collects what the page recorded since. */
  const run = async (source, args) => {
    const [box, entries] = await session.execute(
      // WebDriver sends undefined (also inside objects) as null: send JSON that keeps it apart.
      `return Promise.resolve().then(() => (${source})).then((v) => [v === undefined ? '"${UNDEFINED}"' : JSON.stringify(v, (k, x) => (x === undefined ? '${UNDEFINED}' : x)), window.__engineDrain ? window.__engineDrain() : []]);`,
      ...args,
    );
    report(entries);
    return JSON.parse(box, (k, x) => (x === UNDEFINED ? undefined : x));
  };
  const wrapped = {
    async goto(url, { waitUntil = 'load' } = {}) {
      if (waitUntil === 'commit') throw needsChromium("goto(…, { waitUntil: 'commit' })");
      const next = new URL(url).origin;
      if (next !== origin) seen = servers.get(next)?.length ?? 0;
      origin = next;
      await session.navigateTo(url);
      await run('null', []);
    },
    async evaluate(fn, arg) {
      if (typeof fn !== 'string') return run(`(${fn})(arguments[0])`, [arg]);
      // A script's source (e.g. axe-core), run as WebDriver runs scripts: not subject to the page's CSP.
      await session.execute(fn);
      return run('undefined', []);
    },
    async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        // Only whether it holds comes back: the value may be an element or a class, which WebDriver cannot send.
        if (await run(`Promise.resolve((${fn})(arguments[0])).then(Boolean)`, [arg])) return true;
        if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 120)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    $eval: (selector, fn, arg) =>
      run(`((el) => { if (!el) throw new Error('No element for ' + arguments[0]); return (${fn})(el, arguments[1]); })(document.querySelector(arguments[0]))`, [selector, arg]),
    $$eval: (selector, fn, arg) => run(`(${fn})([...document.querySelectorAll(arguments[0])], arguments[1])`, [selector, arg]),
    waitForTimeout: (ms) => new Promise((r) => setTimeout(r, ms)).then(() => run('null', [])),
    screenshot: async ({ path } = {}) => {
      const png = Buffer.from(await session.takeScreenshot(), 'base64');
      if (path) await (await import('node:fs/promises')).writeFile(path, png);
      return png;
    },
    on(event, handler) {
      if (!handlers[event]) throw needsChromium(`page.on('${event}')`);
      handlers[event].push(handler);
    },
  };
  for (const name of PLAYWRIGHT_ONLY) wrapped[name] = playwrightOnly(name);
  return wrapped;
}

/**
 * Opens `path` in a fresh context and records what the page does: console
 * errors and warnings, page errors, every request and CSP violations.
 */
export async function openPage(browser, origin, path, { viewport = { width: 1280, height: 900 }, waitUntil = 'load', ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(origin + path, { waitUntil });
  return { page, context, log };
}

/** Text of every shadow root of `selector`, whitespace folded. */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * A test server for the repository and a browser of the run's engine, for the
 * describe block (or file) that calls it: `env.server`, `env.browser` once its
 * `before` hook has run. `serverOptions` go to startServer.
 */
export function useBrowser(serverOptions) {
  const env = {};
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
