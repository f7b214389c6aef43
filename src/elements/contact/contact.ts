import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { defineElement } from '../../internal/define.js';
import { baseStyles } from '../../internal/styles.js';
import { dirOf, fill, heading, keepNumbers, nameOf } from '../../internal/templates.js';
import { icons } from '../../internal/icons.js';
import { emergencyTelHref, mailtoHref, normalisePhone, safeWebUrl, telHref, whatsappHref } from '../../internal/url.js';
import { colorResolver, composite, contrastRatio, formatColor, formatRatio, TEXT_CONTRAST } from '../../internal/color.js';
import { warnOnce } from '../../internal/warn.js';
import { JsonLdController } from '../../internal/json-ld.js';
import { CLINIC_KEYS, pageSettings } from '../../internal/settings.js';
import { ScrollPaddingController } from '../../internal/scroll-padding.js';
import { beforeFrame } from '../../internal/tasks.js';
import type { ClinicDetails } from '../../content/schema.js';
import { contactStyles } from './contact.styles.js';

export type ContactLayout = 'banner' | 'card' | 'bar';
const LAYOUTS: readonly ContactLayout[] = ['banner', 'card', 'bar'];

/** The clinic's details, each from its attribute, else the page settings, else a custom pack's `clinic` section. */
const DETAIL_KEYS = [...CLINIC_KEYS, 'message'] as const;

/** One action link, described by name rather than by position. */
interface Action {
  kind: 'book' | 'call' | 'whatsapp' | 'email' | 'map';
  href: string;
  icon: unknown;
  label: string;
  /** The number or address shown after the label. */
  value?: string;
  /** The main action, in the accent colour. */
  primary?: boolean;
  /** Opens in a new tab (and says so). */
  external?: boolean;
}

/** The clinic as shown: every field optional, already trimmed. */
type Details = Partial<Record<keyof ClinicDetails, string>>;

/** Detail of `clinic-contact-close`. */
export interface ClinicContactCloseDetail {
  layout: ContactLayout;
}

/**
 * A clinic's contact details as a banner, a card or a bar fixed to the
 * bottom of narrow screens: call, WhatsApp, email, booking and map links,
 * address and opening hours, and always the safety line that this is not an
 * emergency line, with the emergency number as a `tel:` link.
 *
 * Each clinic attribute falls back to the content pack's `clinic` section
 * when absent; an empty attribute (`whatsapp=""`) means "none" and shows
 * nothing. Phone numbers are linked as `tel:` (digits with a leading +),
 * WhatsApp as `https://wa.me/<digits>`, email as `mailto:`; booking and map
 * links must be https: (http: is linked with a warning), and anything else
 * is not linked and is reported in the console, naming the attribute.
 *
 * With `structured-data`, one schema.org `MedicalClinic` JSON-LD script is
 * kept in the element's light DOM (where search engines read it; shadow
 * roots are not read) for as long as the element is connected, updated in
 * place when the attributes change.
 *
 * @summary Clinic contact banner, card or mobile bar with safe call, WhatsApp, email, booking and map links.
 *
 * @csspart base - The banner, card or bar (`<section>`).
 * @csspart inner - The wrapper that lays out the intro and the actions.
 * @csspart title - The heading with the clinic name.
 * @csspart message - The short line under the name.
 * @csspart details - The address, opening hours and any number that could not be linked (`<dl>`).
 * @csspart actions - The list of action links.
 * @csspart action - Every action link; also `action-book`, `action-call`, `action-whatsapp`, `action-email`, `action-map`.
 * @csspart action-primary - The main action (booking, else the call link), in the accent colour.
 * @csspart safety - The "not an emergency line" notice.
 * @csspart emergency-link - The `tel:` link to the emergency number in the safety line.
 * @csspart close-button - The bar's close button (narrow screens, `layout="bar"`).
 *
 * @cssprop --clinic-contact-accent - Background of the main action and border of the others (defaults to `--clinic-color-accent`). Falls back to the kit's default, with a console warning, when its text would have less than 4.5:1 contrast.
 * @cssprop --clinic-contact-accent-contrast - Text colour on the accent (defaults to `--clinic-color-accent-contrast`).
 * @cssprop --clinic-contact-bar-z-index - Stacking order of the bar fixed to the bottom of narrow screens (default 1000).
 *
 * @fires clinic-contact-close - The visitor closed the bar; `detail.layout` is `"bar"`. The bar stays hidden for this page view.
 */
export class ClinicContact extends ClinicElement {
  static override styles = [baseStyles, contactStyles];

  protected static override sections = ['clinic', 'emergency', 'regions', 'ui'] as const;

  /** The clinic's name, shown as the heading. Overrides the page's `data-clinic-name`; `name=""` removes it. */
  @property() name?: string;
  /** Phone number as the clinic writes it (`+853 6201 6108`); linked as `tel:+85362016108`. Overrides `data-clinic-phone`. */
  @property() phone?: string;
  /** WhatsApp number in international form; linked as `https://wa.me/<digits>`. `whatsapp=""` removes the page's. */
  @property() whatsapp?: string;
  /** Email address; linked as `mailto:`. Overrides `data-clinic-email`. */
  @property() email?: string;
  /** Postal address, shown as text. Overrides `data-clinic-address`. */
  @property() address?: string;
  /** Opening hours, shown as text (`Mon–Fri 9:00–18:00`). Overrides `data-clinic-hours`. */
  @property() hours?: string;
  /** Online booking page: https: only (http: with a warning). Overrides `data-clinic-booking-url`. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Map or directions page: https: only (http: with a warning). Overrides `data-clinic-map-url`. */
  @property({ attribute: 'map-url' }) mapUrl?: string;
  /** A short line under the name, such as "Book an acupuncture consultation". */
  @property() message?: string;
  /** `banner` (default): one row on wide screens, stacked on narrow; `card`: a stacked card; `bar`: fixed to the bottom of narrow screens, closable. */
  @property({ reflect: true }) layout: ContactLayout = 'banner';
  /** Adds one schema.org `MedicalClinic` JSON-LD script for this clinic, inside the element (light DOM). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The visitor closed the bar (for this page view only: nothing is stored). */
  @state() private closed = false;
  /** The brand colour failed the contrast check: the default accent is used. */
  @state() private accentFallback = false;
  /** The brand colour check due before the next frame. */
  private accentCheck?: Promise<void>;

  /** This element's JSON-LD script. */
  private readonly jsonLd = new JsonLdController(this);
  /**
   * Measures the fixed bar: page scrolling keeps focus above it, and the
   * host keeps its height in the page (the spacer), so the bar never covers
   * the end of the page.
   */
  private readonly scrollPadding = new ScrollPaddingController(this, (height) => {
    const spacer = this.renderRoot.querySelector<HTMLElement>('.bar-spacer');
    if (spacer) spacer.style.height = `${height}px`;
  });
  private schemeQuery?: MediaQueryList;
  private readonly onSchemeChange = () => this.checkAccent();
  /** Reads the brand colours the accent check compares (its own 1×1 canvas for colours such as oklch()). */
  private readonly resolveColor = colorResolver();

  override connectedCallback(): void {
    super.connectedCallback();
    // With theme="auto" the colours change with the visitor's setting, without an update.
    this.schemeQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.schemeQuery?.addEventListener('change', this.onSchemeChange);
    if (this.hasUpdated) {
      this.syncStructuredData();
      this.observeBar();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
    this.schemeQuery = undefined;
  }

  /** The layout in use: an unknown value falls back to `banner`. */
  private get effectiveLayout(): ContactLayout {
    const layout = this.layout;
    if (LAYOUTS.includes(layout)) return layout;
    warnOnce(`<clinic-contact> layout="${String(layout).slice(0, 40)}" is not banner, card or bar; using banner.`);
    return 'banner';
  }

  /**
   * The clinic as shown: for each detail, the attribute, else the page's
   * settings, else a custom pack's `clinic` section, else nothing. An empty
   * attribute or setting means "none". The bundled packs have no clinic, so
   * nothing a visitor sees is example data.
   */
  private get details(): Details {
    const page: Record<string, string | undefined> = pageSettings().clinic ?? {};
    const pack: Record<string, string | undefined> = this.content.clinic ?? {};
    const out: Details = {};
    for (const key of DETAIL_KEYS) {
      const value = this[key] ?? page[key] ?? pack[key];
      // URLs are judged exactly as written (a leading space or newline is refused, not trimmed).
      if (value?.trim()) out[key] = key === 'bookingUrl' || key === 'mapUrl' ? value : value.trim();
    }
    if (!out.name && !out.phone) {
      this.reportError(
        'attribute',
        [{ path: 'clinic', message: 'no clinic name or phone: set data-clinic-name and data-clinic-phone on the kit\'s script tag, or name and phone on <clinic-contact>. Only the safety line is shown.' }],
        'error',
      );
    }
    return out;
  }

  override render() {
    const pack = this.content;
    const ui = pack.ui.contact;
    const layout = this.effectiveLayout;
    const d = this.details;
    const emergency = this.emergency;

    const tel = telHref(d.phone, 'phone', this.urlReport);
    const wa = whatsappHref(d.whatsapp, 'whatsapp', this.urlReport);
    const mail = mailtoHref(d.email, 'email', this.urlReport);
    const book = safeWebUrl(d.bookingUrl, 'booking-url', this.urlReport);
    const map = safeWebUrl(d.mapUrl, 'map-url', this.urlReport);
    const primary = book ? 'book' : tel ? 'call' : undefined;

    // Numbers and addresses that could not be linked are still worth reading.
    const rows = (
      [
        [ui.address, d.address],
        [ui.hours, d.hours],
        [ui.call, !tel && d.phone],
        [ui.whatsapp, !wa && d.whatsapp],
        [ui.email, !mail && d.email],
      ] as const
    ).filter((row): row is readonly [string, string] => !!row[1]);

    const actions: Action[] = [];
    if (book) actions.push({ kind: 'book', href: book, icon: icons.calendar, label: ui.book, primary: primary === 'book', external: true });
    if (tel) actions.push({ kind: 'call', href: tel, icon: icons.phone, label: ui.call, value: d.phone, primary: primary === 'call' });
    if (wa) actions.push({ kind: 'whatsapp', href: wa, icon: icons.chat, label: ui.whatsapp, value: d.whatsapp, external: true });
    if (mail) actions.push({ kind: 'email', href: mail, icon: icons.mail, label: ui.email, value: d.email });
    if (map) actions.push({ kind: 'map', href: map, icon: icons.mapPin, label: ui.map, external: true });
    // Without a name or a phone there is no clinic to show: only the safety line, never a half-made card.
    const known = !!(d.name || d.phone);

    const classes = ['base', `layout-${layout}`, this.accentFallback ? 'accent-fallback' : ''].filter(Boolean).join(' ');
    return html`<section
      part="base"
      class=${classes}
      lang=${this.locale}
      dir=${dirOf(this.locale)}
      aria-labelledby=${known ? 'title' : nothing}
      aria-label=${known ? nothing : ui.heading}
      ?hidden=${this.closed}
    >
      <div class="inner" part="inner">
        ${known
          ? html`<div class="intro">
                ${heading(this.level, d.name ?? ui.heading, { id: 'title', part: 'title', class: 'title' })}
                ${d.message ? html`<p class="message" part="message">${d.message}</p>` : nothing}
                ${rows.length
                  ? html`<dl class="details" part="details">
                      ${rows.map(([label, value]) => html`<div class="detail"><dt>${label}</dt><dd>${keepNumbers(value)}</dd></div>`)}
                    </dl>`
                  : nothing}
              </div>
              ${actions.length
                ? html`<ul class="actions" part="actions" role="list">
                    ${actions.map((a) => this.action(a))}
                  </ul>`
                : nothing}`
          : nothing}
        <p class="safety" part="safety">${icons.alert}<span>${this.safetyLine(ui.safety, emergency.number)}</span></p>
        ${layout === 'bar'
          ? html`<p class="safety-short">
              <a
                class="emergency-link"
                href=${telHref(emergency.number, 'emergency-number') ?? nothing}
                aria-label=${fill(pack.ui.common.callEmergency, { number: emergency.number, label: emergency.label })}
                >${icons.alert}<span>${emergency.number}</span></a
              >
            </p>
            <button type="button" class="close" part="close-button" @click=${this.close}>
              ${icons.close}<span class="visually-hidden">${ui.close}</span>
            </button>`
          : nothing}
      </div>
      <span class="accent-probe" aria-hidden="true"></span>
    </section>
    ${layout === 'bar' && !this.closed ? html`<div class="bar-spacer" aria-hidden="true"></div>` : nothing}`;
  }

  /** One action: a link styled as a button; external ones open a new tab and say so. */
  private action({ kind, href, icon, label, value, primary = false, external = false }: Action): TemplateResult {
    const parts = `action action-${kind}${primary ? ' action-primary' : ''}`;
    // The compact bar keeps only calling and booking.
    const essential = kind === 'book' || kind === 'call';
    const opens = this.content.ui.common.opensInNewTab;
    return html`<li class="${essential ? 'essential' : 'extra'} item-${kind}">
      <a
        class=${primary ? 'pill button button--primary' : 'pill button'}
        part=${parts}
        href=${href}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'noopener noreferrer' : nothing}
        aria-label=${external ? nameOf(label, value ?? '', opens) : nothing}
        >${icon}<span class="text"
          ><span class="label">${label}</span>${value ? html` <span class="value">${kind === 'email' ? breakable(value) : keepNumbers(value)}</span>` : nothing}</span
        >${external ? html`<span class="visually-hidden">${nameOf(opens)}</span>` : nothing}</a
      >
    </li>`;
  }

  /** The pack's safety sentence with `{number}` as a `tel:` link (appended when a translation leaves it out). */
  private safetyLine(template: string, number: string): unknown[] {
    const link = html`<a
      class="emergency-link"
      part="emergency-link"
      href=${emergencyTelHref(number)}
      aria-label=${nameOf(this.content.ui.contact.call, number)}
      >${keepNumbers(number)}</a
    >`;
    const pieces = template.split('{number}');
    if (pieces.length === 1) return [template, ' ', link];
    return pieces.flatMap((text, i) => (i === 0 ? [text] : [link, text]));
  }

  private close(): void {
    this.closed = true;
    this.emit('clinic-contact-close', { layout: 'bar' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncStructuredData();
    this.observeBar();
    // In the frame, not in this task: reading computed colours forces a style pass the frame makes anyway.
    this.accentCheck ??= beforeFrame().then(() => {
      this.accentCheck = undefined;
      this.checkAccent();
    });
  }

  /** `updateComplete` waits for the brand colour check (and the default colour if it fails) too. */
  protected override get busy(): Promise<unknown> | undefined { return this.accentCheck ?? super.busy; } // prettier-ignore

  private observeBar(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    this.scrollPadding.follow(base && this.effectiveLayout === 'bar' && !this.closed ? base : undefined);
  }

  /**
   * Keeps the brand colour readable: the probe carries the accent and its
   * text colour exactly as the author set them (never the fallback, so the
   * check does not flip-flop), and under 4.5:1 the default accent is used.
   */
  private checkAccent(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('.accent-probe');
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    if (!probe || !base || this.closed) return;
    // In forced-colors mode the visitor's palette replaces ours. (Only ever run in a browser, after an update.)
    if (matchMedia('(forced-colors: active)').matches) return;
    const style = getComputedStyle(probe);
    const page = this.resolveColor(getComputedStyle(base).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
    const opaquePage = composite(page, { r: 255, g: 255, b: 255, a: 1 });
    const accent = this.resolveColor(style.backgroundColor);
    const text = this.resolveColor(style.color);
    if (!accent || !text) return;
    const bg = composite(accent, opaquePage);
    const ratio = contrastRatio(composite(text, bg), bg);
    const fails = ratio < TEXT_CONTRAST;
    if (fails) {
      warnOnce(
        `<clinic-contact>: the accent colour ${formatColor(accent)} (--clinic-contact-accent or --clinic-color-accent) has ${formatRatio(ratio)} contrast with its text ${formatColor(text)}; at least 4.5:1 is needed, so the default accent is used. Choose a darker (or, in dark mode, lighter) brand colour, or set --clinic-color-accent-contrast.`,
      );
    }
    if (fails !== this.accentFallback) this.accentFallback = fails;
  }

  /** One JSON-LD script per element while `structured-data` is set, always matching what is shown. */
  private syncStructuredData(): void {
    if (!this.structuredData) return this.jsonLd.remove();
    const d = this.details;
    // Fields left undefined are left out of the JSON.
    this.jsonLd.set({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: d.name,
      telephone: d.phone && normalisePhone(d.phone),
      email: mailtoHref(d.email, 'email', this.urlReport) && d.email,
      address: d.address,
      openingHours: d.hours,
      url: safeWebUrl(d.bookingUrl, 'booking-url', this.urlReport),
    });
  }
}

/** An email address that may wrap after its "@" and before each dot, never inside a word. */
function breakable(address: string): unknown[] {
  return address.split(/(?<=@)|(?=\.)/).flatMap((piece, i) => (i ? [html`<wbr />`, piece] : [piece]));
}

defineElement('clinic-contact', ClinicContact);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact': ClinicContact;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-contact-close': CustomEvent<ClinicContactCloseDetail>;
  }
}
