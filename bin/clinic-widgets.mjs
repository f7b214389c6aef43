#!/usr/bin/env node
// The kit's command line:
//   clinic-widgets validate <pack.json>…   checks content packs (dist/cli.js)
//   clinic-widgets render [page.html]      pre-renders the kit's elements in a page (dist/render.js)
import { existsSync } from 'node:fs';

const argv = process.argv.slice(2);
const file = argv[0] === 'render' ? 'render.js' : 'cli.js';
const module = new URL(`../dist/${file}`, import.meta.url);
if (!existsSync(module)) {
  console.error(`clinic-widgets: dist/${file} is missing; run \`npm run build\` first.`);
  process.exit(2);
}
const { main } = await import(module.href);
process.exitCode = await (file === 'render.js' ? main(argv.slice(1)) : main(argv));
