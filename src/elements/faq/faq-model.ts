/**
 * The FAQ's model: which questions an element shows (after `items` and
 * `category`), their text prepared once for search and JSON-LD, and the
 * search itself. Pure functions of the pack and the element's inputs.
 */
import type { AnswerBlock, ContentPack, FaqItem, SupportLine } from '../../content/schema.js';
import { idList } from '../../internal/attributes.js';

/** A shown question, with its text prepared once per content change for searching and JSON-LD. */
export interface Entry {
  item: FaqItem;
  /** The answer as plain text: blocks and list items one per line. */
  plain: string;
  /** Question and answer, normalised and lower-cased for matching. */
  haystack: string;
}

export interface Model {
  pack: ContentPack;
  /** The region's support lines the answers show. */
  support: readonly SupportLine[];
  entries: Entry[];
  /** Source ids cited by the shown questions. */
  cited: string[];
}

export const normalise = (text: string, locale: string): string => text.normalize('NFKC').toLocaleLowerCase(locale);

/** A support line as one line of text: "Caritas Life Hope, 2852 5222, 24 hours". */
const supportText = (line: SupportLine): string => [line.name, line.phone, line.hours].filter(Boolean).join(', ');

/** A block's text for search and JSON-LD; a support block is empty where the region has no line. */
const blockText = (block: AnswerBlock, support: readonly SupportLine[]): string =>
  block.type === 'paragraph'
    ? block.text
    : block.type === 'list'
      ? block.items.join('\n')
      : support.length
        ? [block.intro, ...support.map(supportText)].join('\n')
        : '';

/** What the model is built from: the element's attributes, locale, and how it reports an unknown id. */
export interface ModelInputs {
  items: string | undefined;
  category: string | undefined;
  locale: string;
  reportUnknownIds(attribute: string, unknown: readonly string[], known: Iterable<string>): void;
}

/** The shown questions (after `items` and `category`), with their search text. */
export function buildModel(pack: ContentPack, support: readonly SupportLine[], inputs: ModelInputs): Model {
  const all = pack.faq.items;
  let chosen = all;
  const wanted = idList(inputs.items);
  if (wanted.length) {
    const byId = new Map(all.map((q) => [q.id, q]));
    inputs.reportUnknownIds('items', wanted.filter((id) => !byId.has(id)), byId.keys());
    const found = wanted.flatMap((id) => byId.get(id) ?? []);
    if (found.length) chosen = found;
  }
  const category = inputs.category?.trim();
  if (category) {
    if (pack.faq.categories.some((c) => c.id === category)) chosen = chosen.filter((q) => q.category === category);
    else inputs.reportUnknownIds('category', [category], pack.faq.categories.map((c) => c.id));
  }
  const entries = chosen.map((item) => {
    const plain = item.answer.map((b) => blockText(b, support)).join('\n');
    return { item, plain, haystack: normalise(`${item.question}\n${plain}`, inputs.locale) };
  });
  return { pack, support, entries, cited: [...new Set(chosen.flatMap((q) => q.sources))] };
}

/** Ids of the questions matching every word of `query`, or undefined when there is no query (everything shows). */
export function searchModel(model: Model, query: string, locale: string): ReadonlySet<string> | undefined {
  const terms = normalise(query, locale).split(/\s+/).filter(Boolean);
  if (!terms.length) return undefined;
  return new Set(model.entries.filter((e) => terms.every((t) => e.haystack.includes(t))).map((e) => e.item.id));
}

/** The schema.org FAQPage for the shown questions: not the search, which is one reader's view. */
export function faqPage(model: Model): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: model.pack.meta.locale,
    mainEntity: model.entries.map((e) => ({ '@type': 'Question', name: e.item.question, acceptedAnswer: { '@type': 'Answer', text: e.plain } })),
  };
}
