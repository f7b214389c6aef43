/**
 * `clinic-widgets validate <pack.json>…`: checks content packs against the
 * kit's schema. Prints every problem as `file:line:column  path: message`,
 * warns when a pack is past its review date, and exits 1 on any error.
 * A pack may be partial (the sections it has are checked on top of the
 * bundled pack for its locale, as the elements would use it).
 */
import { readFileSync } from 'node:fs';
import { parsePackText, resolvePack } from '../content/loader.js';
import { locate, positionsOf } from './json-position.js';

export { validatePack } from '../content/validate.js';

const USAGE = 'Usage: clinic-widgets validate <pack.json> [more.json…]';

export function validateFiles(files: string[], today = new Date().toISOString().slice(0, 10)): { output: string[]; errors: number } {
  const output: string[] = [];
  let errors = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      output.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      errors++;
      continue;
    }
    const parsed = parsePackText(text);
    if (!parsed.ok) {
      const m = /position (\d+)/.exec(parsed.issues[0]!.message);
      const before = m ? text.slice(0, Number(m[1])).split('\n') : [''];
      const where = { line: before.length, column: before[before.length - 1]!.length + 1 };
      output.push(...parsed.issues.map((i) => `${file}:${where.line}:${where.column}  ${i.path || '(pack)'}: ${i.message}`));
      errors += parsed.issues.length;
      continue;
    }
    const data = parsed.data as { meta?: { locale?: unknown; nextReview?: unknown } };
    const locale = typeof data?.meta?.locale === 'string' ? data.meta.locale : 'en';
    const result = resolvePack(parsed.data, locale);
    if (!result.ok) {
      const positions = positionsOf(text);
      for (const issue of result.issues) {
        const { line, column } = locate(positions, issue.path);
        output.push(`${file}:${line}:${column}  ${issue.path || '(pack)'}: ${issue.message}`);
      }
      errors += result.issues.length;
      continue;
    }
    const next = result.pack.meta.nextReview;
    if (typeof data?.meta?.nextReview === 'string' && next < today) {
      const { line, column } = locate(positionsOf(text), 'meta.nextReview');
      output.push(`${file}:${line}:${column}  warning: meta.nextReview: the review date ${next} has passed; review the content and update meta.lastReviewed and meta.nextReview`);
    }
    output.push(`${file}: valid`);
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
