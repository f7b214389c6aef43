// `npm test`: builds the module, runs the component tests (Web Test Runner)
// and the page tests of the built module (node's test runner) in each browser
// engine (Chromium, Firefox, WebKit; ENGINES=chromium,firefox to run fewer),
// then the CLI tests (no browser). Prints one line per engine, the list of
// Chromium-only tests with the reason for each, and one closing line:
// "N passed, N failed".
//
// WebKit runs in MiniBrowser under an Xvfb display that this script starts and
// stops, with WebKitWebDriver (tests/support/engines.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { CHROMIUM_ONLY, selectedEngines, startWebKitDriver } from '../tests/support/engines.mjs';

const engines = selectedEngines();
const started = Date.now();
const lines = {}; // engine (or 'cli') → { passed, failed, skipped }
const add = (key, c) => {
  const t = (lines[key] ??= { passed: 0, failed: 0, skipped: 0 });
  t.passed += c.passed ?? 0;
  t.failed += c.failed ?? 0;
  t.skipped += c.skipped ?? 0;
};
const step = (title) => console.log(`\n=== ${title}`);

step('build');
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('The build failed, so the page tests cannot run.');
  add('build', { failed: 1 });
}

let webkit;
if (engines.includes('webkit')) {
  try {
    webkit = await startWebKitDriver();
    // Both test runners (and their child processes) use this one display and driver.
    process.env.DISPLAY = webkit.display;
    process.env.WEBKIT_WEBDRIVER_PORT = String(webkit.port);
  } catch (e) {
    console.log(`WebKit cannot run: ${e.message}`);
    add('webkit', { failed: 1 });
    engines.splice(engines.indexOf('webkit'), 1);
  }
}

/** Runs node:test files, adding each test's result to `key`. */
async function nodeTests(key, files) {
  const stream = run({ files, concurrency: 1 });
  stream.on('test:pass', (t) => {
    if (t.details?.type === 'suite') return;
    if (t.skip) add(key, { skipped: 1 });
    else add(key, { passed: 1 });
  });
  stream.on('test:fail', (t) => {
    if (t.details?.type !== 'suite') add(key, { failed: 1 });
  });
  stream.compose(spec).pipe(process.stdout);
  await new Promise((done) => stream.on('end', done));
}

const testFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f));

try {
  for (const engine of engines) {
    step(`component tests (Web Test Runner, ${engine})`);
    const countFile = join(tmpdir(), `clinic-widgets-count-${process.pid}-${engine}.json`);
    const wtr = spawnSync('npx', ['wtr', '--config', 'tests/web-test-runner.config.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, ENGINE: engine, COUNT_FILE: countFile },
    });
    try {
      const c = JSON.parse(readFileSync(countFile, 'utf8'));
      add(engine, c);
      rmSync(countFile);
      if (wtr.status !== 0 && c.failed === 0) add(engine, { failed: 1 });
    } catch {
      console.log(`Web Test Runner reported no counts in ${engine}.`);
      add(engine, { failed: 1 });
    }

    if (build.status === 0) {
      step(`page tests of dist/clinic-widgets.js (node:test, ${engine})`);
      // node:test runs each file in a child process, which inherits ENGINE.
      process.env.ENGINE = engine;
      await nodeTests(engine, testFiles('tests/page'));
    }
  }

  if (build.status === 0) {
    step('CLI tests (node:test, no browser)');
    delete process.env.ENGINE;
    await nodeTests('cli (no browser)', testFiles('tests/cli'));
  }
} finally {
  await webkit?.stop();
}

step('Chromium-only tests (they run in Chromium; Firefox and WebKit cannot run them)');
const byReason = Map.groupBy ? Map.groupBy(CHROMIUM_ONLY, (e) => e.reason) : CHROMIUM_ONLY.reduce((m, e) => m.set(e.reason, [...(m.get(e.reason) ?? []), e]), new Map());
for (const [reason, entries] of byReason) {
  console.log(`- ${reason}:`);
  for (const e of entries) {
    const where = (e.engines ?? ['firefox', 'webkit']).join(' and ');
    console.log(`    ${e.kind === 'page' ? 'page' : 'component'} test "${e.title}"${where === 'firefox and webkit' ? '' : ` (not in ${where})`}`);
  }
}

const totals = { passed: 0, failed: 0 };
console.log('');
for (const [key, c] of Object.entries(lines)) {
  totals.passed += c.passed;
  totals.failed += c.failed;
  console.log(`${key}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} Chromium-only skipped` : ''}`);
}
console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
