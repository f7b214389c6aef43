// `npm run bench`: how fast the built kit is next to the same content as
// static HTML and as Shoelace, how its cost grows, and the demo's layout
// shift. Headless Chromium (playwright-core, the system Chromium) over pages
// served on 127.0.0.1; every measurement in a fresh browser context (cold
// cache); the variants alternate within each run (A B, then B A); run 0 is a
// warm-up and is discarded. Writes BENCHMARKS.md (keeping its notes section).
//   --runs N     measured runs (default 15; fewer are printed, never written)
//   --no-write   print only
//   --check      exit 1 when a target or a size budget is missed
// This is a benchmark, never a test: nothing under tests/ asserts a timing.
import os from 'node:os';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, ROOT, startServer } from '../tests/page/support.mjs';
import { staticPage } from '../bench/static-page.mjs';
import { ARTICLE_VARIANTS, articleVariants } from '../bench/article.mjs';
import { BUDGETS, CEILINGS, measure as measureSize } from './size.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return fallback;
  return argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
};
const RUNS = Number(option('--runs', 15));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of runs');
const MIN_RUNS = 15;
const CHECK = flag('--check');
// --only core,longtask,article: run those sections only (printed, never written).
const SECTIONS = ['core', 'longtask', 'article'];
const ONLY = option('--only', SECTIONS.join(',')).split(',');
for (const name of ONLY) if (!SECTIONS.includes(name)) throw new Error(`--only takes ${SECTIONS.join(', ')}`);
const section = (name) => ONLY.includes(name);
// The throttled sections are slow (4× CPU, slow 4G): at most this many runs.
const THROTTLED_RUNS = Math.min(RUNS, Number(option('--throttled-runs', 5)));
const WRITE = !flag('--no-write') && RUNS >= MIN_RUNS && ONLY.length === SECTIONS.length;
const SEARCH_WORD = 'bleeding';
const SCALE = [50, 200, 1000];
const TARGETS = { page: 1.5, shoelace: 2, keystroke: 16, cls: 0.01, growth: 1.1 };
const COMMAND = 'npm run bench';

for (const file of ['dist/clinic-widgets.js', 'dist/demo/index.html']) {
  if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npm run build first.`);
}
if (!existsSync(join(ROOT, 'node_modules/@shoelace-style/shoelace/cdn/components/details/details.js'))) {
  throw new Error('Shoelace is missing: run npm install (it is a devDependency, used only by the benchmark).');
}

// ---------------------------------------------------------------- statistics

const quantile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * p;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
};
const stats = (values) => ({ median: quantile(values, 0.5), p25: quantile(values, 0.25), p75: quantile(values, 0.75), min: Math.min(...values), max: Math.max(...values), count: values.length });
/** Per-run ratios a[i] / b[i] (the variants of one run are paired). */
const ratios = (a, b) => a.map((x, i) => x / b[i]);

// ---------------------------------------------------------------- page side

/** Installed before any page script: layout shifts, and when the page is rendered. */
function pageProbe() {
  const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
  window.__cls = { value: 0, shifts: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls.value += e.value;
        const sources = (e.sources ?? []).map((s) => s.node && (s.node.nodeName + (s.node.id ? `#${s.node.id}` : '') + (s.node.className && typeof s.node.className === 'string' ? `.${s.node.className.split(' ').join('.')}` : '')));
        window.__cls.shifts.push({ value: e.value, at: e.startTime, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    window.__cls.unsupported = true;
  }
  // Long tasks (over 50 ms of one task) and the largest contentful paint, for the throttled loads.
  window.__longtasks = [];
  window.__lcp = undefined;
  try {
    new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => (window.__lcp = list.getEntries().at(-1)?.startTime ?? window.__lcp)).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    window.__longtasks = undefined;
  }
  const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ok();
    channel.port2.postMessage(0);
  }));
  // Navigation start is 0. Static page: DOMContentLoaded. Kit page: also every
  // element defined, updated and with its .base. Then forced style and layout
  // (laidOut), then the next frame produced (painted).
  window.__rendered = new Promise((resolve, reject) => {
    document.addEventListener('DOMContentLoaded', async () => {
      try {
        const dcl = performance.now();
        const elements = [...document.querySelectorAll(TAGS.join(','))];
        await Promise.all(elements.map(async (el) => {
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          if (!el.shadowRoot?.querySelector('.base')) throw new Error(`<${el.localName}> rendered no .base`);
        }));
        document.documentElement.getBoundingClientRect();
        const laidOut = performance.now();
        await nextPaint();
        const painted = performance.now();
        // Breakdown: when the HTML and the module had arrived, and how many nodes the page has (shadow trees included).
        const html = performance.getEntriesByType('navigation')[0]?.responseEnd;
        const module = performance.getEntriesByType('resource').find((r) => r.name.includes('/dist/clinic-widgets.js'))?.responseEnd;
        let nodes = 0;
        const walk = (node) => {
          for (let n = node.firstChild; n; n = n.nextSibling) {
            nodes++;
            if (n.shadowRoot) walk(n.shadowRoot);
            walk(n);
          }
        };
        walk(document.body);
        resolve({ html, module, dcl, laidOut, painted, elements: elements.length, nodes });
      } catch (e) {
        reject(new Error(String(e)));
      }
    });
  });
}

// ---------------------------------------------------------------- measurements

let server;
let browser;

/** Runs `fn(page)` in a fresh context (empty cache), failing on any page error. */
async function fresh(fn, { init, mobile = false } = {}) {
  // Mobile: Lighthouse's phone (412 × 823 CSS px at 1.75×).
  const context = await browser.newContext(mobile ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (init) await page.addInitScript(init);
    const result = await fn(page);
    if (errors.length) throw new Error(errors.join('\n'));
    return result;
  } catch (e) {
    if (errors.length) e.message += `\npage errors:\n${errors.join('\n')}`;
    throw e;
  } finally {
    await context.close();
  }
}

/** (1) Navigation to rendered, for bench/kit.html or the static variant. */
const pageLoad = (path, expected) =>
  fresh(
    async (page) => {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      const r = await page.evaluate(() => window.__rendered);
      if (r.elements !== expected) throw new Error(`${path}: ${r.elements} elements, expected ${expected}`);
      await page.waitForTimeout(100);
      return { ...r, cls: await page.evaluate(() => window.__cls.value) };
    },
    { init: pageProbe },
  );

/** Opens bench/insert.html with `lib` loaded and defined. */
async function insertPage(page, lib) {
  await page.goto(`${server.origin}/bench/insert.html?lib=${lib}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.ready);
}

/** (2), (3) Insertion of an FAQ with `n` questions; with `again`, a second one in the same page (warm). */
const insertion = (lib, n, { again = false } = {}) =>
  fresh(async (page) => {
    await insertPage(page, lib);
    const first = await page.evaluate((n) => window.bench.insert(n), n);
    if (again) first.again = await page.evaluate((n) => window.bench.insert(n), n);
    return first;
  });

/** One-time costs of the kit, cold in a fresh page (bench/insert.mjs costs()). */
const coldCosts = (n) =>
  fresh(async (page) => {
    await insertPage(page, 'kit');
    return page.evaluate((n) => window.bench.costs(n), n);
  });

/** (3) Typing SEARCH_WORD into a searchable FAQ of `n` questions. */
const typing = (n) =>
  fresh(async (page) => {
    await insertPage(page, 'kit');
    return page.evaluate(([n, word]) => window.bench.search(n, word), [n, SEARCH_WORD]);
  });

/** (4) Cumulative layout shift of the demo page, once it is ready and has settled. */
const demoShift = () =>
  fresh(
    async (page) => {
      await page.goto(`${server.origin}/dist/demo/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('#main[data-state="ready"]');
      await page.waitForTimeout(1000);
      return page.evaluate(() => window.__cls);
    },
    { init: pageProbe },
  );

/**
 * (4) Parse, compile and evaluate of dist/clinic-widgets.js: its bytes are
 * fetched first (timed apart), then imported from a Blob URL, so the import
 * has no network in it. A fresh context each time: no V8 code cache.
 */
const moduleCost = (run) =>
  fresh(async (page) => {
    await page.goto(`${server.origin}/bench/blank.html`, { waitUntil: 'load' });
    return page.evaluate(async (run) => {
      let t = performance.now();
      const code = await (await fetch(`/dist/clinic-widgets.js?run=${run}`)).text();
      const fetched = performance.now() - t;
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      t = performance.now();
      await import(url);
      const cost = performance.now() - t;
      if (!customElements.get('clinic-faq')) throw new Error('the module defined no <clinic-faq>');
      return { fetched, cost };
    }, run);
  });

/** Lighthouse's mobile throttling, applied through CDP (DevTools-style: real, not simulated). */
const CPU_SLOWDOWN = 4;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** CLS as Chrome defines it: the largest session window (shifts under 1 s apart, at most 5 s long). */
function clsOf(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let prev = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.at - b.at)) {
    if (s.at - prev > 1000 || s.at - first > 5000) [sum, first] = [0, s.at];
    sum += s.value;
    prev = s.at;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * (5), (6) A page loaded with the CPU slowed down 4× (and, with `network`,
 * slow 4G), until every kit element is rendered (its FAQ answers included)
 * and 1 s more. Long tasks come from a buffered `longtask` observer; TBT is
 * Lighthouse's: the part over 50 ms of every long task after FCP.
 */
const throttledLoad = (url, { network = false, expected } = {}) =>
  fresh(
    async (page) => {
      await page.goto(`${server.origin}/bench/blank.html`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      let bytes = 0;
      await cdp.send('Network.enable');
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      bytes = 0;
      await page.goto(url, { waitUntil: 'load' });
      const r = await page.evaluate(() => window.__rendered);
      if (expected !== undefined && r.elements !== expected) throw new Error(`${url}: ${r.elements} elements, expected ${expected}`);
      await page.waitForTimeout(1000);
      const m = await page.evaluate(() => ({ tasks: window.__longtasks, shifts: window.__cls.shifts, lcp: window.__lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
      if (!m.tasks) throw new Error('no longtask entries in this browser');
      const fcp = m.fcp ?? 0;
      const tbt = m.tasks.reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, fcp) - 50), 0);
      return {
        rendered: r.painted,
        longest: Math.max(0, ...m.tasks.map((t) => t.duration)),
        over50: m.tasks.reduce((sum, t) => sum + t.duration - 50, 0),
        tasks: m.tasks.length,
        fcp: m.fcp,
        lcp: m.lcp,
        tbt,
        cls: clsOf(m.shifts),
        bytes,
      };
    },
    { init: pageProbe, mobile: network },
  );

/** Each kit element's rendered height (CSS px) in the plain article at the phone viewport, for the reserved variant. */
const articleHeights = (url) =>
  fresh(
    async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => window.__rendered);
      return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact')].map((el) => [el.localName, el.getBoundingClientRect().height])));
    },
    { init: pageProbe, mobile: true },
  );

/** The article pages by variant (filled in main()), served at /bench/article-<variant>.html. */
const articlePages = {};

/** (6) One run of the article: every variant that exists, in an order that rotates from run to run. */
async function articleRun(run) {
  const out = {};
  const order = ARTICLE_VARIANTS.map((_, i) => ARTICLE_VARIANTS[(i + run) % ARTICLE_VARIANTS.length]);
  for (const v of order) {
    if (articlePages[v].startsWith('pending:')) continue;
    out[v] = await throttledLoad(`${server.origin}/bench/article-${v}.html`, { network: true, expected: v === 'static' ? 0 : 4 });
  }
  return out;
}

// ---------------------------------------------------------------- the runs

const results = { kitPage: [], staticPage: [], kit: Object.fromEntries(SCALE.map((n) => [n, []])), shoelace: [], keys: [], cls: [], module: [], costs: [], longtask: [], longtaskStatic: [], article: [] };

async function runOnce(run) {
  // Alternate which variant goes first.
  const pair = async (a, b) => {
    if (!(run % 2)) return [await a(), await b()];
    const second = await b();
    return [await a(), second];
  };
  const r = {};
  // The same content as static HTML (no JavaScript) under the same slowdown, alternating with the kit: the machine's floor.
  if (section('longtask') && run <= THROTTLED_RUNS)
    [r.longtask, r.longtaskStatic] = await pair(() => throttledLoad(`${server.origin}/bench/kit.html`, { expected: 4 }), () => throttledLoad(`${server.origin}/bench/static.html`, { expected: 0 }));
  if (section('article') && run <= THROTTLED_RUNS) r.article = await articleRun(run);
  if (!section('core')) return r;
  const [kitPage, staticP] = await pair(() => pageLoad('/bench/kit.html', 4), () => pageLoad('/bench/static.html', 0));
  const [kit200, sl200] = await pair(() => insertion('kit', 200, { again: true }), () => insertion('shoelace', 200, { again: true }));
  const kit50 = await insertion('kit', 50);
  const kit1000 = await insertion('kit', 1000);
  const keys = await typing(1000);
  const cls = await demoShift();
  const module = await moduleCost(run);
  const costs = await coldCosts(200);
  return { ...r, kitPage, staticP, kit: { 50: kit50, 200: kit200, 1000: kit1000 }, sl200, keys, cls, module, costs };
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ms = (n) => `${fmt(n)} ms`;

async function main() {
  const started = Date.now();
  const page = staticPage(JSON.parse(readFileSync(join(ROOT, 'content/miscarriage/en.json'), 'utf8')));
  const html = (body) => (req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  const routes = { '/bench/static.html': html(page) };
  // The article's pages and the module they load are sent gzipped, as any real server would (the other sections' are not, as before).
  const gzipped = (type, body) => (req, res) => void res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(gzipSync(body));
  for (const v of ARTICLE_VARIANTS) routes[`/bench/article-${v}.html`] = (req, res) => gzipped('text/html; charset=utf-8', articlePages[v])(req, res);
  const moduleCode = readFileSync(join(ROOT, 'dist/clinic-widgets.js'));
  routes['/dist/clinic-widgets.js'] = (req, res) => (/\/bench\/article-/.test(req.headers.referer ?? '') ? gzipped('text/javascript; charset=utf-8', moduleCode)(req, res) : false);
  server = await startServer({ routes });
  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length) console.error(`Warning: the 1-minute load average is ${loadBefore.toFixed(2)} on ${os.cpus().length} cores; other work on the machine skews the timings.`);
  browser = await launch();
  const chromium = browser.version();
  const built = statSync(join(ROOT, 'dist/clinic-widgets.js')).mtime;
  console.error(`Benchmark: ${RUNS} runs + 1 warm-up, Chromium ${chromium}, dist/clinic-widgets.js built ${built.toISOString()}`);
  if (section('article')) {
    const pack = JSON.parse(readFileSync(join(ROOT, 'content/miscarriage/en.json'), 'utf8'));
    Object.assign(articlePages, await articleVariants(ROOT, pack, { heights: {}, base: `${server.origin}/bench/article.html` }));
    const heights = await articleHeights(`${server.origin}/bench/article-plain.html`);
    Object.assign(articlePages, await articleVariants(ROOT, pack, { heights, base: `${server.origin}/bench/article.html` }));
    console.error(`Article: reserved heights ${JSON.stringify(Object.fromEntries(Object.entries(heights).map(([k, v]) => [k, Math.round(v)])))}; pre-rendered: ${articlePages.prerendered.startsWith('pending:') ? articlePages.prerendered : `${articlePages.prerendered.length} characters`}`);
  }
  try {
    for (let run = 0; run <= (section('core') ? RUNS : THROTTLED_RUNS); run++) {
      const t = Date.now();
      const r = await runOnce(run);
      const parts = [];
      if (r.kitPage) parts.push(`page ${fmt(r.kitPage.painted)}/${fmt(r.staticP.painted)} ms · faq200 ${fmt(r.kit[200].painted)}/${fmt(r.sl200.painted)} ms · 1000 ${fmt(r.kit[1000].painted)} ms · key ${fmt(quantile(r.keys.map((k) => k.laidOut), 0.5))} ms · CLS ${fmt(r.cls.value, 4)} · module ${fmt(r.module.cost)} ms`);
      if (r.longtask) parts.push(`4× CPU: longest task ${fmt(r.longtask.longest)} ms, ${r.longtask.tasks} long (static HTML ${fmt(r.longtaskStatic.longest)} ms)`);
      if (r.article) parts.push(`article TBT ${ARTICLE_VARIANTS.map((v) => `${v} ${r.article[v] ? fmt(r.article[v].tbt, 0) : '–'}`).join(', ')}`);
      console.error(`${run ? `run ${String(run).padStart(2)}` : 'warm-up'}  ${parts.join(' · ')}  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      if (!run) continue;
      if (r.longtask) results.longtask.push(r.longtask), results.longtaskStatic.push(r.longtaskStatic);
      if (r.article) results.article.push(r.article);
      if (!r.kitPage) continue;
      results.kitPage.push(r.kitPage);
      results.staticPage.push(r.staticP);
      for (const n of SCALE) results.kit[n].push(r.kit[n]);
      results.shoelace.push(r.sl200);
      results.keys.push(r.keys);
      results.cls.push(r.cls);
      results.module.push(r.module);
      results.costs.push(r.costs);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const throttled = throttledTables();
  if (!section('core')) {
    console.log(throttled.text);
    const missed = throttled.missed;
    console.error(`\n${((Date.now() - started) / 1000).toFixed(0)} s. ${missed.length ? `Missed: ${missed.join('; ')}.` : 'Every target met.'} (--only: BENCHMARKS.md not written.)`);
    if (CHECK && missed.length) process.exitCode = 1;
    return;
  }
  const size = await measureSize();
  const report = analyse(size);
  const elapsed = (Date.now() - started) / 1000;
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium,
    node: process.version,
    load: loadBefore.toFixed(2),
  };
  const markdown = render(report, machine, elapsed, throttled.text);
  console.log(markdown.table);
  console.log(markdown.scale);
  console.log(markdown.phases);
  console.log(markdown.size);
  console.log(throttled.text);
  const missed = [...report.rows.filter((r) => r.met === false).map((r) => r.metric), ...throttled.missed];
  if (!size.budgets.whole.met || !size.budgets.codeOnly.met) missed.push('size budgets');
  console.error(`\n${elapsed.toFixed(0)} s. ${missed.length ? `Missed: ${missed.join('; ')}.` : 'Every target met.'}`);
  if (WRITE) {
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown.file);
    console.error('Wrote BENCHMARKS.md.');
  } else if (!flag('--no-write')) {
    console.error(`Fewer than ${MIN_RUNS} runs: BENCHMARKS.md not written.`);
  }
  if (CHECK && missed.length) process.exitCode = 1;
}

// ---------------------------------------------------------------- analysis

function analyse(size) {
  const col = (list, key) => list.map((x) => x[key]);
  const rows = [];
  const row = (metric, kit, other, ratio, target, met) => rows.push({ metric, kit, other, ratio, target, met });

  // (1) Page load.
  for (const key of ['painted', 'laidOut']) {
    const kit = col(results.kitPage, key);
    const st = col(results.staticPage, key);
    const r = stats(ratios(kit, st));
    const primary = key === 'painted';
    row(
      primary ? '1. Page with the four elements vs static HTML: navigation → rendered (next frame)' : '1b. Same, navigation → laid out (forced layout, no frame rounding)',
      stats(kit),
      stats(st),
      { ...r, label: 'kit / static' },
      primary ? `≤ ${TARGETS.page}×` : 'info',
      primary ? r.median <= TARGETS.page : undefined,
    );
  }

  // (2) 200 questions vs Shoelace.
  {
    const kit = col(results.kit[200], 'painted');
    const sl = col(results.shoelace, 'painted');
    const r = stats(ratios(sl, kit));
    row('2. `<clinic-faq>` with 200 questions vs 200 `sl-details`: insertion → every question painted (next frame)', stats(kit), stats(sl), { ...r, label: 'Shoelace / kit' }, `≥ ${TARGETS.shoelace}×`, r.median >= TARGETS.shoelace);
    const answers = col(results.kit[200], 'answersPainted');
    const ra2 = stats(ratios(sl, answers));
    row('2d. Same, the kit until every answer is in place too (filled in idle time after the first paint; `updateComplete`, then the next frame)', stats(answers), stats(sl), { ...ra2, label: 'Shoelace / kit' }, 'info', undefined);
    const slIcons = col(results.shoelace, 'withIcons');
    const ri = stats(ratios(slIcons, kit));
    row('2b. Same, Shoelace counted until its 200 chevron icons have loaded', stats(kit), stats(slIcons), { ...ri, label: 'Shoelace / kit' }, 'info', undefined);
    const kitAgain = results.kit[200].map((r) => r.again.painted);
    const slAgain = results.shoelace.map((r) => r.again.painted);
    const ra = stats(ratios(slAgain, kitAgain));
    row('2c. Same, a second insertion in the same page (warm: code compiled, URL checks and templates cached)', stats(kitAgain), stats(slAgain), { ...ra, label: 'Shoelace / kit' }, 'info', undefined);
  }

  // (3) Scale: per-run growth ratios against the item ratios.
  const scale = SCALE.map((n) => ({ n, ...stats(col(results.kit[n], 'painted')), script: stats(col(results.kit[n], 'script')).median, layout: stats(col(results.kit[n], 'layout')).median, answers: stats(col(results.kit[n], 'answersPainted')).median }));
  const growth = [];
  for (let i = 1; i < SCALE.length; i++) {
    const [a, b] = [SCALE[i - 1], SCALE[i]];
    const r = stats(ratios(col(results.kit[b], 'painted'), col(results.kit[a], 'painted')));
    growth.push({ from: a, to: b, items: b / a, ...r });
  }
  const linear = growth.every((g) => g.median <= g.items * TARGETS.growth);
  const last = growth.at(-1);
  row(
    `3. Growth: \`<clinic-faq>\` 200 → 1000 questions (5× the items)`,
    stats(col(results.kit[1000], 'painted')),
    stats(col(results.kit[200], 'painted')),
    { ...last, label: 'time 1000 / time 200' },
    `linear: ≤ ${last.items}× (+${Math.round((TARGETS.growth - 1) * 100)} %) at every step`,
    linear,
  );
  const keys = results.keys.flat();
  const perKey = stats(col(keys, 'laidOut'));
  row(`3b. Search over 1000 questions: one keystroke → filtered and laid out (typing “${SEARCH_WORD}”, ${keys.length} keystrokes)`, perKey, undefined, undefined, `< ${TARGETS.keystroke} ms median`, perKey.median < TARGETS.keystroke);
  row('3c. Same, keystroke → next frame produced', stats(col(keys, 'painted')), undefined, undefined, 'info', undefined);

  // (4) Layout shift and module cost.
  const cls = stats(results.cls.map((c) => c.value));
  row('4. Layout shift of the demo page (CLS, dist/demo/index.html)', cls, undefined, undefined, `≤ ${TARGETS.cls} (every run)`, cls.max <= TARGETS.cls);
  row('4b. Layout shift of the four-element page (bench/kit.html)', stats(col(results.kitPage, 'cls')), undefined, undefined, 'info', undefined);
  row('4c. dist/clinic-widgets.js parse + compile + evaluate (import() of its bytes from a Blob URL, no network)', stats(col(results.module, 'cost')), undefined, undefined, 'info', undefined);

  const phases = [
    ['kit page (navigation → …)', results.kitPage, 'nav'],
    ['static page (navigation → …)', results.staticPage, 'nav'],
    ...SCALE.map((n) => [`<clinic-faq> ${n} questions`, results.kit[n], 'insert']),
    ['200 sl-details', results.shoelace, 'insert'],
  ].map(([name, list, kind]) => {
    const median = (key) => stats(col(list, key)).median;
    if (kind === 'nav') return { name, html: median('html'), module: list[0].module === undefined ? undefined : median('module'), a: median('dcl'), b: median('laidOut'), c: median('painted'), nodes: list[0].nodes, kind };
    return { name, a: median('script'), b: median('laidOut'), c: median('painted'), nodes: list[0].nodes, kind };
  });

  size.budgets = {
    whole: { budget: BUDGETS.whole, gzip: size.whole.gzip, met: size.whole.gzip <= BUDGETS.whole },
    codeOnly: { budget: BUDGETS.codeOnly, gzip: size.codeOnly.gzip, met: size.codeOnly.gzip <= BUDGETS.codeOnly },
  };
  const costs = Object.fromEntries(['validateBundled', 'validateMerged', 'firstDate'].map((k) => [k, stats(col(results.costs, k))]));
  return { rows, scale, growth, phases, costs, size, module: stats(col(results.module, 'fetched')), shifts: results.cls.flatMap((c) => c.shifts) };
}

/** The throttled sections: (5) long tasks of bench/kit.html, (6) the article's variants. Markdown, and the targets missed. */
function throttledTables() {
  const missed = [];
  const out = [];
  const med = (list, key) => stats(list.map((x) => x[key]));
  const range = (s, digits = 1) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
  if (results.longtask.length) {
    const longest = med(results.longtask, 'longest');
    const over = med(results.longtask, 'over50');
    const met = longest.max <= 50;
    const still = results.longtaskStatic;
    const over50 = (list) => `${list.filter((x) => x.longest > 50).length} of ${list.length}`;
    if (!met) missed.push('5. no task over 50 ms on bench/kit.html at 4× CPU');
    out.push(
      `### 5. Long tasks: bench/kit.html with the CPU slowed down ${CPU_SLOWDOWN}× (${results.longtask.length} runs)`,
      '',
      '| Metric | Median (min–max) | Target | Result |',
      '| --- | ---: | --- | --- |',
      `| Longest task | ${range(longest)} ms | ≤ 50 ms in every run | ${met ? '**met**' : '**missed**'} |`,
      `| Runs with a task over 50 ms | ${over50(results.longtask)} | info | |`,
      `| The same content as static HTML (bench/static.html, no JavaScript), same slowdown, alternating: longest task | ${range(med(still, 'longest'))} ms | info (the machine's floor) | |`,
      `| Static HTML: runs with a task over 50 ms | ${over50(still)} | info | |`,
      `| Sum over 50 ms of every long task | ${range(over)} ms | info | |`,
      `| Long tasks (over 50 ms) | ${range(med(results.longtask, 'tasks'), 0)} | info | |`,
      `| Navigation → every element rendered, FAQ answers included (next frame) | ${range(med(results.longtask, 'rendered'))} ms | info | |`,
      '',
    );
  }
  if (results.article.length) {
    const runs = results.article;
    const of = (v) => runs.map((r) => r[v]).filter(Boolean);
    const lcpRatio = (v) => stats(runs.filter((r) => r[v] && r.static).map((r) => r[v].lcp / r.static.lcp));
    const TARGET = {
      prerendered: { cls: (s) => s.max === 0, lcp: (r) => r.median <= 1.1, tbt: (s) => s.median <= 50, text: 'CLS 0.000, LCP ≤ 1.1× static, TBT ≤ 50 ms' },
      plain: { tbt: (s) => s.median <= 100, text: 'TBT ≤ 100 ms; CLS reported' },
    };
    const NAMES = { static: 'Static HTML (no JavaScript)', prerendered: 'Pre-rendered (declarative shadow DOM)', plain: 'Plain tags (the two-line embed)', reserved: 'Plain tags, space reserved in CSS (README)', blocking: 'Plain tags, module render-blocking (README)' };
    out.push(
      `### 6. A clinic article (bench/article.html): CPU ${CPU_SLOWDOWN}×, slow 4G (${SLOW_4G.latency} ms, ${fmt((SLOW_4G.downloadThroughput * 8) / 2 ** 20, 1)} Mbps down, ${fmt((SLOW_4G.uploadThroughput * 8) / 2 ** 10, 0)} Kbps up), phone viewport (${runs.length} runs)`,
      '',
      '| Variant | FCP | LCP | LCP / static | TBT | CLS (max) | Longest task | Bytes | Target | Result |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    );
    for (const v of ARTICLE_VARIANTS) {
      const list = of(v);
      if (!list.length) {
        out.push(`| ${NAMES[v]} | ${articlePages[v]?.startsWith('pending:') ? articlePages[v] : 'not measured'} |  |  |  |  |  |  | ${TARGET[v]?.text ?? 'info'} | ${TARGET[v] ? '**pending**' : ''} |`);
        if (TARGET[v]) missed.push(`6. ${v}: not measured`);
        continue;
      }
      const [fcp, lcp, tbt, cls, longest, bytes] = ['fcp', 'lcp', 'tbt', 'cls', 'longest', 'bytes'].map((k) => med(list, k));
      const ratio = v === 'static' ? undefined : lcpRatio(v);
      const t = TARGET[v];
      let met;
      if (t) {
        met = (!t.cls || t.cls(cls)) && (!t.lcp || t.lcp(ratio)) && t.tbt(tbt);
        if (!met) missed.push(`6. ${v}: ${t.text}`);
      }
      out.push(
        `| ${NAMES[v]} | ${ms(fcp.median)} | ${ms(lcp.median)} | ${ratio ? `${fmt(ratio.median, 2)}×` : ''} | ${ms(tbt.median)} | ${fmt(cls.median, 3)} (${fmt(cls.max, 3)}) | ${ms(longest.median)} | ${fmt(bytes.median / 1024, 1)} KB | ${t?.text ?? 'info'} | ${met === undefined ? '' : met ? '**met**' : '**missed**'} |`,
      );
    }
    out.push('');
  }
  return { text: out.join('\n'), missed };
}

// ---------------------------------------------------------------- output

function render(report, machine, elapsed, throttled) {
  const spread = (s) => `${fmt(s.p25)}–${fmt(s.p75)}`;
  const metCell = (m) => (m === undefined ? '' : m ? '**met**' : '**missed**');
  const value = (s, unit) => (s ? (unit === 'ms' ? `${fmt(s.median)} ms (IQR ${spread(s)})` : `${fmt(s.median, 4)} (max ${fmt(s.max, 4)})`) : '');

  const lines = [
    '| Metric | Kit, median | Other, median | Ratio, median of runs | Ratio spread (IQR; min–max) | Target | Result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of report.rows) {
    const unit = r.metric.startsWith('4.') || r.metric.startsWith('4b.') ? 'cls' : 'ms';
    const ratio = r.ratio ? `${fmt(r.ratio.median, 2)}× (${r.ratio.label})` : '';
    const ratioSpread = r.ratio ? `${fmt(r.ratio.p25, 2)}–${fmt(r.ratio.p75, 2)}; ${fmt(r.ratio.min, 2)}–${fmt(r.ratio.max, 2)}` : '';
    lines.push(`| ${r.metric} | ${value(r.kit, unit)} | ${value(r.other, unit)} | ${ratio} | ${ratioSpread} | ${r.target} | ${metCell(r.met)} |`);
  }
  const table = lines.join('\n');

  const scaleLines = [
    '| Questions | Insertion → questions painted (next frame), median | IQR | ms per 100 questions | Script (→ first render) | Style + layout | → every answer in place (next frame) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.scale.map((s) => `| ${s.n} | ${ms(s.median)} | ${spread(s)} | ${fmt((s.median / s.n) * 100, 2)} | ${ms(s.script)} | ${ms(s.layout)} | ${ms(s.answers)} |`),
    '',
    '| Step | Items × | Time ×, median of runs | IQR | Marginal ms per 100 questions |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.growth.map((g) => {
      const a = report.scale.find((s) => s.n === g.from);
      const b = report.scale.find((s) => s.n === g.to);
      return `| ${g.from} → ${g.to} | ${g.items}× | ${fmt(g.median, 2)}× | ${fmt(g.p25, 2)}–${fmt(g.p75, 2)} | ${fmt(((b.median - a.median) / (g.to - g.from)) * 100, 2)} |`;
    }),
  ];
  const scale = scaleLines.join('\n');

  const phaseLines = [
    '| Variant | HTML received | Module received | Content in the DOM (DOMContentLoaded / updateComplete) | Laid out | Next frame | DOM nodes (shadow trees, text and comments included) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.phases.map((p) => `| ${p.name.replace(/</g, '&lt;')} | ${p.html === undefined ? '' : ms(p.html)} | ${p.module === undefined ? '' : ms(p.module)} | ${ms(p.a)} | ${ms(p.b)} | ${ms(p.c)} | ${p.nodes ?? ''} |`),
    '',
    'One-time costs, each timed cold in a fresh page (medians). The first and third are no longer on the render path (the build validates the bundled packs; the two bundled locales write their dates without `Intl`); they are kept here to show what was removed:',
    '',
    '| Cost | Median | IQR |',
    '| --- | ---: | ---: |',
    `| Validating the bundled English pack with zod/mini (removed from the render path) | ${ms(report.costs.validateBundled.median)} | ${spread(report.costs.validateBundled)} |`,
    `| Validating a merged pack with 200 questions (what \`pack\` with 200 questions costs; still paid, a page's own content is always validated) | ${ms(report.costs.validateMerged.median)} | ${spread(report.costs.validateMerged)} |`,
    `| A first long date format with \`Intl.DateTimeFormat\` (removed from the render path for \`en\` and \`zh-Hant\`) | ${ms(report.costs.firstDate.median)} | ${spread(report.costs.firstDate)} |`,
  ];
  const phases = phaseLines.join('\n');

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const growthCell = (gzip, ceiling) => (gzip <= ceiling ? `none (${ceiling - gzip} B to spare)` : `**${gzip - ceiling} B past it**`);
  const { size } = report;
  const sizeLines = [
    '| dist/clinic-widgets.js | Minified | gzip -9 | Brotli | Ceiling (gzip) | Growth | First budget (gzip) | Result |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    `| Whole module (both content packs) | ${kb(size.whole.minified)} | ${kb(size.whole.gzip)} | ${kb(size.whole.brotli)} | ${kb(CEILINGS.whole)} | ${growthCell(size.whole.gzip, CEILINGS.whole)} | ${kb(BUDGETS.whole)} | ${metCell(size.budgets.whole.met)}${size.budgets.whole.met ? '' : ` by ${kb(size.whole.gzip - BUDGETS.whole)}`} |`,
    `| Code only (packs emptied) | ${kb(size.codeOnly.minified)} | ${kb(size.codeOnly.gzip)} | ${kb(size.codeOnly.brotli)} | ${kb(CEILINGS.codeOnly)} | ${growthCell(size.codeOnly.gzip, CEILINGS.codeOnly)} | ${kb(BUDGETS.codeOnly)} | ${metCell(size.budgets.codeOnly.met)}${size.budgets.codeOnly.met ? '' : ` by ${kb(size.codeOnly.gzip - BUDGETS.codeOnly)}`} |`,
    `| Floor: Lit's core + run-time validation (zod/mini, schema, messages), no element | ${kb(size.floor.minified)} | ${kb(size.floor.gzip)} | ${kb(size.floor.brotli)} |  |  |  | info |`,
    '',
    '| Part of the module (its own module graph) | Minified | Share |',
    '| --- | ---: | ---: |',
    ...size.parts.map((p) => `| ${p.name.replace(/</g, '&lt;')} | ${kb(p.minified)} | ${(p.share * 100).toFixed(1)} % |`),
  ];
  const sizeTable = sizeLines.join('\n');

  const previous = existsSync(join(ROOT, 'BENCHMARKS.md')) ? readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8') : '';
  const MARK = '<!-- Everything below this line is kept when `npm run bench` rewrites the file. -->';
  const notes = previous.includes(MARK) ? previous.slice(previous.indexOf(MARK) + MARK.length).trim() : '## What limits the missed targets\n\n(Written by hand after measuring.)';
  const missedRows = report.rows.filter((r) => r.met === false);
  const shiftNote = report.shifts.length
    ? `Layout shifts seen on the demo page (all runs): ${report.shifts.length}, largest ${fmt(Math.max(...report.shifts.map((s) => s.value)), 4)}, from ${[...new Set(report.shifts.flatMap((s) => s.sources).filter(Boolean))].slice(0, 6).join(', ')}.`
    : 'No layout shift was recorded on the demo page in any run.';

  const file = `# Benchmarks

Generated by \`${COMMAND}\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}; do not edit above the notes line by hand.
It measures the built \`dist/clinic-widgets.js\` against the same content written as plain static HTML (no JavaScript: the physical limit) and against
[Shoelace](https://shoelace.style) ${shoelaceVersion()}'s \`sl-details\` (the most used Lit component library; a devDependency used only here).

- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM; ${machine.os}; 1-minute load average ${machine.load} at the start (\`npm run build\` has just run; other work on the machine would skew the timings)
- **Browser:** headless Chromium ${machine.chromium} (playwright-core ${packageVersion('playwright-core')}); **Node** ${machine.node}
- **Reproduce:** \`npm install && ${COMMAND}\` (builds first; \`-- --runs 25\` for more runs, \`-- --no-write\` to only print, \`-- --check\` to exit 1 on a missed target or budget). ${RUNS} measured runs after one warm-up, ${elapsed.toFixed(0)} s in all.

## How it is measured

- Pages are served from this repository on 127.0.0.1 (no network cost: on a real connection the module's download comes on top).
- Every measurement opens a **fresh browser context** (empty cache, no V8 code cache); the compared variants alternate within each run (A B, then B A on the next run); run 0 is a warm-up and is discarded. Medians are over the runs; ratios are computed per run (the two variants of a run are a pair) and their median and spread are shown.
- **Rendered** means: the content is in the DOM (the static page's DOMContentLoaded; every element's \`updateComplete\` and its shadow root's \`.base\`), then a forced style and layout (**laid out**), then the next frame has been produced (a \`requestAnimationFrame\` and a task after it: **next frame**). Frames come every 16.7 ms, so next-frame times move in steps of a frame; the laid-out times have no such rounding.
- (1) \`bench/kit.html\` (the four elements on the bundled pack) against \`bench/static-page.mjs\`'s page (the same English content as headings, lists, fieldsets with checkboxes, \`<details>\` and links, with ${Math.round(readFileSync(join(ROOT, 'bench/static.css')).length / 1024)} KB of inline CSS), timed from navigation start.
- (2) and (3) \`bench/insert.html\`: the library is loaded and defined first (not timed); the timing starts just before one \`<clinic-faq>\` whose \`pack\` property holds N questions (the bundled ones repeated with suffixed ids, a partial pack merged onto the bundled one and validated, as a CMS would pass it) is appended, or just before N \`<sl-details summary="…">\` with the same questions, answers and source links are set as \`innerHTML\`.
- (2) and (3) time the kit to its first render (every question in the DOM: \`<clinic-faq>\` fills its closed answers in idle time after the first paint) and, in row 2d and the last column of the scale table, until \`updateComplete\` (every answer in place) and the next frame.
- (3b) A searchable \`<clinic-faq>\` with 1000 questions; “${SEARCH_WORD}” is typed letter by letter (value set, \`input\` event dispatched) and each keystroke is timed to \`updateComplete\` plus a forced layout of the list. The element filters on every keystroke; only the screen-reader count is debounced.
- (4) CLS: a \`layout-shift\` PerformanceObserver (buffered, excluding shifts after input) installed before any script, summed (an upper bound of CLS's largest session window) until the demo is ready and 1 s more. Module cost: the module's bytes are fetched, then \`import()\`ed from a Blob URL, so only parse, compile and the module's own top-level evaluation (defining the four elements) are timed.

## Results

${table}

## With Lighthouse-style throttling

Chromium's CPU slowed down ${CPU_SLOWDOWN}× through CDP (\`Emulation.setCPUThrottlingRate\`), real and not simulated, as Lighthouse's DevTools throttling does; for the article also slow 4G (\`Network.emulateNetworkConditions\`) and a phone viewport (412 × 823 at 1.75×). Fewer runs (at most ${THROTTLED_RUNS}, after the same warm-up), each variant in a fresh context, the order rotating from run to run. Long tasks come from a buffered \`longtask\` PerformanceObserver installed before any script; TBT is Lighthouse's (the part over 50 ms of each long task after FCP, to the end of the measurement: every element rendered, every FAQ answer in place, and 1 s more); CLS is the largest session window of \`layout-shift\` entries; bytes are the encoded bytes of every response (the article's pages and the module are sent gzipped, as a real server would).

${throttled}

### Scale

${scale}

### Where the time goes (medians)

${phases}

${shiftNote} Module download over localhost: ${ms(report.module.median)} (not in 4c).

## Size (\`npm run size\`)

${sizeTable}

${missedRows.length || !size.budgets.whole.met || !size.budgets.codeOnly.met ? `Missed in this run: ${[...missedRows.map((r) => r.metric.split(':')[0]), ...(!size.budgets.whole.met ? ['whole-module size budget'] : []), ...(!size.budgets.codeOnly.met ? ['code-only size budget'] : [])].join('; ')}. What limits each is in the notes below.` : 'Every target and budget was met in this run.'}

${MARK}

${notes}
`;
  return { file, table, scale, phases, size: sizeTable };
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}
const shoelaceVersion = () => packageVersion('@shoelace-style/shoelace');

await main();
