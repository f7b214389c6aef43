// The demo: preview any element of the kit on the bundled pack (or the
// clinic's own words, edited in "Your own content"), set it up with controls
// generated from the Custom Elements Manifest, and copy the exact code that
// renders what is shown.
import elements from 'virtual:clinic-widgets/elements';
import { MAX_PACK_BYTES, parsePackText, resolvePack } from '../src/content/loader.ts';
import { resolveLocale } from '../src/content/locale.ts';
import type { PackIssue } from '../src/content/validate.ts';
import { bundledPack } from '../src/content/packs.ts';
import { HTTPS_URL } from '../src/content/schema.ts';
import { contrastRatio, formatRatio, parseColor, TEXT_CONTRAST, type Rgba } from '../src/internal/color.ts';
import type { DemoAttribute, DemoElement } from '../scripts/docs.mjs';
import type { ClinicSettings } from '../src/internal/settings.ts';
import exampleClinic from './example-clinic.json' with { type: 'json' };
import { ContentEditor, controlId } from './content-editor.ts';
import { NO_SCRIPT, noScriptMarkup } from '../src/internal/no-script.ts';

type Value = string | boolean;
type Theme = 'light' | 'dark' | 'auto';
type Width = 'phone' | 'tablet' | 'desktop';
type Form = 'html' | 'mount' | 'prerendered';

/**
 * Attributes with a control of their own (language, theme, custom pack), or
 * set once for the page in "Your clinic" (the script tag's data-*), so not
 * in the generated list.
 */
const OWN_CONTROLS = new Set(['lang', 'theme', 'src', 'pack', 'region', 'emergency-number']);
/** `<clinic-contact>`'s clinic details: page-wide settings in "Your clinic", not one element's attributes. */
const CLINIC_ATTRIBUTES = new Set(['name', 'phone', 'whatsapp', 'email', 'address', 'hours', 'booking-url', 'map-url']);
const LOCALES = ['en', 'zh-Hant'] as const;
const DEFAULT_ACCENT = '#0a5aa8';
/** Each preview device: its name, and the width and height of its screen in CSS px. */
const DEVICES: Record<Width, [string, number, number]> = { phone: ['Phone', 360, 640], tablet: ['Tablet', 768, 1024], desktop: ['Desktop', 1280, 800] };
const FONTS = ['system', 'sans-serif', 'serif'] as const;
/** The clinic's own pack: the downloaded file's name, and the id of its inline form. */
const PACK_FILE = 'clinic-content.json';
const PACK_ID = 'clinic-content';

const state = {
  tag: elements[0]!.tagName,
  /** Per tag, the value of each generated control (absent = not set). */
  values: new Map<string, Map<string, Value>>(elements.map((e) => [e.tagName, new Map()])),
  locale: 'en' as (typeof LOCALES)[number],
  theme: 'auto' as Theme,
  brand: undefined as string | undefined,
  width: 'desktop' as Width,
  font: 'system' as (typeof FONTS)[number],
  form: 'html' as Form,
  /** Where the clinic hosts its pack ('' : the code carries it inline). */
  packUrl: '',
  scriptUrl: '/path/to/clinic-widgets.js',
  scriptFound: false,
  /**
   * "Your clinic": the page-wide settings, written once as the script tag's
   * data-* (an empty string: not set, so not shown). Prefilled with the
   * demo's example clinic, which is plainly fictional and lives here only:
   * the kit itself carries no clinic.
   */
  settings: { ...clinicOf('en'), region: '', emergencyNumber: '' } as Record<SettingKey, string>,
};

type SettingKey = keyof ClinicSettings | 'region' | 'emergencyNumber';

/** The demo's fictional example clinic in a language (its message stays per element). */
function clinicOf(locale: string): Required<ClinicSettings> {
  const { message: _message, ...details } = exampleClinic[locale === 'zh-Hant' ? 'zh-Hant' : 'en'];
  return details;
}

interface SettingField {
  key: SettingKey;
  label: string;
  /** The script tag's attribute. */
  data: string;
  type: 'text' | 'tel' | 'email' | 'url' | 'select';
  hint?: string;
}

/** The "Your clinic" fields, in the order shown and written on the script tag. */
const SETTING_FIELDS: SettingField[] = [
  { key: 'name', label: 'Clinic name', data: 'data-clinic-name', type: 'text' },
  { key: 'phone', label: 'Phone', data: 'data-clinic-phone', type: 'tel', hint: 'With the country code, for example +852 2345 6789.' },
  { key: 'whatsapp', label: 'WhatsApp', data: 'data-clinic-whatsapp', type: 'tel', hint: 'An international number starting with +.' },
  { key: 'email', label: 'Email', data: 'data-clinic-email', type: 'email' },
  { key: 'address', label: 'Address', data: 'data-clinic-address', type: 'text' },
  { key: 'hours', label: 'Opening hours', data: 'data-clinic-hours', type: 'text' },
  { key: 'bookingUrl', label: 'Booking link', data: 'data-clinic-booking-url', type: 'url', hint: 'The full address, starting with https://.' },
  { key: 'mapUrl', label: 'Map link', data: 'data-clinic-map-url', type: 'url', hint: 'The full address, starting with https://.' },
  { key: 'region', label: 'Region', data: 'data-region', type: 'select', hint: 'Sets the ambulance number and the local services named in the text.' },
  {
    key: 'emergencyNumber',
    label: 'Emergency number',
    data: 'data-emergency-number',
    type: 'tel',
    hint: 'Only if it differs from the region’s: digits and spaces, with an optional leading +.',
  },
];

/** The "Your clinic" fields a mistake's path (from `clinic-content-error`) belongs to. */
const PATH_SETTINGS: Record<string, SettingKey[]> = {
  'emergency-number': ['emergencyNumber'],
  'data-emergency-number': ['emergencyNumber'],
  'booking-url': ['bookingUrl'],
  'map-url': ['mapUrl'],
  phone: ['phone'],
  whatsapp: ['whatsapp'],
  email: ['email'],
  region: ['region'],
  'data-region': ['region'],
  clinic: ['name', 'phone'],
};

const $ = <T extends Element = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#configurator');
const iframe = $<HTMLIFrameElement>('#preview-frame');

/**
 * The preview is a document of its own, at the device's width: media
 * queries, the bar layout and the page's font behave as on the device. It
 * loads the kit itself (so its page settings are its own), and says so by
 * setting `clinicPreview`.
 */
async function previewLoaded(): Promise<Document> {
  const ready = () => !!iframe.contentWindow?.clinicPreview && iframe.contentDocument?.readyState === 'complete';
  while (!ready()) await new Promise((ok) => iframe.addEventListener('load', ok, { once: true }));
  return iframe.contentDocument!;
}
const previewDoc = await previewLoaded();
const previewWindow = iframe.contentWindow!;
const frame = previewDoc.getElementById('frame')!;
const snippet = $('#snippet');
const editor = new ContentEditor($('#content-editor'), (path) => {
  render();
  if (path) void revealInPreview(path);
});
const copyStatus = $('#copy-status');
const brandStyle = previewDoc.head.appendChild(previewDoc.createElement('style'));

/** Builds an element with text children only (nothing is parsed as HTML). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** JSDoc descriptions use `code` spans: shown as <code>, everything else as text. */
const richText = (text: string): (Node | string)[] => text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? h('code', {}, part) : part));

const label = (tag: string) => {
  const words = tag.replace(/^clinic-/, '').replace(/-/g, ' ');
  return words === 'faq' ? 'FAQ' : words[0]!.toUpperCase() + words.slice(1);
};
const elementOf = (tag: string) => elements.find((e) => e.tagName === tag)!;
const previewOf = (tag: string) => frame.querySelector(tag) as (HTMLElement & { pack?: unknown; updateComplete?: Promise<unknown> }) | null as never as HTMLElement & { pack?: unknown; updateComplete?: Promise<unknown> };
const configurable = (e: DemoElement) =>
  [...e.attributes.filter((a) => !a.inherited), ...e.attributes.filter((a) => a.inherited)].filter(
    (a) => !OWN_CONTROLS.has(a.name) && !(e.tagName === 'clinic-contact' && CLINIC_ATTRIBUTES.has(a.name)),
  );

// ---- Controls generated from the manifest ------------------------------------------------

function elementChoices(): void {
  const box = $('#element-options');
  for (const e of elements) {
    const id = `element-${e.tagName}`;
    const input = h('input', { type: 'radio', name: 'element', value: e.tagName, id, 'aria-describedby': `${id}-hint` });
    input.checked = e.tagName === state.tag;
    box.append(
      h(
        'div',
        { class: 'choice' },
        input,
        h('label', { for: id }, label(e.tagName), ' ', h('code', {}, `<${e.tagName}>`)),
        h('p', { class: 'hint', id: `${id}-hint` }, e.summary),
      ),
    );
  }
}

function attributeControl(e: DemoElement, a: DemoAttribute): HTMLElement {
  const id = `${e.tagName}-attr-${a.name}`;
  const hint = h('p', { class: 'hint', id: `${id}-hint` }, ...richText(a.description));
  const data = { 'data-attribute': a.name, 'aria-describedby': hint.id, 'data-hint': hint.id, id, name: id };
  if (a.type === 'boolean') {
    return h('div', { class: 'field check' }, h('input', { type: 'checkbox', ...data }), h('label', { for: id }, h('code', {}, a.name)), errorSlot(id), hint);
  }
  let control: HTMLInputElement | HTMLSelectElement;
  if (a.values) {
    control = h('select', data);
    if (a.default === undefined) control.append(h('option', { value: '' }, '(not set)'));
    for (const v of a.values) control.append(h('option', { value: v }, v === a.default ? `${v} (default)` : v));
    if (a.default !== undefined) control.value = a.default;
  } else {
    control = h('input', { type: 'text', spellcheck: 'false', autocapitalize: 'off', ...data });
    if (/\bnumber\b/.test(a.type)) control.inputMode = 'numeric';
  }
  return h('div', { class: 'field' }, h('label', { for: id }, h('code', {}, a.name)), errorSlot(id), control, hint);
}

/** Where a control's mistake is said, in words (filled by showProblems). */
const errorSlot = (id: string) => {
  const p = h('p', { class: 'error', id: `${id}-error` });
  p.hidden = true;
  return p;
};

/** The "Your clinic" fields, prefilled with the example clinic. */
function settingFields(): void {
  const box = $('#clinic-fields');
  const regions = bundledPack('en').regions ?? {};
  for (const f of SETTING_FIELDS) {
    const id = `setting-${f.key}`;
    const hint = f.hint ? h('p', { class: 'hint', id: `${id}-hint` }, f.hint) : undefined;
    const data: Record<string, string> = { id, name: id, 'data-setting': f.key };
    if (hint) Object.assign(data, { 'aria-describedby': hint.id, 'data-hint': hint.id });
    let control: HTMLInputElement | HTMLSelectElement;
    if (f.type === 'select') {
      control = h('select', data, h('option', { value: '' }, 'Not set'));
      for (const [code, r] of Object.entries(regions)) control.append(h('option', { value: code }, `${r.name} (${code})`));
    } else {
      control = h('input', { type: f.type, spellcheck: 'false', ...data });
      if (f.type !== 'text') control.setAttribute('autocapitalize', 'off');
    }
    control.value = state.settings[f.key];
    box.append(h('div', { class: 'field' }, h('label', { for: id }, f.label), errorSlot(id), control, ...(hint ? [hint] : [])));
  }
}

function attributeGroups(): void {
  const box = $('#attribute-groups');
  for (const e of elements) {
    const group = h('div', { class: 'attribute-group', 'data-tag': e.tagName });
    group.hidden = e.tagName !== state.tag;
    for (const a of configurable(e)) group.append(attributeControl(e, a));
    box.append(group);
  }
}

// ---- Applying the state to the preview ---------------------------------------------------

/** Sets or removes one attribute; back at its default, the property takes its default again (as on a fresh element). */
function applyAttribute(el: HTMLElement, a: DemoAttribute, value: Value | undefined): void {
  if (a.type === 'boolean') return void el.toggleAttribute(a.name, value === true);
  if (typeof value === 'string' && value.trim() !== '' && value !== a.default) return el.setAttribute(a.name, value);
  if (!el.hasAttribute(a.name)) return;
  el.removeAttribute(a.name);
  if (a.default !== undefined && a.fieldName) (el as unknown as Record<string, unknown>)[a.fieldName] = a.default;
}

/** The attributes the chosen element has, in the order the snippet writes them (`true`: a boolean attribute). */
function attributesOf(tag: string): [string, string | true][] {
  const e = elementOf(tag);
  const values = state.values.get(tag)!;
  const list: [string, string | true][] = [['lang', state.locale]];
  for (const a of configurable(e)) {
    const v = values.get(a.name);
    if (a.type === 'boolean') {
      if (v === true) list.push([a.name, true]);
    } else if (typeof v === 'string' && v.trim() !== '' && v !== a.default) list.push([a.name, v]);
  }
  if (state.theme !== 'auto') list.push(['theme', state.theme]);
  return list;
}

/** A setting as the kit takes it: a blank field is not set. */
const setting = (key: SettingKey) => (state.settings[key].trim() ? state.settings[key] : undefined);

function applyPreview(): void {
  const clinic: ClinicSettings = {};
  for (const f of SETTING_FIELDS) if (f.key !== 'region' && f.key !== 'emergencyNumber') clinic[f.key] = setting(f.key);
  previewWindow.clinicPreview!.configure({ region: setting('region'), emergencyNumber: setting('emergencyNumber'), clinic });
  const pack = editor.pack;
  for (const e of elements) {
    // The chosen element is made afresh, as a pasted one would be: it reports every mistake in its setup again (an element says each one once).
    const el = e.tagName === state.tag || !previewOf(e.tagName) ? freshPreview(e.tagName) : previewOf(e.tagName);
    el.hidden = e.tagName !== state.tag;
    el.setAttribute('lang', state.locale);
    const themeAttr = e.attributes.find((a) => a.name === 'theme');
    if (themeAttr) applyAttribute(el, themeAttr, state.theme);
    const values = state.values.get(e.tagName)!;
    for (const a of configurable(e)) applyAttribute(el, a, values.get(a.name));
    // Made in the preview's own window, as a pack read there would be.
    el.pack = pack ? (previewWindow as unknown as typeof globalThis).JSON.parse(JSON.stringify(pack)) : undefined;
  }
  // The same rule the snippet gives, so the preview is styled exactly as the pasted code will be.
  brandStyle.textContent = state.brand ? brandRule(state.tag) : '';
  previewDoc.documentElement.dataset.theme = state.theme;
  previewDoc.documentElement.dataset.font = state.font;
  fitDevice();
  $('#attributes-tag').textContent = `<${state.tag}>`;
  for (const g of document.querySelectorAll<HTMLElement>('.attribute-group')) g.hidden = g.dataset.tag !== state.tag;
}

/** The iframe at the device's size, scaled down to fit the column when it is narrower. */
function fitDevice(): void {
  const [name, width, height] = DEVICES[state.width];
  const room = $('#device-box').clientWidth;
  const scale = room > 0 ? Math.min(1, room / width) : 1;
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.style.transform = scale < 1 ? `scale(${scale})` : '';
  const device = $('#device');
  device.style.width = `${width * scale}px`;
  device.style.height = `${height * scale}px`;
  $('#preview-note').textContent = `${name}, ${width} × ${height} px${scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : ''}`;
}
new ResizeObserver(() => fitDevice()).observe($('#device-box'));

function freshPreview(tag: string): ReturnType<typeof previewOf> {
  const old = previewOf(tag);
  const el = previewDoc.createElement(tag);
  // Made here, after the page settings are set, so no element ever renders without them.
  if (old) old.replaceWith(el);
  else frame.append(el);
  return el as ReturnType<typeof previewOf>;
}

// ---- Mistakes, shown where they are made ---------------------------------------------------

/** The chosen element's reported mistakes, by the id of the control they belong to ('' for none). */
const problems = new Map<string, string[]>();
let problemsQueued = false;

/** The controls a mistake's path belongs to: a "Your clinic" field, or the chosen element's control of that attribute. */
function controlsFor(path: string): string[] {
  const settings = PATH_SETTINGS[path];
  if (settings) return settings.map((k) => `setting-${k}`);
  const id = `${state.tag}-attr-${path}`;
  return document.getElementById(id) ? [id] : [''];
}

function addProblem(id: string, message: string): void {
  const list = problems.get(id) ?? [];
  if (!list.includes(message)) list.push(message);
  problems.set(id, list);
}

function queueProblems(): void {
  if (problemsQueued) return;
  problemsQueued = true;
  queueMicrotask(() => {
    problemsQueued = false;
    showProblems();
  });
}

const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)?.textContent ?? id;

/** Marks each control with a mistake (message, aria-invalid, aria-describedby) and lists them by the code. */
function showProblems(): void {
  for (const control of document.querySelectorAll<HTMLElement>('[data-setting], [data-attribute], [data-path], #pack-url')) {
    const messages = problems.get(control.id);
    const slot = document.getElementById(`${control.id}-error`);
    if (!slot) continue;
    slot.hidden = !messages;
    slot.replaceChildren(...(messages ? [h('span', { class: 'visually-hidden' }, 'Error: '), messages.join(' ')] : []));
    if (messages) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    const describedBy = [...(messages ? [slot.id] : []), ...(control.dataset.hint ? [control.dataset.hint] : [])].join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
  }
  // The code says it too: it is never offered silently different from what the preview shows.
  const list = $('#snippet-problems-list');
  const entries = [...problems].flatMap(([id, messages]) => messages.map((m) => [id, m] as const));
  list.replaceChildren(
    ...entries.map(([id, m]) => h('li', {}, ...(id ? [h('a', { href: `#${id}` }, labelOf(id)), ': '] : []), m)),
  );
  $('#snippet-problems').hidden = !entries.length;
  showBrandNotes();
  $('#snippet-problems-summary').textContent = entries.length
    ? `This code has ${entries.length === 1 ? 'a mistake' : `${entries.length} mistakes`}. Pasted as it is, the widget ignores ${entries.length === 1 ? 'it' : 'them'}, exactly as the preview shows:`
    : '';
}

// ---- The brand colour, honestly: where the kit swaps it, and where it keeps it too faint ------

/**
 * One unbranded element per theme, never shown, whose computed tokens give
 * the kit's own background and button-text colours (so the demo repeats no
 * palette of the kit).
 */
const probes = (['light', 'dark'] as const).map((theme) => {
  const el = previewDoc.createElement('clinic-warning-signs');
  el.setAttribute('theme', theme);
  el.setAttribute('lang', 'en');
  return [theme, el] as const;
});
const probeBox = previewDoc.body.appendChild(previewDoc.createElement('div'));
probeBox.append(...probes.map(([, el]) => el));
probeBox.hidden = true;

function tokensOf(theme: 'light' | 'dark'): { bg?: Rgba; surface?: Rgba; onAccent?: Rgba } {
  const el = probes.find(([t]) => t === theme)![1];
  const base = el.shadowRoot?.querySelector('.base');
  if (!base) return {};
  const style = previewWindow.getComputedStyle(base);
  const token = (name: string) => parseColor(style.getPropertyValue(name));
  return { bg: token('--_bg'), surface: token('--_surface'), onAccent: token('--_accent-contrast') };
}

/** What the chosen element does with the brand colour, per theme it can show, in words. */
function brandNotes(): string[] {
  const brand = state.brand ? parseColor(state.brand) : undefined;
  if (!brand || !state.brand) return [];
  const notes: string[] = [];
  const themes = state.theme === 'auto' ? (['light', 'dark'] as const) : [state.theme];
  const widget = label(state.tag);
  for (const theme of themes) {
    const { bg, surface, onAccent } = tokensOf(theme);
    const where = `${widget}, ${theme} theme${state.theme === 'auto' ? ` (visitors who prefer ${theme})` : ''}`;
    if (state.tag === 'clinic-contact' && onAccent) {
      const ratio = contrastRatio(onAccent, brand);
      if (ratio < TEXT_CONTRAST) {
        notes.push(
          `${where}: the buttons use the kit’s default colour instead of ${state.brand}, because their text on it would have ${formatRatio(ratio)} contrast (4.5:1 is needed).`,
        );
      }
    }
    // The contact sets the colour only as a button fill and border (checked above); the others write links in it.
    if (state.tag === 'clinic-contact') continue;
    const ratios = [bg, surface].filter((c): c is Rgba => !!c).map((c) => contrastRatio(brand, c));
    const worst = Math.min(...ratios);
    if (ratios.length && worst < TEXT_CONTRAST) {
      notes.push(
        `${where}: links and button text keep ${state.brand} at ${formatRatio(worst)} contrast with the background (4.5:1 is needed for text); the kit does not adjust them. Choose a ${theme === 'dark' ? 'lighter' : 'darker'} colour${state.theme === 'auto' ? ', or set the theme to Light or Dark' : ''}.`,
      );
    }
  }
  return notes;
}

function showBrandNotes(): void {
  const notes = brandNotes();
  const list = $('#brand-notes');
  list.replaceChildren(...notes.map((n) => h('li', {}, n)));
  list.hidden = !notes.length;
  const input = $('#brand');
  input.setAttribute('aria-describedby', notes.length ? 'brand-hint brand-notes' : 'brand-hint');
  $('#snippet-brand-list').replaceChildren(...notes.map((n) => h('li', {}, n)));
  $('#snippet-brand').hidden = !notes.length;
}

frame.addEventListener('clinic-content-error', (event) => {
  // Only the chosen element's: its code is the one offered. The pack's own problems are shown by "Your own content".
  if (event.target !== previewOf(state.tag) || event.detail.source === 'pack property') return;
  for (const issue of event.detail.issues) for (const id of controlsFor(issue.path)) addProblem(id, issue.message);
  queueProblems();
});

// ---- The snippet -------------------------------------------------------------------------

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attr = (name: string, value: string | true) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`);
const brandRule = (tag: string) => `${tag} { --clinic-color-accent: ${state.brand}; }`;
/** The pack as JSON inside a script element: `<` escaped, so no text in it can end the script. */
const inlineJson = (pack: unknown) => JSON.stringify(pack).replace(/</g, '\\u003c');

/** The pack's address when one is given and usable: absolute and https (a relative one breaks on pages at other paths). */
function packUrl(): { url?: string; problem?: string } {
  const url = state.packUrl.trim();
  if (!url) return {};
  if (HTTPS_URL.test(url)) return { url };
  return {
    problem: /^[a-z][\w+.-]*:/i.test(url)
      ? `"${url}" is not an https:// address; visitors’ browsers refuse a pack over plain http on an https page. Until it is, the code carries your text inline.`
      : `"${url}" is not a full address: start it with https:// and your site’s name, as a relative address breaks on pages at other paths. Until it is, the code carries your text inline.`,
  };
}

function snippetText(): string {
  const tag = state.tag;
  const attrs = attributesOf(tag);
  const lines: string[] = [];
  const settings = SETTING_FIELDS.filter((f) => setting(f.key))
    .map((f) => attr(f.data, state.settings[f.key]))
    .join('');
  const script = `<script type="module" src="${escapeAttr(state.scriptUrl)}"${settings}></script>`;
  const style = state.brand ? [`<style>`, `  ${brandRule(tag)}`, `</style>`] : [];
  const pack = editor.pack;
  const { url } = packUrl();
  // The clinic's own words: at the address given, else inline in the code.
  const packLines = !pack ? [] : url ? [`<!-- ${PACK_FILE} (Download pack) must be at this address. -->`] : [`<script type="application/json" id="${PACK_ID}">${inlineJson(pack)}</script>`];
  if (pack) attrs.push(url ? ['src', url] : ['pack', PACK_ID]);
  if (state.form === 'html') {
    lines.push(script, ...style, ...packLines, `<${tag}${attrs.map(([n, v]) => attr(n, v)).join('')}></${tag}>`);
  } else if (state.form === 'prerendered') {
    const { markup } = prerendered.tag === tag ? prerendered : { markup: '<!-- (being rendered…) -->' };
    lines.push(script, ...style, ...packLines, `<${tag}${attrs.map(([n, v]) => attr(n, v)).join('')}>${markup}</${tag}>`);
  } else {
    const name = tag.replace(/^clinic-/, '');
    const data = attrs.map(([n, v]) => attr(n === 'lang' ? n : `data-${n}`, v)).join('');
    lines.push(
      `<!-- Once per site, in the theme's header or footer: -->`,
      script,
      ...style,
      ...(pack && !url ? packLines : []),
      '',
      `<!-- In the page, where the widget goes: -->`,
      ...(url ? packLines : []),
      `<div data-clinic-widget="${name}"${data}></div>`,
    );
  }
  return lines.join('\n');
}

function snippetHint(): (Node | string)[] {
  const where = state.scriptFound
    ? 'The script address is where this demo found clinic-widgets.js; change it if you host the file elsewhere.'
    : 'Upload dist/clinic-widgets.js to your site once and put its address in src.';
  if (state.form === 'prerendered')
    return [
      'Shows at once, styled, and without JavaScript; the script then takes it over. For templates and HTML fields that keep ',
      h('code', {}, '<template>'),
      ' (else use the mount point). Copy it again after a change here or a kit update. ',
      where,
      ...(prerendered.hashes.length
        ? [h('details', { class: 'csp' }, h('summary', {}, 'For a strict Content-Security-Policy'), 'Allow these styles: ', h('code', {}, `style-src 'self' ${prerendered.hashes.join(' ')}`))]
        : []),
    ];
  return state.form === 'html'
    ? ['Paste it where the widget should appear. Several widgets on one page need the script once. ', where]
    : [
        'For editors that remove scripts and custom tags (WordPress without unfiltered_html, Drupal Basic HTML): whoever manages the site adds the first part once, and editors paste the ',
        h('code', {}, '<div>'),
        '. ',
        where,
      ];
}

// ---- Pre-rendered code -------------------------------------------------------------------------

/** The chosen element's pre-rendered markup (declarative shadow DOM) and the style-src hashes it needs. */
let prerendered = { tag: '', markup: '', hashes: [] as string[] };
let prerenderRun = 0;

const sha256 = async (text: string) =>
  `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;

/**
 * Writes the chosen element's markup as `clinic-widgets render` does: its
 * styles, its no-script rules and its shadow tree, from a fresh copy in the
 * preview's document (the preview itself may have been clicked), with Lit's
 * comment markers and the sizes it measured left out.
 */
async function prerender(): Promise<void> {
  const run = ++prerenderRun;
  const tag = state.tag;
  let css = '';
  const shown = previewOf(tag);
  const copy = shown.cloneNode(false) as typeof shown;
  copy.pack = shown.pack;
  copy.hidden = false;
  const box = previewDoc.createElement('div');
  box.hidden = true;
  box.append(copy);
  frame.append(box);
  let markup: string;
  try {
    await copy.updateComplete;
    const root = copy.shadowRoot!;
    for (const el of root.querySelectorAll('[style]')) el.removeAttribute('style');
    css = (previewWindow.customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((s) => s.cssText).join('');
    markup = `<template shadowrootmode="open"><style>${css}</style>${noScriptMarkup(tag)}${root.innerHTML.replace(/<!--[^]*?-->/g, '')}</template>`;
  } catch {
    markup = '<!-- This element could not be pre-rendered here: use the Script and element form. -->';
  } finally {
    box.remove();
  }
  const hashes = crypto.subtle && css ? await Promise.all([css, NO_SCRIPT[tag]].filter((t): t is string => !!t).map(sha256)) : [];
  if (run !== prerenderRun) return;
  prerendered = { tag, markup, hashes };
  showSnippet();
}

/** "Your clinic" fields that still hold the example clinic's details (in either language): fictional, never for a real page. */
function exampleLeft(): SettingField[] {
  const example = [clinicOf('en'), clinicOf('zh-Hant')];
  return SETTING_FIELDS.filter((f) => {
    const value = state.settings[f.key];
    return !!value && example.some((c) => c[f.key as keyof ClinicSettings] === value);
  });
}

function showSnippet(): void {
  const text = snippetText();
  if (snippet.textContent !== text) {
    snippet.textContent = text;
    copyStatus.textContent = '';
  }
  $('#snippet-hint').replaceChildren(...snippetHint());
  // The code carries what the preview shows, so the example clinic is in it until the editor replaces it: say so, by field.
  const left = exampleLeft();
  const notice = $('#snippet-example');
  notice.hidden = !left.length;
  notice.replaceChildren(
    ...(left.length
      ? [
          'The code still has the example clinic’s made-up ',
          ...left.flatMap((f, i) => [i ? (i === left.length - 1 ? ' and ' : ', ') : '', h('a', { href: `#setting-${f.key}` }, f.label)]),
          ': replace them under “Your clinic” with your clinic’s own, or clear a field to leave it out.',
        ]
      : []),
  );
}

function render(): void {
  problems.clear();
  applyPreview();
  showContent();
  queueProblems();
  if (state.form === 'prerendered') {
    prerendered = { tag: '', markup: '', hashes: [] };
    void prerender();
  }
  showSnippet();
}

// ---- Your own content ------------------------------------------------------------------------

const SECTION_NAMES: Record<string, string> = { warningSigns: 'the warning signs', riskFactors: 'the risk checklist', faq: 'the FAQ', clinic: 'the clinic', ui: 'the labels' };

/** The clinic's pack: its problems by the fields they are in (named by path, as the CLI names them), and what it does. */
function showContent(): void {
  const pack = editor.pack;
  const issues = editor.issues;
  for (const issue of issues) addProblem(editor.controlFor(issue.path)?.id ?? '', `${issue.path || '(pack)'}: ${issue.message}`);
  const { problem } = packUrl();
  if (problem) addProblem('pack-url', problem);
  $('#pack-download').hidden = !pack;
  const sections = Object.keys(pack ?? {}).filter((k) => k !== 'meta').map((k) => SECTION_NAMES[k] ?? k);
  const status = !pack
    ? 'No changes: the widgets show the bundled text.'
    : issues.length
      ? `Your pack has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`} to fix, shown by ${issues.length === 1 ? 'its field' : 'their fields'}: until then the widgets show the bundled text.`
      : `Your pack replaces ${sections.join(', ') || 'nothing'}${editor.edited ? ', reviewed today' : ''}.`;
  const line = $('#content-status');
  if (line.textContent !== status) line.textContent = status;
}

/** The FAQ answer being edited is opened in the preview and scrolled to, so the editor reads their words as a reader will. */
async function revealInPreview(path: string): Promise<void> {
  const index = /^faq\.items\[(\d+)\]/.exec(path)?.[1];
  const id = index && document.querySelector<HTMLInputElement>(`#${controlId(`faq.items[${index}].id`)}`)?.value;
  if (!id || state.tag !== 'clinic-faq') return;
  const faq = previewOf('clinic-faq');
  await faq.updateComplete;
  const button = faq.shadowRoot?.getElementById(`faq-${id}-q`);
  if (!button) return;
  if (button.getAttribute('aria-expanded') === 'false') button.click();
  // The preview page scrolls on its own (scrolling the element into view would move the demo page too).
  previewWindow.scrollTo({ top: button.getBoundingClientRect().top + previewWindow.scrollY - 16 });
}

/** Saves the pack as a file, made in the page (no request). */
function downloadPack(): void {
  const pack = editor.pack;
  if (!pack) return;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' }));
  const link = h('a', { href: url, download: PACK_FILE });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- A pack file to start from -----------------------------------------------------------

function showPack(name: string, issues: PackIssue[] | undefined, sections: string[] = []): void {
  const result = $('#pack-result');
  const list = $<HTMLUListElement>('#pack-problems');
  list.replaceChildren(...(issues ?? []).map((i) => h('li', {}, h('code', {}, i.path || '(file)'), `: ${i.message}`)));
  list.hidden = !issues?.length;
  $('#pack-remove').hidden = !issues && !name;
  result.className = `pack-result ${issues ? 'is-invalid' : name ? 'is-valid' : ''}`;
  if (!name) return void result.replaceChildren();
  result.replaceChildren(
    issues
      ? `${name} cannot be used (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}), so the preview shows the bundled content:`
      : `${name} is valid: the text below and the preview start from it. ${packEffect(sections)}`,
  );
}

/** What a valid pack does, by the merge rules: sections replace the bundled ones whole, `meta` is merged. */
function packEffect(sections: string[]): string {
  const replaced = sections.filter((k) => k !== 'meta');
  const meta = sections.includes('meta');
  if (!replaced.length) return meta ? 'It adds to meta (sources, dates) and replaces no section.' : 'It changes nothing.';
  return `It replaces ${replaced.join(', ')}${meta ? ' and adds to meta (sources, dates)' : ''}.`;
}

let packText: { name: string; text: string } | undefined;

/** Checks the chosen file with the kit's own loader (parsed, merged onto the bundled pack for the locale, validated); returns it when it can be used. */
function checkPack(): Record<string, unknown> | undefined {
  if (!packText) return void showPack('', undefined);
  const { name, text } = packText;
  if (text.length > MAX_PACK_BYTES) return void showPack(name, [{ path: '', message: `is larger than ${MAX_PACK_BYTES / 1024} KiB` }]);
  const parsed = parsePackText(text);
  if (!parsed.ok) return void showPack(name, parsed.issues);
  const resolved = resolvePack(parsed.data, state.locale);
  if (!resolved.ok) return void showPack(name, resolved.issues);
  const sections = Object.keys(parsed.data as object).filter((k) => k !== '$schema');
  showPack(name, undefined, sections);
  return parsed.data as Record<string, unknown>;
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** A new language: the example clinic's details still as given follow it (the editor's own stay). */
function setLocale(locale: (typeof LOCALES)[number]): void {
  const before = clinicOf(state.locale);
  const after = clinicOf(locale);
  for (const key of Object.keys(after) as (keyof ClinicSettings)[]) {
    if (state.settings[key] !== before[key]) continue;
    state.settings[key] = after[key];
    $<HTMLInputElement>(`#setting-${key}`).value = after[key];
  }
  state.locale = locale;
  editor.setLocale(locale);
  if (packText) checkPack();
}

// ---- Wiring ------------------------------------------------------------------------------

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  const attribute = target.dataset.attribute;
  const key = target.dataset.setting as SettingKey | undefined;
  if (key) state.settings[key] = target.value;
  else if (attribute) {
    const tag = target.closest<HTMLElement>('.attribute-group')!.dataset.tag!;
    state.values.get(tag)!.set(attribute, target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value);
  } else if (target.name === 'element') state.tag = target.value;
  else if (target.name === 'locale') {
    setLocale(target.value as typeof state.locale);
  } else if (target.name === 'pack-url') state.packUrl = target.value;
  else if (target.name === 'theme') state.theme = target.value as Theme;
  else if (target.name === 'width') state.width = target.value as Width;
  else if (target.name === 'font') state.font = target.value as (typeof FONTS)[number];
  else if (target.name === 'brand') {
    state.brand = target.value.toLowerCase() === DEFAULT_ACCENT ? undefined : target.value.toLowerCase();
    $('#brand-value').textContent = state.brand ?? `${DEFAULT_ACCENT} (default)`;
    $<HTMLButtonElement>('#brand-reset').disabled = !state.brand;
  } else return;
  render();
});
// Forms do not submit: Enter in a text field would reload the page.
form.addEventListener('submit', (event) => event.preventDefault());

$('#pack-download').addEventListener('click', downloadPack);

// A mistake listed by the code takes the reader to its field, even in a closed part of "Your own content".
$('#snippet-problems-list').addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  const target = link && document.getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  target.focus();
});

$('#brand-reset').addEventListener('click', () => {
  const input = $<HTMLInputElement>('#brand');
  input.value = DEFAULT_ACCENT;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
});

$<HTMLInputElement>('#pack-file').addEventListener('change', async (event) => {
  event.stopPropagation();
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    packText = { name: file.name, text: file.size > MAX_PACK_BYTES ? 'x'.repeat(MAX_PACK_BYTES + 1) : await readFile(file) };
  } catch {
    packText = { name: file.name, text: '' };
  }
  editor.startFrom(checkPack());
  render();
});

$('#pack-remove').addEventListener('click', () => {
  packText = undefined;
  const input = $<HTMLInputElement>('#pack-file');
  input.value = '';
  editor.startFrom(checkPack());
  render();
  input.focus();
});

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="form"]')) {
  input.addEventListener('change', () => {
    state.form = input.value as Form;
    render();
  });
}

$('#copy').addEventListener('click', async () => {
  const text = snippet.textContent ?? '';
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    const said = [
      ...(problems.size ? ['with the mistakes listed above the code (the widget ignores them)'] : []),
      ...(exampleLeft().length ? ['with the example clinic’s made-up details named under the button (replace them before you publish)'] : []),
    ];
    copyStatus.textContent = said.length ? `Copied, ${said.join(', and ')}.` : 'Copied. Paste it into your page’s HTML.';
  } catch {
    // Clipboard refused (an insecure origin, a denied permission): select the code for the visitor instead.
    getSelection()?.selectAllChildren(snippet);
    copyStatus.textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

// Whoever sets the page's language (a translator's tool, the screenshot script) sets the preview's.
new MutationObserver(() => {
  const locale = resolveLocale(document.documentElement.lang, LOCALES) as (typeof LOCALES)[number];
  if (locale === state.locale) return;
  setLocale(locale);
  $<HTMLSelectElement>('#locale').value = locale;
  render();
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

/** The built demo sits in dist/demo/, beside dist/clinic-widgets.js: the snippet can name the real file. */
async function findScript(): Promise<void> {
  if (import.meta.env.DEV) return;
  const url = new URL('../clinic-widgets.js', location.href);
  try {
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) return;
    state.scriptUrl = url.href;
    state.scriptFound = true;
  } catch {
    /* Not hosted beside the module: keep the placeholder. */
  }
}

settingFields();
editor.setLocale(state.locale);
elementChoices();
attributeGroups();
render();
await Promise.all([findScript(), ...elements.map((e) => previewWindow.customElements.whenDefined(e.tagName).then(() => previewOf(e.tagName).updateComplete))]);
render();
// Shown once everything has rendered, so nothing moves under the reader's eyes.
$('#main').dataset.state = 'ready';
