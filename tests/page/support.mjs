// Page tests drive Debian's Chromium with playwright-core against pages served
// from this repository on 127.0.0.1, loading the BUILT dist/clinic-widgets.js.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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
    requests.push(url.pathname + url.search);
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
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
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

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
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
