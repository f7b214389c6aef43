import { css } from 'lit';

export const faqStyles = css`
  .base {
    --_question: var(--clinic-faq-question-color, var(--_text));
    --_question-hover: var(--clinic-faq-question-hover-background, var(--_surface));
    --_separator: var(--clinic-faq-separator-color, var(--_border));
  }
  .intro {
    color: var(--_text-muted);
  }

  /* Search and expand all. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.75em 1em;
    margin: 1em 0 1em;
  }
  /* The row wraps, and the search box never forces the page sideways, whatever the text size. */
  .search {
    flex: 1 1 18em;
    min-width: 0;
    max-width: 100%;
  }
  .search label {
    display: block;
    font-weight: 600;
  }
  /* The example is a hint under the label, not a placeholder: an input cannot wrap, so a phone with large text cut it off, and it went as soon as one typed. */
  .hint {
    display: block;
    margin-bottom: 0.375em;
    color: var(--_text-muted);
  }
  .search-field {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .search-field .icon {
    position: absolute;
    inset-inline-start: 0.75em;
    top: 0.625em;
    width: 1.25em;
    height: 1.25em;
    color: var(--_text-muted);
    pointer-events: none;
  }
  /* width: 100% so the field's own intrinsic width (about 20 characters, 256–276 px in Firefox) never widens the row past a phone's card. */
  #search {
    flex: 1 1 12em;
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    margin: 0;
    padding-block: 0.5em;
    /* The room for the icon is on the side it is on (inset-inline-start), in a right-to-left language too. */
    padding-inline: 2.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    /* The edge shows where to type: the secondary text's colour, well over 3:1 against the field and the card (WCAG 1.4.11). */
    border: 2px solid var(--_text-muted);
    border-radius: calc(var(--_radius) * 0.67);
    appearance: none;
  }
  /* The element has its own labelled clear button; the browser's unlabelled one would be a second. */
  #search::-webkit-search-cancel-button {
    appearance: none;
    display: none;
  }
  #search:focus-visible {
    border-color: var(--_accent);
  }
  /* The shared .pill; hover also tints it. */
  .tool:hover {
    background: var(--_surface);
  }
  .expand-all {
    margin-inline-start: auto;
  }
  .empty {
    margin: 0 0 1em;
    padding: 0.75em var(--_space);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.67);
  }

  /* The accordion. */
  .items {
    border-top: 1px solid var(--_separator);
    container-type: inline-size;
  }
  .item {
    border-bottom: 1px solid var(--_separator);
  }
  /* The last question's separator already closes the list. */
  .items + .meta {
    border-top: 0;
    padding-top: 0;
  }
  /* A long list lays out only the questions near the screen; the rest keep their last known size. */
  .long > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  .question-heading {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  /* Its line height is the heading's: the shared button { font: inherit } inherits it (line-height is part of font). */
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: min(0.75em, 8px);
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: min(0.75em, 12px) min(0.5em, 8px);
    border: 0;
    border-radius: 0;
    background: transparent;
    color: var(--_question);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .question:hover {
    background: var(--_question-hover);
  }
  .question:hover .question-text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .question:focus-visible {
    outline-offset: -0.1875em;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .question-text {
    min-width: 0;
    max-inline-size: 70ch;
  }
  .chevron {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: min(2em, 36px);
    height: min(2em, 36px);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    transition: transform 0.2s ease;
  }
  /* A share of its circle, so that it stays inside it with large text too (the circle stops growing at 36 px). */
  .chevron .icon {
    width: 62%;
    height: 62%;
  }
  .question[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  /*
   * Large text in a narrow column (320-390 px at 200%): only the first line runs
   * beside the chevron (it sits over a float that holds its room), so a long
   * word ("acupuncture") has the whole width below, where it keeps whole
   * unless wider than the line. (Not hyphens: auto: Firefox then splits
   * "com-mon" and "af-ter" too.)
   */
  @container (max-width: 11em) {
    /* No min-height: a one-line question stays at the top, where the chevron is. */
    .question {
      display: block;
      position: relative;
      min-height: 0;
    }
    /* The chevron and the 8 px gap (min(0.75em, 8px) at any text size this column can hold). */
    .question::before {
      content: '';
      float: inline-end;
      width: calc(min(2em, 36px) + 8px);
      height: min(2em, 36px);
    }
    .chevron {
      position: absolute;
      inset-inline-end: min(0.5em, 8px);
      /* Centred on the first line, as the other icons are (1lh). */
      top: calc(min(0.75em, 12px) + (1lh - min(2em, 36px)) / 2);
    }
  }

  /*
   * Closed answers are hidden="until-found" where supported: the browser
   * keeps them out of layout with content-visibility, so find-in-page can
   * still reach them. The shared [hidden] { display: none !important }
   * would defeat that, so it is overridden here (more specific).
   */
  .panel[hidden='until-found'] {
    display: block !important;
    content-visibility: hidden;
  }
  .answer {
    padding: 0 min(0.5em, 8px) 1.25em;
    line-height: 1.6;
  }
  .answer > ul {
    list-style: disc;
  }
  .answer-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-top: 0.25em;
  }
  .answer-sources {
    flex: 1 1 16em;
    margin: 0;
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_text-muted);
  }
  .answer-sources-label {
    font-weight: 600;
  }
  .answer-sources a {
    color: inherit;
  }
  .copy-link {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    color: var(--_accent);
    font-size: 0.875em;
    cursor: pointer;
  }
  .copy-link:hover {
    background: var(--_surface);
    text-decoration: underline;
  }
  .copy-link .icon {
    width: 1.125em;
    height: 1.125em;
  }

  @media (max-width: 30em) {
    .tools {
      flex-direction: column;
      align-items: stretch;
    }
    .search {
      flex-basis: auto;
      width: 100%;
    }
    .expand-all {
      margin-inline-start: 0;
    }
  }

  @media (forced-colors: active) {
    .item,
    .items {
      border-color: CanvasText;
    }
    .copy-link,
    #search {
      border-color: ButtonText;
    }
    .chevron {
      background: none;
      color: ButtonText;
    }
  }

  @media print {
    /* Paper cannot open anything: every answer prints, and controls that do nothing there are left out. */
    .items[hidden],
    .item[hidden],
    .panel[hidden] {
      display: block !important;
    }
    .item,
    .panel {
      content-visibility: visible !important;
    }
    .tools,
    .empty,
    .copy-link,
    .chevron,
    .question::before {
      display: none !important;
    }
    .question {
      padding-inline: 0;
      color: #000;
    }
    .answer {
      padding-inline: 0;
    }
    /*
     * An answer may run on to the next page (kept whole, most answers left
     * half a page blank before them); its question stays with its first lines.
     */
    .question-heading {
      break-after: avoid;
    }
    .answer p,
    .answer li,
    .answer-sources {
      break-inside: avoid;
    }
    /* A line that leads into a list ("Known causes include:") stays with it. */
    .answer p:has(+ ul, + ol) {
      break-after: avoid;
    }
    /* Each answer prints its own sources with their addresses: the list of them all would print each a second time. */
    .meta .sources {
      display: none !important;
    }
  }
`;
