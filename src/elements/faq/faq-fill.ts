import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { idle } from '../../internal/tasks.js';

/**
 * Which answers of the FAQ are rendered. The first render has the questions
 * and the open answers only; the closed ones are filled in idle time after
 * the first paint, a slice at a time (as many as the idle period allows: at
 * least 10 ms, at most 30 ms of work, from what the previous slice took per
 * answer, starting from a slow phone's 4 ms), so no task is long. Printing fills them all at once. On the
 * server every answer is rendered (`filled` is undefined).
 */
export class AnswerFill implements ReactiveController {
  readonly filled = isServer ? undefined : new Set<string>();
  /** Pending while answers are being filled. */
  filling?: Promise<void>;
  private updated?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget & { readonly isConnected: boolean },
    private readonly ids: () => readonly string[],
  ) {
    host.addController(this);
  }

  /** Fills these answers at the next update (opened, matched by the search). */
  add(ids: Iterable<string>): void {
    for (const id of ids) this.filled?.add(id);
  }

  hostConnected(): void {
    if (!isServer) addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    if (!isServer) removeEventListener('beforeprint', this.all);
  }

  hostUpdated(): void {
    this.updated?.();
    if (this.filled && !this.filling && this.left().length) this.filling = this.fill().finally(() => (this.filling = undefined));
  }

  private left = () => this.ids().filter((id) => !this.filled!.has(id));

  private all = () => {
    this.add(this.ids());
    this.host.requestUpdate();
  };

  private async fill(): Promise<void> {
    for (let perAnswer = 4; ; ) {
      const budget = Math.min(Math.max(await idle(), 10), 30);
      const left = this.left();
      if (!left.length || !this.host.isConnected) return;
      const start = performance.now();
      const slice = left.slice(0, Math.max(1, Math.floor(budget / perAnswer)));
      this.add(slice);
      const updated = new Promise<void>((resolve) => (this.updated = resolve));
      this.host.requestUpdate();
      await updated;
      perAnswer = Math.max((performance.now() - start) / slice.length, 0.02);
    }
  }
}
