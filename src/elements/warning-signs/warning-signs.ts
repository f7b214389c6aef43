import { html, nothing } from 'lit';
import { ClinicElement } from '../../internal/clinic-element.js';
import { defineElement } from '../../internal/define.js';
import { baseStyles } from '../../internal/styles.js';
import { dirOf, fill, heading, keepNumbers, lastReviewed, sourcesDisclosure } from '../../internal/templates.js';
import { icons } from '../../internal/icons.js';
import { emergencyTelHref } from '../../internal/url.js';
import { TIER_LEVELS, type TierLevel, type WarningTier } from '../../content/schema.js';
import { warningSignsStyles } from './warning-signs.styles.js';

const TIER_ICONS: Record<TierLevel, unknown> = { emergency: icons.alert, urgent: icons.clock, routine: icons.info };

/**
 * The warning signs of miscarriage and ectopic pregnancy in three tiers,
 * most urgent first: call the emergency number now, contact a doctor or
 * midwife today, mention it at the next visit. Urgency is said in words
 * (visually hidden prefixes) as well as shown in colour.
 *
 * @summary Tiered warning signs with a one-tap call to the emergency number.
 *
 * @csspart base - The card.
 * @csspart title - The card's heading.
 * @csspart intro - The introduction under the heading.
 * @csspart tier - Each tier; also `tier-emergency`, `tier-urgent`, `tier-routine`.
 * @csspart tier-heading - Each tier's heading.
 * @csspart action - Each tier's action line.
 * @csspart call-link - The `tel:` link to the emergency number.
 * @csspart signs - Each tier's list of signs.
 * @csspart note - A tier's note.
 * @csspart tips - Practical tips after the tiers.
 * @csspart footer - The closing advice ("If in doubt, get checked").
 * @csspart meta - The block with the review date and sources.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart sources - The sources disclosure (`<details>`).
 *
 * @cssprop --clinic-warning-signs-emergency-color - Accent of the emergency tier (defaults to `--clinic-color-emergency`).
 * @cssprop --clinic-warning-signs-urgent-color - Accent of the urgent tier (defaults to `--clinic-color-urgent`).
 * @cssprop --clinic-warning-signs-routine-color - Accent of the routine tier (defaults to `--clinic-color-routine`).
 */
export class ClinicWarningSigns extends ClinicElement {
  static override styles = [baseStyles, warningSignsStyles];
  protected static override sections = ['warningSigns', 'emergency', 'regions', 'ui'] as const;

  /** The pack's tiers in the order of urgency, whatever order the pack lists them in. */
  private get tiers(): WarningTier[] {
    const tiers = this.content.warningSigns.tiers;
    return TIER_LEVELS.flatMap((level) => tiers.filter((t) => t.level === level));
  }

  override render() {
    const pack = this.content;
    const ws = pack.warningSigns;
    const level = this.level;
    const emergency = this.emergency;
    const vars = { number: emergency.number, label: emergency.label };
    const prefixes: Record<TierLevel, string> = {
      emergency: pack.ui.warningSigns.emergencyPrefix,
      urgent: pack.ui.warningSigns.urgentPrefix,
      routine: pack.ui.warningSigns.routinePrefix,
    };
    const cited = [...ws.tiers.flatMap((t) => t.signs.flatMap((s) => s.sources)), ...(ws.tips?.sources ?? [])];

    return html`<article part="base" class="base" lang=${this.locale} dir=${dirOf(this.locale)} aria-labelledby="title">
      ${heading(level, ws.title, { id: 'title', part: 'title', class: 'title' })}
      <p class="intro" part="intro">${ws.intro}</p>
      <ul class="tiers" role="list">
        ${this.tiers.map(
          (tier) => html`<li class="tier tier--${tier.level}" part="tier tier-${tier.level}" data-level=${tier.level}>
            ${heading(
              level + 1,
              html`${TIER_ICONS[tier.level]}<span
                  ><span class="visually-hidden">${prefixes[tier.level]} </span>${fill(tier.heading, vars)}</span
                >`,
              { part: 'tier-heading', class: 'tier-heading' },
            )}
            <p class="action" part="action">${keepNumbers(fill(tier.action, vars))}</p>
            ${tier.level === 'emergency'
              ? html`<a class="pill call" part="call-link" href=${emergencyTelHref(emergency.number)}
                  >${icons.phone}<span>${keepNumbers(fill(pack.ui.common.callEmergency, vars))}</span></a
                >`
              : nothing}
            <ul class="signs" part="signs">
              ${tier.signs.map((s) => html`<li>${keepNumbers(fill(s.text, vars))}</li>`)}
            </ul>
            ${tier.note ? html`<p class="note" part="note">${keepNumbers(fill(tier.note, vars))}</p>` : nothing}
          </li>`,
        )}
      </ul>
      ${ws.tips
        ? html`<div class="tips" part="tips">
            ${heading(level + 1, ws.tips.heading, { class: 'tips-heading' })}
            <ul>
              ${ws.tips.items.map((t) => html`<li>${t}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${ws.footer ? html`<p class="footer" part="footer">${keepNumbers(fill(ws.footer, vars))}</p>` : nothing}
      <div class="meta" part="meta">${lastReviewed(pack, this.contentController.lastReviewed, this.locale)} ${sourcesDisclosure(pack, cited, ws.title, this.later)}</div>
    </article>`;
  }
}

defineElement('clinic-warning-signs', ClinicWarningSigns);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-warning-signs': ClinicWarningSigns;
  }
}
