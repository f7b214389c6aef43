/**
 * Taking over pre-rendered markup. `clinic-widgets render` (and
 * `clinic-widgets/render`) write each element's shadow root into the page as
 * declarative shadow DOM, so it is styled at first paint and readable without
 * JavaScript. When the module loads, the element renders as usual, after the
 * pre-rendered nodes, and removes them in the same task: the reader sees no
 * change (the markup is the same), the page does not shift or scroll, and
 * focus, ticked boxes and typed text move to the same place in the new
 * nodes. While a custom pack is still loading, the pre-rendered markup stays
 * (it was rendered from that pack), so the bundled text never flashes.
 *
 * The kit does not hydrate (Lit's hydration support would add to every
 * page's bytes, and needs the first render to match the server's exactly);
 * replacing identical markup in one task looks the same to a reader.
 */
import type { LitElement, PropertyValues, ReactiveController } from 'lit';
import type { ContentController } from './content-controller.js';

/** Top-level nodes that only the pre-rendered markup has: its styles (adopted by the live element) and its no-script rules. */
const isMarkupOnly = (el: Element) => el.localName === 'style' || el.localName === 'noscript';

/** The element children that the live render has too. */
const children = (nodes: Iterable<Node>) => [...nodes].filter((n): n is Element => n instanceof Element && !isMarkupOnly(n));

/** `el`'s position under `top` as element indices, or undefined when it is not inside. */
function pathOf(el: Element, top: Element[]): number[] | undefined {
  const path: number[] = [];
  let node = el;
  while (!top.includes(node)) {
    const parent = node.parentElement;
    if (!parent) return undefined;
    path.unshift([...parent.children].indexOf(node));
    node = parent;
  }
  path.unshift(top.indexOf(node));
  return path;
}

const follow = (path: number[], top: Element[]) => path.slice(1).reduce<Element | undefined>((n, i) => n?.children[i], top[path[0]!]);

export class PrerenderedController implements ReactiveController {
  private nodes?: ChildNode[];
  /** Properties changed while the first render waited, given back to Lit when it happens. */
  private readonly held = new Map<PropertyKey, unknown>();

  constructor(
    private readonly host: LitElement,
    private readonly content: ContentController,
  ) {
    // A declarative shadow root is attached by the parser, before the element is upgraded.
    const root = host.shadowRoot;
    if (root?.firstChild) this.nodes = [...root.childNodes];
    host.addController(this);
  }

  hostConnected(): void {
    // Lit would render before the first existing node; the live render goes after the pre-rendered one instead.
    if (this.nodes) this.host.renderOptions.renderBefore = null;
  }

  /**
   * Whether the first render waits (for `shouldUpdate`): pre-rendered markup
   * is on screen and its custom pack is still loading. It renders, with every
   * property change since, once the pack is applied or refused.
   */
  hold(changed: PropertyValues): boolean {
    if (!this.nodes || this.host.hasUpdated || !this.content.startLoading()) return false;
    for (const [key, value] of changed) if (!this.held.has(key)) this.held.set(key, value);
    void this.content.settled.then(() => {
      for (const [key, value] of this.held) this.host.requestUpdate(key, value);
      this.held.clear();
      this.host.requestUpdate();
    });
    return true;
  }

  hostUpdated(): void {
    const nodes = this.nodes;
    const root = this.host.shadowRoot;
    if (!nodes || !root) return;
    this.nodes = undefined;
    const before = children(nodes);
    const after = children(root.childNodes).filter((n) => !nodes.includes(n));
    const focused = root.activeElement ? pathOf(root.activeElement, before) : undefined;
    // What a reader did before the module arrived: ticked boxes and typed text (a top-level input has none inside).
    const inputs = before.flatMap((top) => (top.localName === 'input' ? [top] : [...top.querySelectorAll('input, textarea')])) as HTMLInputElement[];
    const done = inputs
      .map((input) => ({ input, path: pathOf(input, before) }))
      .filter(({ input }) => (input.type === 'checkbox' || input.type === 'radio' ? input.checked !== input.defaultChecked : input.value !== input.defaultValue));
    for (const node of nodes) node.remove();
    for (const { input, path } of done) {
      const twin = path && (follow(path, after) as HTMLInputElement | undefined);
      if (!twin || twin.localName !== input.localName) continue;
      if (input.type === 'checkbox' || input.type === 'radio') {
        if (twin.checked !== input.checked) twin.click();
      } else if (twin.value !== input.value) {
        twin.value = input.value;
        twin.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    const twin = focused && (follow(focused, after) as HTMLElement | undefined);
    twin?.focus({ preventScroll: true });
  }
}
