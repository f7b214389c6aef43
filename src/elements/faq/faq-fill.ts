import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
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

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The answer to question `id`: `content()` now (`now`, or already filled), else an empty part filled later. */
  answer = (id: string, now: boolean, content: () => unknown): unknown => later(this, id, now, content);

  /** Fills these answers now. */
  now(ids: Iterable<string>): void {
    for (const id of ids) this.pending.get(id)?.fill();
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
    while (this.pending.size) {
      const budget = Math.min(Math.max(await idle(), 10), 30);
      const start = performance.now();
      for (const later of this.pending.values()) {
        later.fill();
        if (performance.now() - start > budget) break;
      }
    }
  }
}

class Later extends AsyncDirective {
  private owner!: AnswerFill;
  private id = '';
  private content!: () => unknown;
  private filled = false;

  render(owner: AnswerFill, id: string, now: boolean, content: () => unknown): unknown {
    Object.assign(this, { owner, id, content });
    if (isServer || now || this.filled) {
      this.filled = true;
      this.forget();
      return content();
    }
    owner.pending.set(id, this);
    return nothing;
  }

  fill(): void {
    this.forget();
    this.filled = true;
    this.setValue(this.content());
  }

  private forget(): void {
    if (this.owner.pending.get(this.id) === this) this.owner.pending.delete(this.id);
  }

  protected override disconnected(): void {
    this.forget();
  }

  protected override reconnected(): void {
    if (!this.filled) this.owner.pending.set(this.id, this);
  }
}

const later = directive(Later);
