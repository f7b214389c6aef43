#!/usr/bin/env node
// The kit's command line: `clinic-widgets validate <pack.json>`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('clinic-widgets: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exit(main(process.argv.slice(2)));
