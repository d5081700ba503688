import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGlossaryError } from '../../src/data/errors.js';
import { validateGlossary } from '../../src/data/validate.js';
import { date, languageTag, mutatedDocument } from './arbitraries.js';
import { sampleDocument, validTerm, withTerms } from './fixtures.js';

/** Each property runs in well under a second alone; a busy two-core machine can stretch that past Vitest's 5 s. */
const FUZZ = { timeout: 30_000 };

type Schema = Record<string, any>;
const schema = JSON.parse(readFileSync(new URL('../../glossary.schema.json', import.meta.url), 'utf8')) as Schema;
const schemaWarnings: unknown[] = [];
const ajv = new Ajv2020({
  allErrors: true,
  allowUnionTypes: true,
  logger: { log: () => {}, warn: (...args) => schemaWarnings.push(args), error: (...args) => schemaWarnings.push(args) },
});
const checkSchema = ajv.compile(schema);

/** Where the schema finds problems, as JSON pointers (a missing field points at the field). */
function schemaVerdict(document: unknown): string[] {
  if (checkSchema(document)) return [];
  const pointerOf = ({ instancePath, keyword, params }: ErrorObject) =>
    keyword === 'required' ? `${instancePath}/${params.missingProperty}` : instancePath;
  return [...new Set(checkSchema.errors!.map(pointerOf))].sort();
}

/**
 * Where the validator finds problems, as JSON pointers: `terms[3].id` becomes `/terms/3/id`.
 * Duplicate ids are left out: the schema documents that it cannot see them.
 */
function validatorVerdict(document: unknown): string[] {
  try {
    validateGlossary(document, { warn: () => {} });
    return [];
  } catch (error) {
    if (!isGlossaryError(error)) throw error;
    const problems = error.problems.filter((problem) => !/ is already used by /.test(problem));
    return [...new Set(problems.map(pointerOfProblem))].sort();
  }
}

/** Every validator message starts with its path, or with "the glossary" for the root. */
function pointerOfProblem(problem: string): string {
  if (problem.startsWith('the glossary ')) return '';
  const path = problem.slice(0, problem.indexOf(' '));
  return `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
}

/** A tag that repeats a subtag: repeated variants and singletons are the language rule the schema cannot express. */
const repeatsASubtag = (tag: unknown) => {
  if (typeof tag !== 'string') return false;
  const subtags = tag.toLowerCase().split('-');
  return new Set(subtags).size !== subtags.length;
};

const withArticle = (article: Record<string, unknown>) =>
  withTerms(validTerm({ articles: [{ title: 'A', url: 'https://a.test/', ...article }] }));

describe('glossary.schema.json', () => {
  it('is a draft 2020-12 schema with an $id and a title that compiles without warnings in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/glossary\.schema\.json$/);
    expect(schema.title).toBeTruthy();
    expect(schemaWarnings).toEqual([]);
  });

  it('describes every property, for editors and the Storybook docs', () => {
    const undescribed: string[] = [];
    const visit = (node: Schema, path: string) => {
      for (const [name, property] of Object.entries<Schema>(node.properties ?? {})) {
        if (!property.description) undescribed.push(`${path}.${name}`);
        visit(property, `${path}.${name}`);
      }
      if (node.items) visit(node.items, `${path}[]`);
      for (const [name, definition] of Object.entries<Schema>(node.$defs ?? {})) visit(definition, `$defs.${name}`);
    };

    visit(schema, '');

    expect(undescribed).toEqual([]);
  });
});

describe('the schema and the validator agree', FUZZ, () => {
  it.each<[string, unknown, string[]]>([
    ['the sample glossary', sampleDocument(), []],
    ['a minimal document', withTerms(validTerm()), []],
    ['no terms', withTerms(), []],
    ['null for every optional field', { ...withTerms(validTerm({ aliases: null, summary: null, seeAlso: null, categories: null, url: null, articles: null, moreArticlesUrl: null })), url: null, language: null }, []],
    ['empty optional strings', { ...withTerms(validTerm({ summary: '', url: '', moreArticlesUrl: '' })), url: '' }, []],
    ['unknown fields and a $schema', { ...withTerms(validTerm({ colour: 1 })), $schema: 'glossary.schema.json', version: 2 }, []],
    ['a see-also naming no term or the term itself (a warning)', withTerms(validTerm({ id: 'a', seeAlso: ['a', 'nope'] })), []],
    ['an article with every field', withArticle({ excerpt: '', image: 'i.png', date: '2024-02-29T10:00:00Z' }), []],
    ['a language with script, region and extensions', { ...withTerms(), language: 'sr-Latn-RS-u-nu-latn-x-mine' }, []],
    ['an array as the root', [], ['']],
    ['null as the root', null, ['']],
    ['a missing title', { terms: [] }, ['/title']],
    ['a blank title', { title: ' \u3000', terms: [] }, ['/title']],
    ['a title that is a number', { title: 1, terms: [] }, ['/title']],
    ['a url that is not a string', { ...withTerms(), url: 5 }, ['/url']],
    ['a language that is not BCP 47', { ...withTerms(), language: 'en_US' }, ['/language']],
    ['a language that is a number', { ...withTerms(), language: 42 }, ['/language']],
    ['missing terms', { title: 'T' }, ['/terms']],
    ['terms that are an object', { title: 'T', terms: {} }, ['/terms']],
    ['a term that is not an object', withTerms(validTerm(), 'oops'), ['/terms/1']],
    ['a missing id', withTerms(validTerm({ id: undefined })), ['/terms/0/id']],
    ['an id outside [a-z0-9-]', withTerms(validTerm({ id: 'Back End' })), ['/terms/0/id']],
    ['a blank term name', withTerms(validTerm({ term: '\n' })), ['/terms/0/term']],
    ['a missing definition', withTerms(validTerm({ definition: undefined })), ['/terms/0/definition']],
    ['a summary, url and moreArticlesUrl of the wrong type', withTerms(validTerm({ summary: 3, url: false, moreArticlesUrl: [] })), ['/terms/0/moreArticlesUrl', '/terms/0/summary', '/terms/0/url']],
    ['aliases, seeAlso and categories that are not arrays', withTerms(validTerm({ aliases: 'Bill', seeAlso: {}, categories: 1 })), ['/terms/0/aliases', '/terms/0/categories', '/terms/0/seeAlso']],
    ['an alias that is not a string', withTerms(validTerm({ aliases: ['Bill', 7] })), ['/terms/0/aliases/1']],
    ['articles that are not an array', withTerms(validTerm({ articles: {} })), ['/terms/0/articles']],
    ['an article that is not an object', withTerms(validTerm({ articles: ['x'] })), ['/terms/0/articles/0']],
    ['an article without title or url', withTerms(validTerm({ articles: [{ excerpt: 'Hi' }] })), ['/terms/0/articles/0/title', '/terms/0/articles/0/url']],
    ['an article with a blank title', withArticle({ title: ' ' }), ['/terms/0/articles/0/title']],
    ['an article excerpt and image of the wrong type', withArticle({ excerpt: 1, image: true }), ['/terms/0/articles/0/excerpt', '/terms/0/articles/0/image']],
    ['an article date that is no ISO date', withArticle({ date: '2024/05/01' }), ['/terms/0/articles/0/date']],
    ['an article date that is no calendar day', withArticle({ date: '2023-02-29' }), ['/terms/0/articles/0/date']],
  ])('%s', (_label, document, problems) => {
    expect(validatorVerdict(document)).toEqual(problems);
    expect(schemaVerdict(document)).toEqual(problems);
  });

  it.each([
    ['a duplicate id across terms', withTerms(validTerm({ id: 'x' }), validTerm({ id: 'x' })), 'unique'],
    ['a language tag with a repeated variant', { ...withTerms(), language: 'de-1996-1996' }, 'repeats no variant'],
  ])('leaves %s to the validator, and says so in a $comment', (_label, document, comment) => {
    expect(schemaVerdict(document)).toEqual([]);
    expect(() => validateGlossary(document)).toThrow(expect.objectContaining({ kind: 'schema' }));
    expect(schema.$comment).toContain(comment);
  });

  it('finds the same problems at the same paths in random documents', () => {
    fc.assert(
      fc.property(mutatedDocument, (document) => {
        fc.pre(!repeatsASubtag((document as { language?: unknown } | null)?.language));
        expect(schemaVerdict(document)).toEqual(validatorVerdict(document));
      }),
      { numRuns: 400 },
    );
  });

  it('accepts the same language tags as Intl.getCanonicalLocales', () => {
    fc.assert(
      fc.property(languageTag.filter((tag) => !repeatsASubtag(tag)), (language) => {
        const document = { ...withTerms(), language };
        expect(schemaVerdict(document)).toEqual(validatorVerdict(document));
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the same article dates', () => {
    fc.assert(
      fc.property(date, (day) => {
        const document = withArticle({ date: day });
        expect(schemaVerdict(document)).toEqual(validatorVerdict(document));
      }),
      { numRuns: 1000 },
    );
  });
});
