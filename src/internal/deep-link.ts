import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Deep links into a shadow root. The browser does not look inside shadow
 * roots for a URL's fragment, so `#<prefix><id>` (on load and on
 * `hashchange`) is handed to the element as `target`, and after the update
 * that shows it the element is scrolled to and focused.
 */
export class DeepLinkController implements ReactiveController {
  /** The id the URL points at, until the element takes it. */
  private pending?: string;
  /** Selectors to scroll to and to focus after the next update. */
  private reveal?: { scroll: string; focus: string };
  private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; hasUpdated: boolean };
  private readonly prefix: string;

  constructor(host: DeepLinkController['host'], prefix: string) {
    this.host = host;
    this.prefix = prefix;
    host.addController(this);
  }

  /** The id from `location.hash`, if it is one of ours. */
  private fromHash(): string | undefined {
    const hash = location.hash;
    if (!hash.startsWith(`#${this.prefix}`)) return undefined;
    try {
      return decodeURIComponent(hash.slice(this.prefix.length + 1));
    } catch {
      return undefined;
    }
  }

  private readonly onHashChange = (): void => {
    this.pending = this.fromHash();
    if (this.pending) this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    // Only on the first connection: moving the element later must not steal focus.
    if (!this.host.hasUpdated) this.pending = this.fromHash();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The id the URL points at, once: the element opens it (or ignores an id it does not show). */
  take(): string | undefined {
    const id = this.pending;
    this.pending = undefined;
    return id;
  }

  /** After this update, scroll `scroll` into view and focus `focus` (selectors in the render root). */
  revealAfterUpdate(scroll: string, focus: string): void {
    this.reveal = { scroll, focus };
  }

  hostUpdated(): void {
    const reveal = this.reveal;
    if (!reveal) return;
    this.reveal = undefined;
    this.host.renderRoot.querySelector(reveal.scroll)?.scrollIntoView({ block: 'start' });
    this.host.renderRoot.querySelector<HTMLElement>(reveal.focus)?.focus({ preventScroll: true });
  }
}
