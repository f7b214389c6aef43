import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterFrame } from './tasks.js';

/**
 * A polite live region's text, said again even when it repeats: the text is
 * first blanked, rendered and shown for a frame, then set, so screen readers
 * hear "Summary copied" on the second copy too. Optionally waits for a pause
 * (typing in a search box) so a reader is not flooded. The element renders
 * `announcer.message` inside its `role="status"` region.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;
  /** The latest announcement (or clearing): an older one still waiting says nothing. */
  private turn = 0;
  /** What the region shows (the message of the last update). */
  private shown = '';
  /** Ends the wait for the blank to be rendered: taken by the next update (`rendering`), called once it is done. */
  private blank?: (value?: unknown) => void;
  private rendering?: (value?: unknown) => void;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Says `message` after `delay` ms (cancelling anything still waiting), blanking the region first. */
  announce(message: string | (() => string), delay = 0): void {
    clearTimeout(this.timer);
    const turn = ++this.turn;
    const say = async () => {
      // The blank is rendered, then a frame shows it (so assistive technology sees the region change), then the words.
      // Not the host's `updateComplete`, which waits for every part filled later.
      if (this.message || this.shown || this.blank || this.rendering) {
        await new Promise((resolve) => {
          this.blank = resolve;
          this.message = '';
          this.host.requestUpdate();
        });
        await afterFrame();
      }
      if (turn === this.turn) this.set(typeof message === 'function' ? message() : message);
    };
    if (delay) this.timer = setTimeout(() => void say(), delay);
    else void say();
  }

  /** Empties the region and cancels anything waiting. Safe to call during an update. */
  clear(): void {
    clearTimeout(this.timer);
    this.turn++;
    this.set('');
  }

  private set(message: string): void {
    if (message === this.message) return;
    this.message = message;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.rendering = this.blank;
    this.blank = undefined;
  }

  hostUpdated(): void {
    this.shown = this.message;
    this.rendering?.();
    this.rendering = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
