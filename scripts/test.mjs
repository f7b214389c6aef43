// `npm test`: builds the module, runs the component tests (Web Test Runner in
// headless Chromium) and the page tests of the built module (node's test
// runner driving Chromium), then prints one closing line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdirSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };
const step = (title) => console.log(`\n=== ${title}`);

step('build');
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('The build failed, so the page tests cannot run.');
  totals.failed++;
}

step('component tests (Web Test Runner, Chromium)');
const countFile = join(tmpdir(), `clinic-widgets-count-${process.pid}.json`);
const wtr = spawnSync('npx', ['wtr', '--config', 'tests/web-test-runner.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, COUNT_FILE: countFile },
});
try {
  const c = JSON.parse(readFileSync(countFile, 'utf8'));
  totals.passed += c.passed;
  totals.failed += c.failed;
  rmSync(countFile);
} catch {
  console.log('Web Test Runner reported no counts.');
  totals.failed++;
}
if (wtr.status !== 0 && totals.failed === 0) totals.failed++;

if (build.status === 0) {
  step('page tests of dist/clinic-widgets.js and CLI tests (node:test, Chromium)');
  const files = ['tests/page', 'tests/cli'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f)));
  const stream = run({ files, concurrency: 1 });
  stream.on('test:pass', (t) => {
    if (t.details?.type !== 'suite') totals.passed++;
  });
  stream.on('test:fail', (t) => {
    if (t.details?.type !== 'suite') totals.failed++;
  });
  stream.compose(spec).pipe(process.stdout);
  await new Promise((done) => stream.on('end', done));
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
