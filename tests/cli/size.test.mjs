// `npm run size`: the module's weight, its parts, and the ceilings it may not grow past.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, CEILINGS, measure, report } from '../../scripts/size.mjs';

describe('npm run size', () => {
  let m;
  before(async () => {
    m = await measure();
  });

  it("keeps issue 9's budgets as written: 32 KB gzip whole, 20 KB gzip code only", () => {
    assert.deepEqual(BUDGETS, { whole: 32 * 1024, codeOnly: 20 * 1024 });
  });

  it('does not let the module grow past its ceilings (gzip -9)', () => {
    assert.ok(m.whole.gzip <= CEILINGS.whole, `whole module ${m.whole.gzip} B gzip > ceiling ${CEILINGS.whole} B`);
    assert.ok(m.codeOnly.gzip <= CEILINGS.codeOnly, `code only ${m.codeOnly.gzip} B gzip > ceiling ${CEILINGS.codeOnly} B`);
  });

  it('measures minified, gzip and brotli bytes, with and without the packs', () => {
    for (const s of [m.whole, m.codeOnly, m.floor]) {
      assert.ok(s.minified > s.gzip && s.gzip > s.brotli && s.brotli > 0, JSON.stringify(s));
    }
    assert.ok(m.codeOnly.gzip < m.whole.gzip);
    assert.ok(m.floor.gzip < m.codeOnly.gzip);
  });

  it('names the share of Lit, validation, each element and each pack from the module graph', () => {
    const names = m.parts.map((p) => p.name);
    for (const part of [
      'Lit',
      'zod/mini (validation library)',
      'schema, validation and pack loading (src/content)',
      '<clinic-warning-signs>',
      '<clinic-risk-checklist>',
      '<clinic-faq>',
      '<clinic-contact>',
      'pack miscarriage/en',
      'pack miscarriage/zh-Hant',
    ]) {
      assert.ok(names.includes(part), `${part} missing from ${names.join(', ')}`);
    }
    assert.ok(!names.includes('other'), 'every module is attributed to a part');
    const total = m.parts.reduce((a, p) => a + p.share, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `shares add up to ${total}`);
  });

  it('measures the floor under the code-only budget: Lit and run-time validation alone', () => {
    // The figure the budget discussion in BENCHMARKS.md rests on.
    assert.ok(m.floor.gzip > 10 * 1024 && m.floor.gzip < m.codeOnly.gzip, `${m.floor.gzip}`);
  });

  it('reports each size against its ceiling: no growth today, with the bytes to spare', () => {
    const { text, grown } = report(m);
    assert.deepEqual(grown, []);
    const line = (start) => text.split('\n').find((l) => l.startsWith(start));
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    assert.ok(line('whole module (both packs)').includes(`ceiling ${kb(CEILINGS.whole)}: no growth (${CEILINGS.whole - m.whole.gzip} B to spare)`), line('whole module'));
    assert.ok(line('code only (no content packs)').includes(`ceiling ${kb(CEILINGS.codeOnly)}: no growth (${CEILINGS.codeOnly - m.codeOnly.gzip} B to spare)`), line('code only'));
    assert.doesNotMatch(text, /GROWN|grown past/);
  });

  it('names a size that grew past its ceiling, and by how much', () => {
    const { text, grown } = report(m, { whole: CEILINGS.whole, codeOnly: m.codeOnly.gzip - 7 });
    assert.deepEqual(grown, ['codeOnly']);
    assert.match(text, /code only \(no content packs\).*ceiling .*: GROWN 7 B past it/);
    assert.match(text, new RegExp(`The module has grown past its ceiling: code only ${m.codeOnly.gzip} B > ${m.codeOnly.gzip - 7} B\\.`));
  });
});
