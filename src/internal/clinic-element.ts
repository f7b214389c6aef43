import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PackIssue } from '../content/validate.js';
import type { Section } from '../content/schema.js';
import { VERSION } from '../version.js';
import { ContentController } from './content-controller.js';
import { PrerenderedController } from './prerendered.js';
import { firstRender } from './tasks.js';
import { LaterFill } from './later.js';
import type { UrlReport } from './url.js';
import { headingLevel, reportMistake, unknownIdsIssue, urlIssue, type ContentErrorDetail, type EventDetail } from './report.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * The base of every element in the kit: its version, its content (through a
 * {@link ContentController}), its heading level and a typed `emit`. Elements
 * render from `this.content`, a validated pack for their locale and region,
 * and never parse or fetch JSON.
 *
 * @attr {string} lang - Which bundled content to show; without it, the closest ancestor's `lang`, else the document's, else `en`. `zh-HK`, `zh-MO`, `zh-TW` and `zh-Hant-*` map to Traditional Chinese, and their region sets the emergency number.
 *
 * @fires clinic-content-error - An author's mistake the kit detected: a custom pack (`src`, `pack`) that cannot be used (the bundled content is shown), an invalid attribute or page setting, a missing clinic name or phone. `detail: { source, path, message, issues: [{ path, message }] }`. Bubbles and is composed, so a CMS preview can listen once on the page.
 */
export abstract class ClinicElement extends LitElement {
  /** The kit's version, compared when a tag is defined twice. */
  static readonly version = VERSION;

  /** URL of a content pack (JSON) to use instead of the bundled one; a partial pack replaces only its sections. Overrides the page's `data-src`. */
  @property() src?: string;
  /** A content pack: as an attribute, the id of a `<script type="application/json">` on the page; as a property, the pack object. Takes precedence over `src`. */
  @property() pack?: string | Record<string, unknown>;
  /** ISO 3166-1 region code (`HK`, `MO`, `TW`, `GB`…): the ambulance number and local service names. Overrides the page's `data-region` and the region of `lang`. */
  @property() region?: string;
  /** Level of the element's main heading, 1–6 (default 2); sub-headings are one deeper. Invalid values fall back to 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;
  /** `auto` (default) follows the visitor's light or dark preference; `light` and `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** The emergency number: digits, spaces and a leading + only. Overrides the page's `data-emergency-number`, the pack and the region. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** The top-level pack sections this element shows: a custom pack that replaces none of them does not re-render it. */
  protected static sections: readonly Section[] = [];

  /** Locale, region, emergency number and the validated pack. */
  protected readonly contentController = new ContentController(this, (this.constructor as typeof ClinicElement).sections, this.attachInternals());
  private readonly reported = new Set<string>(); // mistakes this element reported: one event each
  /** Markup pre-rendered by `clinic-widgets render`, taken over at the first render. */
  private readonly prerendered = new PrerenderedController(this, this.contentController);
  /** What no reader sees at first (closed source lists, closed FAQ answers), filled after the first paint. */
  protected readonly later = new LaterFill(this);

  /** The bundled locale serving this element (see ContentController). */
  get locale(): string { return this.contentController.locale; } // prettier-ignore
  /** The validated content for this element's locale and region, placeholders filled. */
  protected get content() { return this.contentController.pack; } // prettier-ignore
  /** The emergency number and its label in force for this element. */
  protected get emergency(): { number: string; label: string } { return this.contentController.emergency; } // prettier-ignore
  /** `heading-level` as a number from 1 to 6. */
  protected get level(): number {
    const { level, issue } = headingLevel(this.headingLevel);
    if (issue) this.reportError('attribute', [issue]);
    return level;
  }

  /** Pre-rendered markup stays on screen until its custom pack is in. */
  protected override shouldUpdate(changed: PropertyValues): boolean { return !this.prerendered.hold(changed); } // prettier-ignore
  /** The first render waits for its turn, one task per element (src/internal/tasks.ts); until then the light DOM (or pre-rendered markup) stays shown. */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.hasUpdated ? super.scheduleUpdate() : firstRender(this.renderRoot, () => super.scheduleUpdate()); } // prettier-ignore
  /** Work after an update that `updateComplete` waits for: parts filled later (an element adds its own). */
  protected get busy(): Promise<unknown> | undefined { return this.later.filling; } // prettier-ignore
  /** Updates also wait for a custom pack to be applied and for every part filled later, so `await el.updateComplete` sees all a reader can. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.contentController.settled;
    while (this.isUpdatePending || this.busy) await this.busy, (done = await super.getUpdateComplete());
    return done;
  }

  /** Reports an author's mistake: see {@link reportMistake}. */
  reportError(source: string, issues: PackIssue[], severity: 'warn' | 'error' = 'warn') {
    reportMistake(this, this.reported, source, issues, severity);
  }

  /** Reports a value in an attribute that is not linked (see `src/internal/url.ts`) as an author mistake. */
  protected readonly urlReport: UrlReport = (what, message) => this.reportError('attribute', [urlIssue(what, message)]);

  /** Reports ids in an attribute (`items`, `open`, `categories`) that the pack does not have (once a custom pack is in), in one wording for every element. */
  protected reportUnknownIds(attribute: string, unknown: readonly string[], known: Iterable<string>): void {
    if (unknown.length && !this.contentController.awaitingPack) this.reportError('attribute', [unknownIdsIssue(attribute, unknown, known)]);
  }

  /** Fires a kit event from the host, typed by its name. Events do not bubble unless asked: a page listens on the element. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: EventDetail<K>, options: { bubbles?: boolean; composed?: boolean } = {}): void {
    this.dispatchEvent(new CustomEvent(type, { detail, ...options }));
  }
}

declare global { interface GlobalEventHandlersEventMap { 'clinic-content-error': CustomEvent<ContentErrorDetail>; } } // prettier-ignore
