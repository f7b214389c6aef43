import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { idList } from '../../internal/attributes.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { defineElement } from '../../internal/define.js';
import { icons } from '../../internal/icons.js';
import { JsonLdController } from '../../internal/json-ld.js';
import { AnnouncerController } from '../../internal/announcer.js';
import { DeepLinkController } from '../../internal/deep-link.js';
import { baseStyles } from '../../internal/styles.js';
import { dirOf, fill, heading, lastReviewed, sourcesDisclosure } from '../../internal/templates.js';
import { buildModel, faqPage, searchModel, type Entry, type Model } from './faq-model.js';
import { renderItem, type ItemContext } from './faq-item.js';
import { faqStyles } from './faq.styles.js';

/** Detail of `clinic-faq-toggle`. */
export interface ClinicFaqToggleDetail {
  /** The pack id of the question. */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
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
/** No support lines: one array, so that a page without a region keeps its model (and every question's guard) from update to update. */
const NO_SUPPORT: readonly never[] = [];

/** Browsers that fire `beforematch` reveal `hidden="until-found"` content to find-in-page; others get plain `hidden`. */
// Pre-rendered markup says `until-found` for every browser: one without it hides the answer as with `hidden`.
const supportsUntilFound = () => isServer || (typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype);

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
 * @csspart search-hint - The example under the label ("For example: bleeding"); the search box is described by it.
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

  @state() private openIds: ReadonlySet<string> = new Set();
  /** The question ids `open` was last applied to: a pack with other questions applies it again. */
  private openAppliedTo = '';
  @state() private query = '';
  @state() private copiedId: string | undefined;

  /** The shown questions and their search text, derived in `willUpdate` from the pack, `items`, `category` and the region. */
  private model!: Model;
  /** Ids matching the search, or undefined when every shown question is visible; derived from the model and the query. */
  private searchMatches?: ReadonlySet<string>;
  private readonly jsonLd = new JsonLdController(this);
  /** The model the JSON-LD was built from (undefined: build it at the next update). */
  private ldModel?: Model;
  /** The polite live region: search counts and "Link copied". */
  private readonly announcer = new AnnouncerController(this);
  /** `#faq-<id>` in the URL opens, scrolls to and focuses that question. */
  private readonly deepLink = new DeepLinkController(this, 'faq-');
  private copiedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-adds the JSON-LD script when the element is moved.
    this.ldModel = undefined;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  /** The shown questions the search leaves visible. */
  private get visibleEntries(): Entry[] {
    const matches = this.searchMatches;
    return matches ? this.model.entries.filter((e) => matches.has(e.item.id)) : this.model.entries;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const pack = this.content;
    const support = this.contentController.region?.support ?? NO_SUPPORT;
    const modelChanged = !this.model || pack !== this.model.pack || support !== this.model.support || changed.has('items') || changed.has('category');
    if (modelChanged) this.model = buildModel(pack, support, { items: this.items, category: this.category, locale: this.locale, reportUnknownIds: (...a) => this.reportUnknownIds(...a) });
    const model = this.model;

    const questionIds = pack.faq.items.map((q) => q.id).join(' ');
    if (changed.has('open') || questionIds !== this.openAppliedTo) {
      this.openAppliedTo = questionIds;
      const known = new Set(pack.faq.items.map((q) => q.id));
      const ids = idList(this.open);
      this.reportUnknownIds('open', ids.filter((id) => !known.has(id)), known);
      this.openIds = new Set(ids.filter((id) => known.has(id)));
    }

    const target = this.deepLink.take();
    if (target !== undefined && model.entries.some((e) => e.item.id === target)) {
      // A deep link to a question the search hides clears the search, or it could not be shown.
      if (this.searchMatches && !this.searchMatches.has(target)) this.clearSearch();
      this.openIds = new Set(this.single ? [target] : [...this.openIds, target]);
      this.deepLink.revealAfterUpdate(`[id="faq-${target}"]`, `[id="faq-${target}-q"]`);
    }

    if (this.single && this.openIds.size > 1) {
      // Keep the first open one in reading order.
      const first = model.entries.find((e) => this.openIds.has(e.item.id));
      this.openIds = new Set(first ? [first.item.id] : []);
    }

    // A search box taken away takes its search with it.
    if (!this.searchable) this.query = '';
    if (modelChanged || changed.has('query' as keyof ClinicFaq) || target !== undefined) {
      this.searchMatches = searchModel(model, this.query, this.locale);
    }
  }

  override render(): TemplateResult {
    const pack = this.content;
    const ui = pack.ui.faq;
    const level = this.level;
    const model = this.model;
    const visible = this.visibleEntries;
    const query = this.query;
    const allOpen = visible.length > 0 && visible.every((e) => this.openIds.has(e.item.id));
    const ctx: ItemContext = {
      pack,
      level: Math.min(level + 1, 6),
      region: model.entries.length <= REGION_LIMIT,
      untilFound: supportsUntilFound(),
      canCopy: typeof navigator !== 'undefined' && !!navigator.clipboard,
      support: model.support,
      openIds: this.openIds,
      answer: this.later.content,
      copiedId: this.copiedId,
      // Lit calls these with the element as `this`.
      onQuestionClick: this.onQuestionClick,
      onBeforeMatch: this.onBeforeMatch,
      onCopyLink: this.onCopyLink,
    };
    const showTools = this.searchable || !this.single;
    // The search shows and hides questions; `items`, `category` or another pack change the list, and each question is
    // `keyed` by its id so its button, state and focus never pass to another one (a question that moves is made anew).
    // Lit's `repeat` would move it instead, for 0.8 KB more.

    return html`<article part="base" class="base" lang=${this.locale} dir=${dirOf(this.locale)} aria-labelledby="title">
      ${heading(level, pack.faq.title, { id: 'title', part: 'title', class: 'title' })}
      ${pack.faq.intro ? html`<p class="intro" part="intro">${pack.faq.intro}</p>` : nothing}
      ${showTools
        ? html`<div class="tools" part="tools">
            ${this.searchable
              ? html`<div class="search" part="search">
                  <label for="search" part="search-label">${ui.searchLabel}</label>
                  <span class="hint" id="search-hint" part="search-hint">${ui.searchPlaceholder}</span>
                  <div class="search-field">
                    ${icons.search}
                    <input
                      id="search"
                      type="search"
                      part="search-input"
                      autocomplete="off"
                      enterkeyhint="search"
                      aria-describedby="search-hint"
                      aria-controls="items"
                      @input=${this.onInput}
                    />
                    <button type="button" class="pill tool clear" part="clear-button" ?hidden=${!query} @click=${this.onClear}>
                      ${ui.clearSearch}
                    </button>
                  </div>
                </div>`
              : nothing}
            ${this.single
              ? nothing
              : html`<button type="button" class="pill tool expand-all" part="expand-all" ?hidden=${!visible.length} @click=${this.onExpandAll}>
                  ${allOpen ? ui.collapseAll : ui.expandAll}
                </button>`}
          </div>`
        : nothing}
      ${query && !visible.length ? html`<p class="empty" part="empty">${ui.noMatches}</p>` : nothing}
      <div class="items ${model.entries.length > LONG_LIST ? 'long' : ''}" part="items" id="items" ?hidden=${!visible.length} @keydown=${this.onKeydown}>
        ${model.entries.map((e) => keyed(e.item.id, renderItem(e, ctx, !this.searchMatches || this.searchMatches.has(e.item.id))))}
      </div>
      <div class="meta" part="meta">${lastReviewed(pack, this.contentController.lastReviewed, this.locale)} ${sourcesDisclosure(pack, model.cited, pack.faq.title, this.later)}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
    </article>`;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncStructuredData();
    // Answers matching the search are filled at once.
    if (this.searchMatches) this.later.now(this.searchMatches);
  }

  /** Opens or closes one question for the reader, keeping `single`, and fires one event per question that changed (the opened one first). */
  private setOpen(ids: string[], open: boolean): void {
    const next = new Set(this.openIds);
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
    this.openIds = next;
    for (const detail of changes) this.emit('clinic-faq-toggle', detail);
  }

  private onQuestionClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this.setOpen([id], !this.openIds.has(id));
  }

  /** Find in page found text in a closed answer: the browser shows it, and the element records it as open. */
  private onBeforeMatch(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this.setOpen([id], true);
  }

  private onExpandAll(): void {
    const visible = this.visibleEntries.map((e) => e.item.id);
    const allOpen = visible.every((id) => this.openIds.has(id));
    this.setOpen(visible, !allOpen);
  }

  /** APG accordion keys: arrows move between questions (wrapping), Home and End to the ends. Enter and Space are the button's own. */
  private onKeydown(event: KeyboardEvent): void {
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

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // Announced once typing pauses, so a screen reader is not flooded with counts.
    this.announcer.announce(() => this.countMessage(), ANNOUNCE_DELAY);
  }

  /** "3 questions match", or nothing when there is no search. */
  private countMessage(): string {
    if (!this.query.trim()) return '';
    const count = this.visibleEntries.length;
    const ui = this.content.ui.faq;
    const one = new Intl.PluralRules(this.locale).select(count) === 'one';
    return fill(one ? ui.matchesOne : ui.matchesMany, { count });
  }

  private onClear(): void {
    // Focus moves at once (the search box stays; the button is then hidden): no wait for `updateComplete`, which waits for closed answers.
    this.clearSearch()?.focus();
  }

  /**
   * Empties the search box and the search. The box is the reader's: its text is never written from the element's
   * state (which would cut into a Chinese input method's composition as one types), only emptied here.
   */
  private clearSearch(): HTMLInputElement | null {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (input) input.value = '';
    this.query = '';
    this.announcer.clear();
    return input;
  }

  private async onCopyLink(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    const url = `${location.href.split('#')[0]}#faq-${id}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No permission or no clipboard: the page stays as it was; the address bar link still works.
      return;
    }
    this.copiedId = id;
    this.announcer.announce(this.content.ui.faq.linkCopied);
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copiedId = undefined), 2500);
  }

  /**
   * The FAQPage JSON-LD (one script in the element's light DOM, where search
   * engines read it), kept in step with the shown questions: not the search,
   * which is one reader's view.
   */
  private syncStructuredData(): void {
    if (!this.structuredData) {
      this.jsonLd.remove();
      this.ldModel = undefined;
    } else if (this.ldModel !== this.model) {
      this.jsonLd.set(faqPage(this.model));
      this.ldModel = this.model;
    }
  }

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
