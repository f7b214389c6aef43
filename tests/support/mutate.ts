// Applies one case of tests/fixtures/invalid-packs.json to a copy of a pack.
export interface InvalidCase {
  rule: string;
  op: 'set' | 'delete' | 'push';
  path: (string | number)[];
  value?: unknown;
  from?: (string | number)[];
  expect: string;
}

const get = (obj: any, path: (string | number)[]) => path.reduce((o, k) => o[k], obj);

export function applyCase(pack: unknown, c: InvalidCase): unknown {
  const copy = structuredClone(pack) as any;
  const parent = get(copy, c.path.slice(0, -1));
  const key = c.path[c.path.length - 1]!;
  let value = c.from ? structuredClone(get(copy, c.from)) : c.value;
  // "@@N" stands for a string N characters long.
  if (typeof value === 'string' && /^@@\d+$/.test(value)) value = 'x'.repeat(Number(value.slice(2)));
  if (c.op === 'delete') delete parent[key];
  else if (c.op === 'push') parent[key].push(value);
  else parent[key] = value;
  return copy;
}
