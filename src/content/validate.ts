/**
 * Validation of content packs with messages a content author can act on:
 * every problem is named by its JSON path (`faq.items[3].question: required`).
 */
import * as z from 'zod/mini';
import { contentPackSchema, type ContentPack } from './schema.js';

/** One problem in a pack: where it is and what is wrong. */
export interface PackIssue {
  /** JSON path, e.g. `faq.items[3].question` (empty for the whole pack). */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; pack: ContentPack } | { ok: false; issues: PackIssue[] };

/** `['faq', 'items', 3, 'question']` → `faq.items[3].question`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Plain-language message for one zod issue (zod/mini ships no messages of its own). */
function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${issue.expected === 'array' ? 'a list' : issue.expected}, got ${describe(issue.input)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `must have at least ${min} ${plural(min, 'item', 'items')}`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array') return `must have at most ${max} ${plural(max, 'item', 'items')}`;
      return `must be at most ${max}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return (issue as { note?: string }).note === 'No matching discriminator' ? 'unknown block type (use "paragraph", "list" or "support")' : 'does not match any allowed form';
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message || 'invalid';
  }
}

/** Flattens zod issues into path-named problems, one per unknown key. */
export function toPackIssues(issues: readonly z.core.$ZodIssue[]): PackIssue[] {
  const out: PackIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: 'unknown key (check the spelling)' });
    } else {
      out.push({ path: formatPath(issue.path), message: message(issue) });
    }
  }
  return out;
}

/** Validates unknown data as a complete content pack. Never throws. */
export function validatePack(data: unknown): ValidationResult {
  const result = z.safeParse(contentPackSchema, data, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, issues: toPackIssues(result.error.issues) };
}

/** `path: message` lines, as the build, the CLI and console warnings print them. */
export function formatIssues(issues: readonly PackIssue[]): string {
  return issues.map((i) => `${i.path || '(pack)'}: ${i.message}`).join('\n');
}
