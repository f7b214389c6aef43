import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps focus clear of a bar fixed to the bottom of the screen (WCAG 2.2
 * SC 2.4.11, Focus Not Obscured). While the bar shows, the document gets
 * `scroll-padding-bottom` equal to the bar's height, measured with a
 * `ResizeObserver`, so the browser scrolls a focused element (and an anchor
 * target) above the bar instead of under it. The page's own value comes back
 * when the bar closes, stops being fixed (wide screens) or leaves the page.
 * With several bars, the tallest one counts.
 */
export class ScrollPaddingController implements ReactiveController {
  /** Each showing bar's height, in px. */
  private static readonly heights = new Map<ScrollPaddingController, number>();
  /** The document's own inline `scroll-padding-bottom`, while a bar has replaced it. */
  private static saved: string | undefined;

  private observer?: ResizeObserver;
  private bar?: HTMLElement;

  /** `onMeasure` hears the bar's height (0 when it is not fixed or let go) after each change. */
  constructor(
    host: ReactiveControllerHost,
    private readonly onMeasure?: (height: number) => void,
  ) {
    host.addController(this);
  }

  /** Follows `bar` (when it is fixed to the bottom); `undefined` lets go. */
  follow(bar: HTMLElement | undefined): void {
    if (bar === this.bar) return this.measure();
    this.observer?.disconnect();
    this.observer = undefined;
    this.bar = bar;
    if (bar && typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(() => this.measure());
      this.observer.observe(bar);
    }
    this.measure();
  }

  /** The host follows its bar again when it is reconnected. */
  hostDisconnected(): void {
    this.follow(undefined);
  }

  private measure(): void {
    const bar = this.bar;
    const height = bar?.isConnected && getComputedStyle(bar).position === 'fixed' ? bar.offsetHeight : 0;
    this.onMeasure?.(height);
    if (height > 0) ScrollPaddingController.heights.set(this, height);
    else ScrollPaddingController.heights.delete(this);
    ScrollPaddingController.apply();
  }

  private static apply(): void {
    const style = document.documentElement.style;
    const height = Math.max(0, ...this.heights.values());
    if (height > 0) {
      this.saved ??= style.scrollPaddingBottom;
      style.scrollPaddingBottom = `${Math.ceil(height)}px`;
    } else if (this.saved !== undefined) {
      style.scrollPaddingBottom = this.saved;
      this.saved = undefined;
    }
  }
}
