import { GlossaryError } from './errors.js';
import { LIMITS } from './limits.js';
import { inSlices } from './slices.js';
import { deriveSummary } from './summary.js';
import type { Glossary, GlossaryArticle, Term } from './types.js';

/** What a term's `id` may hold: the contract's `[a-z0-9-]+`. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

export interface ValidateOptions {
  /** Where the document came from; relative URLs in it resolve against it. */
  baseUrl?: string;
  /** Receives non-fatal findings (a see-also id that matches no term). Defaults to `console.warn`. */
  warn?: (message: string) => void;
}

/**
 * Checks a parsed glossary document against the contract (version 1) and returns it normalised.
 * Every problem is collected with its path, so an editor fixes them in one pass; any problem fails
 * the whole document with a `schema` error, because a half-loaded glossary hides mistakes.
 * Unknown fields are ignored.
 */
export function validateGlossary(input: unknown, options: ValidateOptions = {}): Glossary {
  const validation = new Validation(input, options);
  validation.rawTerms.forEach((raw, index) => validation.addTerm(raw, index));
  return validation.finish();
}

/**
 * `validateGlossary` in slices of a few milliseconds, for the elements: a 100,000-term document
 * is checked without one long task.
 */
export async function validateGlossaryInSlices(input: unknown, options: ValidateOptions = {}): Promise<Glossary> {
  const validation = new Validation(input, options);
  await inSlices(validation.rawTerms, (raw, index) => validation.addTerm(raw, index));
  return validation.finish();
}

/** One validation run: the document's own fields first, then its terms one by one, then the verdict. */
class Validation {
  readonly rawTerms: unknown[];
  readonly #problems: string[] = [];
  readonly #check = new Checker(this.#problems);
  readonly #title: string | undefined;
  readonly #url: string | undefined;
  readonly #language: string;
  readonly #terms: Term[] = [];
  readonly #firstIndexOfId = new Map<string, number>();

  constructor(
    input: unknown,
    private readonly options: ValidateOptions,
  ) {
    if (!isRecord(input)) {
      throw schemaError([`the glossary must be a JSON object, got ${describe(input)}`]);
    }
    this.#title = this.#check.string(input.title, '', 'title', LIMITS.title, true);
    this.#url = this.#check.string(input.url, '', 'url', LIMITS.url);
    this.#language = this.#check.language(input.language);
    if (!Array.isArray(input.terms)) {
      this.#problems.push(`terms must be an array, got ${describe(input.terms)}`);
    }
    this.rawTerms = Array.isArray(input.terms) ? input.terms : [];
  }

  addTerm(raw: unknown, index: number): void {
    const term = this.#check.term(raw, index, this.#language);
    if (!term) return;
    const earlier = this.#firstIndexOfId.get(term.id);
    if (earlier !== undefined) {
      this.#problems.push(`${termPath(index)}.id "${term.id}" is already used by ${termPath(earlier)}`);
      return;
    }
    this.#firstIndexOfId.set(term.id, index);
    this.#terms.push(term);
  }

  /**
   * Every id a term names, valid term or not: a see-also naming a broken term is that term's
   * problem, not a dangling link. Wanted only when the document fails, so gathered only then.
   */
  #namedIds(): Set<string> {
    const ids = new Set<string>();
    for (const raw of this.rawTerms) if (isRecord(raw) && typeof raw.id === 'string') ids.add(raw.id);
    return ids;
  }

  /** Warns about see-also ids even when the document fails, so that one run tells every problem. */
  finish(): Glossary {
    const warn = this.options.warn ?? ((message: string) => console.warn(message));
    const failed = this.#problems.length > 0;
    dropDanglingSeeAlso(this.#terms, this.#firstIndexOfId, failed ? this.#namedIds() : undefined, warn);
    if (this.#problems.length > 0) throw schemaError(this.#problems);
    return {
      title: this.#title!,
      ...(this.#url !== undefined && { url: this.#url }),
      language: this.#language,
      terms: this.#terms,
      baseUrl: this.options.baseUrl ?? '',
    };
  }
}

function dropDanglingSeeAlso(
  terms: Term[],
  indexOfId: Map<string, number>,
  otherIds: Set<string> | undefined,
  warn: (message: string) => void,
): void {
  for (const term of terms) {
    if (term.seeAlso.length === 0) continue;
    term.seeAlso = term.seeAlso.filter((id) => {
      if (indexOfId.has(id) && id !== term.id) return true;
      if (otherIds?.has(id) && id !== term.id) return false;
      warn(
        `glossary-elements: ${termPath(indexOfId.get(term.id)!)}.seeAlso names "${id}", ` +
          (id === term.id ? 'the term itself' : 'which matches no term') +
          '; it is dropped',
      );
      return false;
    });
  }
}

function schemaError(problems: string[]): GlossaryError {
  const [first] = problems;
  const more = problems.length - 1;
  const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
  return new GlossaryError('schema', `${first}${suffix}`, { problems });
}

/** `terms[3]`: where a term stands in the document, for messages. */
const termPath = (index: number) => `terms[${index}]`;

/** Where a field's parent stands: a path, or a term's index (spelled out only for a problem). */
type At = string | number;

/** A field's path under `at` (`terms[3].aliases`; at the top level just the key). */
const fieldPath = (at: At, key: string) => {
  const parent = typeof at === 'number' ? termPath(at) : at;
  return parent ? `${parent}.${key}` : key;
};

/** What a term leaves out: one shared, frozen empty array, not four new ones per term. */
const NONE: never[] = Object.freeze([]) as never[];

/**
 * Collects problems while reading fields, so one pass reports every mistake with its path. Paths
 * are spelled out only for a problem: a valid term costs no string building.
 */
class Checker {
  constructor(private readonly problems: string[]) {}

  /** `value` (the field `key` under `at`), when it is a string of at most `max` characters. */
  string(value: unknown, at: At, key: string, max: number, required = false): string | undefined {
    if (typeof value === 'string' && value.length <= max && !(required && value.trim() === '')) return value;
    if (value === undefined || value === null) {
      if (required) this.problems.push(`${fieldPath(at, key)} must be a non-empty string, got ${describe(value)}`);
      return undefined;
    }
    if (typeof value !== 'string' || (required && value.trim() === '')) {
      this.problems.push(`${fieldPath(at, key)} must be a non-empty string, got ${describe(value)}`);
    } else {
      this.problems.push(tooLong(fieldPath(at, key), max, value.length));
    }
    return undefined;
  }

  boolean(value: unknown, at: At, key: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.problems.push(`${fieldPath(at, key)} must be true or false, got ${describe(value)}`);
    return undefined;
  }

  /** Counts start tags (`<` and an ASCII letter), stopping at the first over the limit. */
  tags(html: string, at: At): void {
    let count = 0;
    for (let position = html.indexOf('<'); position >= 0; position = html.indexOf('<', position + 1)) {
      const next = html.charCodeAt(position + 1) | 0x20; // lower-cased, for ASCII letters
      if (next >= 0x61 && next <= 0x7a && ++count > LIMITS.definitionTags) {
        this.problems.push(`${fieldPath(at, 'definition')} must have at most ${LIMITS.definitionTags} tags`);
        return;
      }
    }
  }

  strings(value: unknown, at: At, key: string, maxItems: number, maxLength: number): string[] {
    if (value === undefined || value === null) return NONE;
    if (!Array.isArray(value)) {
      this.problems.push(`${fieldPath(at, key)} must be an array of strings, got ${describe(value)}`);
      return NONE;
    }
    if (value.length > maxItems) {
      this.problems.push(`${fieldPath(at, key)} must have at most ${maxItems} items, got ${value.length}`);
      return NONE;
    }
    if (value.length === 0) return NONE;
    const strings: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'string') this.problems.push(`${fieldPath(at, key)}[${index}] must be a string, got ${describe(item)}`);
      else if (item.length > maxLength) this.problems.push(tooLong(`${fieldPath(at, key)}[${index}]`, maxLength, item.length));
      else strings.push(item);
    });
    return strings;
  }

  language(value: unknown): string {
    if (value === undefined || value === null) return 'en';
    if (typeof value === 'string' && value.length > LIMITS.language) {
      this.problems.push(tooLong('language', LIMITS.language, value.length));
      return 'en';
    }
    if (typeof value === 'string') {
      try {
        const [canonical] = Intl.getCanonicalLocales(value);
        if (canonical) return canonical;
      } catch {
        // Reported below: the tag is not BCP 47.
      }
    }
    this.problems.push(`language must be a BCP 47 language tag such as "en" or "de-CH", got ${describe(value)}`);
    return 'en';
  }

  /** The term at `at` (its index in `terms`), checked and normalised. */
  term(raw: unknown, at: number, language: string): Term | undefined {
    if (!isRecord(raw)) {
      this.problems.push(`${termPath(at)} must be an object, got ${describe(raw)}`);
      return undefined;
    }
    const before = this.problems.length;
    const id = this.string(raw.id, at, 'id', LIMITS.id, true);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.problems.push(`${fieldPath(at, 'id')} must use only a-z, 0-9 and "-", got ${JSON.stringify(id)}`);
    }
    const name = this.string(raw.term, at, 'term', LIMITS.term, true);
    const definition = this.string(raw.definition, at, 'definition', LIMITS.definition, true);
    if (definition !== undefined) this.tags(definition, at);
    const summary = this.string(raw.summary, at, 'summary', LIMITS.summary);
    const url = this.string(raw.url, at, 'url', LIMITS.url);
    const moreArticlesUrl = this.string(raw.moreArticlesUrl, at, 'moreArticlesUrl', LIMITS.url);
    const aliases = this.strings(raw.aliases, at, 'aliases', LIMITS.aliases, LIMITS.alias);
    const seeAlso = this.strings(raw.seeAlso, at, 'seeAlso', LIMITS.seeAlso, LIMITS.id);
    const categories = this.strings(raw.categories, at, 'categories', LIMITS.categories, LIMITS.category);
    const articles = this.articles(raw.articles, at);
    const caseSensitive = this.boolean(raw.caseSensitive, at, 'caseSensitive') ?? false;
    const autolink = this.boolean(raw.autolink, at, 'autolink') ?? true;
    if (this.problems.length > before) return undefined;

    const term: Omit<Term, 'summary'> = {
      id: id!,
      term: name!,
      definition: definition!,
      aliases,
      seeAlso,
      categories,
      articles,
      caseSensitive,
      autolink,
      ...(url !== undefined && { url }),
      ...(moreArticlesUrl !== undefined && { moreArticlesUrl }),
    };
    return withSummary(term, summary?.trim(), language);
  }

  articles(value: unknown, termAt: At): GlossaryArticle[] {
    if (value === undefined || value === null) return NONE;
    const path = fieldPath(termAt, 'articles');
    if (!Array.isArray(value)) {
      this.problems.push(`${path} must be an array of articles, got ${describe(value)}`);
      return NONE;
    }
    if (value.length > LIMITS.articles) {
      this.problems.push(`${path} must have at most ${LIMITS.articles} items, got ${value.length}`);
      return NONE;
    }
    const articles: GlossaryArticle[] = [];
    value.forEach((raw: unknown, index) => {
      const at = `${path}[${index}]`;
      if (!isRecord(raw)) {
        this.problems.push(`${at} must be an object, got ${describe(raw)}`);
        return;
      }
      const title = this.string(raw.title, at, 'title', LIMITS.articleTitle, true);
      const url = this.string(raw.url, at, 'url', LIMITS.url, true);
      const excerpt = this.string(raw.excerpt, at, 'excerpt', LIMITS.excerpt);
      const image = this.string(raw.image, at, 'image', LIMITS.url);
      const date = this.string(raw.date, at, 'date', LIMITS.date);
      if (date !== undefined && !isIsoDate(date)) {
        this.problems.push(`${at}.date must be an ISO 8601 date such as "2024-05-01", got ${JSON.stringify(date)}`);
      }
      if (title === undefined || url === undefined) return;
      articles.push({
        title,
        url,
        ...(excerpt !== undefined && { excerpt }),
        ...(image !== undefined && { image }),
        ...(date !== undefined && { date }),
      });
    });
    return articles;
  }
}

const tooLong = (path: string, max: number, length: number) => `${path} must be at most ${max} characters, got ${length}`;

/**
 * The term with its summary: the one it gives, or else its definition's first sentence, derived
 * when first read (an entry or a card shows it), not for every term before anything can paint.
 */
function withSummary(term: Omit<Term, 'summary'>, given: string | undefined, language: string): Term {
  return given ? { ...term, summary: given } : new TermWithDerivedSummary(term, language);
}

/**
 * A term whose summary is its definition's first sentence, derived on first read. The getter
 * lives on the prototype, so every such term has one shape (a getter defined on each object gave
 * each term a shape of its own, and made every loop over terms slow); `toJSON` keeps the summary
 * in serialised terms.
 */
class TermWithDerivedSummary implements Term {
  id: string;
  term: string;
  definition: string;
  aliases: string[];
  seeAlso: string[];
  categories: string[];
  articles: GlossaryArticle[];
  caseSensitive: boolean;
  autolink: boolean;
  url?: string;
  moreArticlesUrl?: string;
  #language: string;
  #summary: string | undefined;

  constructor(fields: Omit<Term, 'summary'>, language: string) {
    this.id = fields.id;
    this.term = fields.term;
    this.definition = fields.definition;
    this.aliases = fields.aliases;
    this.seeAlso = fields.seeAlso;
    this.categories = fields.categories;
    this.articles = fields.articles;
    this.caseSensitive = fields.caseSensitive;
    this.autolink = fields.autolink;
    if (fields.url !== undefined) this.url = fields.url;
    if (fields.moreArticlesUrl !== undefined) this.moreArticlesUrl = fields.moreArticlesUrl;
    this.#language = language;
  }

  get summary(): string {
    return (this.#summary ??= deriveSummary(this.definition, this.#language));
  }

  toJSON(): Term {
    return { ...this, summary: this.summary };
  }
}

/** `2024-05-01`, optionally with a time, and a real day of the calendar. */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (!match) return false;
  const time = Date.parse(`${match[1]}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(match[1]!);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a JSON value's type for messages: `got number 42`, `got array`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `string ${JSON.stringify(truncate(value, 40))}`;
  return `${typeof value} ${String(value)}`;
}

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
