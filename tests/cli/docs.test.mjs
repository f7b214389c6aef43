// Documentation generated from the elements' JSDoc (scripts/docs.mjs): the
// README's API tables, the Custom Elements Manifest and the VS Code data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, apiMarkdown, elementsOf, END, README, START, vscodeData, withApiSection } from '../../scripts/docs.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const manifest = await analyze();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The first line where two texts differ, to say what is stale. */
function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i < 0 ? x.length : i;
  return `line ${at + 1} of the section:\n  README:    ${x[at] ?? '(nothing)'}\n  generated: ${y[at] ?? '(nothing)'}`;
}

describe('documentation from the code', () => {
  it('keeps the README API tables in step with the JSDoc', () => {
    const readme = readFileSync(README, 'utf8');
    const fresh = withApiSection(readme, apiMarkdown(manifest));
    if (fresh !== readme) {
      const section = (text) => text.slice(text.indexOf(START), text.indexOf(END));
      assert.fail(`README.md's API reference is stale: run \`npm run docs\` and commit README.md.\n${firstDifference(section(readme), section(fresh))}`);
    }
  });

  it('fails, naming the command, when a table is stale', () => {
    const readme = readFileSync(README, 'utf8');
    const stale = readme.replace(/\| `searchable` \|[^\n]*\n/, '');
    assert.notEqual(withApiSection(stale, apiMarkdown(manifest)), stale);
  });

  it('documents each element: tag, summary, attributes, events, parts and custom properties', () => {
    const elements = elementsOf(manifest);
    assert.deepEqual(elements.map((d) => d.tagName), TAGS);
    for (const d of elements) {
      assert.ok(d.summary, `${d.tagName} has a @summary`);
      assert.ok(d.cssParts?.some((p) => p.name === 'base'), `${d.tagName} documents part base`);
      assert.ok(d.cssProperties?.length, `${d.tagName} documents its custom properties`);
      for (const name of ['lang', 'src', 'pack', 'heading-level', 'theme', 'emergency-number']) {
        assert.ok(d.attributes.some((a) => a.name === name && a.description), `${d.tagName} inherits ${name}`);
      }
      for (const a of d.attributes) assert.ok(a.description, `${d.tagName} ${a.name} has a description`);
      // Lit's internal state is not API.
      assert.ok(!d.attributes.some((a) => /^_|^(closed|accentFallback|copyStatus)$/.test(a.fieldName ?? a.name)), `${d.tagName} lists no state`);
      assert.ok(d.events.some((e) => e.name === 'clinic-content-error'), `${d.tagName} fires clinic-content-error`);
      assert.ok(d.events.every((e) => e.name.startsWith('clinic-') && e.description), `${d.tagName} events are documented`);
    }
    const events = (tag) => elements.find((d) => d.tagName === tag).events.map((e) => e.name);
    assert.ok(events('clinic-faq').includes('clinic-faq-toggle'));
    assert.ok(events('clinic-risk-checklist').includes('clinic-checklist-change'));
    assert.ok(events('clinic-contact').includes('clinic-contact-close'));
    const layout = elements.find((d) => d.tagName === 'clinic-contact').attributes.find((a) => a.name === 'layout');
    assert.equal(layout.type.text, "'banner' | 'card' | 'bar'");
  });

  it('types every tag and event for TypeScript (HTMLElementTagNameMap, GlobalEventHandlersEventMap)', () => {
    const sources = manifest.modules.map((m) => readFileSync(join(ROOT, m.path), 'utf8')).join('\n');
    for (const d of elementsOf(manifest)) {
      assert.match(sources, new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${d.tagName}': ${d.name};`), d.tagName);
      for (const e of d.events) assert.match(sources, new RegExp(`interface GlobalEventHandlersEventMap \\{[^}]*'${e.name}': CustomEvent<`), e.name);
    }
  });

  it('names the manifest in package.json, ships it, and the built one matches the sources', () => {
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    assert.ok(pkg.files.includes('dist'));
    assert.match(pkg.scripts.build, /npm run analyze/);
    const built = join(ROOT, pkg.customElements);
    if (existsSync(built)) assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), JSON.parse(JSON.stringify(manifest)), 'dist/custom-elements.json is older than the sources: npm run analyze');
  });

  it('gives VS Code every tag and attribute, with union values and boolean attributes', () => {
    const data = vscodeData(manifest);
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((t) => t.name), TAGS);
    const contact = data.tags.find((t) => t.name === 'clinic-contact');
    assert.deepEqual(contact.attributes.find((a) => a.name === 'layout').values, [{ name: 'banner' }, { name: 'card' }, { name: 'bar' }]);
    assert.deepEqual(contact.attributes.find((a) => a.name === 'theme').values.map((v) => v.name), ['auto', 'light', 'dark']);
    const faq = data.tags.find((t) => t.name === 'clinic-faq');
    assert.equal(faq.attributes.find((a) => a.name === 'searchable').valueSet, 'v');
    assert.ok(faq.description.includes('clinic-faq-toggle'));
    const built = join(ROOT, 'dist/vscode.html-custom-data.json');
    if (existsSync(built)) assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), data);
  });
});
