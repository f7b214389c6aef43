/** Parsing of attribute values shared by the elements. */

/** `"a, b,,a"` → `['a', 'b']`: the ids of a comma-separated attribute, trimmed, without blanks or repeats. */
export const idList = (value: string | null | undefined): string[] => [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
