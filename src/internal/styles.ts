/**
 * Shared styles: design tokens, resets against host-page CSS, focus ring,
 * motion, print and forced-colors rules. Every element composes these.
 *
 * Two layers of custom properties: the documented global tokens
 * (`--clinic-*`), which a clinic sets to brand the kit, and private ones
 * (`--_*`) that default to them per theme.
 */
import { css } from 'lit';

const darkTokens = css`
  --_text: var(--clinic-color-text, #e9ecf1);
  --_text-muted: var(--clinic-color-text-muted, #bcc3ce);
  --_bg: var(--clinic-color-background, #161b22);
  --_surface: var(--clinic-color-surface, #1f2630);
  --_border: var(--clinic-color-border, #5b6676);
  --_accent: var(--clinic-color-accent, #8ec5ff);
  --_accent-contrast: var(--clinic-color-accent-contrast, #0b1a2b);
  --_focus: var(--clinic-color-focus, #ffd54f);
  --_emergency: var(--clinic-color-emergency, #ff9d94);
  --_emergency-contrast: var(--clinic-color-emergency-contrast, #2b0503);
  --_emergency-surface: var(--clinic-color-emergency-surface, #3b1816);
  /* The call button stays a saturated red with white text in the dark (4.98:1), framed in light pink: still the most urgent thing on screen. */
  --_emergency-button: #d32f2f;
  --_emergency-button-text: #ffffff;
  --_emergency-button-border: #ffb4ab;
  --_urgent: var(--clinic-color-urgent, #ffc266);
  --_urgent-surface: var(--clinic-color-urgent-surface, #36270f);
  --_routine: var(--clinic-color-routine, #8fd4a8);
  --_routine-surface: var(--clinic-color-routine-surface, #15301f);
  color-scheme: dark;
`;

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* While a custom pack loads, the bundled content stays visible: a reader is never shown a blank. */

  .base {
    /* Light theme (default). */
    --_text: var(--clinic-color-text, #1b2230);
    --_text-muted: var(--clinic-color-text-muted, #485164);
    --_bg: var(--clinic-color-background, #ffffff);
    --_surface: var(--clinic-color-surface, #f4f6f9);
    --_border: var(--clinic-color-border, #b9c0cb);
    --_accent: var(--clinic-color-accent, #0a5aa8);
    --_accent-contrast: var(--clinic-color-accent-contrast, #ffffff);
    --_focus: var(--clinic-color-focus, #0a5aa8);
    --_emergency: var(--clinic-color-emergency, #b3261e);
    --_emergency-contrast: var(--clinic-color-emergency-contrast, #ffffff);
    --_emergency-surface: var(--clinic-color-emergency-surface, #fdeeed);
    --_emergency-button: var(--_emergency);
    --_emergency-button-text: var(--_emergency-contrast);
    --_emergency-button-border: var(--_emergency-button);
    --_urgent: var(--clinic-color-urgent, #8a4a00);
    --_urgent-surface: var(--clinic-color-urgent-surface, #fff4e2);
    --_routine: var(--clinic-color-routine, #1f6b3c);
    --_routine-surface: var(--clinic-color-routine-surface, #edf7f0);
    --_radius: var(--clinic-radius, 0.75em);
    --_space: var(--clinic-space, 1em);
    color-scheme: light;

    /* Host pages style text in ways that inherit into shadow DOM: undo them. (Border-box: the * rule below.) */
    font-family: var(--clinic-font-family, inherit);
    /* em, never rem: a page with html { font-size: 62.5% } must not shrink the widget. */
    font-size: var(--clinic-font-size, max(1em, 16px));
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* No last line of one word or one character ("裂。"), where the browser can (Chromium, Safari 26). */
    text-wrap: pretty;
    /* A word breaks only when it cannot fit on a line of its own (never "99" / "9"). */
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /*
     * Paddings are capped in px: in em they double with a reader's large
     * text at every nesting level and leave a phone a column one word wide.
     */
    padding: min(calc(var(--_space) * 1.25), 20px);
    max-width: 100%;
    /* Apart from whatever comes next, whatever the host page's margins. */
    margin-block-end: 1.5em;
  }
  /*
   * A phone: 12 px, down to 4 px when large text leaves the card under about
   * 10 em (320 px at 200%), so a long word or a phone number keeps its line.
   */
  @media (max-width: 30em) {
    .base {
      padding: min(var(--_space), 12px, max(4px, (100cqi - 10.5em) / 2));
    }
  }
  :host([theme='dark']) .base {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .base {
      ${darkTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    /* Block, and the family and colour of the text around: the browser's own for a heading, which a page's CSS cannot reach here. */
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    /* Lines of even length: no last line of one word or one character, in Firefox too. */
    text-wrap: balance;
    text-transform: none;
    letter-spacing: normal;
  }
  .title {
    font-size: 1.375em;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    /* Capped: an indent in em doubles with large text and narrows a phone's column. */
    padding-inline-start: min(1.25em, 28px);
  }
  li + li {
    margin-top: 0.25em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  /* Only ever on spans and a div that no rule pads or frames, so it needs no padding: 0 or border: 0. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  [hidden] {
    display: none !important;
  }

  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }

  /* A readable measure: about 70 characters a line, however wide the page. */
  p,
  li,
  dd {
    max-inline-size: 70ch;
  }
  /*
   * A spaced number ("+853 6201 6108") moves to the next line as a whole; it
   * breaks between its groups only where it cannot fit on a line by itself.
   */
  .number {
    display: inline-block;
    max-width: 100%;
  }

  /*
   * The one pill-shaped button (and link styled as one) of the kit. Each use
   * sets its colours through --_pill-bg, --_pill-fg and --_pill-border.
   * At least 44 px high; paddings capped in px so large text keeps its room.
   */
  .pill {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: min(0.5em, 8px);
    max-width: 100%;
    min-height: max(44px, 2em);
    min-width: 44px;
    margin: 0;
    padding: min(0.5em, 8px) min(1em, 16px);
    border: 2px solid var(--_pill-border, var(--_accent));
    /* A pill on one line, a rounded box when large text wraps it. */
    border-radius: min(999px, 1.375em);
    background: var(--_pill-bg, transparent);
    color: var(--_pill-fg, var(--_accent));
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .pill:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .pill .icon {
    width: min(1.25em, 24px);
    height: min(1.25em, 24px);
  }

  /* Footer: last reviewed and sources. */
  .meta {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .reviewed {
    margin: 0 0 0.5em;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding: 0.25em 0;
    min-height: 1.5em;
  }
  .source-list {
    margin: 0.5em 0 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .pill {
      border-color: ButtonText;
    }
  }

  @media print {
    /* As specific as the theme rules, and later, so paper is always black on white (with or without a theme attribute). */
    :host(:not([theme='light'])) .base,
    :host([theme]) .base {
      --_text: #000;
      --_text-muted: #222;
      --_bg: #fff;
      --_accent: #000;
      --_border: #555;
      --_emergency: #000;
      --_urgent: #000;
      --_routine: #000;
      --_emergency-surface: #fff;
      --_urgent-surface: #fff;
      --_routine-surface: #fff;
      --_emergency-contrast: #fff;
      color-scheme: light;
    }
    /* Sources are part of the record on paper. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    /* Background graphics are off by default on paper: a pill is black text in a thin frame, without an icon gap. */
    .pill {
      background: none !important;
      color: #000 !important;
      border: 1px solid #000 !important;
      min-height: 0;
    }
    .pill .icon {
      display: none !important;
    }
    /* The sources toggle is a heading on paper, not a link. */
    .sources summary {
      text-decoration: none;
    }
    /* One rule for every source list and every answer's sources: paper shows where a link goes. */
    a[href][part$='source-link']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
