import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { idList } from '../../internal/attributes.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { AnnouncerController } from '../../internal/announcer.js';
import { defineElement } from '../../internal/define.js';
import { baseStyles } from '../../internal/styles.js';
import { dirOf, heading, labelled, lastReviewed, sourceList, sourcesDisclosure, sourcesFor } from '../../internal/templates.js';
import { printOnly } from '../../internal/print-only.js';
import { warnOnce } from '../../internal/warn.js';
import type { RiskCategory, RiskFactor } from '../../content/schema.js';
import { riskChecklistStyles } from './risk-checklist.styles.js';

/** Detail of `clinic-checklist-change`: the ids of the ticked factors, in pack order. Nothing else. */
export interface ClinicChecklistChangeDetail {
  selected: string[];
}

/**
 * A private checklist of things worth talking about with a doctor or
 * midwife. The visitor ticks what applies to her and gets a calm summary
 * to discuss, print or copy: never a score, a number, a verdict or a
 * colour of danger.
 *
 * Answers stay in the page's memory only: nothing is written to cookies,
 * web storage, IndexedDB or the URL, the form has `autocomplete="off"`,
 * leaving the page clears them (so the back/forward cache cannot bring them
 * back), and the change event does not bubble, so only a script listening
 * on the element itself hears the answers.
 *
 * @summary Tick the factors that apply and get a calm, printable list to discuss with a clinician.
 *
 * @csspart base - The card.
 * @csspart title - The card's heading.
 * @csspart intro - The introduction under the heading.
 * @csspart form - The form holding the groups (`autocomplete="off"`).
 * @csspart group - Each category (`<fieldset>`).
 * @csspart legend - Each category's `<legend>`.
 * @csspart factor - Each row: checkbox, label and explanation.
 * @csspart checkbox - Each native checkbox.
 * @csspart label - Each checkbox's `<label>`.
 * @csspart explanation - Each factor's one-line explanation (the checkbox's description).
 * @csspart summary - The summary panel (`<section>`): all "Print summary" prints; printing the page adds the title, introduction and review date.
 * @csspart summary-heading - The summary's heading.
 * @csspart summary-list - The list of ticked factors (a polite live region, with the empty message).
 * @csspart summary-item - Each ticked factor in the summary.
 * @csspart summary-label - A ticked factor's label in the summary.
 * @csspart summary-explanation - A ticked factor's explanation in the summary.
 * @csspart empty - The kind message shown when nothing is ticked.
 * @csspart reassurance - The reassurance line.
 * @csspart disclaimer - The "not a diagnosis" line.
 * @csspart summary-sources - The sources of the ticked factors.
 * @csspart sources-heading - Heading of those sources.
 * @csspart source-list - A list of sources.
 * @csspart source-link - Each link to a source.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button; also `button-print`, `button-copy`, `button-clear`.
 * @csspart status - The polite status line ("Summary copied").
 * @csspart not-causes - The box of things that do not cause miscarriage.
 * @csspart not-causes-heading - Its heading.
 * @csspart meta - The block with the review date and sources.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart sources - The sources disclosure (`<details>`).
 *
 * @cssprop --clinic-risk-checklist-accent - Colour of the checkboxes, ticked rows and buttons (defaults to `--clinic-color-accent`).
 *
 * @fires clinic-checklist-change - When the visitor ticks or unticks a box, clears the answers or leaves the page with boxes ticked (not when `selected` is set from script). `detail: { selected: string[] }`, the factor ids in pack order. Does not bubble and is not composed: listen on the element.
 */
export class ClinicRiskChecklist extends ClinicElement {
  static override styles = [baseStyles, riskChecklistStyles];

  protected static override sections = ['riskFactors', 'emergency', 'regions', 'ui'] as const;

  /** Comma-separated category ids: show only these categories (in pack order). Unknown ids are ignored with a warning. */
  @property() categories?: string;
  /** Ids of the ticked factors. Set it to tick boxes from script (no event fires); unknown or hidden ids are ignored. Never stored. */
  @property({ attribute: false }) selected: string[] = [];
  /** The polite status line: "Summary copied" (said again on a second copy). */
  private readonly announcer = new AnnouncerController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
  }

  /**
   * Leaving the page clears the answers, so the back/forward cache never
   * brings them back to the next person using the device. It is the
   * visitor's doing, so the page is told.
   */
  private onPageHide = (event: PageTransitionEvent): void => {
    if (event.persisted && this.ticked.length) this.answer(new Set());
  };

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // "Summary copied" describes the answers as they were: it goes when they change.
    if (changed.has('selected')) this.announcer.clear();
  }

  /** The categories to show: those named in `categories`, else all. */
  private get visibleCategories(): RiskCategory[] {
    const all = this.content.riskFactors.categories;
    const raw = this.categories?.trim();
    if (!raw) return all;
    const wanted = idList(raw);
    const known = new Set(all.map((c) => c.id));
    const unknown = wanted.filter((id) => !known.has(id));
    this.reportUnknownIds('categories', unknown, known);
    const shown = all.filter((c) => wanted.includes(c.id));
    return shown.length ? shown : all;
  }

  private get visibleFactors(): RiskFactor[] {
    return this.visibleCategories.flatMap((c) => c.factors);
  }

  /** The ticked factors that are shown, in pack order: `selected` without unknown or hidden ids. */
  private get ticked(): RiskFactor[] {
    const value: unknown = this.selected;
    if (!Array.isArray(value)) {
      if (value != null) warnOnce('selected must be an array of factor ids; ignoring it.');
      return [];
    }
    const wanted = new Set(value);
    return this.visibleFactors.filter((f) => wanted.has(f.id));
  }

  /** Takes the visitor's new answers and tells the page, on the element only. */
  private answer(ids: Set<string>): void {
    const next = this.visibleFactors.filter((f) => ids.has(f.id)).map((f) => f.id);
    this.selected = next;
    this.emit('clinic-checklist-change', { selected: [...next] });
  }

  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const ids = new Set(this.ticked.map((f) => f.id));
    if (input.checked) ids.add(input.value);
    else ids.delete(input.value);
    this.answer(ids);
  }

  private clear(): void {
    // Focus stays on the button; the live summary says that nothing is ticked.
    if (this.ticked.length) this.answer(new Set());
    else this.announcer.clear();
  }

  private print(): void {
    // The page prints this element alone, and its print styles hide everything but the summary (which holds the disclaimer).
    printOnly(this);
  }

  private async copy(): Promise<void> {
    const text = this.summaryText();
    const ui = this.content.ui.checklist;
    this.announcer.clear();
    try {
      await navigator.clipboard.writeText(text); // no clipboard (an insecure page) throws too
      this.announcer.announce(ui.copied);
    } catch {
      this.announcer.announce(ui.copyFailed);
    }
  }

  /** The summary as plain text, as copied: heading, "- label: explanation" lines, reassurance, disclaimer, sources. */
  private summaryText(): string {
    const pack = this.content;
    const rf = pack.riskFactors;
    const ticked = this.ticked;
    const blocks: string[] = [rf.summaryHeading];
    if (!ticked.length) {
      blocks.push(rf.emptySummary, rf.notDiagnosis);
    } else {
      blocks.push(ticked.map((f) => `- ${f.label}: ${f.explanation}`).join('\n'), rf.reassurance, rf.notDiagnosis);
      const sources = sourcesFor(pack, ticked.flatMap((f) => f.sources));
      blocks.push(
        [pack.ui.checklist.sourcesHeading, ...sources.map((s) => `- ${[s.title, s.publisher, s.year].filter(Boolean).join(', ')}: ${s.url}`)].join('\n'),
      );
    }
    return blocks.join('\n\n') + '\n';
  }

  override render() {
    const pack = this.content;
    const rf = pack.riskFactors;
    const ui = pack.ui.checklist;
    const level = this.level;
    const ticked = this.ticked;
    const tickedIds = new Set(ticked.map((f) => f.id));
    const categories = this.visibleCategories;
    const cited = [...categories.flatMap((c) => c.factors.flatMap((f) => f.sources)), ...(rf.notCauses?.sources ?? [])];
    // Each explanation is the box's description (aria-describedby) and is hidden from reading, so it is heard once.
    const status = this.announcer.message;
    // The summary has a place for every factor of the pack, empty unless it is shown and ticked: a tick adds only its
    // own line to the live region, an untick removes only its own, and showing other categories moves no line, as a
    // keyed list would, without Lit's `repeat` directive (0.8 KB).

    return html`<article part="base" class="base" lang=${this.locale} dir=${dirOf(this.locale)} aria-labelledby="title">
      ${heading(level, rf.title, { id: 'title', part: 'title', class: 'title' })}
      <p class="intro" part="intro">${rf.intro}</p>

      <form class="form" part="form" autocomplete="off" @submit=${(e: Event) => e.preventDefault()}>
        ${categories.map(
          (cat) => html`<fieldset class="group" part="group" data-category=${cat.id}>
            <legend class="legend" part="legend">${cat.label}</legend>
            <div class="factors">
              ${cat.factors.map(
                (f) => html`<div class="factor" part="factor">
                  <input
                    class="checkbox"
                    part="checkbox"
                    type="checkbox"
                    id="factor-${f.id}"
                    value=${f.id}
                    aria-describedby="factor-${f.id}-desc"
                    .checked=${tickedIds.has(f.id)}
                    @change=${this.onToggle}
                  />
                  <label class="label" part="label" for="factor-${f.id}">${f.label}</label>
                  <p class="explanation" part="explanation" id="factor-${f.id}-desc" aria-hidden="true">${f.explanation}</p>
                </div>`,
              )}
            </div>
          </fieldset>`,
        )}
      </form>

      <section class="summary" part="summary" aria-labelledby="summary-heading">
        ${heading(level + 1, rf.summaryHeading, { id: 'summary-heading', part: 'summary-heading', class: 'summary-heading' })}
        <div class="summary-list" part="summary-list" aria-live="polite">
          ${ticked.length
            ? html`<ul class="ticked">
                ${rf.categories.flatMap((c) => c.factors).map(
                  (f) => tickedIds.has(f.id) ? html`<li part="summary-item" data-factor=${f.id}>
                    <span class="summary-head"
                      ><span class="summary-label" part="summary-label">${f.label}</span>${labelled('', this.locale).trim()}</span
                    >
                    <span class="summary-explanation" part="summary-explanation">${f.explanation}</span>
                  </li>` : nothing,
                )}
              </ul>`
            : html`<p class="empty" part="empty">${rf.emptySummary}</p>`}
        </div>
        ${ticked.length ? html`<p class="reassurance" part="reassurance">${rf.reassurance}</p>` : nothing}
        <p class="disclaimer" part="disclaimer">${rf.notDiagnosis}</p>
        ${ticked.length
          ? html`<div class="summary-sources" part="summary-sources">
              ${heading(level + 2, ui.sourcesHeading, { part: 'sources-heading', class: 'sources-heading' })}
              ${sourceList(pack, sourcesFor(pack, ticked.flatMap((f) => f.sources)))}
            </div>`
          : nothing}
      </section>

      <div class="actions" part="actions">
        <button type="button" class="pill button" part="button button-print" data-action="print" @click=${this.print}>${ui.print}</button>
        <button type="button" class="pill button" part="button button-copy" data-action="copy" @click=${this.copy}>${ui.copy}</button>
        <button type="button" class="pill button" part="button button-clear" data-action="clear" @click=${this.clear}>${ui.clear}</button>
        <p class="status" part="status" role="status">${status}</p>
      </div>

      ${rf.notCauses
        ? html`<div class="not-causes" part="not-causes">
            ${heading(level + 1, rf.notCauses.heading, { part: 'not-causes-heading', class: 'not-causes-heading' })}
            <ul>
              ${rf.notCauses.items.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="meta" part="meta">${lastReviewed(pack, this.contentController.lastReviewed, this.locale)} ${sourcesDisclosure(pack, cited, rf.title, this.later)}</div>
    </article>`;
  }
}

defineElement('clinic-risk-checklist', ClinicRiskChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-risk-checklist': ClinicRiskChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-checklist-change': CustomEvent<ClinicChecklistChangeDetail>;
  }
}
