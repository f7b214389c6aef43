// Content helpers shared by the benchmark's pages (in the browser) and by
// scripts/bench.mjs (in node): the same text for every variant, from one pack.
// No imports, so the browser loads it as it is from /bench/content.mjs.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML (text and attribute values). */
export const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** `{number}` and `{label}` as the kit fills them. */
export const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));

export const varsOf = (pack) => ({ number: pack.emergency.number, label: pack.emergency.label });

/**
 * `n` FAQ items from the pack's own, repeated in order with the copy number
 * appended to each id (`bleeding-normal-3`), so they stay valid for the
 * schema: ids match /^[a-z0-9-]+$/, categories and sources exist.
 */
export function faqItems(pack, n) {
  const base = pack.faq.items;
  return Array.from({ length: n }, (_, i) => {
    const item = base[i % base.length];
    return { ...item, id: `${item.id}-${Math.floor(i / base.length) + 1}` };
  });
}

/** A partial pack for `<clinic-faq>`'s `pack` property: the FAQ section with `n` items. */
export const faqPack = (pack, n) => ({ faq: { ...pack.faq, items: faqItems(pack, n) } });

/** The sources of an item, in pack order. */
export const sourcesOf = (pack, ids) => pack.meta.sources.filter((s) => ids.includes(s.id));

/** One answer (paragraphs and lists; a region's support lines are none without a region, as in the kit), then its "Sources:" line, as HTML. */
export function answerHtml(pack, item, vars = varsOf(pack)) {
  const blocks = item.answer
    .filter((b) => b.type !== 'support')
    .map((b) => (b.type === 'paragraph' ? `<p>${esc(fill(b.text, vars))}</p>` : `<ul>${b.items.map((li) => `<li>${esc(fill(li, vars))}</li>`).join('')}</ul>`))
    .join('');
  const links = sourcesOf(pack, item.sources)
    .map((s) => `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.publisher)}${s.year ? `, ${s.year}` : ''}<span class="visually-hidden">: ${esc(s.title)}</span></a>`)
    .join('; ');
  return `${blocks}<p class="answer-sources">${esc(pack.ui.common.sources)}: ${links}</p>`;
}

/** The "Last reviewed" line and the sources disclosure, as every widget ends. */
export function metaHtml(pack, ids) {
  const date = new Intl.DateTimeFormat(pack.meta.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${pack.meta.lastReviewed}T00:00:00Z`));
  const list = sourcesOf(pack, ids)
    .map((s) => `<li><a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.title)}</a>, ${esc(s.publisher)}${s.year ? `, ${s.year}` : ''}</li>`)
    .join('');
  return `<div class="meta"><p class="reviewed">${esc(pack.ui.common.lastReviewed)}: <time datetime="${pack.meta.lastReviewed}">${esc(date)}</time></p>${
    list ? `<details class="sources"><summary>${esc(pack.ui.common.sourcesToggle)}</summary><ol>${list}</ol></details>` : ''
  }</div>`;
}

/**
 * The FAQ as `tag` elements: `<sl-details summary="…">` for Shoelace,
 * `<details><summary>` for static HTML. Title, intro, every question with its
 * answer and sources line, review date and sources: the text `<clinic-faq>` shows.
 */
export function faqHtml(pack, items, { tag = 'details', level = 2 } = {}) {
  const vars = varsOf(pack);
  const questions = items
    .map((item) =>
      tag === 'sl-details'
        ? `<sl-details summary="${esc(item.question)}" id="faq-${item.id}">${answerHtml(pack, item, vars)}</sl-details>`
        : `<details class="faq-item" id="faq-${item.id}"><summary>${esc(item.question)}</summary><div class="answer">${answerHtml(pack, item, vars)}</div></details>`,
    )
    .join('\n');
  const cited = [...new Set(items.flatMap((q) => q.sources))];
  return `<section class="card faq" aria-labelledby="faq-title"><h${level} id="faq-title">${esc(pack.faq.title)}</h${level}>${
    pack.faq.intro ? `<p class="intro">${esc(pack.faq.intro)}</p>` : ''
  }<div class="items">\n${questions}\n</div>${metaHtml(pack, cited)}</section>`;
}
