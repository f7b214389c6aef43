// dist/content-pack.schema.json must stay in step with the zod schema: the
// bundled packs and every invalid fixture get the same verdict from both,
// wherever JSON Schema can say the rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { applyCase } from '../support/mutate.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (p) => JSON.parse(readFileSync(ROOT + p, 'utf8'));
const schema = read('dist/content-pack.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const { validatePack } = await import(`${ROOT}dist/cli.js`);
const en = read('content/miscarriage/en.json');
const zh = read('content/miscarriage/zh-Hant.json');
const { cases } = read('tests/fixtures/invalid-packs.json');

describe('the JSON Schema for editors', () => {
  for (const [name, pack] of [['en', en], ['zh-Hant', zh], ['the partial FAQ fixture', read('tests/fixtures/packs/partial-faq.json')]]) {
    it(`accepts ${name}`, () => assert.equal(validate(pack), true, JSON.stringify(validate.errors?.slice(0, 3))));
  }

  for (const c of cases) {
    const expressible = c.jsonSchema !== false;
    it(`${expressible ? 'rejects, as zod does,' : 'leaves to the validator'} the rule "${c.rule}"`, () => {
      const broken = applyCase(en, c);
      assert.equal(validatePack(broken).ok, false, 'zod rejects it');
      assert.equal(validate(broken), !expressible, JSON.stringify(validate.errors?.slice(0, 2)));
    });
  }

  it('is referenced by the bundled packs as "$schema"-ready: unknown keys are refused', () => {
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.faq.additionalProperties, false);
  });
});

describe('the JSON Schema as editors read it', () => {
  /** Every property of every object in the schema, with its path (`warningSigns.tiers[].heading`). */
  function* fields(node, path = '') {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      yield [`${path}${path ? '.' : ''}${key}`, value];
      yield* fields(value, `${path}${path ? '.' : ''}${key}`);
    }
    if (node.items) yield* fields(node.items, `${path}[]`);
    for (const alternative of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) yield* fields(alternative, path);
  }
  const described = Object.fromEntries([...fields(schema)].map(([path, value]) => [path, value.description]));

  it('describes each field, for VS Code to show on hover', () => {
    assert.match(described['meta.lastReviewed'], /reviewed/);
    assert.match(described['warningSigns.tiers[].heading'], /\{number\}/);
    assert.match(described['faq.items[].id'], /unique/);
    const missing = Object.entries(described).filter(([, d]) => !d).map(([path]) => path);
    assert.deepEqual(missing, [], 'fields without a description: wrap them in doc() in src/content/schema.ts');
  });

  it('keeps the descriptions out of the module a visitor downloads', () => {
    const module = readFileSync(`${ROOT}dist/clinic-widgets.js`, 'utf8');
    assert.ok(!module.includes(described['meta.lastReviewed']));
    assert.ok(!module.includes(described['warningSigns.tiers[].heading']));
  });
});
