import { describe, expect, it, vi } from 'vitest';
import { validateGlossary, validateGlossaryInSlices } from '../../src/data/validate.js';
import { glossaryErrorOf, sampleDocument, validTerm, withTerms } from './fixtures.js';

/** The problems validating `input` reports (the test fails when it validates). */
const problemsOf = (input: unknown) => glossaryErrorOf(() => validateGlossary(input, { warn: () => {} })).problems;

/** The problems of a glossary whose only term is a valid one with `overrides`. */
const termProblems = (overrides: Record<string, unknown>) => problemsOf(withTerms(validTerm(overrides)));

describe('validateGlossary: the document root', () => {
  it.each([
    ['an array', [], 'the glossary must be a JSON object, got an array'],
    ['null', null, 'the glossary must be a JSON object, got null'],
    ['a string', 'glossary', 'the glossary must be a JSON object, got string "glossary"'],
  ])('rejects %s as the root with a schema error', (_label, input, message) => {
    const error = glossaryErrorOf(() => validateGlossary(input));

    expect(error.kind).toBe('schema');
    expect(error.message).toBe(message);
    expect(error.problems).toEqual([message]);
  });

  it.each([
    ['missing', undefined, 'title must be a non-empty string, got nothing'],
    ['empty', '  ', 'title must be a non-empty string, got string "  "'],
    ['a number', 42, 'title must be a non-empty string, got number 42'],
  ])('reports a title that is %s', (_label, title, message) => {
    expect(problemsOf({ title, terms: [] })).toEqual([message]);
  });

  it('reports missing terms and terms that are not an array', () => {
    expect(problemsOf({ title: 'T' })).toEqual(['terms must be an array, got nothing']);
    expect(problemsOf({ title: 'T', terms: {} })).toEqual(['terms must be an array, got an object']);
  });

  it('accepts an empty terms array', () => {
    expect(validateGlossary({ title: 'T', terms: [] }).terms).toEqual([]);
  });
});

describe('validateGlossary: terms', () => {
  it('reports a term that is not an object, with its index', () => {
    expect(problemsOf(withTerms(validTerm(), 'oops'))).toEqual(['terms[1] must be an object, got string "oops"']);
  });

  it('reports a missing id with the path of its term', () => {
    const terms = [validTerm({ id: 'a' }), validTerm({ id: 'b' }), validTerm({ id: 'c' }), validTerm({ id: undefined })];

    expect(problemsOf(withTerms(...terms))).toEqual(['terms[3].id must be a non-empty string, got nothing']);
  });

  it('reports an id outside [a-z0-9-]', () => {
    expect(termProblems({ id: 'Back End' })).toEqual(['terms[0].id must use only a-z, 0-9 and "-", got "Back End"']);
  });

  it('reports a duplicate id naming the term that used it first', () => {
    const terms = [validTerm({ id: 'x' }), validTerm({ id: 'y' }), validTerm({ id: 'x' })];

    expect(problemsOf(withTerms(...terms))).toEqual(['terms[2].id "x" is already used by terms[0]']);
  });

  it('reports a missing term name and definition', () => {
    expect(termProblems({ term: undefined, definition: '' })).toEqual([
      'terms[0].term must be a non-empty string, got nothing',
      'terms[0].definition must be a non-empty string, got string ""',
    ]);
  });

  it('reports aliases that are not an array, and the path of an alias that is not a string', () => {
    expect(termProblems({ aliases: 'Bill' })).toEqual(['terms[0].aliases must be an array of strings, got string "Bill"']);
    expect(termProblems({ aliases: ['Bill', 7] })).toEqual(['terms[0].aliases[1] must be a string, got number 7']);
  });

  it('reports a summary or url of the wrong type', () => {
    expect(termProblems({ summary: 3, url: false })).toEqual([
      'terms[0].summary must be a non-empty string, got number 3',
      'terms[0].url must be a non-empty string, got boolean false',
    ]);
  });

  it('reads caseSensitive and autolink as booleans (false and true when absent) and reports other types', () => {
    const [term] = validateGlossary(withTerms(validTerm({ caseSensitive: true, autolink: false }), validTerm({ id: 'other' }))).terms;
    expect([term!.caseSensitive, term!.autolink]).toEqual([true, false]);
    const [, other] = validateGlossary(withTerms(validTerm({}), validTerm({ id: 'other' }))).terms;
    expect([other!.caseSensitive, other!.autolink]).toEqual([false, true]);
    expect(termProblems({ caseSensitive: 'yes', autolink: 0 })).toEqual([
      'terms[0].caseSensitive must be true or false, got string "yes"',
      'terms[0].autolink must be true or false, got number 0',
    ]);
  });

  it('reports articles that are not an array, and an article that is not an object', () => {
    expect(termProblems({ articles: {} })).toEqual(['terms[0].articles must be an array of articles, got an object']);
    expect(termProblems({ articles: ['x'] })).toEqual(['terms[0].articles[0] must be an object, got string "x"']);
  });

  it('reports an article without title or url', () => {
    expect(termProblems({ articles: [{ excerpt: 'Hi' }] })).toEqual([
      'terms[0].articles[0].title must be a non-empty string, got nothing',
      'terms[0].articles[0].url must be a non-empty string, got nothing',
    ]);
  });

  it('reports an article date that is not a date', () => {
    expect(termProblems({ articles: [{ title: 'A', url: 'https://a.test/', date: '2024-13-45' }] })).toEqual([
      'terms[0].articles[0].date must be an ISO 8601 date such as "2024-05-01", got "2024-13-45"',
    ]);
  });

  it('reports dates that are not ISO 8601 calendar days', () => {
    for (const date of ['May 1', '1', '2024-02-30', '2024/05/01']) {
      expect(termProblems({ articles: [{ title: 'A', url: 'https://a.test/', date }] })).toEqual([
        `terms[0].articles[0].date must be an ISO 8601 date such as "2024-05-01", got ${JSON.stringify(date)}`,
      ]);
    }
    const leapDay = withTerms(validTerm({ articles: [{ title: 'A', url: 'https://a.test/', date: '2024-02-29T10:00:00Z' }] }));
    expect(validateGlossary(leapDay).terms[0]!.articles[0]!.date).toBe('2024-02-29T10:00:00Z');
  });

  it('keeps a valid article with its optional fields', () => {
    const article = { title: 'A', url: 'https://a.test/', excerpt: 'E', image: 'https://a.test/i.png', date: '2024-05-01' };

    const [term] = validateGlossary(withTerms(validTerm({ articles: [article] }))).terms;

    expect(term?.articles).toEqual([article]);
  });
});

describe('validateGlossary: language', () => {
  it.each([
    ['en_US!!', 'string "en_US!!"'],
    [42, 'number 42'],
  ])('reports %j as an invalid language', (language, got) => {
    expect(problemsOf({ ...withTerms(), language })).toEqual([
      `language must be a BCP 47 language tag such as "en" or "de-CH", got ${got}`,
    ]);
  });

  it('keeps a valid tag and canonicalises its case', () => {
    expect(validateGlossary({ ...withTerms(), language: 'de-CH' }).language).toBe('de-CH');
    expect(validateGlossary({ ...withTerms(), language: 'EN-gb' }).language).toBe('en-GB');
  });

  it('defaults to "en" when the document names no language', () => {
    expect(validateGlossary(withTerms()).language).toBe('en');
  });
});

describe('validateGlossary: collecting problems', () => {
  it('collects every problem and says how many more there are', () => {
    const input = { terms: [validTerm({ id: 'A!' }), 5], language: 42 };

    const error = glossaryErrorOf(() => validateGlossary(input));

    expect(error.problems).toEqual([
      'title must be a non-empty string, got nothing',
      'language must be a BCP 47 language tag such as "en" or "de-CH", got number 42',
      'terms[0].id must use only a-z, 0-9 and "-", got "A!"',
      'terms[1] must be an object, got number 5',
    ]);
    expect(error.message).toBe('title must be a non-empty string, got nothing (and 3 more problems)');
  });

  it('says "problem" in the singular when there is one more', () => {
    const error = glossaryErrorOf(() => validateGlossary({ terms: 'no' }));

    expect(error.message).toBe('title must be a non-empty string, got nothing (and 1 more problem)');
  });

  it('ignores unknown fields', () => {
    const glossary = validateGlossary({ ...withTerms(validTerm({ colour: 'red' })), version: 2 });

    expect(glossary).not.toHaveProperty('version');
    expect(glossary.terms[0]).not.toHaveProperty('colour');
  });
});

describe('validateGlossary: see-also', () => {
  it('drops a see-also id that matches no term and warns with its path', () => {
    const warn = vi.fn();
    const input = withTerms(validTerm({ id: 'a', seeAlso: ['b', 'nope'] }), validTerm({ id: 'b' }));

    const glossary = validateGlossary(input, { warn });

    expect(glossary.terms[0]?.seeAlso).toEqual(['b']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      'glossary-elements: terms[0].seeAlso names "nope", which matches no term; it is dropped',
    );
  });

  it('drops a term that names itself and says so', () => {
    const warn = vi.fn();
    const input = withTerms(validTerm({ id: 'a' }), validTerm({ id: 'b', seeAlso: ['b', 'a'] }));

    const glossary = validateGlossary(input, { warn });

    expect(glossary.terms[1]?.seeAlso).toEqual(['a']);
    expect(warn).toHaveBeenCalledWith('glossary-elements: terms[1].seeAlso names "b", the term itself; it is dropped');
  });

  it('keeps every valid see-also of the sample glossary without a warning', () => {
    const warn = vi.fn();

    const glossary = validateGlossary(sampleDocument(), { warn });

    expect(warn).not.toHaveBeenCalled();
    expect(glossary.terms).toHaveLength(48);
    expect(glossary.terms.find((term) => term.id === 'back-end')?.seeAlso).toEqual([
      'front-end',
      'full-stack',
      'milestone-payments',
    ]);
  });
});

describe('validateGlossary: normalised result', () => {
  it('derives the summary from the first sentence of the definition when absent', () => {
    const [term] = validateGlossary(withTerms(validTerm())).terms;

    expect(term?.summary).toBe('A bill sent to a client.');
  });

  it('keeps a given summary, trimmed', () => {
    const [term] = validateGlossary(withTerms(validTerm({ summary: '  Money owed.  ' }))).terms;

    expect(term?.summary).toBe('Money owed.');
  });

  it('fills optional lists with empty arrays, flags with their defaults, and leaves absent urls out', () => {
    const [term] = validateGlossary(withTerms(validTerm())).terms;

    // The derived summary is a getter (read on demand); serialising the term writes it out.
    expect(JSON.parse(JSON.stringify(term))).toEqual({
      id: 'invoice',
      term: 'Invoice',
      definition: '<p>A bill sent to a client. It lists the work done.</p>',
      summary: 'A bill sent to a client.',
      aliases: [],
      seeAlso: [],
      categories: [],
      articles: [],
      caseSensitive: false,
      autolink: true,
    });
  });

  it('copies the baseUrl option to the result, and defaults it to an empty string', () => {
    expect(validateGlossary(withTerms(), { baseUrl: 'https://example.test/g.json' }).baseUrl).toBe(
      'https://example.test/g.json',
    );
    expect(validateGlossary(withTerms()).baseUrl).toBe('');
  });

  it('keeps the glossary title and url', () => {
    const glossary = validateGlossary({ ...withTerms(), url: 'https://example.test/glossary/' });

    expect(glossary.title).toBe('Test Glossary');
    expect(glossary.url).toBe('https://example.test/glossary/');
  });
});

describe('validateGlossaryInSlices', () => {
  it('gives what validateGlossary gives, for a valid document and for a broken one', async () => {
    const valid = withTerms(validTerm({ id: 'a' }), validTerm({ id: 'b', seeAlso: ['a'] }));
    const broken = withTerms(validTerm({ id: 'a' }), validTerm({ id: 'a' }), { term: 'no id' });

    expect(await validateGlossaryInSlices(valid, { warn: () => {} })).toEqual(validateGlossary(valid, { warn: () => {} }));
    await expect(validateGlossaryInSlices(broken)).rejects.toMatchObject({ kind: 'schema', problems: problemsOf(broken) });
  });
});
