// "Your own content": the clinic's own words, edited in place on the pack of
// the chosen language. Every change is checked at once with the kit's own
// validator (the same merge and schema the elements use), and what changed
// becomes a partial pack: only the sections edited, with its own review date.
// Nothing leaves the page.
import { resolvePack } from '../src/content/loader.ts';
import { bundledPack } from '../src/content/packs.ts';
import type { AnswerBlock, ContentPack, TierLevel } from '../src/content/schema.ts';
import { formatPath, type PackIssue } from '../src/content/validate.ts';

type Path = (string | number)[];
type Editable = Pick<ContentPack, 'warningSigns' | 'riskFactors' | 'faq'>;
/** The sections edited here, in the order shown. */
const SECTIONS = ['warningSigns', 'riskFactors', 'faq'] as const;
const SECTION_NAMES: Record<(typeof SECTIONS)[number], string> = { warningSigns: 'Warning signs', riskFactors: 'Risk checklist', faq: 'FAQ' };
const TIER_NAMES: Record<TierLevel, string> = { emergency: 'Emergency: call now', urgent: 'Urgent: the same day', routine: 'Routine: get it checked' };

/** How a control's text maps to the pack: a short line, one line wrapped to be read whole, text, lines as a list, or comma-separated ids. */
type Kind = 'line' | 'wrapped' | 'text' | 'lines' | 'ids';

/** Builds an element with text children only (nothing is parsed as HTML). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A control's id from its pack path: `faq.items[3].question` → `content-faq-items-3-question`. */
export const controlId = (path: string) => `content-${path.replace(/[^\w]+/g, '-').replace(/-$/, '')}`;

/** A date as the schema writes it, in the editor's own time zone. */
function isoDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root);
}

function set(root: unknown, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

export class ContentEditor {
  /** The text being edited, per language (each starts from that language's pack). */
  private readonly drafts = new Map<string, Editable>();
  /** The pack file the editor started from (its own data, before merging), if any. */
  private origin: Record<string, unknown> | undefined;
  private locale = 'en';
  /** The pack and its problems, worked out once per change. */
  private result?: { pack: Record<string, unknown> | undefined; issues: PackIssue[] };
  private readonly box: HTMLElement;
  /** Called after every change, with the path of the text typed (none for a question or paragraph added or removed). */
  private readonly onChange: (path?: string) => void;

  constructor(box: HTMLElement, onChange: (path?: string) => void) {
    this.box = box;
    this.onChange = onChange;
    box.addEventListener('input', (event) => {
      const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      if (!control.dataset.path) return;
      this.write(JSON.parse(control.dataset.keys!) as Path, control.dataset.kind as Kind, control.value, control.dataset.optional === 'true');
      this.result = undefined;
      if (control.dataset.summary) control.closest('details')!.querySelector('summary')!.textContent = control.value.trim() || '(no question yet)';
      this.onChange(control.dataset.path);
    });
  }

  /** The pack the text starts from: the bundled one for the language, with the loaded file's sections over it. */
  private start(locale: string): Editable {
    const resolved = this.origin ? resolvePack(this.origin, locale) : undefined;
    const pack = resolved?.ok ? resolved.pack : bundledPack(locale);
    return clone({ warningSigns: pack.warningSigns, riskFactors: pack.riskFactors, faq: pack.faq });
  }

  private get draft(): Editable {
    let draft = this.drafts.get(this.locale);
    if (!draft) this.drafts.set(this.locale, (draft = this.start(this.locale)));
    return draft;
  }

  /** Shows the text of a language (kept as edited when the editor comes back to it). */
  setLocale(locale: string): void {
    if (locale === this.locale && this.box.childElementCount) return;
    this.locale = locale;
    this.build();
  }

  /** Starts again from a pack file (or from the bundled text): earlier edits are dropped. */
  startFrom(origin: Record<string, unknown> | undefined): void {
    this.origin = origin;
    this.drafts.clear();
    this.build();
  }

  /** The sections whose text differs from the bundled pack's. */
  get changed(): (typeof SECTIONS)[number][] {
    const bundled = bundledPack(this.locale);
    return SECTIONS.filter((s) => !same(this.draft[s], bundled[s]));
  }

  /** Whether anything was edited since the text was started. */
  get edited(): boolean {
    const start = this.start(this.locale);
    return SECTIONS.some((s) => !same(this.draft[s], start[s]));
  }

  /** The pack to offer (see {@link make}), or undefined when the bundled text is unchanged. */
  get pack(): Record<string, unknown> | undefined {
    return (this.result ??= this.check()).pack;
  }

  /** The problems in the pack, as the kit itself reports them (merged onto the bundled pack, validated). */
  get issues(): PackIssue[] {
    return (this.result ??= this.check()).issues;
  }

  private check(): { pack: Record<string, unknown> | undefined; issues: PackIssue[] } {
    const pack = this.make();
    const result = pack ? resolvePack(pack, this.locale) : undefined;
    return { pack, issues: result && !result.ok ? result.issues : [] };
  }

  /**
   * The loaded file's own data with the sections whose text differs from the
   * bundled pack's over it (only those: a partial pack). Edited, it says its
   * language and that it was reviewed today (due again in a year), so the
   * widgets show that date for these words, never the bundled one.
   */
  private make(): Record<string, unknown> | undefined {
    const own: Record<string, unknown> = clone(this.origin ?? {});
    delete own.$schema;
    for (const s of SECTIONS) delete own[s];
    for (const s of this.changed) own[s] = clone(this.draft[s]);
    if (!this.edited) return this.origin ? own : undefined;
    const today = new Date();
    const next = new Date(today.getFullYear() + 1, today.getMonth(), today.getDate());
    own.meta = { ...(own.meta as object | undefined), locale: this.locale, lastReviewed: isoDate(today), nextReview: isoDate(next) };
    return own;
  }

  /** The control a problem's path belongs to: its own, or the closest one above it (`faq.items[2].sources[0]` → Sources). */
  controlFor(path: string): HTMLElement | undefined {
    for (let p = path; p; ) {
      const control = document.getElementById(controlId(p)) ?? document.getElementById(controlId(`${p}.id`));
      if (control?.dataset.path) return control;
      const up = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (up === p) break;
      p = up;
    }
    return undefined;
  }

  private write(path: Path, kind: Kind, text: string, optional: boolean): void {
    let value: unknown = text;
    if (kind === 'wrapped') value = text.replace(/\s*\n\s*/g, ' ');
    else if (kind === 'lines') value = text.split('\n').map((l) => l.trim()).filter(Boolean);
    else if (kind === 'ids') value = text.split(/[,\s]+/).filter(Boolean);
    if (optional && !text.trim()) value = undefined;
    set(this.draft, path, value);
  }

  // ---- The editor's form ---------------------------------------------------------------------

  /** Builds every section's fields from the draft, keeping which parts were open. */
  private build(): void {
    this.result = undefined;
    const open = new Set([...this.box.querySelectorAll<HTMLDetailsElement>('details[open][data-key]')].map((d) => d.dataset.key));
    const draft = this.draft;
    const sections = [this.warningSigns(draft), this.riskFactors(draft), this.faq(draft)];
    this.box.replaceChildren(...sections);
    this.box.lang = this.locale;
    for (const d of this.box.querySelectorAll<HTMLDetailsElement>('details[data-key]')) d.open = open.has(d.dataset.key);
  }

  private field(path: Path, label: string, kind: Kind, options: { optional?: boolean; hint?: string; summary?: boolean; choices?: [string, string][] } = {}): HTMLElement {
    const name = formatPath(path);
    const id = controlId(name);
    const value = get(this.draft, path);
    const text = Array.isArray(value) ? value.join(kind === 'lines' ? '\n' : ', ') : String(value ?? '');
    const props: Record<string, string> = { id, name: id, 'data-path': name, 'data-keys': JSON.stringify(path), 'data-kind': kind, spellcheck: kind === 'ids' ? 'false' : 'true' };
    if (options.optional) props['data-optional'] = 'true';
    if (options.summary) props['data-summary'] = 'true';
    const hint = options.hint ? h('p', { class: 'hint', id: `${id}-hint` }, options.hint) : undefined;
    if (hint) Object.assign(props, { 'aria-describedby': hint.id, 'data-hint': hint.id });
    const control = options.choices
      ? h('select', props, ...options.choices.map(([value, name]) => h('option', { value }, name)))
      : kind !== 'line' && kind !== 'ids'
        ? h('textarea', { ...props, rows: kind === 'lines' ? '4' : kind === 'wrapped' ? '2' : '3', class: kind })
        : h('input', { type: 'text', ...props });
    control.value = text;
    const error = h('p', { class: 'error', id: `${id}-error` });
    error.hidden = true;
    return h('div', { class: 'field' }, h('label', { for: id }, label), error, control, ...(hint ? [hint] : []));
  }

  private part(key: string, summary: string, ...children: (Node | string)[]): HTMLDetailsElement {
    return h('details', { class: 'content-part', 'data-key': key }, h('summary', {}, summary), ...children);
  }

  private button(label: string, action: () => void, props: Record<string, string> = {}): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'button-secondary', ...props }, label);
    button.addEventListener('click', action);
    return button;
  }

  private warningSigns(draft: Editable): HTMLElement {
    const ws = draft.warningSigns;
    return this.part(
      'warningSigns',
      SECTION_NAMES.warningSigns,
      this.field(['warningSigns', 'title'], 'Title', 'line'),
      this.field(['warningSigns', 'intro'], 'Introduction', 'text'),
      ...ws.tiers.map((tier, t) =>
        h(
          'fieldset',
          { class: 'content-group' },
          h('legend', {}, TIER_NAMES[tier.level]),
          this.field(['warningSigns', 'tiers', t, 'heading'], 'Heading', 'wrapped'),
          this.field(['warningSigns', 'tiers', t, 'action'], 'What to do', 'wrapped'),
          ...tier.signs.map((_, s) => this.field(['warningSigns', 'tiers', t, 'signs', s, 'text'], `Sign ${s + 1}`, 'wrapped')),
        ),
      ),
    );
  }

  private riskFactors(draft: Editable): HTMLElement {
    const rf = draft.riskFactors;
    return this.part(
      'riskFactors',
      SECTION_NAMES.riskFactors,
      this.field(['riskFactors', 'title'], 'Title', 'line'),
      this.field(['riskFactors', 'intro'], 'Introduction', 'text'),
      ...rf.categories.map((category, c) =>
        h(
          'fieldset',
          { class: 'content-group' },
          h('legend', {}, category.label),
          ...category.factors.flatMap((_, f) => [
            this.field(['riskFactors', 'categories', c, 'factors', f, 'label'], `Factor ${f + 1}`, 'wrapped'),
            this.field(['riskFactors', 'categories', c, 'factors', f, 'explanation'], `Why factor ${f + 1} is worth discussing`, 'text'),
          ]),
        ),
      ),
    );
  }

  private faq(draft: Editable): HTMLElement {
    const faq = draft.faq;
    const categories = faq.categories.map((c): [string, string] => [c.id, c.label]);
    const add = this.button('Add a question', () => this.addQuestion());
    return this.part(
      'faq',
      SECTION_NAMES.faq,
      this.field(['faq', 'title'], 'Title', 'line'),
      this.field(['faq', 'intro'], 'Introduction', 'text', { optional: true }),
      h('div', { class: 'content-items' }, ...faq.items.map((item, i) => this.question(item.question, i, categories))),
      add,
    );
  }

  private question(question: string, i: number, categories: [string, string][]): HTMLElement {
    const item = this.draft.faq.items[i]!;
    const at = (...rest: Path): Path => ['faq', 'items', i, ...rest];
    const blocks = item.answer.map((block, b) => this.block(block, at('answer', b), b, item.answer.length));
    return h(
      'details',
      { class: 'content-item', 'data-key': `faq-${i}` },
      h('summary', {}, question.trim() || '(no question yet)'),
      this.field(at('question'), 'Question', 'wrapped', { summary: true }),
      ...blocks,
      h(
        'div',
        { class: 'content-actions' },
        this.button('Add a paragraph', () => this.change(at('answer'), (answer: AnswerBlock[]) => answer.push({ type: 'paragraph', text: '' }), at('answer', item.answer.length, 'text'))),
      ),
      this.field(at('category'), 'Category', 'line', { choices: categories }),
      this.field(at('sources'), 'Sources', 'ids', { hint: 'Ids of the pack’s sources, separated by commas (for example S1, S4): at least one.' }),
      this.field(at('id'), 'Link id', 'line', { hint: 'Lower-case letters, digits and dashes: the question’s link (#faq-…) and the items and open attributes use it.' }),
      h('div', { class: 'content-actions' }, this.button('Remove this question', () => this.removeQuestion(i))),
    );
  }

  private block(block: AnswerBlock, path: Path, b: number, count: number): HTMLElement {
    const field =
      block.type === 'paragraph'
        ? this.field([...path, 'text'], `Answer paragraph ${b + 1}`, 'text')
        : block.type === 'list'
          ? this.field([...path, 'items'], `Answer list ${b + 1}, one point per line`, 'lines')
          : this.field([...path, 'intro'], `Answer ${b + 1}: line before the region’s support services`, 'text');
    if (count < 2) return field;
    const i = path[2] as number;
    const remove = this.button(`Remove ${block.type === 'list' ? 'list' : 'paragraph'} ${b + 1}`, () =>
      this.change(['faq', 'items', i, 'answer'], (answer: AnswerBlock[]) => answer.splice(b, 1), ['faq', 'items', i, 'question']),
    );
    return h('div', { class: 'content-block' }, field, remove);
  }

  /** A change to the shape of the text (a question or paragraph added or removed): the form is built again, focus goes to `focus`. */
  private change<T>(path: Path, edit: (value: T) => void, focus: Path): void {
    edit(get(this.draft, path) as T);
    this.build();
    const target = document.getElementById(controlId(formatPath(focus)));
    for (let d = target?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
    target?.focus();
    this.onChange();
  }

  private addQuestion(): void {
    const items = this.draft.faq.items;
    let n = items.length + 1;
    while (items.some((q) => q.id === `question-${n}`)) n++;
    const category = this.draft.faq.categories[0]!.id;
    const sources = items[0]?.sources.slice(0, 1) ?? [];
    this.change(['faq', 'items'], (list: unknown[]) => list.push({ id: `question-${n}`, question: '', answer: [{ type: 'paragraph', text: '' }], category, sources }), ['faq', 'items', items.length, 'question']);
  }

  private removeQuestion(i: number): void {
    const items = this.draft.faq.items;
    const next = i < items.length - 1 ? i : i - 1;
    this.change(['faq', 'items'], (list: unknown[]) => list.splice(i, 1), next >= 0 ? ['faq', 'items', next, 'question'] : ['faq', 'title']);
  }
}
