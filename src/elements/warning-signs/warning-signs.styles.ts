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
    gap: 0.875em;
  }
  .tiers > li + li {
    margin-top: 0;
  }
  .tier {
    --_tier: var(--_routine);
    --_tier-surface: var(--_routine-surface);
    background: var(--_tier-surface);
    border: 1px solid var(--_tier);
    border-inline-start-width: 0.4em;
    border-radius: calc(var(--_radius) * 0.75);
    padding: var(--_space);
  }
  .tier--emergency {
    --_tier: var(--clinic-warning-signs-emergency-color, var(--_emergency));
    --_tier-surface: var(--_emergency-surface);
  }
  .tier--urgent {
    --_tier: var(--clinic-warning-signs-urgent-color, var(--_urgent));
    --_tier-surface: var(--_urgent-surface);
  }
  .tier--routine {
    --_tier: var(--clinic-warning-signs-routine-color, var(--_routine));
  }
  .tier-heading {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-size: 1.125em;
    margin-bottom: 0.375em;
  }
  .tier-heading .icon {
    color: var(--_tier);
    margin-top: -0.0625em;
  }
  .action {
    font-weight: 600;
  }
  .call {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0 0 0.75em;
    padding: 0.5em 1.125em;
    border: 2px solid transparent;
    border-radius: 999px;
    background: var(--_emergency);
    color: var(--_emergency-contrast);
    font-weight: 700;
    font-size: 1.0625em;
    text-decoration: none;
  }
  .call:hover {
    text-decoration: underline;
  }
  .call .icon {
    width: 1.25em;
    height: 1.25em;
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
    border-radius: calc(var(--_radius) * 0.75);
    padding: var(--_space);
    margin-bottom: 1em;
  }
  .tips h3,
  .tips h4,
  .tips h5,
  .tips h6 {
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
      padding: 0.75em;
    }
    .call {
      width: 100%;
      justify-content: center;
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
    .call {
      border-color: #000;
    }
  }
`;
