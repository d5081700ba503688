import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, fold } from '../../src/data/fold.js';
import { groupsFor } from '../../src/data/groups.js';
import { editDistance, lookupFor } from '../../src/data/lookup.js';
import { matchRange, searchIndexFor } from '../../src/data/search.js';
import type { Term } from '../../src/data/types.js';
import { anyText } from './arbitraries.js';
import { glossaryOf, sampleGlossary } from './fixtures.js';

/** Each property runs in well under a second alone; a busy two-core machine can stretch that past Vitest's 5 s. */
const FUZZ = { timeout: 30_000 };

const sample = sampleGlossary();

/** Glossaries whose names and aliases are any text at all (blank names excepted: the validator refuses them). */
const anyGlossary = fc
  .array(fc.record({ term: anyText, aliases: fc.array(anyText, { maxLength: 2 }) }), { maxLength: 6 })
  .map((terms) => glossaryOf(...terms.map(({ term, aliases }) => ({ term: `${term}x`, aliases }))));

const glossaries = fc.oneof(fc.constant(sample), anyGlossary);

/** Long inputs that cost the most: a pasted paragraph, marks without letters, a ligature NFKD expands 18-fold. */
const HUGE_QUERIES: [string, string][] = [
  ['a million letters', 'a'.repeat(1_000_000)],
  ['a paragraph of 100,000 words', 'invoce paymnt '.repeat(50_000)],
  ['200,000 combining marks', '\u0301'.repeat(200_000)],
  ['20,000 "ﷺ" (four words of 18 letters, folded)', '\ufdfa '.repeat(20_000)],
  ['100,000 lone surrogates', '\ud800x\udc00'.repeat(100_000)],
];

/** The names a term is found by, folded the two ways lookup compares them. */
const foldedNamesOf = (term: Term) => [term.id, term.term, ...term.aliases].flatMap((name) => [fold(name), compact(name)]);

describe('fold and compact', FUZZ, () => {
  it('return trimmed text without combining marks, and compact keeps only letters and digits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = fold(text);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/\p{M}/u);
        expect(compact(text)).toMatch(/^[\p{L}\p{N}]*$/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('editDistance', FUZZ, () => {
  it('is a distance: zero to itself, symmetric, at most the longer length, and exact within its limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, limit) => {
        const distance = editDistance(a, b);
        const limited = editDistance(a, b, limit);
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(b, a)).toBe(distance);
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
        // Past the limit it may give up early: any answer over the limit says "too far".
        if (distance <= limit) expect(limited).toBe(distance);
        else expect(limited).toBeGreaterThan(limit);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lookup never throws, and answers with terms of the glossary', FUZZ, () => {
  it('find gives undefined or a term that one of its names matches', () => {
    fc.assert(
      fc.property(glossaries, anyText, (glossary, query) => {
        const found = lookupFor(glossary).find(query);
        if (found === undefined) return;
        expect(glossary.terms).toContain(found);
        expect(foldedNamesOf(found).some((name) => name === fold(query) || name === compact(query))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('find and byId give back every term by its id', () => {
    fc.assert(
      fc.property(anyGlossary, (glossary) => {
        for (const term of glossary.terms) {
          expect(lookupFor(glossary).find(term.id)).toBe(term);
          expect(lookupFor(glossary).byId(term.id)).toBe(term);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('suggest gives at most `limit` distinct terms of the glossary', () => {
    fc.assert(
      fc.property(glossaries, anyText, fc.nat(5), (glossary, query, limit) => {
        const suggestions = lookupFor(glossary).suggest(query, limit);
        expect(suggestions.length).toBeLessThanOrEqual(limit);
        expect(new Set(suggestions).size).toBe(suggestions.length);
        for (const term of suggestions) expect(glossary.terms).toContain(term);
      }),
      { numRuns: 300 },
    );
  });

  it('byId gives undefined or the term with that very id', () => {
    fc.assert(
      fc.property(glossaries, anyText, (glossary, id) => {
        expect(lookupFor(glossary).byId(id)?.id ?? id).toBe(id);
      }),
      { numRuns: 300 },
    );
  });

  it('find and suggest answer the empty string with nothing', () => {
    expect(lookupFor(sample).find('')).toBeUndefined();
    expect(lookupFor(sample).suggest('')).toEqual([]);
  });
});

// Vitest's own 5 s: before suggestions weighed only a query's first words, the paragraph took a minute.
describe('lookup on huge queries', { timeout: 5_000 }, () => {
  it.each(HUGE_QUERIES)('find and suggest answer %s in time', (_label, query) => {
    const lookup = lookupFor(sample);

    expect(lookup.find(query)).toBeUndefined();
    expect(lookup.suggest(query).length).toBeLessThanOrEqual(3);
  });
});

describe('search never throws, and marks ranges inside the text', FUZZ, () => {

  it('search gives at most `limit` hits of the glossary, and a total at least that large', async () => {
    await fc.assert(
      fc.asyncProperty(glossaries, anyText, fc.nat(5), async (glossary, query, limit) => {
        const { hits, total } = (await searchIndexFor(glossary, await groupsFor(glossary))).search(query, limit);
        expect(hits.length).toBeLessThanOrEqual(Math.min(limit, total));
        for (const hit of hits) expect(glossary.terms).toContain(hit.term);
      }),
      { numRuns: 300 },
    );
  });

  it('matchRange gives nothing or a range within the text', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, query) => {
        const range = matchRange(text, query);
        if (range === undefined) return;
        const [start, end] = range;
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each(HUGE_QUERIES)('search answers %s', async (_label, query) => {
    const { hits } = (await searchIndexFor(sample, await groupsFor(sample))).search(query, 50);

    expect(hits).toEqual([]);
  });
});
