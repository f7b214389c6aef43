/**
 * The bundled content packs. Elements never parse JSON: they ask this module
 * for a typed pack for their locale.
 *
 * The build validates every bundled pack with the same schema and refuses to
 * write the module if one is invalid (see vite.config.ts), so they are not
 * validated again in the visitor's browser: that would cost every page view
 * a few milliseconds to re-prove what the build proved. Packs from a page
 * (`src`, `pack`) are always validated at run time (see loader.ts).
 */
import en from '../../content/miscarriage/en.json' with { type: 'json' };
import zhHant from '../../content/miscarriage/zh-Hant.json' with { type: 'json' };
import type { ContentPack } from './schema.js';
import { resolveLocale } from './locale.js';

const BUNDLED = { en, 'zh-Hant': zhHant } as unknown as Readonly<Record<string, ContentPack>>;

/** Locales with a bundled pack. */
export const BUNDLED_LOCALES: readonly string[] = Object.keys(BUNDLED);

/** The bundled pack for a language tag (resolved with {@link resolveLocale}). Treat it as read-only. */
export function bundledPack(lang: string | null | undefined): ContentPack {
  return BUNDLED[resolveLocale(lang, BUNDLED_LOCALES)]!;
}
