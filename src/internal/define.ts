import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/**
 * Registers a tag once. When the script is loaded twice (two URLs, or two
 * versions of the kit), or another library took the tag first, the existing
 * definition is kept and nothing throws: the other tags still work. A
 * warning is logged only when the versions differ, as Shoelace does.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.version !== VERSION) {
    warnOnce(
      existing.version
        ? `<${tag}> is already defined by clinic-widgets ${existing.version}; this copy (${VERSION}) is not used. Load the kit once.`
        : `<${tag}> is already defined by another script; clinic-widgets ${VERSION} leaves it alone.`,
    );
  }
}
