import { css } from 'lit';

export const riskChecklistStyles = css`
  .base {
    /* One neutral accent for boxes, ticked rows and buttons: never a colour of danger. */
    --_check: var(--clinic-risk-checklist-accent, var(--_accent));
  }
  .intro {
    color: var(--_text);
  }

  /* The form: each category a light panel. */
  .form {
    display: grid;
    gap: 0.875em;
    margin: 1em 0;
  }
  .group {
    min-width: 0;
    margin: 0;
    padding: min(0.75em, 12px) min(var(--_space), 16px) min(0.5em, 8px);
  }
  .group,
  .summary,
  .not-causes {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .group,
  .summary {
    background: var(--_surface);
  }
  /* Floated, the legend sits inside the panel instead of on its border. */
  .legend {
    float: left;
    width: 100%;
    padding: 0;
    margin: 0 0 0.25em;
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .factors {
    clear: both;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    container-type: inline-size;
  }
  /* The box fills the first cell by itself (placed in order); the label and the hint are placed beside it. */
  .factor {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: min(0.625em, 10px);
    align-items: start;
    margin: 0 max(-0.5em, -8px);
    padding: 0 min(0.5em, 8px);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .factor:has(.checkbox:checked) {
    border-color: var(--_check);
    background: var(--_bg);
  }
  .checkbox {
    /* At least 24 × 24 CSS px (WCAG 2.5.8); 1.5em of the text's size (an input's own font is smaller), up to 32px. */
    font: inherit;
    width: clamp(24px, 1.5em, 32px);
    height: clamp(24px, 1.5em, 32px);
    /* Centred on the label's first line (padded 0.5em, 1.5em high) at every text size. */
    margin: calc(0.5em + (1.5em - clamp(24px, 1.5em, 32px)) / 2) 0 0;
    accent-color: var(--_check);
    cursor: pointer;
  }
  /* The label fills the row beside the box, with padding, so the whole line is easy to tap (2.5em high at least),
     and its hint follows at the same distance whatever the number of its lines. */
  .label {
    /* Placed, not left to auto-placement: a page that hides the native box (::part(checkbox)) keeps the label here. */
    grid-column: 2;
    grid-row: 1;
    display: block;
    padding: 0.5em 0;
    font-weight: 600;
    cursor: pointer;
  }
  .explanation {
    grid-column: 2;
    grid-row: 2;
    margin: 0 0 0.5em;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  /*
   * Large text in a narrow column (320 px at 200%): the label's lines after
   * the first run under the box, so a long word ("antiphospholipid") keeps a
   * line of its own instead of breaking beside the box.
   */
  @container (max-width: 10em) {
    .factor {
      display: block;
    }
    .checkbox {
      float: inline-start;
      margin-inline-end: min(0.625em, 10px);
    }
  }

  /* The summary: a soft panel. */
  .summary,
  .not-causes {
    padding: min(var(--_space), 16px);
  }
  .summary-heading {
    font-size: 1.125em;
  }
  .ticked li + li {
    margin-top: 0.5em;
  }
  .summary-head {
    display: block;
    font-weight: 600;
  }
  .summary-explanation {
    display: block;
    color: var(--_text-muted);
  }
  .disclaimer {
    margin-bottom: 0;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-weight: 600;
  }
  .summary-sources {
    margin-top: 0.75em;
    font-size: 0.875em;
  }
  .sources-heading {
    font-size: 1em;
    margin-bottom: 0.25em;
  }
  .summary-sources .source-list {
    margin: 0;
  }
  /* Bullets, not numbers: the kit writes no digits of its own, not even list markers. */
  .source-list {
    list-style: disc;
  }

  /* Buttons in a row, wrapping on narrow screens. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 1em 0;
  }
  /* The shared .pill in the checklist's neutral accent. */
  .button {
    --_pill-border: var(--_check);
    --_pill-fg: var(--_check);
    --_pill-bg: var(--_bg);
  }
  .status {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_text-muted);
  }

  .not-causes-heading {
    font-size: 1.0625em;
  }
  .not-causes ul {
    margin-bottom: 0;
  }

  @media (max-width: 30em) {
    .group,
    .summary,
    .not-causes {
      padding-inline: min(0.75em, 10px);
    }
    .button {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .group,
    .summary,
    .not-causes {
      border-color: CanvasText;
    }
    /* A transparent border would be forced to CanvasText: only ticked rows get a frame. */
    .factor {
      border-color: Canvas;
    }
    .factor:has(.checkbox:checked) {
      border-color: Highlight;
    }
    .button {
      color: ButtonText;
      background: ButtonFace;
    }
  }

  @media print {
    /* Paper never shows the answers form: what was ticked is in the summary, with its sources. The list of every
       factor's sources is left off too (the factors are not on paper), and with it what does not cause miscarriage,
       which would be on paper without its sources. */
    .base > :is(form, .actions, .not-causes),
    .meta .sources {
      display: none !important;
    }
    /* "Print summary" prints the summary (with its disclaimer) only; printing the page keeps the title, the
       introduction and the review date around it. */
    :host([data-clinic-print-only]) .base > :not(.summary) {
      display: none !important;
    }
    :host .base,
    :host([theme]) .base {
      border: 0;
      padding: 0;
    }
    .summary {
      border: 0;
      padding: 0;
      background: none;
    }
    .summary-explanation {
      color: inherit;
    }
    .ticked li {
      break-inside: avoid;
    }
  }
`;
