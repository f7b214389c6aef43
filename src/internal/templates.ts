/**
 * Template pieces every element uses: headings at a chosen level, links to
 * sources, the "last reviewed" line. Pack strings are always rendered as
 * text bindings, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, Source } from '../content/schema.js';
import { safeWebUrl } from './url.js';
import type { LaterFill } from './later.js';

type Attr = string | typeof nothing;

/** One plain template per level: cheaper per heading than `lit/static-html.js` (no key built and looked up each time) and smaller. */
const HEADINGS: ((id: Attr, part: Attr, cls: Attr, content: unknown) => TemplateResult)[] = [
  (id, part, cls, content) => html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`,
  (id, part, cls, content) => html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`,
  (id, part, cls, content) => html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`,
  (id, part, cls, content) => html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`,
  (id, part, cls, content) => html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`,
  (id, part, cls, content) => html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`,
];

/** A real `<h1>`–`<h6>`; levels past 6 stay at 6. */
export function heading(level: number, content: unknown, attrs: { id?: string; part?: string; class?: string } = {}): TemplateResult {
  return HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!(attrs.id ?? nothing, attrs.part ?? nothing, attrs.class ?? nothing, content);
}

/** A label followed by a colon, in the reader's script: "Sources: " in English, "來源：" in Chinese. */
export function labelled(label: string, locale: string): string {
  return /^(zh|ja)\b/i.test(locale) ? `${label}：` : `${label}: `;
}

export { fill } from '../content/region.js';
/**
 * Joins the pieces of an accessible name with a space, except before
 * punctuation that carries its own (a colon, a full-width bracket or colon):
 * "Copy link: …", "預約（在新分頁開啟）".
 */
export function nameOf(...pieces: string[]): string {
  return pieces
    .filter(Boolean)
    .reduce((name, piece) => (!name ? piece : /^[\s:;,.\u3000-\u303f\uff00-\uffef]/.test(piece) ? name + piece : `${name} ${piece}`), '')
    .trim();
}

/** `text` in brackets after a label, in the reader's script: " (x)" in English, "（x）" in Chinese. */
export function aside(text: string, locale: string): string {
  return /^(zh|ja)\b/i.test(locale) ? `（${text}）` : ` (${text})`;
}

const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)\b/i;

/** The writing direction of a locale: the widgets set their own, so a right-to-left host page does not flip English text. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

const SPACED_NUMBER = /(\+?\d+(?:[ \u00a0:–-]\d+)+[,.)，。、）]?)/;

/**
 * Text with its spaced numbers ("2896 0000", "0800 0147 800"), times and
 * ranges ("9:00–18:00", "12–20") kept together, with a comma, full stop or
 * closing bracket right after (Chinese ones too): each moves to the next
 * line whole rather than wrap inside (a browser may break after a dash, and
 * before punctuation that follows a box).
 */
export function keepNumbers(text: string): string | unknown[] {
  if (!/\d[ \u00a0:–-]\d/.test(text)) return text;
  return text.split(SPACED_NUMBER).map((piece, i) => (i % 2 ? html`<span class="number">${piece}</span>` : piece));
}


/** The pack's sources with these ids, in the order the pack lists them. */
export function sourcesFor(pack: ContentPack, ids: Iterable<string>): Source[] {
  const wanted = new Set(ids);
  return pack.meta.sources.filter((s) => wanted.has(s.id));
}

/**
 * A link that opens in a new tab and says so to screen readers; plain text
 * when the URL is unsafe. `detail` is more text for screen readers only (a
 * source's title after its publisher). One flat template: FAQs repeat this
 * hundreds of times.
 */
export function externalLink(url: string, label: string, pack: ContentPack, what: string, part = 'link', detail = ''): TemplateResult {
  const href = safeWebUrl(url, what);
  if (!href) return html`<span part=${part}>${label}${detail ? html`<span class="visually-hidden">${detail}</span>` : nothing}</span>`;
  // The name is given whole: Chromium puts a space around visually hidden text ("Tommy's : …").
  return html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer" aria-label=${nameOf(label, detail, pack.ui.common.opensInNewTab)}
    >${label}<span class="visually-hidden">${nameOf(detail, pack.ui.common.opensInNewTab)}</span></a
  >`;
}

/** A list of sources as links: "Title, Publisher, Year". */
export function sourceList(pack: ContentPack, sources: Source[]): TemplateResult {
  return html`<ol class="source-list" part="source-list">
    ${sources.map(
      (s) =>
        html`<li>
          ${externalLink(s.url, s.title, pack, `meta.sources (${s.id}).url`, 'source-link')}<span class="source-meta"
            >, ${s.publisher}${s.year ? `, ${s.year}` : ''}</span
          >
        </li>`,
    )}
  </ol>`;
}

/** The key of the sources list in an element's {@link LaterFill} (never a question id: those have no `#`). */
const SOURCES = '#sources';

/**
 * The "Where this information comes from" disclosure with the cited
 * sources, named for its widget (`title`), as one page holds several. The
 * list inside the closed disclosure is filled after the first paint
 * (`later`), or at once when a reader opens it first.
 */
export function sourcesDisclosure(pack: ContentPack, ids: Iterable<string>, title: string, later: LaterFill): TemplateResult | typeof nothing {
  const sources = sourcesFor(pack, ids);
  if (!sources.length) return nothing;
  const toggle = pack.ui.common.sourcesToggle;
  // Named whole (the group and its toggle): visually hidden text would get a space before "（" in Chinese.
  const name = title ? nameOf(toggle, aside(title, pack.meta.locale)) : nothing;
  // Opened however it opens (a click, a key, a script), LaterFill fills the list before the next frame.
  return html`<details class="sources" part="sources" aria-label=${name}>
    <summary part="sources-summary" aria-label=${name}>${toggle}</summary>
    ${later.content(SOURCES, false, () => sourceList(pack, sources))}
  </details>`;
}


const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');

/**
 * A date from the pack (YYYY-MM-DD) in the reader's language, as
 * `Intl.DateTimeFormat(locale, { dateStyle: 'long' })` writes it. The two
 * bundled locales are written directly: the first `Intl.DateTimeFormat` of
 * a page loads locale data and costs more than rendering a whole card.
 */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale === 'en') return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
  if (/^zh\b/.test(locale)) return `${y}年${m}月${d}日`;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return isoDate;
  }
}

/** "Last reviewed: 1 November 2026"; nothing without a date (a custom pack that gives none). */
export function lastReviewed(pack: ContentPack, date: string | undefined, locale: string): TemplateResult | typeof nothing {
  if (!date) return nothing;
  return html`<p class="reviewed" part="reviewed">
    ${labelled(pack.ui.common.lastReviewed, locale)}<time datetime=${date}>${formatDate(date, locale)}</time>
  </p>`;
}
