// Applies one case of tests/fixtures/invalid-packs.json to a copy of a pack.
// Plain JavaScript so the browser tests and the node tests share it.

// Missing objects on the way are created (the bundled packs have no `clinic`, a case may set `clinic.phone`).
const get = (obj, path) => path.reduce((o, k) => (o[k] ??= {}), obj);

/** @param {unknown} pack @param {import('./mutate.d.mts').InvalidCase} c */
export function applyCase(pack, c) {
  const copy = structuredClone(pack);
  const parent = get(copy, c.path.slice(0, -1));
  const key = c.path[c.path.length - 1];
  let value = c.from ? structuredClone(get(copy, c.from)) : c.value;
  // "@@N" stands for a string N characters long.
  if (typeof value === 'string' && /^@@\d+$/.test(value)) value = 'x'.repeat(Number(value.slice(2)));
  if (c.op === 'delete') delete parent[key];
  else if (c.op === 'push') parent[key].push(value);
  else parent[key] = value;
  return copy;
}
