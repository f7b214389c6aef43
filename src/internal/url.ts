/**
 * Safe link builders. Lit does not sanitise attribute bindings, so every URL
 * that comes from a pack or an attribute goes through one of these before it
 * reaches an `href`: anything that is not plainly https (or http, with a
 * warning), tel or mailto is not linked at all.
 */
import { warnOnce } from './warn.js';

/**
 * Who hears about a value that is not linked: `what` names the attribute or
 * pack path, `message` says why (starting with `what: `). By default a console
 * warning once per page; an element passes its own, so the mistake also
 * reaches a CMS preview as a `clinic-content-error` event.
 */
export type UrlReport = (what: string, message: string) => void;
const consoleReport: UrlReport = (_what, message) => warnOnce(message);

// C0 controls, space and DEL: the URL parser strips or ignores them, so
// "java\tscript:" and " javascript:" must be judged without them. Then other
// white space and invisible formatting characters (zero-width, bidi overrides)
// that could make a link read differently from where it goes.
// eslint-disable-next-line no-control-regex
const CONTROL_SPACE_OR_INVISIBLE = /[\u0000-\u0020\u007f\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** A value as it appears in a warning: quoted, control characters escaped, shortened. */
function shown(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/**
 * An absolute https: (or http:, with a console warning) URL, normalised by the
 * URL parser; `undefined` for anything else, with a warning naming `what`
 * (an attribute or a pack path).
 *
 * Deliberately strict: a value with any space or control character anywhere
 * (even leading or trailing, which the URL parser would quietly strip) is
 * refused, so what is linked is exactly what was written and checked.
 */
export function safeWebUrl(value: string | null | undefined, what: string, report: UrlReport = consoleReport): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const raw = value;
  if (CONTROL_SPACE_OR_INVISIBLE.test(raw)) {
    report(what, `${what}: ${shown(raw)} contains spaces or control characters, so it is not linked. Write the address as https://…`);
    return undefined;
  }
  // Only absolute URLs that name their scheme in plain letters are considered:
  // protocol-relative ("//evil"), entity-encoded ("javascript&colon;") and
  // control-character tricks all fail this test before the parser sees them.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http') {
    try {
      const url = new URL(raw);
      // The parser keeps the scheme it was given, so the URL is http(s) too.
      if (url.hostname && !url.username && !url.password) {
        if (scheme === 'http') report(what, `${what}: "${raw}" is not encrypted (http:); use https: if the site supports it.`);
        return url.href;
      }
    } catch {
      /* reported below */
    }
  }
  report(what, `${what}: ${shown(raw)} is not an https: URL, so it is not linked.`);
  return undefined;
}

// Separators people put in phone numbers: spaces (also no-break and thin),
// dashes (also the typographic ones a CMS substitutes), dots, slashes, brackets.
const PHONE_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const PHONE_DASHES = /[\u2010-\u2015\u2212]/g;
// "ext. 12", "extension 12", "x12", "#12", ",12", ";12" at the end of a number.
const EXTENSION = /(?:\s*(?:ext\.?|extn\.?|extension|x|#|,|;|p|w)\s*\d+)\s*$/i;

/**
 * A phone number as it is dialled: digits with a leading + for international
 * numbers (`+853 6201-6108` → `+85362016108`, `00853 …` → `+853…`,
 * `(+853) 6201 6108` → `+85362016108`, `+44 (0)20 7946 0321` → `+442079460321`:
 * the bracketed trunk 0 is not dialled from abroad). National numbers keep
 * their digits without a + (`(020) 7946 0321` → `02079460321`).
 *
 * `undefined` for anything that is not plainly a phone number: letters,
 * a + anywhere but the start, more than 15 digits (E.164), fewer than 2, and
 * numbers with an extension ("ext. 12", "x12", "#12", ",12"), which tel:
 * links do not dial consistently across phones and dialers: they are shown
 * as text, not linked.
 */
export function normalisePhone(value: string): string | undefined {
  const raw = value.trim().replace(PHONE_SPACES, ' ').replace(PHONE_DASHES, '-');
  if (!/^\(?\+?[0-9 ()./-]+$/.test(raw)) return undefined;
  const plus = /^\(?\+/.test(raw);
  const international = plus || /^\(?00/.test(raw);
  // "+44 (0)20 …": the trunk prefix in brackets is for callers inside the country.
  const body = international ? raw.replace(/\(\s*0\s*\)/, '') : raw;
  let digits = body.replace(/[^0-9]/g, '');
  if (!plus && digits.startsWith('00')) digits = digits.slice(2);
  if (international && digits.startsWith('0')) return undefined; // no country code starts with 0
  if (digits.length < 2 || digits.length > 15) return undefined;
  return international ? `+${digits}` : digits;
}

/**
 * `tel:` href for an emergency number, already checked against
 * `EMERGENCY_NUMBER` (digits, spaces, a leading +). Short codes such as
 * Australia's 000 are dialled as written: they are not international numbers.
 */
export const emergencyTelHref = (number: string): string => `tel:${number.replace(/\s/g, '')}`;

/** Why a phone number was not linked, for the warning. */
function phoneProblem(value: string, what: string): string {
  return EXTENSION.test(value.trim())
    ? `${what}: ${shown(value, 40)} has an extension, which phones do not dial consistently from a link, so it is shown as text and not linked. Give the direct number to link it.`
    : `${what}: ${shown(value, 40)} is not a phone number (digits, spaces, dashes, brackets and a leading + only), so it is not linked.`;
}

/** `tel:` href for a phone number, or `undefined` with a warning naming `what`. */
export function telHref(value: string | null | undefined, what: string, report: UrlReport = consoleReport): string | undefined {
  if (!value || !value.trim()) return undefined;
  const n = normalisePhone(value);
  if (!n) report(what, phoneProblem(value, what));
  return n ? `tel:${n}` : undefined;
}

/**
 * `https://wa.me/<digits>` for a WhatsApp number. WhatsApp needs the full
 * international number, so a number without its country code (no leading +
 * or 00) is not linked: a WhatsApp link without one would reach a stranger in another country.
 */
export function whatsappHref(value: string | null | undefined, what: string, report: UrlReport = consoleReport): string | undefined {
  if (!value || !value.trim()) return undefined;
  const n = normalisePhone(value);
  if (!n) {
    report(what, phoneProblem(value, what));
    return undefined;
  }
  if (!n.startsWith('+')) {
    report(what, `${what}: ${shown(value, 40)} has no country code (such as +852 or +853), which WhatsApp links need, so it is not linked.`);
    return undefined;
  }
  return `https://wa.me/${n.slice(1)}`;
}

/** `mailto:` href for a plain address, or `undefined` with a warning. */
export function mailtoHref(value: string | null | undefined, what: string, report: UrlReport = consoleReport): string | undefined {
  if (!value || !value.trim()) return undefined;
  const v = value.trim();
  if (/^[^\s@<>()"',;:?&%/\\]+@[^\s@<>()"',;:?&%/\\]+\.[a-z]{2,}$/i.test(v)) return `mailto:${v}`;
  report(what, `${what}: "${v.slice(0, 80)}" is not an email address, so it is not linked.`);
  return undefined;
}
