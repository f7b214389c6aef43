// Documentation generated from the elements' JSDoc, through the Custom
// Elements Manifest (custom-elements-manifest.config.mjs):
//
//   node scripts/docs.mjs          (npm run docs)     README API tables + the dist files below
//   node scripts/docs.mjs --dist   (npm run analyze)  dist/custom-elements.json and
//                                                     dist/vscode.html-custom-data.json only
//
// tests/cli/docs.test.mjs fails when the README's tables are stale. The demo's
// configurator reads the same analysis (vite.config.ts → demoManifest()).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const README = join(ROOT, 'README.md');
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** The kit's elements in the order the README presents them. */
const ORDER = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
const BASE = 'ClinicElement';

/** Analyses the sources (nothing is written) and returns the manifest. */
export async function analyze() {
  const manifest = await cli({
    argv: ['analyze', '--config', join(ROOT, 'custom-elements-manifest.config.mjs'), '--quiet'],
    cwd: ROOT,
    noWrite: true,
  });
  // The file system lists files in any order: sort, so the same sources give the same manifest.
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return manifest;
}

const classes = (manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class'));

/** The element declarations (with a tag), in README order. */
export function elementsOf(manifest) {
  return classes(manifest)
    .filter((d) => d.tagName)
    .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
}

/** The shared base class. */
export const baseOf = (manifest) => classes(manifest).find((d) => d.name === BASE);

/** Public instance fields (properties), without statics and protected/private members. */
const publicFields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');

/** Values of a string-literal union type (`'a' | 'b'`), or undefined for any other type. */
export function unionValues(text) {
  const parts = (text ?? '').split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

const oneLine = (s = '') => s.replace(/\s*\n\s*/g, ' ').trim();
const cell = (s = '') => oneLine(s).replace(/\|/g, '\\|');
const code = (s) => (s ? `\`${cell(s)}\`` : '');
/** A type as the README shows it: attributes and unset properties are simply absent, so `| undefined` says nothing. */
const typeOf = (t) => code((t ?? '').replace(/\s*\|\s*undefined\b/g, ''));
const defaultOf = (v) => (v === undefined || v === 'undefined' ? '' : code(v.replace(/^'(.*)'$/, '$1')));

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function attributesTable(d, own) {
  const fields = new Map(publicFields(d).map((m) => [m.name, m]));
  const rows = (d.attributes ?? [])
    .filter((a) => !a.inheritedFrom === own)
    .map((a) => {
      const field = a.fieldName ? fields.get(a.fieldName) : undefined;
      return [code(a.name), code(a.fieldName), typeOf(a.type?.text ?? 'string'), defaultOf(a.default ?? field?.default), cell(a.description)];
    });
  return table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows);
}

function propertiesTable(d, own) {
  const rows = publicFields(d)
    .filter((m) => !m.attribute && !m.inheritedFrom === own)
    .map((m) => [code(m.name) + (m.readonly ? ' (read-only)' : ''), typeOf(m.type?.text), defaultOf(m.default), cell(m.description)]);
  return table(['Property', 'Type', 'Default', 'Description'], rows);
}

function eventsTable(d, own) {
  const rows = (d.events ?? []).filter((e) => !e.inheritedFrom === own).map((e) => [code(e.name), cell(e.description)]);
  return table(['Event', 'Description'], rows);
}

const partsTable = (d) => table(['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));
const cssPropsTable = (d) =>
  table(['Custom property', 'Description'], (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]));

/** One titled block, or nothing when its table is empty. */
const block = (title, body) => (body ? `**${title}**\n\n${body}` : '');

/** The Markdown that goes between the README's API markers. */
export function apiMarkdown(manifest) {
  const base = baseOf(manifest);
  const out = [];
  const sharedAttributes = (base?.attributes ?? []).map((a) => code(a.name)).join(', ');
  out.push(
    '### Every element',
    'Every element extends `ClinicElement` and so has these (see also [Shared attributes](#shared-attributes) and [Writing your own content](#writing-your-own-content)).',
    block('Attributes', attributesTable(base, true)),
    block('Properties', propertiesTable(base, true)),
    block('Events', eventsTable(base, true)),
  );
  for (const d of elementsOf(manifest)) {
    out.push(
      `### \`<${d.tagName}>\` reference`,
      [`\`${d.name}\`: ${oneLine(d.summary)}`, `Also takes every [shared attribute](#every-element): ${sharedAttributes}.`].join(' '),
      block('Attributes', attributesTable(d, true)),
      block('Properties', propertiesTable(d, true)),
      block('Events', eventsTable(d, true)),
      d.events?.some((e) => !e.inheritedFrom) ? 'And `clinic-content-error`, like every element.' : 'Events: only `clinic-content-error`, like every element.',
      block('CSS parts', partsTable(d)),
      block('CSS custom properties', cssPropsTable(d)),
    );
  }
  return out.filter(Boolean).join('\n\n');
}

/** The README with its API section replaced (only between the markers). */
export function withApiSection(readme, markdown) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n\n${markdown}\n\n${readme.slice(end)}`;
}

/**
 * VS Code custom data (`html.customData`): the kit's tags and attributes, with
 * the values of union attributes, for completion and hover in HTML files.
 */
export function vscodeData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((d) => ({
      name: d.tagName,
      description: oneLine([d.summary, d.events?.length ? `Events: ${d.events.map((e) => e.name).join(', ')}.` : ''].filter(Boolean).join(' ')),
      attributes: (d.attributes ?? []).map((a) => {
        const values = unionValues(a.type?.text);
        return {
          name: a.name,
          description: oneLine(a.description),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/**
 * What the demo's configurator needs: each element's tag, summary and
 * attributes (name, type, union values, default, description), straight from the manifest.
 */
export function demoManifest(manifest) {
  return elementsOf(manifest).map((d) => {
    const fields = new Map(publicFields(d).map((m) => [m.name, m]));
    return {
      tagName: d.tagName,
      name: d.name,
      summary: oneLine(d.summary),
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        fieldName: a.fieldName,
        type: a.type?.text ?? 'string',
        values: unionValues(a.type?.text),
        default: (a.default ?? (a.fieldName ? fields.get(a.fieldName)?.default : undefined))?.replace(/^'(.*)'$/, '$1'),
        description: oneLine(a.description),
        inherited: Boolean(a.inheritedFrom),
      })),
    };
  });
}

/** Writes dist/custom-elements.json and dist/vscode.html-custom-data.json. */
export function writeDist(manifest) {
  const dist = join(ROOT, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dist, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await analyze();
  writeDist(manifest);
  if (!process.argv.includes('--dist')) {
    const readme = readFileSync(README, 'utf8');
    const next = withApiSection(readme, apiMarkdown(manifest));
    if (next !== readme) writeFileSync(README, next);
    console.log(next === readme ? 'README.md API reference is up to date.' : 'README.md API reference updated.');
  }
  console.log('Wrote dist/custom-elements.json and dist/vscode.html-custom-data.json.');
}
