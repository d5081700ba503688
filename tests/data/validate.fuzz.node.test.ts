import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/data/errors.js';
import { parseGlossaryText, validateFrom } from '../../src/data/parse.js';
import type { Glossary } from '../../src/data/types.js';
import { validateGlossary, validateGlossaryInSlices } from '../../src/data/validate.js';
import { anyText, glossaryDocument, mutatedDocument } from './arbitraries.js';

/** Each property runs in well under a second alone; a busy two-core machine can stretch that past Vitest's 5 s. */
const FUZZ = { timeout: 30_000 };

const SOURCE = 'fuzz.json';
const quiet = { warn: () => {} };

/** A problem starts with the path it is about (`terms[3].articles[0].date`), or "the glossary" for the root. */
const PROBLEM = /^(the glossary|(title|url|language|terms)(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*) \S/;

/**
 * Runs `load` and checks its outcome: a well-formed glossary, or a GlossaryError of kind `parse` or
 * `schema` whose message names the source and, for `schema`, a path per problem. Anything else thrown
 * fails the property as it is.
 */
function expectGlossaryOrTypedError(load: () => Glossary, { named = true } = {}): void {
  let glossary: Glossary;
  try {
    glossary = load();
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    expectTypedError(error, named);
    return;
  }
  expectWellFormed(glossary);
}

function expectTypedError(error: GlossaryError, named: boolean): void {
  expect(['parse', 'schema']).toContain(error.kind);
  if (error.kind === 'parse') {
    expect(error.message.startsWith(`${SOURCE} is not valid JSON: `)).toBe(true);
    expect(error.message.length).toBeGreaterThan(`${SOURCE} is not valid JSON: `.length);
    return;
  }
  expect(error.problems.length).toBeGreaterThan(0);
  for (const problem of error.problems) expect(problem).toMatch(PROBLEM);
  expect(error.message.startsWith(`${named ? `${SOURCE}: ` : ''}${error.problems[0]}`)).toBe(true);
}

function expectWellFormed(glossary: Glossary): void {
  expect(glossary.title.trim()).not.toBe('');
  expect(Intl.getCanonicalLocales(glossary.language)).toEqual([glossary.language]);
  const ids = glossary.terms.map((term) => term.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const term of glossary.terms) {
    expect(term.id).toMatch(/^[a-z0-9-]+$/);
    expect(term.term.trim()).not.toBe('');
    expect(term.definition.trim()).not.toBe('');
    expect(typeof term.summary).toBe('string');
    for (const list of [term.aliases, term.categories, term.seeAlso]) expect(list.every((item) => typeof item === 'string')).toBe(true);
    // Dangling and self references are dropped: every see-also id names another term.
    for (const other of term.seeAlso) expect(other !== term.id && ids.includes(other)).toBe(true);
    for (const article of term.articles) expect(article.title.trim() !== '' && article.url.trim() !== '').toBe(true);
  }
}

/** A document's JSON text broken in one place: cut short, a character dropped, or one put in. */
const malformedJson = fc
  .tuple(glossaryDocument, fc.nat(), fc.constantFrom('cut', 'drop', 'insert'), fc.constantFrom(...'{}[],:"\\ \u0000\ufeffx0'))
  .map(([document, at, how, character]) => {
    const text = JSON.stringify(document, null, 1);
    const position = at % text.length;
    if (how === 'cut') return text.slice(0, position);
    if (how === 'drop') return text.slice(0, position) + text.slice(position + 1);
    return text.slice(0, position) + character + text.slice(position);
  });

describe('parse and validate never throw anything but a typed error', FUZZ, () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectGlossaryOrTypedError(() => parseGlossaryText(JSON.stringify(value), SOURCE, quiet));
      }),
      { numRuns: 300 },
    );
  });

  it('for documents shaped like glossaries, valid and broken', () => {
    fc.assert(
      fc.property(mutatedDocument, (document) => {
        expectGlossaryOrTypedError(() => validateFrom(document, SOURCE, quiet));
        // Absent at the root (a deleted document) is no JSON text; the rest goes through the parser too.
        if (document !== undefined) expectGlossaryOrTypedError(() => parseGlossaryText(JSON.stringify(document), SOURCE, quiet));
      }),
      { numRuns: 300 },
    );
  });

  it('for any text, including broken UTF-16', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectGlossaryOrTypedError(() => parseGlossaryText(text, SOURCE, quiet));
      }),
      { numRuns: 300 },
    );
  });

  it('for malformed JSON, with a parse error naming the source', () => {
    fc.assert(
      fc.property(malformedJson, (text) => {
        expectGlossaryOrTypedError(() => parseGlossaryText(text, SOURCE, quiet));
      }),
      { numRuns: 300 },
    );
  });

  it('for any JavaScript value handed to the glossary property', () => {
    const values = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(values, fc.record({ title: values, terms: fc.array(values) })), (value) => {
        expectGlossaryOrTypedError(() => validateGlossary(value, quiet), { named: false });
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateGlossaryInSlices', FUZZ, () => {
  it('gives what validateGlossary gives, for random documents', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument, async (document) => {
        const [sliced, whole] = await Promise.allSettled([
          validateGlossaryInSlices(document, quiet),
          Promise.resolve().then(() => validateGlossary(document, quiet)),
        ]);
        expect(sliced).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
