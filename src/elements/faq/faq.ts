import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { idList } from '../../internal/attributes.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { defineElement } from '../../internal/define.js';
import { icons } from '../../internal/icons.js';
import { JsonLdController } from '../../internal/json-ld.js';
import { baseStyles } from '../../internal/styles.js';
import { dirOf, externalLink, fill, heading, keepNumbers, labelled, lastReviewed, sourcesDisclosure, sourcesFor } from '../../internal/templates.js';
import type { AnswerBlock, ContentPack, FaqItem, SupportLine } from '../../content/schema.js';
import { telHref } from '../../internal/url.js';
import { faqStyles } from './faq.styles.js';

/** Detail of `clinic-faq-toggle`. */
export interface ClinicFaqToggleDetail {
  /** The pack id of the question. */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
}

/** A shown question, with its text prepared once per content change for searching and JSON-LD. */
interface Entry {
  item: FaqItem;
  /** The answer as plain text: blocks and list items one per line. */
  plain: string;
  /** Question and answer, normalised and lower-cased for matching. */
  haystack: string;
}

interface Model {
  key: string;
  pack: ContentPack;
  entries: Entry[];
  /** Source ids cited by the shown questions. */
  cited: string[];
}

/**
 * APG: `role="region"` on panels helps when there are few of them, and
 * becomes landmark noise when there are many. Up to this many shown
 * questions, each panel is a region named by its question.
 */
const REGION_LIMIT = 6;

/**
 * Past this many questions, each one skips layout and paint while off
 * screen (content-visibility: auto), so revealing hundreds of search
 * results stays within a frame. Short lists do not need it.
 */
const LONG_LIST = 50;

/** How long the search waits for typing to pause before announcing the count. */
const ANNOUNCE_DELAY = 300;

/** Browsers that fire `beforematch` reveal `hidden="until-found"` content to find-in-page; others get plain `hidden`. */
const supportsUntilFound = () => typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

const normalise = (text: string, locale: string): string => text.normalize('NFKC').toLocaleLowerCase(locale);

/** A support line as one line of text: "Caritas Life Hope, 2852 5222, 24 hours". */
const supportText = (line: SupportLine): string => [line.name, line.phone, line.hours].filter(Boolean).join(', ');

/** A block's text for search and JSON-LD; a support block is empty where the region has no line. */
const blockText = (block: AnswerBlock, support: readonly SupportLine[]): string =>
  block.type === 'paragraph'
    ? block.text
    : block.type === 'list'
      ? block.items.join('\n')
      : support.length
        ? [block.intro, ...support.map(supportText)].join('\n')
        : '';

/**
 * Questions people often ask, as an accordion that follows the WAI-ARIA
 * Authoring Practices: each question is a `<button>` alone in a heading,
 * with `aria-expanded` and `aria-controls` pointing at its answer. Arrow
 * keys, Home and End move between questions. Closed answers are
 * `hidden="until-found"` where supported, so find-in-page still reaches
 * them, and every answer prints open.
 *
 * Each question has a stable anchor `faq-<id>`: a page URL ending in
 * `#faq-<id>` opens that question, scrolls to it and focuses it.
 *
 * @summary Searchable FAQ accordion with deep links, print and find-in-page support.
 *
 * @fires clinic-faq-toggle - The reader opened or closed a question (a click, a key, expand or collapse all, or find-in-page revealing it). `detail: { id, open }`. Not fired when attributes change or a deep link opens one.
 *
 * @csspart base - The card.
 * @csspart title - The card's heading.
 * @csspart intro - The introduction under the heading.
 * @csspart tools - The row with the search box and the expand-all button.
 * @csspart search - The search box with its label and clear button.
 * @csspart search-label - The search box's label.
 * @csspart search-input - The `<input type="search">`.
 * @csspart clear-button - The button that clears the search.
 * @csspart expand-all - The button that shows or hides every answer.
 * @csspart empty - The message shown when no question matches the search.
 * @csspart items - The list of questions.
 * @csspart item - Each question with its answer; the element's `id` is `faq-<id>`.
 * @csspart question-heading - The heading around each question button.
 * @csspart question - Each question button.
 * @csspart chevron - The open/closed indicator in each question button.
 * @csspart answer - Each answer panel.
 * @csspart answer-sources - The "Sources" line under each answer.
 * @csspart answer-source-link - Each link in that line.
 * @csspart copy-link - The "Copy link" button under each open answer.
 * @csspart meta - The block with the review date and sources.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart sources - The sources disclosure (`<details>`).
 *
 * @cssprop --clinic-faq-question-color - Text colour of the questions (defaults to `--clinic-color-text`).
 * @cssprop --clinic-faq-question-hover-background - Background of a question under the pointer (defaults to `--clinic-color-surface`).
 * @cssprop --clinic-faq-separator-color - The lines between questions (defaults to `--clinic-color-border`).
 */
export class ClinicFaq extends ClinicElement {
  static override styles = [baseStyles, faqStyles];

  protected static override sections = ['faq', 'emergency', 'regions', 'ui'] as const;

  /** Comma-separated question ids: show only these, in this order. */
  @property() items?: string;
  /** A category id: show only that category's questions. */
  @property() category?: string;
  /** Opening one question closes the others. */
  @property({ type: Boolean }) single = false;
  /** Comma-separated question ids whose answers are open at the start (and whenever this changes). */
  @property() open?: string;
  /** Adds a search box that filters questions and answers as the reader types. */
  @property({ type: Boolean }) searchable = false;
  /** Adds one FAQPage JSON-LD script for the shown questions, as a child of the element where search engines read it (attribute `structured-data`). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private _openIds: ReadonlySet<string> = new Set();
  @state() private _query = '';
  @state() private _status = '';
  @state() private _copiedId: string | undefined;

  private _model?: Model;
  /** Ids matching the search, or undefined when every shown question is visible. */
  private _matches?: ReadonlySet<string>;
  /** The model `_matches` was computed for. */
  private _matchesFor?: Model;
  private _hashTarget?: string;
  private _focusTarget?: string;
  private readonly _jsonLd = new JsonLdController(this);
  /** The model the JSON-LD was last built from. */
  private _ldModel?: Model;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _copiedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    // The page loaded with #faq-<id>. Only the first time: moving the element later must not steal focus.
    if (!this.hasUpdated) this._hashTarget = this._idFromHash();
    // Also re-adds the JSON-LD script when the element is moved.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    clearTimeout(this._announceTimer);
    clearTimeout(this._copiedTimer);
    // The controller removes the script; it is built again if the element comes back.
    this._ldModel = undefined;
  }

  /** The shown questions (after `items` and `category`), with their search text; rebuilt only when those inputs change. */
  private get model(): Model {
    const pack = this.content;
    const support = this.contentController.region?.support ?? [];
    const key = [this.locale, this.items ?? '', this.category ?? '', this.contentController.regionCode ?? ''].join('\u0000');
    if (this._model?.pack === pack && this._model.key === key) return this._model;

    const all = pack.faq.items;
    let chosen = all;
    const wanted = idList(this.items);
    if (wanted.length) {
      const byId = new Map(all.map((q) => [q.id, q]));
      const unknown = wanted.filter((id) => !byId.has(id));
      this.reportUnknownIds('items', unknown, byId.keys());
      const found = wanted.flatMap((id) => byId.get(id) ?? []);
      if (found.length) chosen = found;
    }
    const category = this.category?.trim();
    if (category) {
      if (pack.faq.categories.some((c) => c.id === category)) {
        chosen = chosen.filter((q) => q.category === category);
      } else {
        this.reportUnknownIds('category', [category], pack.faq.categories.map((c) => c.id));
      }
    }

    const locale = this.locale;
    const entries = chosen.map((item) => {
      const plain = item.answer.map((b) => blockText(b, support)).join('\n');
      return { item, plain, haystack: normalise(`${item.question}\n${plain}`, locale) };
    });
    this._model = { key, pack, entries, cited: [...new Set(chosen.flatMap((q) => q.sources))] };
    return this._model;
  }

  /** The shown questions the search leaves visible. */
  private get visibleEntries(): Entry[] {
    const matches = this._matches;
    const entries = this.model.entries;
    return matches ? entries.filter((e) => matches.has(e.item.id)) : entries;
  }

  override willUpdate(changed: PropertyValues): void {
    // The base class resolves a custom pack (src, pack) here, before the model reads this.content.
    super.willUpdate(changed);
    const model = this.model;
    const shown = new Set(model.entries.map((e) => e.item.id));

    if (changed.has('open')) {
      const known = new Set(model.pack.faq.items.map((q) => q.id));
      const ids = idList(this.open);
      const unknown = ids.filter((id) => !known.has(id));
      this.reportUnknownIds('open', unknown, known);
      this._openIds = new Set(ids.filter((id) => known.has(id)));
    }

    let queryChanged = changed.has('_query') || changed.has('searchable');
    if (this._hashTarget !== undefined) {
      const id = this._hashTarget;
      this._hashTarget = undefined;
      if (shown.has(id)) {
        // A deep link to a question the search hides clears the search, or it could not be shown.
        if (this._matches && !this._matches.has(id)) {
          clearTimeout(this._announceTimer);
          this._query = '';
          this._status = '';
          queryChanged = true;
        }
        this._openIds = new Set(this.single ? [id] : [...this._openIds, id]);
        this._focusTarget = id;
      }
    }

    if (this.single && this._openIds.size > 1) {
      // Keep the first open one in reading order.
      const first = model.entries.find((e) => this._openIds.has(e.item.id));
      this._openIds = new Set(first ? [first.item.id] : []);
    }

    const query = this.searchable ? this._query : '';
    if (queryChanged || this._matchesFor !== model) {
      this._matchesFor = model;
      const terms = normalise(query, this.locale).split(/\s+/).filter(Boolean);
      this._matches = terms.length ? new Set(model.entries.filter((e) => terms.every((t) => e.haystack.includes(t))).map((e) => e.item.id)) : undefined;
    }
  }

  override render(): TemplateResult {
    const pack = this.content;
    const ui = pack.ui.faq;
    const level = this.level;
    const model = this.model;
    const visible = this.visibleEntries;
    const query = this.searchable ? this._query : '';
    const allOpen = visible.length > 0 && visible.every((e) => this._openIds.has(e.item.id));
    const ctx: ItemContext = {
      pack,
      level: Math.min(level + 1, 6),
      region: model.entries.length <= REGION_LIMIT,
      untilFound: supportsUntilFound(),
      canCopy: typeof navigator !== 'undefined' && !!navigator.clipboard,
      support: this.contentController.region?.support ?? [],
    };
    const showTools = this.searchable || !this.single;

    return html`<article part="base" class="base" lang=${this.locale} dir=${dirOf(this.locale)} aria-labelledby="title">
      ${heading(level, pack.faq.title, { id: 'title', part: 'title', class: 'title' })}
      ${pack.faq.intro ? html`<p class="intro" part="intro">${pack.faq.intro}</p>` : nothing}
      ${showTools
        ? html`<div class="tools" part="tools">
            ${this.searchable
              ? html`<div class="search" part="search">
                  <label for="search" part="search-label">${ui.searchLabel}</label>
                  <div class="search-field">
                    ${icons.search}
                    <input
                      id="search"
                      type="search"
                      part="search-input"
                      autocomplete="off"
                      enterkeyhint="search"
                      placeholder=${ui.searchPlaceholder}
                      aria-controls="items"
                      .value=${live(query)}
                      @input=${this._onInput}
                    />
                    <button type="button" class="pill tool clear" part="clear-button" ?hidden=${!query} @click=${this._onClear}>
                      ${ui.clearSearch}
                    </button>
                  </div>
                </div>`
              : nothing}
            ${this.single
              ? nothing
              : html`<button type="button" class="pill tool expand-all" part="expand-all" ?hidden=${!visible.length} @click=${this._onExpandAll}>
                  ${allOpen ? ui.collapseAll : ui.expandAll}
                </button>`}
          </div>`
        : nothing}
      ${query && !visible.length ? html`<p class="empty" part="empty">${ui.noMatches}</p>` : nothing}
      <div class="items ${model.entries.length > LONG_LIST ? 'long' : ''}" part="items" id="items" ?hidden=${!visible.length} @keydown=${this._onKeydown}>
        ${repeat(
          model.entries,
          (e) => e.item.id,
          (e) => this._renderItem(e, ctx, !this._matches || this._matches.has(e.item.id)),
        )}
      </div>
      <div class="meta" part="meta">${lastReviewed(pack, this.locale)} ${sourcesDisclosure(pack, model.cited, pack.faq.title)}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._status}</div>
    </article>`;
  }

  /**
   * One question. Only the wrapper's `hidden` depends on the search, so a
   * keystroke with a thousand questions touches one binding per question:
   * the rest is behind `guard` and re-rendered only when it changes.
   */
  private _renderItem(e: Entry, ctx: ItemContext, visible: boolean): TemplateResult {
    const { item } = e;
    const id = item.id;
    const open = this._openIds.has(id);
    const copied = this._copiedId === id;
    return html`<div class="item" part="item" id="faq-${id}" ?hidden=${!visible}>
      ${guard([item, ctx.pack, ctx.level, ctx.region, ctx.untilFound, ctx.canCopy, ctx.support, open, copied], () => {
        const ui = ctx.pack.ui;
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
              @click=${this._onQuestionClick}
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
            @beforematch=${this._onBeforeMatch}
          >
            <div class="answer">
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
                      @click=${this._onCopyLink}
                    >
                      ${copied ? icons.check : icons.link}<span
                        >${copied ? ui.faq.linkCopied : ui.faq.copyLink}<span class="visually-hidden">: ${item.question}</span></span
                      >
                    </button>`
                  : nothing}
              </div>
            </div>
          </div>`;
      })}
    </div>`;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusTarget) {
      const id = this._focusTarget;
      this._focusTarget = undefined;
      // The browser does not look inside shadow roots for the fragment, so the element scrolls and focuses itself.
      this.renderRoot.querySelector(`[id="faq-${id}"]`)?.scrollIntoView({ block: 'start' });
      this.renderRoot.querySelector<HTMLElement>(`[id="faq-${id}-q"]`)?.focus({ preventScroll: true });
    }
    this._syncStructuredData();
  }

  /** Opens or closes one question for the reader, keeping `single`, and fires one event per question that changed (the opened one first). */
  private _setOpen(ids: string[], open: boolean): void {
    const next = new Set(this._openIds);
    const changes: ClinicFaqToggleDetail[] = [];
    for (const id of ids) {
      if (next.has(id) === open) continue;
      if (open) next.add(id);
      else next.delete(id);
      changes.push({ id, open });
    }
    if (open && this.single) {
      for (const other of [...next]) {
        if (ids.includes(other)) continue;
        next.delete(other);
        changes.push({ id: other, open: false });
      }
    }
    if (!changes.length) return;
    this._openIds = next;
    for (const detail of changes) this.emit('clinic-faq-toggle', detail);
  }

  private _onQuestionClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this._setOpen([id], !this._openIds.has(id));
  }

  /** Find in page found text in a closed answer: the browser shows it, and the element records it as open. */
  private _onBeforeMatch(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this._setOpen([id], true);
  }

  private _onExpandAll(): void {
    const visible = this.visibleEntries.map((e) => e.item.id);
    const allOpen = visible.every((id) => this._openIds.has(id));
    this._setOpen(visible, !allOpen);
  }

  /** APG accordion keys: arrows move between questions (wrapping), Home and End to the ends. Enter and Space are the button's own. */
  private _onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('question') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question')];
    const at = buttons.indexOf(target as HTMLButtonElement);
    const n = buttons.length;
    if (at < 0) return;
    const next = { ArrowDown: (at + 1) % n, ArrowUp: (at - 1 + n) % n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]!.focus();
  }

  private _onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    // Announce once typing pauses, so a screen reader is not flooded with counts.
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => this._announceCount(), ANNOUNCE_DELAY);
  }

  private _announceCount(): void {
    if (!this.searchable || !this._query.trim()) {
      this._status = '';
      return;
    }
    const count = this.visibleEntries.length;
    const ui = this.content.ui.faq;
    const one = new Intl.PluralRules(this.locale).select(count) === 'one';
    this._status = fill(one ? ui.matchesOne : ui.matchesMany, { count });
  }

  private async _onClear(): Promise<void> {
    clearTimeout(this._announceTimer);
    this._query = '';
    this._status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private async _onCopyLink(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    const url = `${location.href.split('#')[0]}#faq-${id}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No permission or no clipboard: the page stays as it was; the address bar link still works.
      return;
    }
    this._copiedId = id;
    void this._announce(this.content.ui.faq.linkCopied);
    clearTimeout(this._copiedTimer);
    this._copiedTimer = setTimeout(() => (this._copiedId = undefined), 2500);
  }

  /** Says a message in the polite live region, again even if it is the same as last time. */
  private async _announce(message: string): Promise<void> {
    clearTimeout(this._announceTimer);
    this._status = '';
    await this.updateComplete;
    this._status = message;
  }

  private _idFromHash(): string | undefined {
    const hash = location.hash;
    if (!hash.startsWith('#faq-')) return undefined;
    try {
      return decodeURIComponent(hash.slice(5));
    } catch {
      return undefined;
    }
  }

  private _onHashChange = (): void => {
    this._hashTarget = this._idFromHash();
    if (this._hashTarget) this.requestUpdate();
  };

  /**
   * The FAQPage JSON-LD (one script in the element's light DOM, where search
   * engines read it), kept in step with the shown questions: not the search,
   * which is one reader's view.
   */
  private _syncStructuredData(): void {
    if (!this.structuredData) {
      this._jsonLd.remove();
      this._ldModel = undefined;
      return;
    }
    const model = this.model;
    if (this._ldModel === model) return;
    this._jsonLd.set({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: model.pack.meta.locale,
      mainEntity: model.entries.map((e) => ({
        '@type': 'Question',
        name: e.item.question,
        acceptedAnswer: { '@type': 'Answer', text: e.plain },
      })),
    });
    this._ldModel = model;
  }
}

const sourceLines = new WeakMap<ContentPack, WeakMap<FaqItem, TemplateResult | typeof nothing>>();

/**
 * The "Sources:" line under an answer: publisher and year as the visible
 * link text, the title for screen readers. Built once per question and
 * pack (packs are immutable), which keeps URL checks off the render path.
 */
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

function answerSources(pack: ContentPack, item: FaqItem): TemplateResult | typeof nothing {
  let lines = sourceLines.get(pack);
  if (!lines) sourceLines.set(pack, (lines = new WeakMap()));
  let line = lines.get(item);
  if (line) return line;
  const sources = sourcesFor(pack, item.sources);
  line = sources.length
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
  lines.set(item, line);
  return line;
}

interface ItemContext {
  pack: ContentPack;
  /** Heading level of the questions. */
  level: number;
  region: boolean;
  untilFound: boolean;
  canCopy: boolean;
  /** The region's support lines after a loss (none where none is verified). */
  support: readonly SupportLine[];
}

defineElement('clinic-faq', ClinicFaq);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-faq-toggle': CustomEvent<ClinicFaqToggleDetail>;
  }
}
