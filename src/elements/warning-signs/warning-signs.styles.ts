import { css } from 'lit';

export const warningSignsStyles = css`
  .intro {
    color: var(--_text);
  }
  .tiers {
    list-style: none;
    margin: 1em 0;
    padding: 0;
    display: grid;
    /* Never wider than the card: a long word (at large text, in a wide font) breaks instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.875em;
    container-type: inline-size;
  }
  .tiers > li + li {
    margin-top: 0;
  }
  .tier {
    /* A card, not a line of text: the measure applies to the text inside. */
    max-inline-size: none;
    /* Routine's colours; the emergency and urgent tiers set their own below (the schema allows these three levels only). */
    --_tier: var(--clinic-warning-signs-routine-color, var(--_routine));
    --_tier-surface: var(--_routine-surface);
    background: var(--_tier-surface);
    border: 1px solid var(--_tier);
    border-inline-start-width: min(0.4em, 8px);
  }
  .tier,
  .tips {
    border-radius: calc(var(--_radius) * 0.75);
    padding: min(var(--_space), 16px);
  }
  .tier--emergency {
    --_tier: var(--clinic-warning-signs-emergency-color, var(--_emergency));
    --_tier-surface: var(--_emergency-surface);
  }
  .tier--urgent {
    --_tier: var(--clinic-warning-signs-urgent-color, var(--_urgent));
    --_tier-surface: var(--_urgent-surface);
  }
  .tier-heading {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-size: 1.125em;
    margin-bottom: 0.375em;
  }
  /* Large text on a phone (320 px at 150–200%): the heading's lines after the first run under the icon, for long words. */
  @container (max-width: 11em) {
    /* The call button's words get the room its icon took ("(Emergency" fits the button at 320 px and 200%). */
    .call .icon {
      display: none;
    }
    .tier-heading {
      display: block;
    }
    .tier-heading .icon {
      float: inline-start;
      margin-inline-end: 0.5em;
    }
  }
  .tier-heading .icon {
    width: min(1.5em, 32px);
    height: min(1.5em, 32px);
    color: var(--_tier);
    /* Centred on the heading's first line, also where large text outgrows the icon's cap. */
    margin-top: calc((1lh - min(1.5em, 32px)) / 2);
  }
  .action {
    font-weight: 600;
  }
  /* The shared .pill, in the emergency colours: the most urgent thing on the screen in either theme. */
  .call {
    --_pill-bg: var(--_emergency-button);
    --_pill-fg: var(--_emergency-button-text);
    --_pill-border: var(--_emergency-button-border);
    margin: 0 0 0.75em;
    font-weight: 700;
    font-size: 1.0625em;
    /* Chinese breaks between any two characters; here only at the space and the bracket, never inside 緊急, where there is room. */
    word-break: keep-all;
  }
  /* Where there is none, the words break (overflow-wrap) rather than run out of the button. */
  .call span {
    min-width: 0;
  }
  .signs {
    margin-bottom: 0;
    list-style: disc;
  }
  .note {
    margin: 0.75em 0 0;
    color: var(--_text-muted);
  }
  .tips {
    background: var(--_surface);
    margin-bottom: 1em;
  }
  .tips-heading {
    font-size: 1em;
  }
  .tips ul {
    margin-bottom: 0;
  }
  .footer {
    font-weight: 600;
    margin-bottom: 0;
  }

  @media (max-width: 30em) {
    .tier,
    .tips {
      padding: min(0.75em, 10px);
    }
    .call {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .tier {
      border-color: CanvasText;
    }
    .call {
      border-color: LinkText;
    }
  }
  @media print {
    .tier {
      break-inside: avoid;
    }
  }
`;
