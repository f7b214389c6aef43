/**
 * `ContentController`: everything between a pack and an element, in one place.
 *
 *   lang → locale; region (attribute > page settings > language tag);
 *   bundled, inline (`pack="id"`), URL (`src`, or the page's `data-src`) or
 *   object pack → merged, validated pack; emergency number (attribute > page
 *   settings > custom pack > region > pack default); placeholders filled;
 *   loading state; `clinic-content-error` for a pack that cannot be used.
 *
 * Loading is a `@lit/task` Task (arguments compared by identity, an
 * `AbortSignal` per run, a status). The Task is hosted by this controller,
 * not by the element, so a pack that arrives re-renders only the elements
 * whose sections it replaces: a FAQ-only pack never touches the warning
 * signs. While a pack loads, the bundled content stays on screen: a reader
 * never sees a blank where the emergency signs were.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { bundledPack, BUNDLED_LOCALES } from '../content/packs.js';
import { loadInlinePack, loadPackUrl, resolvePack, type Loaded } from '../content/loader.js';
import { langOf, resolveLocale } from '../content/locale.js';
import { fillPack, normaliseRegion, placeholderValues, regionOfLang } from '../content/region.js';
import { EMERGENCY_NUMBER, prepareSchema, type ContentPack, type Region, type Section } from '../content/schema.js';
import type { PackIssue, ValidationResult } from '../content/validate.js';
import { onSettingsChange, pageSettings } from './settings.js';
import { warnOnce } from './warn.js';
import { idle } from './tasks.js';

/** What an element must offer its content controller. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  pack?: string | Record<string, unknown>;
  region?: string;
  emergencyNumber?: string;
  /** Reports one author mistake: a console warning per distinct mistake and a `clinic-content-error` event. */
  reportError(source: string, issues: PackIssue[], severity?: 'warn' | 'error'): void;
}

/** Where a custom pack comes from: an object set from script, `#id` of an inline script, or a URL. */
type PackSource = Record<string, unknown> | string | undefined;

interface Loaded_ {
  /** The source and locale it was loaded for. */
  source: PackSource;
  locale: string;
  /** How the source is named in messages: the URL, `#id` or `pack property`. */
  name: string;
  /** The top-level keys the custom pack gives (which sections it replaces). */
  keys: readonly string[];
  /** Whether the custom pack gives its own `meta.lastReviewed` (else the merged pack holds the bundled one). */
  ownReview: boolean;
  result: ValidationResult;
}

/** A pack given on the page itself: an object, or (in a browser) `#id` of an inline script. It needs no waiting. */
const isGiven = (source: PackSource): source is Record<string, unknown> | `#${string}` =>
  typeof source === 'object' || (!isServer && typeof source === 'string' && source.startsWith('#'));

/** What a loaded pack resolves to for `locale`: merged onto the bundled pack and validated. */
function resolveLoaded(source: Exclude<PackSource, undefined>, locale: string, loaded: Loaded): Loaded_ {
  const data = loaded.ok && loaded.data && typeof loaded.data === 'object' ? (loaded.data as { meta?: { lastReviewed?: unknown } }) : undefined;
  const keys = data ? Object.keys(data) : [];
  const ownReview = data?.meta?.lastReviewed !== undefined;
  return { source, locale, name: typeof source === 'object' ? 'pack property' : source, keys, ownReview, result: loaded.ok ? resolvePack(loaded.data, locale) : loaded };
}

/**
 * One observer for `lang` anywhere in the document, serving every connected
 * controller (an ancestor's `lang` changes the locale), as Shoelace's
 * LocalizeController does.
 */
class LangWatcher {
  private static readonly hosts = new Set<ReactiveControllerHost>();
  private static observer?: MutationObserver;

  static add(host: ReactiveControllerHost): void {
    this.hosts.add(host);
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.hosts.forEach((h) => h.requestUpdate()));
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  static delete(host: ReactiveControllerHost): void {
    this.hosts.delete(host);
    if (this.hosts.size) return;
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

export class ContentController implements ReactiveController {
  /** Pack URL requests of the page, by resolved URL: one request per URL, however many elements use it. */
  private static readonly requests = new Map<string, Promise<Loaded>>();
  private readonly host: ContentHost;
  /** The top-level sections this element shows; a custom pack that replaces none of them leaves it alone. */
  private readonly sections: ReadonlySet<string>;
  /** The section holding this element's own text (its first), whose review date it shows. */
  private readonly textSection?: Section;
  private readonly internals?: ElementInternals;
  private readonly task: Task<[PackSource, string], Loaded_ | undefined>;
  private unsubscribe?: () => void;
  /** The custom pack applied to this element (its sections intersect ours), else undefined. */
  private applied?: Loaded_;
  /** The pack given on the page (object or inline script) and what it resolved to, for its source and locale (see `current`). */
  private given?: Loaded_;
  /** The last filled pack and what it was filled from: derived again only when one of them changes. */
  private filled?: { base: ContentPack; key: string; pack: ContentPack };

  constructor(host: ContentHost, sections: readonly Section[], internals?: ElementInternals) {
    this.host = host;
    this.sections = new Set(sections);
    this.textSection = sections[0];
    this.internals = internals;
    host.addController(this);
    // The Task's host is a facade: its updates pass through `settle`, which decides whether the element must render again.
    const facade: ReactiveControllerHost = {
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => this.settle(),
      get updateComplete() {
        return host.updateComplete;
      },
    };
    this.task = new Task(facade, {
      args: () => [this.source, this.locale] as [PackSource, string],
      task: async ([source, locale], { signal }) => {
        if (source === undefined) return undefined;
        if (isGiven(source)) return this.resolveGiven(source, locale);
        // The schema that checks the pack is built while it downloads (in idle time), not once it has come.
        void idle().then(prepareSchema);
        const loaded = await loadPackUrl(source, ContentController.requests);
        signal.throwIfAborted();
        return resolveLoaded(source, locale, loaded);
      },
    });
  }

  /** The custom pack source for this element: its `pack` (object or inline id), else its `src`, else the page's `data-src`. */
  private get source(): PackSource {
    const { pack, src } = this.host;
    if (pack && typeof pack === 'object') return pack;
    if (typeof pack === 'string' && pack.trim()) return `#${pack.trim()}`;
    return src?.trim() || pageSettings().src?.trim() || undefined;
  }

  /** The bundled locale serving this element: its `lang`, the closest ancestor's, the document's, else `en`. */
  get locale(): string {
    return resolveLocale(langOf(this.host), BUNDLED_LOCALES);
  }

  /** Whether a custom pack is loading (the bundled content shows meanwhile). */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /**
   * Whether the element has a custom pack not yet applied (or refused), so
   * it shows the bundled content only for now: ids in its attributes are
   * checked against the pack once it is in, not against the bundled one.
   */
  get awaitingPack(): boolean {
    const source = this.source;
    if (isServer || isGiven(source)) return false; // resolved at once (on the server, the renderer passes the pack itself)
    const value = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return source !== undefined && (value?.source !== source || value.locale !== this.locale);
  }

  /** Resolves once the current custom pack (if any) has been applied or refused. */
  get settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  hostConnected(): void {
    LangWatcher.add(this.host);
    this.unsubscribe = onSettingsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    LangWatcher.delete(this.host);
    this.unsubscribe?.();
  }

  hostUpdate(): void {
    // Runs the Task when the source or the locale changed (identity comparison).
    this.task.hostUpdate();
  }

  /**
   * Starts loading the custom pack now, before the first update, and says
   * whether it is on its way: pre-rendered markup (see
   * `src/internal/prerendered.ts`) stays until it is in.
   */
  startLoading(): boolean {
    const source = this.source;
    if (source === undefined || isGiven(source)) return false; // nothing to wait for (the Task would be pending for a microtask)
    this.task.hostUpdate();
    return this.loading;
  }

  /** Called by the Task on every status change: the element's `:state(loading)`, then what a finished run brings. */
  private settle(): void {
    const pending = this.loading;
    try {
      this.internals?.states[pending ? 'add' : 'delete']('loading');
    } catch {
      /* CustomStateSet unsupported: nothing depends on it. */
    }
    if (pending) return; // the bundled (or previous) content stays on screen
    const value = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    // A pack given on the page was rendered (and any problem reported) already, see `current`; it is kept as the
    // previous content, which stays on screen while a pack URL that replaces it loads.
    const given = !!value && isGiven(value.source);
    if (value && !given && !value.result.ok) this.host.reportError(value.name, value.result.issues);
    const touches = !!value && value.result.ok && value.keys.some((k) => this.sections.has(k));
    const next = touches ? value : undefined;
    if (next === this.applied) return;
    this.applied = next;
    if (!given) this.host.requestUpdate();
  }

  /**
   * The custom pack applied to this element. A pack given on the page (an
   * object, or an inline script) is resolved at once, so the first render
   * shows it and no render of the bundled text comes before; on the server
   * the renderer passes every pack as an object. A pack from a URL applies
   * once the Task has loaded it.
   */
  private get current(): Loaded_ | undefined {
    const source = this.source;
    if (!isGiven(source)) return isServer ? undefined : this.applied;
    const value = this.resolveGiven(source, this.locale);
    if (!value.result.ok) return void this.host.reportError(value.name, value.result.issues);
    return value.keys.some((k) => this.sections.has(k)) ? value : undefined;
  }

  /** Resolves a pack given on the page, once for its source and locale. */
  private resolveGiven(source: Record<string, unknown> | `#${string}`, locale: string): Loaded_ {
    const given = this.given;
    if (given?.source === source && given.locale === locale) return given;
    const loaded: Loaded = typeof source === 'object' ? { ok: true, data: source } : loadInlinePack(source.slice(1), this.host);
    return (this.given = resolveLoaded(source, locale, loaded));
  }

  /** The validated pack before placeholders: the custom one when it applies to this element, else the bundled one. */
  private get base(): ContentPack {
    const result = this.current?.result;
    return result?.ok ? result.pack : bundledPack(this.locale);
  }

  /**
   * The review date of the text this element shows: the bundled pack's, or,
   * when a custom pack replaces this element's text (its first section), that
   * pack's own `meta.lastReviewed`, and none if it gives none: the bundled
   * date must not vouch for words a clinic wrote.
   */
  get lastReviewed(): string | undefined {
    const applied = this.current;
    if (!applied || !this.textSection || !applied.keys.includes(this.textSection)) return bundledPack(this.locale).meta.lastReviewed;
    return applied.ownReview ? this.base.meta.lastReviewed : undefined;
  }

  /** The region code in force: the element's `region`, else the page's, else the language tag's region. */
  get regionCode(): string | undefined {
    for (const [value, source, path] of [
      [this.host.region, 'attribute', 'region'],
      [pageSettings().region, 'page settings', 'data-region'],
    ] as const) {
      if (!value) continue;
      const code = normaliseRegion(value);
      if (code) return code;
      this.host.reportError(source, [{ path, message: `"${value}" is not a two-letter region code such as HK, MO, TW or GB` }]);
    }
    return regionOfLang(langOf(this.host));
  }

  /** The region's data in the pack, when the pack covers it (an uncovered region is reported once). */
  get region(): Region | undefined {
    const code = this.regionCode;
    if (!code) return undefined;
    const region = this.base.regions?.[code];
    if (!region && (this.host.region || pageSettings().region)) {
      const known = Object.keys(this.base.regions ?? {}).join(', ');
      this.host.reportError(this.host.region ? 'attribute' : 'page settings', [
        { path: this.host.region ? 'region' : 'data-region', message: `no regional data for "${code}" (covered: ${known}); set the emergency number yourself` },
      ]);
    }
    return region;
  }

  /**
   * The emergency number in force: the element's `emergency-number`, else the
   * page's, else the custom pack's `emergency`, else the region's, else the
   * pack's default (and the page author is asked to set a region).
   */
  get emergency(): { number: string; label: string } {
    const base = this.base;
    const region = this.region;
    const label = region?.label ?? base.emergency.label;
    const candidates = [
      [this.host.emergencyNumber, 'attribute', 'emergency-number'],
      [pageSettings().emergencyNumber, 'page settings', 'data-emergency-number'],
    ] as const;
    for (const [value, source, path] of candidates) {
      const n = value?.trim();
      if (!n) continue;
      if (EMERGENCY_NUMBER.test(n)) return { number: n, label };
      this.host.reportError(source, [{ path, message: `"${n}" is not an emergency number (digits and spaces, with an optional leading +)` }]);
    }
    if (this.current?.keys.includes('emergency')) return base.emergency;
    if (region) return { number: region.number, label };
    // An uncovered region was reported already (with what to do); this advisory is for a page that set none.
    if (!this.regionCode) warnOnce(
      `No region is set, so the emergency number shown is the default, ${base.emergency.number}. Set data-region on the kit's script tag (for example data-region="HK"), or data-emergency-number.`,
    );
    return base.emergency;
  }

  /** The pack this element renders: validated, for its locale, with every placeholder of its own sections filled for its region. */
  get pack(): ContentPack {
    const base = this.base;
    const values = placeholderValues(base, this.region, this.emergency.number);
    const key = JSON.stringify(values);
    if (this.filled?.base !== base || this.filled.key !== key) this.filled = { base, key, pack: fillPack(base, values, this.sections) };
    return this.filled.pack;
  }
}
