import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { bundledPack, BUNDLED_LOCALES } from '../content/packs.js';
import { loadInlinePack, loadPackUrl, resolvePack, type Loaded, type Resolved } from '../content/loader.js';
import { formatIssues, type PackIssue } from '../content/validate.js';
import { langOf, resolveLocale } from '../content/locale.js';
import { EMERGENCY_NUMBER, type ContentPack } from '../content/schema.js';
import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Every connected element of the kit, so one observer serves them all. */
const connected = new Set<ClinicElement>();
let langObserver: MutationObserver | undefined;

/** Sources already reported: one console warning per source per page. */
const reported = new Set<string>();

/** Identity of pack objects set from script, so a new object is resolved again. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

/** Detail of `clinic-content-error`. */
export interface ContentErrorDetail {
  /** The pack's URL, `#id` of its inline script, or `pack property`. */
  source: string;
  /** What is wrong, by JSON path. */
  issues: PackIssue[];
}

/** One observer for `lang` changes anywhere in the document (an ancestor's `lang` changes the locale). */
function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The base of every element in the kit: locale and content pack, heading
 * level, theme and the emergency number. Elements render from `this.content`,
 * a validated pack for `this.locale`, and never parse or fetch JSON.
 *
 * @attr {string} lang - Which bundled content to show; without it, the closest ancestor's `lang`, else the document's, else `en`. `zh-HK`, `zh-MO`, `zh-TW` and `zh-Hant-*` map to Traditional Chinese.
 *
 * @fires clinic-content-error - A custom pack (`src` or `pack`) cannot be used, so the bundled content is shown. `detail: { source, issues: [{ path, message }] }`. Bubbles and is composed, so a CMS preview can listen once on the page.
 */
export class ClinicElement extends LitElement {
  /** The kit's version, compared when a tag is defined twice. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    src: {},
    pack: {},
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    emergencyNumber: { attribute: 'emergency-number' },
  };

  /**
   * URL of a content pack (JSON) to use instead of the bundled one. It may be
   * partial: the sections it has replace the bundled ones.
   */
  declare src: string | undefined;
  /**
   * A content pack: as an attribute, the id of a `<script type="application/json">`
   * on the page; as a property, the pack object itself. Takes precedence over `src`.
   */
  declare pack: string | Record<string, unknown> | undefined;
  /** Level of the element's main heading, 1–6 (default 2); sub-headings are one deeper. Invalid values fall back to 2. */
  declare headingLevel: string | number | undefined;
  /** `auto` (default) follows the visitor's light or dark preference; `light` and `dark` force one. */
  declare theme: Theme;
  /** Overrides the pack's emergency number: digits, spaces and a leading + only. */
  declare emergencyNumber: string | undefined;

  /** The custom pack in use (when `src` or `pack` resolved), keyed by its source and locale. */
  private custom?: { key: string; resolved?: Resolved };
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.theme = 'auto';
    this.internals = this.attachInternals();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  /** The bundled locale serving this element: its `lang`, the closest ancestor's, the document's, else `en`. */
  get locale(): string {
    return resolveLocale(langOf(this), BUNDLED_LOCALES);
  }

  /** The validated content pack for this element's locale: the custom one once it is valid, else the bundled one. */
  protected get content(): ContentPack {
    const resolved = this.custom?.resolved;
    return resolved?.ok ? resolved.pack : bundledPack(this.locale);
  }

  /** Which custom pack applies, as a string that changes when it or the locale does. */
  private customKey(): string | undefined {
    const { pack, src } = this;
    let source: string | undefined;
    if (pack && typeof pack === 'object') {
      if (!objectIds.has(pack)) objectIds.set(pack, nextObjectId++);
      source = `object:${objectIds.get(pack)}`;
    } else if (typeof pack === 'string' && pack.trim()) source = `#${pack.trim()}`;
    else if (src?.trim()) source = src.trim();
    return source && `${this.locale}|${source}`;
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.customKey();
    if (key === this.custom?.key) return;
    this.custom = key ? { key } : undefined;
    if (!key) return this.setLoading(false);
    const lang = this.locale;
    const { pack, src } = this;
    const source = pack && typeof pack === 'object' ? 'pack property' : typeof pack === 'string' && pack.trim() ? `#${pack.trim()}` : src!.trim();
    const settle = (loaded: Loaded) => {
      if (this.custom?.key !== key) return; // superseded by a newer source
      const resolved: Resolved = loaded.ok ? resolvePack(loaded.data, lang) : loaded;
      this.custom.resolved = resolved;
      if (!resolved.ok) this.reportContentError(source, resolved.issues);
    };
    if (pack && typeof pack === 'object') settle({ ok: true, data: pack });
    else if (source.startsWith('#')) settle(loadInlinePack(source.slice(1), this));
    else {
      // Until the pack arrives the bundled content holds the space, invisibly (no jump, no flash of other text).
      this.setLoading(true);
      void loadPackUrl(source).then((loaded) => {
        if (this.custom?.key !== key) return;
        settle(loaded);
        this.setLoading(false);
        this.requestUpdate();
      });
      return;
    }
    this.setLoading(false);
  }

  private setLoading(on: boolean): void {
    this.internals.ariaBusy = on ? 'true' : null;
    try {
      if (on) this.internals.states.add('loading');
      else this.internals.states.delete('loading');
    } catch {
      /* CustomStateSet unsupported: the bundled content simply shows while loading. */
    }
  }

  /** One console warning per source, and a `clinic-content-error` event a CMS preview can show. */
  private reportContentError(source: string, issues: PackIssue[]): void {
    if (!reported.has(source)) {
      reported.add(source);
      const shown = issues.slice(0, 5);
      console.warn(
        `[clinic-widgets] The content pack ${source} cannot be used, so the bundled content is shown.\n` +
          formatIssues(shown) +
          (issues.length > shown.length ? `\n…and ${issues.length - shown.length} more` : ''),
      );
    }
    this.emit<ContentErrorDetail>('clinic-content-error', { source, issues }, { bubbles: true, composed: true });
  }

  /** `heading-level` as a number from 1 to 6. */
  protected get level(): number {
    const raw = this.headingLevel;
    if (raw == null || raw === '') return 2;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 1 && n <= 6) return n;
    warnOnce(`heading-level="${raw}" is not a whole number from 1 to 6; using 2.`);
    return 2;
  }

  /** The emergency number and its label: the attribute when valid, else the pack's. */
  protected get emergency(): { number: string; label: string } {
    const pack = this.content.emergency;
    const override = this.emergencyNumber?.trim();
    if (override) {
      if (EMERGENCY_NUMBER.test(override)) return { number: override, label: pack.label };
      warnOnce(`emergency-number="${override}" is not digits and spaces (with an optional leading +); using ${pack.number}.`);
    }
    return pack;
  }

  /** Fires a kit event from the host. Events do not bubble unless asked: a page listens on the element. */
  protected emit<T>(type: string, detail: T, options: { bubbles?: boolean; composed?: boolean } = {}): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: false, composed: false, ...options }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-content-error': CustomEvent<ContentErrorDetail>;
  }
}
