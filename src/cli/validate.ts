/**
 * `clinic-widgets validate <pack.json>…`: checks content packs against the
 * kit's schema. Prints every problem as `file:line:column  path: message`,
 * warns when a pack is past its review date, and exits 1 on any error.
 * A pack may be partial (the sections it has are checked on top of the
 * bundled pack for its locale, as the elements would use it).
 */
import { readFileSync } from 'node:fs';
import { parsePackText, resolvePack } from '../content/loader.js';
import { validatePack } from '../content/validate.js';
import { locate, positionsOf } from './json-position.js';

export { validatePack };

const USAGE = 'Usage: clinic-widgets validate <pack.json> [more.json…]\n       clinic-widgets render [page.html] [--base <folder or URL>] [--csp]';

/** What one pack file's check found: problems (each `file:line:column  path: message`) and warnings. */
export interface PackFileCheck {
  errors: string[];
  warnings: string[];
}

/**
 * Checks one pack file, the one pack checker that the command line, the build
 * (on the bundled packs) and `scripts/check-pack.ts` share. A pack may be
 * partial, unless `complete` (as a bundled pack must be, having nothing
 * under it).
 */
export function checkPackFile(file: string, { complete = false, today = new Date().toISOString().slice(0, 10) } = {}): PackFileCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    errors.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return { errors, warnings };
  }
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const m = /position (\d+)/.exec(parsed.issues[0]!.message);
    const before = m ? text.slice(0, Number(m[1])).split('\n') : [''];
    const where = { line: before.length, column: before[before.length - 1]!.length + 1 };
    errors.push(...parsed.issues.map((i) => `${file}:${where.line}:${where.column}  ${i.path || '(pack)'}: ${i.message}`));
    return { errors, warnings };
  }
  const data = parsed.data as { meta?: { locale?: unknown; nextReview?: unknown } };
  const locale = typeof data?.meta?.locale === 'string' ? data.meta.locale : 'en';
  const result = complete ? validatePack(parsed.data) : resolvePack(parsed.data, locale);
  if (!result.ok) {
    const positions = positionsOf(text);
    for (const issue of result.issues) {
      const { line, column } = locate(positions, issue.path);
      errors.push(`${file}:${line}:${column}  ${issue.path || '(pack)'}: ${issue.message}`);
    }
    return { errors, warnings };
  }
  const next = result.pack.meta.nextReview;
  if (typeof data?.meta?.nextReview === 'string' && next < today) {
    const { line, column } = locate(positionsOf(text), 'meta.nextReview');
    warnings.push(`${file}:${line}:${column}  warning: meta.nextReview: the review date ${next} has passed; review the content and update meta.lastReviewed and meta.nextReview`);
  }
  return { errors, warnings };
}

export function validateFiles(files: string[], today = new Date().toISOString().slice(0, 10)): { output: string[]; errors: number } {
  const output: string[] = [];
  let errors = 0;
  for (const file of files) {
    const check = checkPackFile(file, { today });
    output.push(...check.errors, ...check.warnings);
    if (!check.errors.length) output.push(`${file}: valid`);
    errors += check.errors.length;
  }
  return { output, errors };
}

export function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const { output, errors } = validateFiles(files);
  for (const line of output) (line.includes(': valid') || line.includes('warning:') ? console.log : console.error)(line);
  if (errors) console.error(`${errors} problem${errors === 1 ? '' : 's'} found.`);
  return errors ? 1 : 0;
}
