// `npm run build` refuses an invalid content pack and names every problem by its JSON path.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const en = JSON.parse(readFileSync(join(ROOT, 'content/miscarriage/en.json'), 'utf8'));

describe('the build', () => {
  it('fails on an invalid bundled pack with path-named messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-content-'));
    mkdirSync(join(dir, 'miscarriage'));
    const bad = structuredClone(en);
    delete bad.faq.items[3].question;
    bad.warningSigns.tiers[0].level = 'critical';
    writeFileSync(join(dir, 'miscarriage', 'en.json'), JSON.stringify(bad));
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLINIC_CONTENT_DIR: dir },
    });
    assert.notEqual(r.status, 0);
    const text = r.stdout + r.stderr;
    assert.match(text, /miscarriage\/en\.json is not a valid content pack/);
    assert.match(text, /faq\.items\[3\]\.question: required/);
    assert.match(text, /warningSigns\.tiers\[0\]\.level: must be one of "emergency", "urgent", "routine"/);
  });
});
