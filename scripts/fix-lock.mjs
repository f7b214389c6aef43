// The npm registry reachable here serves only the rollup binary for this
// platform, so `npm install` leaves rollup's other optional platform packages
// out of package-lock.json, and `npm ci` then refuses the lock as out of sync.
// This adds lock entries for them (with their os/cpu, so npm ci skips them on
// other platforms). Run it after any `npm install`: node scripts/fix-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(pkgs)) {
  if (!/(^|\/)node_modules\/rollup$/.test(key)) continue;
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    if (pkgs[at] || !name.startsWith('@rollup/rollup-')) continue;
    const [os, cpu, libc] = name.slice('@rollup/rollup-'.length).split('-');
    pkgs[at] = { version: entry.version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
    if (libc) pkgs[at].libc = [libc.includes('musl') ? 'musl' : 'glibc'];
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
