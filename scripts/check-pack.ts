// Quick check of pack files during development: npx tsx scripts/check-pack.ts content/miscarriage/en.json
import { readFileSync } from 'node:fs';
import { validatePack, formatIssues } from '../src/content/validate.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) console.log(`${file}: valid`);
  else {
    failed = true;
    console.log(`${file}:\n${formatIssues(result.issues)}`);
  }
}
process.exit(failed ? 1 : 0);
