import { css } from 'lit';

/*
 * Layouts: the inner grid names its areas, and each layout places them.
 * banner: stacked, then intro | actions once its own box is 44em wide
 *         (a container query, so it also stacks in a narrow sidebar).
 * card:   always stacked, with the actions in a grid.
 * bar:    a banner on wide screens; fixed to the bottom of the viewport on
 *         narrow ones (a media query: the bar is sized by the viewport).
 */
export const contactStyles = css`
  /*
   * The inner box is a size container, which has no width of its own content: as a flex item of a page's row it
   * would be squeezed to its padding ("Cal/l"). 16em keeps room for "Call" and its number; never more than its box.
   */
  :host {
    min-width: min(16em, 100%);
  }
  .base {
    /* Brand colour: a per-element knob over the global token. */
    --_contact-accent: var(--clinic-contact-accent, var(--_accent));
    --_contact-accent-contrast: var(--clinic-contact-accent-contrast, var(--_accent-contrast));
    --_button-bg: var(--_contact-accent);
    --_button-fg: var(--_contact-accent-contrast);
    container: clinic-contact / inline-size;
  }
  /* A brand colour without 4.5:1 contrast falls back to the kit's defaults (same values as the base tokens). */
  .accent-fallback {
    --_button-bg: #0a5aa8;
    --_button-fg: #ffffff;
  }
  :host([theme='dark']) .accent-fallback {
    --_button-bg: #8ec5ff;
    --_button-fg: #0b1a2b;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .accent-fallback {
      --_button-bg: #8ec5ff;
      --_button-fg: #0b1a2b;
    }
  }
  /* Carries the author's colours, untouched by the fallback, for the contrast check. */
  .accent-probe {
    display: none;
    color: var(--_contact-accent-contrast);
    background-color: var(--_contact-accent);
  }

  /* Stacked by default, in source order (no named rows, so a missing part leaves no gap). */
  .inner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 1.5em;
  }
  .intro {
    min-width: 0;
  }
  .title {
    font-size: 1.25em;
    margin: 0;
  }
  .message {
    margin: 0.25em 0 0;
    color: var(--_text-muted);
  }
  .details {
    display: grid;
    gap: 0.25em;
    margin: 0.625em 0 0;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .detail {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dt {
    font-weight: 600;
    color: var(--_text);
  }
  dd {
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions > li {
    margin: 0;
    max-width: 100%;
  }
  /* The shared .pill: the main action filled with the brand colour, the others framed in it. */
  .button {
    --_pill-border: var(--_button-bg);
    --_pill-fg: var(--_text);
    justify-content: flex-start;
    text-align: start;
  }
  .button--primary {
    --_pill-bg: var(--_button-bg);
    --_pill-fg: var(--_button-fg);
  }
  .text {
    min-width: 0;
    overflow-wrap: break-word;
  }
  /* Wraps as a whole onto its own line before it breaks inside ("+853 6201 6108"). */
  .value {
    display: inline-block;
    max-width: 100%;
    font-weight: 400;
  }

  .safety {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0;
    padding: min(0.5em, 8px) min(0.75em, 12px);
    background: var(--_emergency-surface);
    border-inline-start: min(0.25em, 6px) solid var(--_emergency);
    border-radius: calc(var(--_radius) * 0.5);
    font-size: 0.9375em;
  }
  .safety .icon {
    width: min(1.25em, 24px);
    height: min(1.25em, 24px);
    margin-top: calc((1lh - min(1.25em, 24px)) / 2);
    color: var(--_emergency);
  }
  .emergency-link {
    /* At least 24 px high and wide, even in the bar's smaller type. */
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: max(1.6em, 24px);
    min-height: max(1.6em, 24px);
    vertical-align: middle;
    color: var(--_emergency);
    font-weight: 700;
  }

  .close,
  .bar-spacer,
  .safety-short {
    display: none;
  }

  /* A small phone or large text (a narrow box in em): the buttons drop their icons to keep room for the words. */
  @container clinic-contact (max-width: 14em) {
    .button .icon {
      display: none;
    }
    /* Room for a whole phone number at 320 px and 200% text: less padding, and corners that keep off the words. */
    .button {
      padding-inline: min(0.5em, 8px);
      border-radius: min(0.5em, 12px);
    }
    /* An eighth smaller, so "+44 20 7946 0321" stays on one line at 320 px and 200% in a wide font too (DejaVu Sans,
       Verdana); in a box this narrow at normal text (a 220 px sidebar) too. */
    .button .value {
      font-size: 0.875em;
    }
  }

  /* banner (and bar on wide screens): one row once there is room. */
  @container clinic-contact (min-width: 44em) {
    :is(.layout-banner, .layout-bar) .inner {
      grid-template-columns: minmax(16em, 1fr) fit-content(65%);
      grid-template-areas: 'intro actions' 'safety safety';
      align-items: center;
    }
    :is(.layout-banner, .layout-bar) .intro {
      grid-area: intro;
    }
    :is(.layout-banner, .layout-bar) .actions {
      grid-area: actions;
      justify-content: flex-end;
    }
    :is(.layout-banner, .layout-bar) .safety {
      grid-area: safety;
    }
  }

  /* card: a stacked card, one full-width button per line. */
  .layout-card {
    max-width: min(100%, 36em);
  }
  .layout-card .actions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .layout-card .button {
    width: 100%;
  }

  /* Narrow screens: banner and card buttons take the full width, easy to tap. */
  @container clinic-contact (max-width: 28em) {
    .actions > li {
      flex: 1 1 100%;
    }
    .button {
      width: 100%;
    }
  }

  /* bar: a compact bar fixed to the bottom of narrow screens, with calling, booking and a close button. */
  @media (max-width: 40em) {
    .layout-bar {
      position: fixed;
      inset-inline: 0;
      bottom: 0;
      z-index: var(--clinic-contact-bar-z-index, 1000);
      /* Never more than a third of the screen: larger text collapses it (below), and anything more scrolls inside it. */
      max-height: 33.3vh;
      overflow-y: auto;
      margin: 0;
      border-width: 1px 0 0;
      border-radius: 0;
      padding: min(0.5em, 8px) min(0.75em, 12px) calc(min(0.5em, 8px) + env(safe-area-inset-bottom, 0px));
      box-shadow: 0 -0.25em 1em rgb(0 0 0 / 0.2);
    }
    .layout-bar .inner {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'actions close' 'safety safety';
      gap: 0.5em;
      align-items: center;
    }
    .layout-bar .actions {
      grid-area: actions;
      flex-wrap: nowrap;
    }
    .layout-bar .safety {
      grid-area: safety;
      font-size: 0.8125em;
      padding: 0.25em 0.5em;
    }
    /* The name stays in the bar for screen readers (it names the region). */
    .layout-bar .intro,
    .layout-bar .value {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .layout-bar .extra {
      display: none;
    }
    /* Equal halves, but never narrower than the longest word. */
    .layout-bar .actions > li {
      flex: 1 1 0;
    }
    .layout-bar .button {
      width: 100%;
      justify-content: center;
      padding-inline: min(0.625em, 10px);
      text-align: center;
    }
    .layout-bar .button .text {
      font-size: 0.9375em;
    }
    .layout-bar .button .icon {
      display: none;
    }
    .layout-bar .close {
      grid-area: close;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: max(44px, 2em);
      height: max(44px, 2em);
      padding: 0;
      border: 2px solid var(--_border);
      border-radius: 999px;
      background: transparent;
      color: var(--_text);
      cursor: pointer;
    }
    /* Keeps the end of the page reachable: the host takes the fixed bar's height in the flow. */
    .bar-spacer {
      display: block;
    }
    .layout-bar .close:hover {
      border-color: var(--_text);
    }
    /*
     * Large text (the bar under 18em wide): the bar collapses to one row, its
     * call action, the emergency number (named "Call 999 (Emergency
     * services)") and the close button, so it keeps to a third of the screen.
     */
    @container clinic-contact (max-width: 18em) {
      /* Tighter, so "Call" keeps a line of its own at 320 px and 200% text in a wide font. */
      .layout-bar .inner {
        grid-template-columns: minmax(0, 1fr) auto auto;
        grid-template-areas: 'actions emergency close';
        gap: 0.25em;
      }
      .layout-bar .close {
        width: max(44px, 1.5em);
        height: max(44px, 1.5em);
      }
      /* The close button's and the emergency number's: the only icons shown in this row (the actions' and the safety line's are hidden). */
      .layout-bar .icon {
        width: 1em;
        height: 1em;
      }
      .layout-bar .actions:has(.item-call) .item-book,
      .layout-bar .safety {
        display: none;
      }
      .layout-bar .safety-short {
        grid-area: emergency;
        display: block;
        margin: 0;
      }
      .layout-bar .safety-short .emergency-link {
        gap: 0.25em;
        min-height: max(44px, 2em);
        padding-inline: 0.125em;
        text-decoration-thickness: 0.1em;
      }
    }
  }

  @media (forced-colors: active) {
    .layout-bar .close {
      border-color: ButtonText;
    }
    .button--primary {
      border-width: 3px;
    }
    .safety {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25em;
    }
  }

  @media print {
    .layout-bar {
      position: static;
      box-shadow: none;
    }
    .layout-bar .intro,
    .layout-bar .value {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      clip-path: none;
      white-space: normal;
    }
    .layout-bar .extra {
      display: list-item;
    }
    .close,
    .safety-short {
      display: none !important;
    }
    /* On paper a web link is only useful as its address: after the words, which keep their width (the address goes under them if need be). */
    .button[href^='http']::after {
      content: ' ' attr(href);
      font-weight: 400;
    }
    .button {
      flex-wrap: wrap;
    }
    .text {
      flex-shrink: 0;
      max-width: 100%;
    }
  }
`;
