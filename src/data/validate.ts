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
  await inSlices(validation.rawTerms.keys(), (index) => validation.addTerm(validation.rawTerms[index], index));
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
  /** Every id a term names, valid term or not: a see-also naming a broken term is that term's problem. */
  readonly #namedIds = new Set<string>();

  constructor(
    input: unknown,
    private readonly options: ValidateOptions,
  ) {
    if (!isRecord(input)) {
      throw schemaError([`the glossary must be a JSON object, got ${describe(input)}`]);
    }
    this.#title = this.#check.string(input, 'title', 'title', LIMITS.title, { required: true });
    this.#url = this.#check.string(input, 'url', 'url', LIMITS.url);
    this.#language = this.#check.language(input.language);
    if (!Array.isArray(input.terms)) {
      this.#problems.push(`terms must be an array, got ${describe(input.terms)}`);
    }
    this.rawTerms = Array.isArray(input.terms) ? input.terms : [];
  }

  addTerm(raw: unknown, index: number): void {
    if (isRecord(raw) && typeof raw.id === 'string') this.#namedIds.add(raw.id);
    const term = this.#check.term(raw, `terms[${index}]`, this.#language);
    if (!term) return;
    const earlier = this.#firstIndexOfId.get(term.id);
    if (earlier !== undefined) {
      this.#problems.push(`terms[${index}].id "${term.id}" is already used by terms[${earlier}]`);
      return;
    }
    this.#firstIndexOfId.set(term.id, index);
    this.#terms.push(term);
  }

  /** Warns about see-also ids even when the document fails, so that one run tells every problem. */
  finish(): Glossary {
    const warn = this.options.warn ?? ((message: string) => console.warn(message));
    dropDanglingSeeAlso(this.#terms, this.#firstIndexOfId, this.#problems.length > 0 ? this.#namedIds : undefined, warn);
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
    term.seeAlso = term.seeAlso.filter((id) => {
      if (indexOfId.has(id) && id !== term.id) return true;
      if (otherIds?.has(id) && id !== term.id) return false;
      warn(
        `glossary-elements: terms[${indexOfId.get(term.id)}].seeAlso names "${id}", ` +
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

/** Collects problems while reading fields, so one pass reports every mistake with its path. */
class Checker {
  constructor(private readonly problems: string[]) {}

  string(
    record: Record<string, unknown>,
    key: string,
    path: string,
    max: number,
    { required = false } = {},
  ): string | undefined {
    const value = record[key];
    if (value === undefined || value === null) {
      if (required) this.problems.push(`${path} must be a non-empty string, got ${describe(value)}`);
      return undefined;
    }
    if (typeof value !== 'string' || (required && value.trim() === '')) {
      this.problems.push(`${path} must be a non-empty string, got ${describe(value)}`);
      return undefined;
    }
    return this.within(value, path, max);
  }

  boolean(record: Record<string, unknown>, key: string, path: string): boolean | undefined {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.problems.push(`${path} must be true or false, got ${describe(value)}`);
    return undefined;
  }

  /** Counts start tags (`<` and a letter), stopping at the first over the limit. */
  tags(html: string, path: string): void {
    let count = 0;
    for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
      if (/[a-z]/i.test(html[at + 1] ?? '') && ++count > LIMITS.definitionTags) {
        this.problems.push(`${path} must have at most ${LIMITS.definitionTags} tags`);
        return;
      }
    }
  }

  /** `value` when it is at most `max` characters long; a problem naming the limit otherwise. */
  within(value: string, path: string, max: number): string | undefined {
    if (value.length <= max) return value;
    this.problems.push(`${path} must be at most ${max} characters, got ${value.length}`);
    return undefined;
  }

  strings(record: Record<string, unknown>, key: string, path: string, maxItems: number, maxLength: number): string[] {
    const value = record[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.push(`${path} must be an array of strings, got ${describe(value)}`);
      return [];
    }
    if (value.length > maxItems) {
      this.problems.push(`${path} must have at most ${maxItems} items, got ${value.length}`);
      return [];
    }
    const strings: string[] = [];
    value.forEach((item, index) => {
      if (typeof item !== 'string') this.problems.push(`${path}[${index}] must be a string, got ${describe(item)}`);
      else if (this.within(item, `${path}[${index}]`, maxLength) !== undefined) strings.push(item);
    });
    return strings;
  }

  language(value: unknown): string {
    if (value === undefined || value === null) return 'en';
    if (typeof value === 'string' && this.within(value, 'language', LIMITS.language) === undefined) return 'en';
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

  term(raw: unknown, path: string, language: string): Term | undefined {
    if (!isRecord(raw)) {
      this.problems.push(`${path} must be an object, got ${describe(raw)}`);
      return undefined;
    }
    const before = this.problems.length;
    const id = this.string(raw, 'id', `${path}.id`, LIMITS.id, { required: true });
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.problems.push(`${path}.id must use only a-z, 0-9 and "-", got ${JSON.stringify(id)}`);
    }
    const name = this.string(raw, 'term', `${path}.term`, LIMITS.term, { required: true });
    const definition = this.string(raw, 'definition', `${path}.definition`, LIMITS.definition, { required: true });
    if (definition !== undefined) this.tags(definition, `${path}.definition`);
    const summary = this.string(raw, 'summary', `${path}.summary`, LIMITS.summary);
    const url = this.string(raw, 'url', `${path}.url`, LIMITS.url);
    const moreArticlesUrl = this.string(raw, 'moreArticlesUrl', `${path}.moreArticlesUrl`, LIMITS.url);
    const aliases = this.strings(raw, 'aliases', `${path}.aliases`, LIMITS.aliases, LIMITS.alias);
    const seeAlso = this.strings(raw, 'seeAlso', `${path}.seeAlso`, LIMITS.seeAlso, LIMITS.id);
    const categories = this.strings(raw, 'categories', `${path}.categories`, LIMITS.categories, LIMITS.category);
    const articles = this.articles(raw.articles, `${path}.articles`);
    const caseSensitive = this.boolean(raw, 'caseSensitive', `${path}.caseSensitive`) ?? false;
    const autolink = this.boolean(raw, 'autolink', `${path}.autolink`) ?? true;
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
    return withSummary(term, summary?.trim(), definition!, language);
  }

  articles(value: unknown, path: string): GlossaryArticle[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.push(`${path} must be an array of articles, got ${describe(value)}`);
      return [];
    }
    if (value.length > LIMITS.articles) {
      this.problems.push(`${path} must have at most ${LIMITS.articles} items, got ${value.length}`);
      return [];
    }
    const articles: GlossaryArticle[] = [];
    value.forEach((raw, index) => {
      const at = `${path}[${index}]`;
      if (!isRecord(raw)) {
        this.problems.push(`${at} must be an object, got ${describe(raw)}`);
        return;
      }
      const title = this.string(raw, 'title', `${at}.title`, LIMITS.articleTitle, { required: true });
      const url = this.string(raw, 'url', `${at}.url`, LIMITS.url, { required: true });
      const excerpt = this.string(raw, 'excerpt', `${at}.excerpt`, LIMITS.excerpt);
      const image = this.string(raw, 'image', `${at}.image`, LIMITS.url);
      const date = this.string(raw, 'date', `${at}.date`, LIMITS.date);
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

/**
 * The term with its summary: the one it gives, or else its definition's first sentence, derived
 * when first read (an entry or a card shows it), not for every term before anything can paint.
 */
function withSummary(term: Omit<Term, 'summary'>, given: string | undefined, definition: string, language: string): Term {
  if (given) return { ...term, summary: given };
  let derived: string | undefined;
  return Object.defineProperty(term, 'summary', {
    get: () => (derived ??= deriveSummary(definition, language)),
    enumerable: true,
  }) as Term;
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
