import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/**
 * Registers a tag once. When the script is loaded twice (two URLs, or two
 * versions of the kit), or another library took the tag first, the existing
 * definition is kept and nothing throws: the other tags still work. One
 * warning per page when another version of the kit got there first, as
 * Shoelace does; one per tag taken by another library.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing.version === undefined) {
    warnOnce(`<${tag}> is already defined by another script, so clinic-widgets leaves it alone; the kit's other elements still work.`);
  } else if (existing.version !== VERSION) {
    // warnOnce keys on the text: one warning for the page, whichever tags clash.
    warnOnce(`clinic-widgets ${existing.version} is already loaded on this page, so this copy (${VERSION}) is not used. Load the kit once.`);
  }
}
