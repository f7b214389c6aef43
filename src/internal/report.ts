/**
 * One story for every mistake an author can make (an invalid attribute or
 * page setting, a refused URL, an unknown id, a pack that cannot be used):
 * one console message per distinct mistake on the page, and a
 * `clinic-content-error` event from the element that a CMS preview or the
 * configurator can show next to the field.
 */
import { formatIssues, type PackIssue } from '../content/validate.js';

/** Detail of `clinic-content-error`. */
export interface ContentErrorDetail {
  /** Where the mistake is: the pack's URL, `#id` of its inline script, `pack property`, `attribute` or `page settings`. */
  source: string;
  /** The first problem's path: a JSON path in a pack (`faq.items[2].question`), an attribute (`emergency-number`), or `clinic`. */
  path: string;
  /** The first problem, in words. */
  message: string;
  /** Every problem, by path. */
  issues: PackIssue[];
}

/**
 * Reports an author's mistake the same way everywhere: one console warning
 * per distinct mistake on the page, and a `clinic-content-error` event from
 * this element (once per mistake) that a CMS preview can show by the field.
 */
export function reportMistake(el: HTMLElement, reported: Set<string>, source: string, issues: PackIssue[], severity: 'warn' | 'error' = 'warn'): void {
  if (!issues.length) return;
  const key = `${source}\n${formatIssues(issues)}`;
  if (reported.has(key)) return;
  reported.add(key);
  const said = ((globalThis as unknown as Record<symbol, Set<string>>)[Symbol.for('clinic-widgets.reported')] ??= new Set());
  if (!said.has(key)) {
    said.add(key);
    const shown = issues.slice(0, 5);
    const what =
      source === 'attribute'
        ? `<${el.localName}>`
        : source === 'page settings'
          ? 'The page settings'
          : `The content pack ${source} cannot be used, so the bundled content is shown`;
    console[severity](
      `[clinic-widgets] ${what}:\n` + formatIssues(shown) + (issues.length > shown.length ? `\n…and ${issues.length - shown.length} more` : ''),
    );
  }
  const { path, message } = issues[0]!;
  const detail: ContentErrorDetail = { source, path, message, issues };
  el.dispatchEvent(new CustomEvent('clinic-content-error', { detail, bubbles: true, composed: true }));
}

/** The issue for ids in an attribute (`items`, `open`, `categories`) the pack does not have: one wording for every element. */
export function unknownIdsIssue(attribute: string, unknown: readonly string[], known: Iterable<string>): PackIssue {
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');
  return { path: attribute, message: `no id ${list(unknown)} in the content; known ids: ${list(known)}` };
}

/** The issue for a value `src/internal/url.ts` would not link (its message starts with the attribute's name). */
export const urlIssue = (what: string, message: string): PackIssue => ({
  path: what,
  message: message.startsWith(`${what}: `) ? message.slice(what.length + 2) : message,
});

/** `heading-level` as a number from 1 to 6 (default 2), with the issue when it is not one. */
export function headingLevel(raw: string | number | null | undefined): { level: number; issue?: PackIssue } {
  if (raw == null || raw === '') return { level: 2 };
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= 6) return { level: n };
  return { level: 2, issue: { path: 'heading-level', message: `"${raw}" is not a whole number from 1 to 6; using 2` } };
}

/** The detail type of a kit event, from its name in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
