import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/data/limits.js';
import { parseGlossaryText, parseGlossaryTextInSlices } from '../../src/data/parse.js';
import { validateGlossary } from '../../src/data/validate.js';
import { glossaryErrorOf, validTerm, withTerms } from './fixtures.js';

// Sizes no real glossary meets are refused, by the validator and the schema alike (issue 15:
// a 10 MB name froze the page for seconds).
const schema = JSON.parse(readFileSync(new URL('../../glossary.schema.json', import.meta.url), 'utf8'));
const checkSchema = new Ajv2020({ allowUnionTypes: true }).compile(schema);

const long = (length: number) => 'x'.repeat(length);
const list = (length: number) => Array.from({ length }, (_, index) => `item-${index}`);
const article = (overrides: Record<string, unknown>) => ({ title: 'An article', url: 'https://example.com/a', ...overrides });

/** One field just over its limit: where it sits, and the message naming the limit. */
const overLimit: [name: string, document: Record<string, unknown>, message: string][] = [
  ['title', { ...withTerms(validTerm()), title: long(LIMITS.title + 1) }, 'title must be at most 300 characters, got 301'],
  ['url', { ...withTerms(validTerm()), url: long(LIMITS.url + 1) }, 'url must be at most 2000 characters'],
  ['language', { ...withTerms(validTerm()), language: `en-${long(LIMITS.language)}` }, 'language must be at most 100 characters'],
  ['id', withTerms(validTerm({ id: long(LIMITS.id + 1) })), 'terms[0].id must be at most 200 characters'],
  ['term', withTerms(validTerm({ term: long(LIMITS.term + 1) })), 'terms[0].term must be at most 200 characters, got 201'],
  ['an alias', withTerms(validTerm({ aliases: [long(LIMITS.alias + 1)] })), 'terms[0].aliases[0] must be at most 200 characters'],
  ['aliases', withTerms(validTerm({ aliases: list(LIMITS.aliases + 1) })), 'terms[0].aliases must have at most 50 items, got 51'],
  ['summary', withTerms(validTerm({ summary: long(LIMITS.summary + 1) })), 'terms[0].summary must be at most 1000 characters'],
  ['definition', withTerms(validTerm({ definition: long(LIMITS.definition + 1) })), 'terms[0].definition must be at most 100000 characters'],
  ['categories', withTerms(validTerm({ categories: list(LIMITS.categories + 1) })), 'terms[0].categories must have at most 50 items'],
  ['a category', withTerms(validTerm({ categories: [long(LIMITS.category + 1)] })), 'terms[0].categories[0] must be at most 200 characters'],
  ['seeAlso', withTerms(validTerm({ seeAlso: list(LIMITS.seeAlso + 1) })), 'terms[0].seeAlso must have at most 100 items'],
  ['moreArticlesUrl', withTerms(validTerm({ moreArticlesUrl: long(LIMITS.url + 1) })), 'terms[0].moreArticlesUrl must be at most 2000 characters'],
  ['articles', withTerms(validTerm({ articles: Array.from({ length: LIMITS.articles + 1 }, () => article({})) })), 'terms[0].articles must have at most 100 items'],
  ['an article title', withTerms(validTerm({ articles: [article({ title: long(LIMITS.articleTitle + 1) })] })), 'terms[0].articles[0].title must be at most 300 characters'],
  ['an excerpt', withTerms(validTerm({ articles: [article({ excerpt: long(LIMITS.excerpt + 1) })] })), 'terms[0].articles[0].excerpt must be at most 1000 characters'],
  ['an image', withTerms(validTerm({ articles: [article({ image: long(LIMITS.url + 1) })] })), 'terms[0].articles[0].image must be at most 2000 characters'],
];

describe('size limits', () => {
  it.each(overLimit)('%s over its limit: a schema error naming the field and the limit; the schema refuses it too', (_, document, message) => {
    const error = glossaryErrorOf(() => validateGlossary(document, { warn: () => {} }));

    expect(error.kind).toBe('schema');
    expect(error.problems!.join('\n')).toContain(message);
    expect(checkSchema(document)).toBe(false);
  });

  it('refuses a definition of over 2,000 start tags (beyond JSON Schema: only the validator counts them)', () => {
    const document = withTerms(validTerm({ definition: '<b>'.repeat(LIMITS.definitionTags + 1) }));
    const error = glossaryErrorOf(() => validateGlossary(document, { warn: () => {} }));

    expect(error.problems).toEqual(['terms[0].definition must have at most 2000 tags']);
    expect(() => validateGlossary(withTerms(validTerm({ definition: '<b>'.repeat(LIMITS.definitionTags) })), { warn: () => {} })).not.toThrow();
  });

  it('accepts every field at its limit, as the schema does', () => {
    const document = {
      ...withTerms(
        validTerm({
          term: long(LIMITS.term),
          aliases: Array.from({ length: LIMITS.aliases }, (_, index) => `${index}${long(LIMITS.alias - 3)}`),
          summary: long(LIMITS.summary),
          definition: long(LIMITS.definition),
        }),
      ),
      title: long(LIMITS.title),
    };

    expect(() => validateGlossary(document, { warn: () => {} })).not.toThrow();
    expect(checkSchema(document)).toBe(true);
  });

  it('refuses a 10 MB name in milliseconds', () => {
    const started = performance.now();
    glossaryErrorOf(() => validateGlossary(withTerms(validTerm({ term: long(10_000_000) })), { warn: () => {} }));
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('document size and nesting, before parsing', () => {
  const deep = (levels: number) => `{"title":"T","terms":[],"x":${'['.repeat(levels)}${']'.repeat(levels)}}`;

  it('refuses a document over 10 MB as a parse error, without parsing it', () => {
    const text = `{"title":"T","terms":[],"pad":"${long(LIMITS.documentBytes)}"}`;
    const error = glossaryErrorOf(() => parseGlossaryText(text, 'big.json'));

    expect(error.kind).toBe('parse');
    expect(error.message).toBe(`big.json is larger than the 10 MB a glossary may be (${text.length} bytes)`);
  });

  it('refuses nesting deeper than the limit, quickly, in both parsers', async () => {
    const text = deep(1_000_000);
    const started = performance.now();
    const error = glossaryErrorOf(() => parseGlossaryText(text, 'deep.json'));

    expect(performance.now() - started).toBeLessThan(50);
    expect(error).toMatchObject({ kind: 'parse', message: 'deep.json nests arrays and objects more than 32 levels deep' });
    await expect(parseGlossaryTextInSlices(text, 'deep.json')).rejects.toMatchObject({ kind: 'parse' });
  });

  it('counts brackets only outside strings, escaped quotes included', () => {
    const text = JSON.stringify({ title: '[[[[{{{{\\"[[[[', terms: [validTerm({ definition: `<p>${'['.repeat(100)}\\"</p>` })] });

    expect(parseGlossaryText(text, 'ok.json', { warn: () => {} }).terms).toHaveLength(1);
    expect(() => parseGlossaryText(deep(LIMITS.nesting - 1), 'ok.json')).not.toThrow();
  });
});
