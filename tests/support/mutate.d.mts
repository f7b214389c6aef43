export interface InvalidCase {
  rule: string;
  op: 'set' | 'delete' | 'push';
  path: (string | number)[];
  value?: unknown;
  from?: (string | number)[];
  expect: string;
  /** false where JSON Schema cannot say the rule (cross-references, partial packs). */
  jsonSchema?: boolean;
}
export function applyCase(pack: unknown, c: InvalidCase): unknown;
