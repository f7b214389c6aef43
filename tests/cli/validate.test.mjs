import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin/clinic-widgets.mjs'), ...args], { encoding: 'utf8' });
const en = JSON.parse(readFileSync(join(ROOT, 'content/miscarriage/en.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'clinic-cli-'));
const write = (name, data) => {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
};

describe('clinic-widgets validate', () => {
  it('accepts the bundled packs and exits 0', () => {
    const r = cli('validate', join(ROOT, 'content/miscarriage/en.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /en\.json: valid/);
  });

  it('accepts a partial pack that replaces only the FAQ', () => {
    const r = cli('validate', join(ROOT, 'tests/fixtures/packs/partial-faq.json'));
    assert.equal(r.status, 0, r.stderr);
  });

  it('prints every problem as path: message with line and column, and exits 1', () => {
    const bad = structuredClone(en);
    delete bad.faq.items[3].question;
    bad.warningSigns.tiers[0].sign = [];
    const file = write('bad.json', bad);
    const r = cli('validate', file);
    assert.equal(r.status, 1);
    const lines = r.stderr.split('\n');
    const q = lines.find((l) => l.includes('faq.items[3].question: required'));
    assert.ok(q, r.stderr);
    // The missing question is reported where its item starts.
    const text = readFileSync(file, 'utf8').split('\n');
    const [, line, column] = /:(\d+):(\d+)\s/.exec(q);
    assert.match(text[line - 1].slice(column - 1), /^\{/);
    assert.ok(lines.some((l) => /:\d+:\d+\s+warningSigns\.tiers\[0\]\.sign: unknown key/.test(l)), r.stderr);
    assert.match(r.stderr, /2 problems found/);
  });

  it('names invalid JSON with its line and column', () => {
    const r = cli('validate', write('broken.json', '{\n  "faq": {\n    "title": "x",\n  }\n}'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken\.json:\d+:\d+\s+\(pack\): not valid JSON/);
  });

  it('refuses a __proto__ key', () => {
    const r = cli('validate', write('proto.json', '{"faq": {"__proto__": {"polluted": true}}}'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /faq\.__proto__: this key is not allowed/);
  });

  it('warns when the review date has passed, and still exits 0', () => {
    const old = { meta: { ...structuredClone(en.meta), lastReviewed: '2020-01-01', nextReview: '2021-01-01' } };
    const r = cli('validate', write('old.json', old));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /warning: meta\.nextReview: the review date 2021-01-01 has passed/);
  });

  it('explains its usage when called wrongly', () => {
    const r = cli();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage: clinic-widgets validate/);
  });

  it('reports a missing file', () => {
    const r = cli('validate', join(dir, 'nope.json'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /nope\.json: cannot be read \(ENOENT\)/);
  });
});
