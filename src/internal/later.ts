import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { idle, rendersAtOnce } from './tasks.js';

/**
 * Content no reader sees at first, filled after the first paint: the FAQ's
 * closed answers and the closed "Where this information comes from" list of
 * the warning signs, the checklist and the FAQ (a quarter to half of each
 * one's nodes). The first render leaves each such part empty; the idle time
 * after it fills them, in reading order, as many per idle period as fit in it
 * (10 to 30 ms of work), without re-rendering the element. Opening a
 * question, a search matching it, a `<details>` around a part opening (a
 * click, a key, a script) and printing fill at once; `updateComplete` waits
 * for every part. Nothing is left for later on the server, under a
 * render-blocking script tag (the page waits for everything at its first
 * paint), nor in pre-rendered markup (which already has everything:
 * find-in-page never loses a word).
 */
export class LaterFill implements ReactiveController {
  /** Parts not filled yet, by key, in reading order. */
  readonly pending = new Map<string, Later>();
  /**
   * Parts filled once, by key: rendered at once from then on. Kept here, not
   * in the directive, which filling its part from outside replaces (Lit makes
   * a new one at the element's next update). So an update that renders every
   * question again (a region change) renders the filled answers with it: about
   * 40 ms for 1,000 questions, never a blank.
   */
  readonly filled = new Set<string>();
  /** Pending while parts are being filled. */
  filling?: Promise<void>;

  private readonly prerendered: boolean;

  constructor(private readonly host: ReactiveControllerHost & { readonly isConnected: boolean; readonly shadowRoot: ShadowRoot | null }) {
    this.prerendered = !isServer && !!host.shadowRoot?.firstChild;
    host.addController(this);
  }

  /** The part `key` (unique in the element): `content()` now (`now`, pre-rendered, or already filled), else empty until filled. */
  content = (key: string, now: boolean, content: () => unknown): unknown => later(this, key, now || this.prerendered || rendersAtOnce(), content);

  /** Fills these parts now. */
  now(keys: Iterable<string>): void {
    for (const key of keys) this.take(key)?.fill();
  }

  private take(key: string): Later | undefined {
    const later = this.pending.get(key);
    this.pending.delete(key);
    if (later) this.filled.add(key);
    return later;
  }

  /** Sees a `<details>` opening, however it opens: a click, a key, a script. */
  private opening?: MutationObserver;

  /** Fills the parts inside an open `<details>`. */
  private readonly opened = (details: Node) => {
    if ((details as HTMLDetailsElement).open) for (const [key, later] of this.pending) if (details.contains(later.part.parentNode)) this.now([key]);
  };

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (isServer || !root) return;
    addEventListener('beforeprint', this.all);
    // Its records come before the next frame (a microtask), so an opened list is never painted empty;
    // `toggle` comes a task later.
    (this.opening ??= new MutationObserver((records) => records.forEach((r) => this.opened(r.target)))).observe(root, {
      subtree: true,
      attributeFilter: ['open'],
    });
    // Opened while out of the page, where no record is kept.
    root.querySelectorAll('details[open]').forEach(this.opened);
    this.hostUpdated(); // goes on filling what a removal stopped
  }

  hostDisconnected(): void {
    if (isServer) return;
    removeEventListener('beforeprint', this.all);
    this.opening?.disconnect();
  }

  hostUpdated(): void {
    if (this.pending.size && !this.filling) this.filling = this.fill().finally(() => (this.filling = undefined));
  }

  private readonly all = () => this.now([...this.pending.keys()]);

  private async fill(): Promise<void> {
    // A removed element stops; it goes on when it is added again (hostConnected).
    while (this.pending.size) {
      const budget = Math.min(Math.max(await idle(), 10), 30);
      if (!this.host.isConnected) return;
      const start = performance.now();
      for (const key of this.pending.keys()) {
        this.take(key)!.fill();
        if (performance.now() - start > budget) break;
      }
    }
  }
}

class Later extends Directive {
  part!: ChildPart;
  private content!: () => unknown;

  render(_owner: LaterFill, _key: string, _now: boolean, content: () => unknown): unknown {
    return content();
  }

  override update(part: ChildPart, [owner, key, now, content]: Parameters<Later['render']>): unknown {
    Object.assign(this, { part, content });
    if (isServer || now || owner.filled.has(key)) {
      owner.filled.add(key);
      if (owner.pending.get(key) === this) owner.pending.delete(key);
      return content();
    }
    owner.pending.set(key, this);
    return nothing;
  }

  /** Called by the owner, which has taken it off its list and marked it filled. */
  fill(): void {
    setChildPartValue(this.part, this.content());
  }
}

const later = directive(Later);
