import { LitElement, type PropertyDeclarations } from 'lit';
import { bundledPack, BUNDLED_LOCALES } from '../content/packs.js';
import { langOf, resolveLocale } from '../content/locale.js';
import { EMERGENCY_NUMBER, type ContentPack } from '../content/schema.js';
import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Every connected element of the kit, so one observer serves them all. */
const connected = new Set<ClinicElement>();
let langObserver: MutationObserver | undefined;

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
 */
export class ClinicElement extends LitElement {
  /** The kit's version, compared when a tag is defined twice. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    emergencyNumber: { attribute: 'emergency-number' },
  };

  /** Level of the element's main heading, 1–6 (default 2); sub-headings are one deeper. Invalid values fall back to 2. */
  declare headingLevel: string | number | undefined;
  /** `auto` (default) follows the visitor's light or dark preference; `light` and `dark` force one. */
  declare theme: Theme;
  /** Overrides the pack's emergency number: digits, spaces and a leading + only. */
  declare emergencyNumber: string | undefined;

  constructor() {
    super();
    this.theme = 'auto';
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

  /** The validated content pack for this element's locale. */
  protected get content(): ContentPack {
    return bundledPack(this.locale);
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
