/**
 * Structured data (schema.org JSON-LD) for search engines, shared by the
 * elements that offer `structured-data`. One script per element, in the
 * element's light DOM (search engines do not read shadow roots), updated
 * in place and removed when the element leaves the page.
 *
 * The script text is JSON built with JSON.stringify, with `<` escaped so no
 * pack string can close the script. Pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`) must allow the policy named
 * `clinic-widgets`, which only ever passes this JSON through.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageState } from './settings.js';

type Policy = { createScript(text: string): unknown };

/** The kit's Trusted Types policy, created once per page even when two copies of the kit are loaded. */
function policy(): Policy | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  return (
    tt &&
    pageState('trusted-types-policy', () => {
      try {
        return tt.createPolicy('clinic-widgets', { createScript: (text: string) => text });
      } catch {
        return undefined; // the page's CSP does not allow the policy: no structured data
      }
    })
  );
}

/** JSON for a script element: `<` escaped so `</script>` in a string cannot end it. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Keeps one `<script type="application/ld+json">` inside its host element's light DOM. */
export class JsonLdController implements ReactiveController {
  private script?: HTMLScriptElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Shows `data` as the element's structured data, or removes it for `undefined`. */
  set(data: object | undefined): void {
    if (!data || !this.host.isConnected) return this.remove();
    const text = jsonLdText(data);
    const p = policy();
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      // Not data-clinic-widget: that marks CMS mount points, which mount.ts turns into elements.
      this.script.dataset.clinicJsonLd = this.host.localName;
    }
    try {
      this.script.textContent = (p ? p.createScript(text) : text) as string;
    } catch {
      return this.remove(); // Trusted Types enforced without our policy: skip structured data rather than break
    }
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }

  remove(): void {
    this.script?.remove();
    this.script = undefined;
  }

  hostDisconnected(): void {
    this.remove();
  }
}
