/** Locale resolution: which bundled pack serves an element. */

/**
 * The language that applies to `el`: its own `lang`, else the closest
 * ancestor's (crossing shadow roots, so an element inside another
 * component's shadow DOM still follows the page), else the document's.
 */
export function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    // Duck-typed, so this also runs in Node when pre-rendering (Lit's server DOM has no Element class).
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return '';
}

/**
 * Maps a BCP 47 tag onto one of `available` (bundled locales). Chinese written
 * in Traditional characters (`zh-Hant`, and the regions that use it: Hong Kong,
 * Macau, Taiwan) maps to `zh-Hant`; a tag that matches by language maps to
 * that language; anything else falls back to `en`.
 */
export function resolveLocale(tag: string | null | undefined, available: readonly string[]): string {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const find = (t: string) => available.find((a) => a.toLowerCase() === t);
  if (/^zh-(hant|hk|mo|tw)(-|$)/.test(wanted)) return find('zh-hant') ?? 'en';
  return find(wanted) ?? find(wanted.split('-')[0] ?? '') ?? 'en';
}
