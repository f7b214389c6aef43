/**
 * Safe link builders. Lit does not sanitise attribute bindings, so every URL
 * that comes from a pack or an attribute goes through one of these before it
 * reaches an `href`: anything that is not plainly https (or http, with a
 * warning), tel or mailto is not linked at all.
 */
import { warnOnce } from './warn.js';

// C0 controls, space and DEL: the URL parser strips or ignores them, so
// "java\tscript:" and " javascript:" must be judged without them.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/g;

/**
 * An absolute https: (or http:, with a console warning) URL, normalised by the
 * URL parser; `undefined` for anything else, with a warning naming `what`
 * (an attribute or a pack path).
 */
export function safeWebUrl(value: string | null | undefined, what: string): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const raw = value.trim();
  // Only absolute URLs that name their scheme in plain letters are considered:
  // protocol-relative ("//evil"), entity-encoded ("javascript&colon;") and
  // control-character tricks all fail this test before the parser sees them.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if ((scheme === 'https' || scheme === 'http') && raw === raw.replace(CONTROL_OR_SPACE, '')) {
    try {
      const url = new URL(raw);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname && !url.username && !url.password) {
        if (url.protocol === 'http:') warnOnce(`${what}: "${raw}" is not encrypted (http:); use https: if the site supports it.`);
        return url.href;
      }
    } catch {
      /* reported below */
    }
  }
  warnOnce(`${what}: "${raw.slice(0, 80)}" is not an https: URL, so it is not linked.`);
  return undefined;
}

/** Digits of a phone number with a leading + kept: `+853 6201-6108` → `+85362016108`. `00` becomes `+`. */
export function normalisePhone(value: string): string | undefined {
  const raw = value.trim();
  // Extensions ("x123", "ext. 4") are not dialable from a tel: link consistently: reject.
  if (!/^\+?[0-9 ()./\-\u00a0]+$/.test(raw)) return undefined;
  let digits = raw.replace(/[^0-9]/g, '');
  if (raw.startsWith('+')) digits = `+${digits}`;
  else if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const count = digits.replace('+', '').length;
  return count >= 3 && count <= 15 ? digits : undefined;
}

/** `tel:` href for a phone number, or `undefined` with a warning naming `what`. */
export function telHref(value: string | null | undefined, what: string): string | undefined {
  if (!value) return undefined;
  const n = normalisePhone(value);
  if (!n) warnOnce(`${what}: "${value.slice(0, 40)}" is not a phone number, so it is not linked.`);
  return n ? `tel:${n}` : undefined;
}

/** `https://wa.me/<digits>` for a WhatsApp number (international form, no +). */
export function whatsappHref(value: string | null | undefined, what: string): string | undefined {
  if (!value) return undefined;
  const n = normalisePhone(value);
  if (!n) warnOnce(`${what}: "${value.slice(0, 40)}" is not a phone number, so it is not linked.`);
  return n ? `https://wa.me/${n.replace('+', '')}` : undefined;
}

/** `mailto:` href for a plain address, or `undefined` with a warning. */
export function mailtoHref(value: string | null | undefined, what: string): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^[^\s@<>()"',;:?&%/\\]+@[^\s@<>()"',;:?&%/\\]+\.[a-z]{2,}$/i.test(v)) return `mailto:${v}`;
  warnOnce(`${what}: "${v.slice(0, 80)}" is not an email address, so it is not linked.`);
  return undefined;
}
