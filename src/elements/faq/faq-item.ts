/**
 * One FAQ question as rendered: a real `<button>` in a heading, its answer
 * panel (blocks, the region's support lines, sources, "Copy link").
 * Pack strings are text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { AnswerBlock, ContentPack, FaqItem, SupportLine } from '../../content/schema.js';
import { icons } from '../../internal/icons.js';
import { externalLink, heading, keepNumbers, labelled, sourcesFor } from '../../internal/templates.js';
import { telHref } from '../../internal/url.js';
import type { Entry } from './faq-model.js';

/**
 * One question. Only the wrapper's `hidden` depends on the search, so a
 * keystroke with a thousand questions touches one binding per question:
 * the rest is behind `guard` and re-rendered only when it changes.
 */
export function renderItem(e: Entry, ctx: ItemContext, visible: boolean): TemplateResult {
  const { item } = e;
  const id = item.id;
  const open = ctx.openIds.has(id);
  const copied = ctx.copiedId === id;
  return html`<div class="item" part="item" id="faq-${id}" ?hidden=${!visible}>
    ${guard([item, ctx.pack, ctx.level, ctx.region, ctx.untilFound, ctx.canCopy, ctx.support, open, copied], () => {
      return html`${heading(
          ctx.level,
          html`<button
            type="button"
            class="question"
            part="question"
            id="faq-${id}-q"
            data-id=${id}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="faq-${id}-panel"
            @click=${ctx.onQuestionClick}
          >
            <span class="question-text">${item.question}</span><span class="chevron" part="chevron">${icons.chevronDown}</span>
          </button>`,
          { class: 'question-heading', part: 'question-heading' },
        )}
        <div
          class="panel"
          part="answer"
          id="faq-${id}-panel"
          data-id=${id}
          role=${ctx.region ? 'region' : nothing}
          aria-labelledby=${ctx.region ? `faq-${id}-q` : nothing}
          hidden=${open ? nothing : ctx.untilFound ? 'until-found' : ''}
          @beforematch=${ctx.onBeforeMatch}
        >
          ${ctx.answer(id, open, () => renderAnswer(item, ctx, open, copied))}
        </div>`;
    })}
  </div>`;
}

/** An answer panel's content: its blocks, its sources and, when open, "Copy link". */
function renderAnswer(item: FaqItem, ctx: ItemContext, open: boolean, copied: boolean): TemplateResult {
  const ui = ctx.pack.ui;
  const id = item.id;
  return html`<div class="answer">
    ${item.answer.map((b) => renderBlock(b, ctx))}
    <div class="answer-footer">
      ${answerSources(ctx.pack, item)}
      ${ctx.canCopy && open
        ? html`<button
            type="button"
            class="copy-link"
            part="copy-link"
            data-id=${id}
            aria-label=${labelled(copied ? ui.faq.linkCopied : ui.faq.copyLink, ctx.pack.meta.locale) + item.question}
            @click=${ctx.onCopyLink}
          >
            ${copied ? icons.check : icons.link}<span
              >${copied ? ui.faq.linkCopied : ui.faq.copyLink}<span class="visually-hidden">: ${item.question}</span></span
            >
          </button>`
        : nothing}
    </div>
  </div>`;
}

/** One answer block: a paragraph, a list, or the region's support lines (nothing where it has none). */
function renderBlock(b: AnswerBlock, ctx: ItemContext): TemplateResult | typeof nothing {
  if (b.type === 'paragraph') return html`<p>${keepNumbers(b.text)}</p>`;
  if (b.type === 'list') return html`<ul>${b.items.map((li) => html`<li>${keepNumbers(li)}</li>`)}</ul>`;
  if (!ctx.support.length) return nothing;
  return html`<p>${b.intro}</p>
    <ul class="support" part="support">
      ${ctx.support.map((line) => {
        const tel = line.phone ? telHref(line.phone, 'regions.support.phone') : undefined;
        return html`<li>
          ${line.url ? externalLink(line.url, line.name, ctx.pack, 'regions.support.url') : line.name}${line.phone
            ? html`, ${tel ? html`<a href=${tel} class="tel"><span class="number">${line.phone}</span></a>` : line.phone}`
            : nothing}${line.hours ? `, ${line.hours}` : nothing}
        </li>`;
      })}
    </ul>`;
}

/**
 * The "Sources:" line under an answer: publisher and year as the visible
 * link text, the title for screen readers. Built only when its question's
 * `guard` lets it (not on a search keystroke); a URL check costs about 1 µs.
 */
function answerSources(pack: ContentPack, item: FaqItem): TemplateResult | typeof nothing {
  const sources = sourcesFor(pack, item.sources);
  return sources.length
    ? html`<p class="answer-sources" part="answer-sources">
        <span class="answer-sources-label">${labelled(pack.ui.common.sources, pack.meta.locale).trimEnd()}</span>
        ${sources.map(
          (s, i) =>
            html`${i ? '; ' : ''}${externalLink(
              s.url,
              `${s.publisher}${s.year ? `, ${s.year}` : ''}`,
              pack,
              `meta.sources (${s.id}).url`,
              'answer-source-link',
              `: ${s.title}`,
            )}`,
        )}
      </p>`
    : nothing;
}

export interface ItemContext {
  pack: ContentPack;
  /** Heading level of the questions. */
  level: number;
  region: boolean;
  untilFound: boolean;
  canCopy: boolean;
  /** The region's support lines after a loss (none where none is verified). */
  support: readonly SupportLine[];
  openIds: ReadonlySet<string>;
  /** An answer's content: at once when open, else maybe filled after the first paint (src/internal/later.ts). */
  answer: (id: string, open: boolean, content: () => unknown) => unknown;
  copiedId: string | undefined;
  onQuestionClick: (event: Event) => void;
  onBeforeMatch: (event: Event) => void;
  onCopyLink: (event: Event) => void;
}

