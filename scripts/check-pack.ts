// Quick check of pack files during development, without a build: npx tsx scripts/check-pack.ts content/miscarriage/en.json
// The same checker as `clinic-widgets validate` (src/cli/validate.ts).
import { main } from '../src/cli/validate.ts';

process.exit(main(['validate', ...process.argv.slice(2)]));
