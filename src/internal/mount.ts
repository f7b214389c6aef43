/**
 * CMS mount points. Where an editor cannot write custom tags (WordPress for
 * authors without `unfiltered_html`, Drupal's Basic HTML format), a plain
 *
 *   <div data-clinic-widget="faq" data-heading-level="3" data-items="…">…</div>
 *
 * becomes `<clinic-faq heading-level="3" items="…">`. `data-*` attributes map
 * to the element's attributes; `id`, `class` and `style` are kept; the div's
 * own content moves inside the element, where it stays readable until the
 * element renders (and forever, if the script never loads).
 */
import { pageState } from './settings.js';

/** Mount point names (`data-clinic-widget`) and the elements they become. */
export const MOUNT_TAGS: Record<string, string> = {
  'warning-signs': 'clinic-warning-signs',
  'risk-checklist': 'clinic-risk-checklist',
  faq: 'clinic-faq',
  contact: 'clinic-contact',
};

// Scripts and templates never become widgets (other code may tag them for its own reasons).
const SELECTOR = '[data-clinic-widget]:not(script, template, style)';

/** Turns one mount point into its element; returns the element, or undefined for an unknown widget name. */
export function upgradeMountPoint(div: Element): Element | undefined {
  const name = div.getAttribute('data-clinic-widget')?.trim().toLowerCase() ?? '';
  const tag = MOUNT_TAGS[name.replace(/^clinic-/, '')];
  if (!div.parentNode) return undefined;
  if (!tag) {
    console.warn(`[clinic-widgets] data-clinic-widget="${name}" is not one of: ${Object.keys(MOUNT_TAGS).join(', ')}.`);
    return undefined;
  }
  const el = document.createElement(tag);
  for (const { name: attr, value } of [...div.attributes]) {
    if (attr === 'data-clinic-widget') continue;
    if (attr === 'id' || attr === 'class' || attr === 'style' || attr === 'lang' || attr === 'hidden') el.setAttribute(attr, value);
    else if (attr.startsWith('data-')) el.setAttribute(attr.slice(5), value);
  }
  el.append(...div.childNodes);
  div.replaceWith(el);
  return el;
}

function upgradeWithin(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) upgradeMountPoint(root);
  for (const div of root.querySelectorAll(SELECTOR)) upgradeMountPoint(div);
}

/** Upgrades every mount point now and every one added later. Safe to call twice: one watcher per page, even when two copies of the kit are loaded. */
export function watchMountPoints(): void {
  pageState('mount-point-watcher', () => {
    const start = () => {
      upgradeWithin(document);
      const observer = new MutationObserver((records) => {
        for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) upgradeWithin(node);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    };
    // A module script runs after parsing, but a copy loaded with `async` or injected early may not.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    return true;
  });
}
