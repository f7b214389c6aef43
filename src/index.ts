/**
 * Clinic Widgets: one module that defines every element of the kit.
 *
 * ```html
 * <script type="module" src="https://your-site.example/clinic-widgets.js"></script>
 * <clinic-warning-signs></clinic-warning-signs>
 * ```
 */
export { VERSION } from './version.js';
export { ClinicElement, type Theme } from './internal/clinic-element.js';
export { ClinicWarningSigns } from './elements/warning-signs/warning-signs.js';
export { ClinicFaq, type ClinicFaqToggleDetail } from './elements/faq/faq.js';
export { ClinicRiskChecklist, type ClinicChecklistChangeDetail } from './elements/risk-checklist/risk-checklist.js';
export { ClinicContact, type ClinicContactCloseDetail, type ContactLayout } from './elements/contact/contact.js';
export { contentPackSchema, type ContentPack } from './content/schema.js';
export { validatePack, formatIssues, type PackIssue, type ValidationResult } from './content/validate.js';
export { resolveLocale } from './content/locale.js';
export { upgradeMountPoint } from './internal/mount.js';
export { configure, pageSettings, type PageSettings, type ClinicSettings } from './internal/settings.js';
export type { ContentErrorDetail } from './internal/report.js';

import { watchMountPoints } from './internal/mount.js';
import { applyScriptSettings, findOwnScript } from './internal/settings.js';
import { renderAtOnce } from './internal/tasks.js';

// Page-wide settings from the data-* attributes of the script tag that loaded this module, before any element renders.
if (typeof document !== 'undefined') applyScriptSettings(import.meta.url);
// A render-blocking script tag asks for every element at the first paint: first renders are not split into tasks then.
if (typeof document !== 'undefined' && findOwnScript(import.meta.url)?.blocking?.contains('render')) renderAtOnce();

// CMS mount points (<div data-clinic-widget="faq">) become elements, now and whenever one is added.
if (typeof document !== 'undefined') watchMountPoints();
