import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { idle } from '../../internal/tasks.js';

/**
 * The FAQ's closed answers, filled after the first paint. The first render
 * has every question and the open answers; each closed answer is an empty
 * part until the idle time after the first paint fills it, in reading
 * order, as many per idle period as fit in it (10 to 30 ms of work), without
 * re-rendering the list. Opening a question, a search matching it and
 * printing fill at once. On the server every answer is rendered.
 */
export class AnswerFill implements ReactiveController {
  /** Answers not filled yet, in reading order. */
  readonly pending = new Map<string, Later>();
  /** Pending while answers are being filled. */
  filling?: Promise<void>;

  /** Pre-rendered markup (a declarative shadow root) has every answer: the live render that replaces it does too, so find-in-page never loses one. */
  private readonly prerendered: boolean;

  constructor(private readonly host: ReactiveControllerHost & { readonly isConnected: boolean; readonly shadowRoot: ShadowRoot | null }) {
    this.prerendered = !isServer && !!host.shadowRoot?.firstChild;
    host.addController(this);
  }

  /** The answer to question `id`: `content()` now (`now`, pre-rendered, or already filled), else an empty part filled later. */
  answer = (id: string, now: boolean, content: () => unknown): unknown => later(this, id, now || this.prerendered, content);

  /** Fills these answers now. */
  now(ids: Iterable<string>): void {
    for (const id of ids) this.take(id)?.fill();
  }

  private take(id: string): Later | undefined {
    const later = this.pending.get(id);
    this.pending.delete(id);
    return later;
  }

  hostConnected(): void {
    if (!isServer) addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    if (!isServer) removeEventListener('beforeprint', this.all);
  }

  hostUpdated(): void {
    if (this.pending.size && !this.filling) this.filling = this.fill().finally(() => (this.filling = undefined));
  }

  private readonly all = () => this.now([...this.pending.keys()]);

  private async fill(): Promise<void> {
    // A removed element stops; it goes on when it is added again (hostUpdated).
    while (this.pending.size && this.host.isConnected) {
      const budget = Math.min(Math.max(await idle(), 10), 30);
      const start = performance.now();
      for (const id of this.pending.keys()) {
        this.take(id)!.fill();
        if (performance.now() - start > budget) break;
      }
    }
  }
}

class Later extends Directive {
  private part!: ChildPart;
  private content!: () => unknown;
  private filled = false;

  render(_owner: AnswerFill, _id: string, _now: boolean, content: () => unknown): unknown {
    return content();
  }

  override update(part: ChildPart, [owner, id, now, content]: Parameters<Later['render']>): unknown {
    Object.assign(this, { part, content });
    if (isServer || now || this.filled) {
      this.filled = true;
      if (owner.pending.get(id) === this) owner.pending.delete(id);
      return content();
    }
    owner.pending.set(id, this);
    return nothing;
  }

  /** Called by the owner, which has taken it off its list. */
  fill(): void {
    this.filled = true;
    setChildPartValue(this.part, this.content());
  }
}

const later = directive(Later);
