/**
 * The bundled content packs, validated on first use. Elements never parse
 * JSON: they ask this module for a typed pack for their locale.
 */
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import zhHant from '../../content/miscarriage/zh-Hant.json' with { type: 'json' };
import type { ContentPack } from './schema.js';
import { formatIssues, validatePack } from './validate.js';
import { resolveLocale } from './locale.js';

const BUNDLED: Readonly<Record<string, unknown>> = { en, 'zh-Hant': zhHant };

/** Locales with a bundled pack. */
export const BUNDLED_LOCALES: readonly string[] = Object.keys(BUNDLED);

const validated = new Map<string, ContentPack>();

/** The bundled pack for a language tag (resolved with {@link resolveLocale}). */
export function bundledPack(lang: string | null | undefined): ContentPack {
  const locale = resolveLocale(lang, BUNDLED_LOCALES);
  let pack = validated.get(locale);
  if (!pack) {
    const result = validatePack(BUNDLED[locale]);
    // The build refuses an invalid bundled pack, so this only guards a broken build.
    if (!result.ok) throw new Error(`[clinic-widgets] bundled pack "${locale}" is invalid:\n${formatIssues(result.issues)}`);
    pack = result.pack;
    validated.set(locale, pack);
  }
  return pack;
}
