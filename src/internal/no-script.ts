/**
 * Pre-rendered markup's rules for a visitor without JavaScript (used by
 * `clinic-widgets render` and the configurator's pre-rendered snippet). They
 * sit in a `<noscript>` in the shadow root, which the browser parses as a
 * style only when scripting is off, so the live element and a reader with
 * JavaScript never see them: every FAQ answer shown, and controls that need
 * the script hidden, and the contact bar kept in the page's flow (the script
 * is what reserves its height, so fixed it would cover the page's end).
 * Links (call, email, booking) work as they are.
 */
export const NO_SCRIPT: Record<string, string> = {
  'clinic-faq': '.panel[hidden]{display:block!important;content-visibility:visible!important}.tools,.chevron{display:none!important}',
  'clinic-risk-checklist': '.actions,.empty{display:none!important}',
  'clinic-contact': '.close{display:none!important}.base{position:static!important;max-height:none!important}',
};

/** The `<noscript>` for `tag`'s shadow root, or '' when it needs none. */
export const noScriptMarkup = (tag: string): string => (NO_SCRIPT[tag] ? `<noscript><style>${NO_SCRIPT[tag]}</style></noscript>` : '');
