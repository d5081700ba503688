import { describe, expect, it } from 'vitest';
import { groupsFor } from '../../src/data/groups.js';
import { matchRange, MatchRank, searchIndexFor, type SearchIndex, type SearchResult } from '../../src/data/search.js';
import type { Glossary, GlossaryTermData } from '../../src/data/types.js';
import { glossaryOf, sampleGlossary } from './fixtures.js';

const NEUTRAL = '<p>A word in a test glossary.</p>';

/** A small glossary about paying, listed out of index order on purpose. */
function payGlossary(): Glossary {
  const terms: Partial<GlossaryTermData>[] = [
    { term: 'Prepay', definition: NEUTRAL },
    { term: 'Late Payment', definition: NEUTRAL },
    { term: 'Invoice', summary: 'A bill asking a client to pay for work.', definition: NEUTRAL },
    { term: 'Payment', aliases: ['Payments', 'Pay'], summary: 'Money a client pays.', definition: NEUTRAL },
    { term: 'Early Payment', definition: NEUTRAL },
    { term: 'Pay Rate', definition: NEUTRAL },
  ];
  return glossaryOf(...terms);
}

async function indexOf(glossary: Glossary): Promise<SearchIndex> {
  return searchIndexFor(glossary, await groupsFor(glossary));
}

/** Each hit as [name, rank, matched, viaAlias]. */
const hitsOf = ({ hits }: SearchResult) => hits.map((hit) => [hit.term.term, hit.rank, hit.matched, hit.viaAlias]);

describe('searchIndexFor: ranking', () => {
  it('puts prefix before word-start before substring matches, ties in index order, and leaves summaries out', async () => {
    const index = await indexOf(payGlossary());

    const result = index.search('pay');

    expect(hitsOf(result)).toEqual([
      ['Pay Rate', MatchRank.Prefix, 'Pay Rate', false],
      ['Payment', MatchRank.Prefix, 'Payment', false],
      ['Early Payment', MatchRank.WordStart, 'Early Payment', false],
      ['Late Payment', MatchRank.WordStart, 'Late Payment', false],
      ['Prepay', MatchRank.Substring, 'Prepay', false],
    ]);
    // "Invoice" says "pay" only in its summary: the contract searches names and aliases.
    expect(result.total).toBe(5);
    expect([MatchRank.Prefix, MatchRank.WordStart, MatchRank.Substring]).toEqual([0, 1, 2]);
  });

  it('lists each term once, at its best match', async () => {
    const index = await indexOf(payGlossary());

    const names = index.search('pay').hits.map((hit) => hit.term.term);

    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name === 'Payment')).toHaveLength(1);
  });

  it('cuts the hits at `limit` but counts every match in `total`', async () => {
    const index = await indexOf(payGlossary());

    const result = index.search('pay', 2);

    expect(hitsOf(result)).toEqual([
      ['Pay Rate', MatchRank.Prefix, 'Pay Rate', false],
      ['Payment', MatchRank.Prefix, 'Payment', false],
    ]);
    expect(result.total).toBe(5);
    expect(index.search('pay', 0)).toEqual({ hits: [], total: 5 });
  });

  it.each(['', '   ', '\t\n'])('finds nothing for the empty query %j', async (query) => {
    const index = await indexOf(payGlossary());

    expect(index.search(query)).toEqual({ hits: [], total: 0 });
  });

  it('finds nothing when nothing matches', async () => {
    const index = await indexOf(payGlossary());

    expect(index.search('zzz')).toEqual({ hits: [], total: 0 });
  });

  it('collapses extra inner spaces in the query', async () => {
    const index = await indexOf(payGlossary());

    expect(hitsOf(index.search('late   pay'))).toEqual([['Late Payment', MatchRank.Prefix, 'Late Payment', false]]);
    expect(hitsOf(index.search('  late \t pay  '))).toEqual([['Late Payment', MatchRank.Prefix, 'Late Payment', false]]);
  });

  it('builds one index per glossary', async () => {
    const glossary = payGlossary();
    const groups = await groupsFor(glossary);

    expect(searchIndexFor(glossary, groups)).toBe(searchIndexFor(glossary, groups));
  });
});

describe('searchIndexFor: folding and aliases (sample glossary)', () => {
  it.each(['RESUME', 'résumé', 'Resume', 'rÉsUmE'])('finds Résumé by its name for %j, as a prefix', async (query) => {
    const index = await indexOf(sampleGlossary());

    const result = index.search(query);

    expect(hitsOf(result)).toEqual([['Résumé', MatchRank.Prefix, 'Résumé', false]]);
    expect(result.total).toBe(1);
  });

  it('finds Résumé through its alias "CV"', async () => {
    const index = await indexOf(sampleGlossary());

    const result = index.search('cv');

    expect(hitsOf(result)).toEqual([['Résumé', MatchRank.Prefix, 'CV', true]]);
    expect(result.hits[0]!.term.id).toBe('resume');
  });

  it('prefers a name hit to an alias hit of the same rank', async () => {
    const index = await indexOf(sampleGlossary());

    // "Café Working" has the alias "Cafe working": both match "cafe" as a prefix.
    expect(hitsOf(index.search('cafe'))).toEqual([['Café Working', MatchRank.Prefix, 'Café Working', false]]);
  });

  it('prefers a better-ranked alias hit to a worse-ranked name hit', async () => {
    const index = await indexOf(sampleGlossary());

    // "Late-Payment Fee" matches "late fee" only through its alias "Late fee".
    expect(hitsOf(index.search('late fee'))).toEqual([['Late-Payment Fee', MatchRank.Prefix, 'Late fee', true]]);
    // "Back-End" holds "end" at a word start of its name; its alias "Backend" only as a substring.
    expect(hitsOf(index.search('end')).slice(0, 2)).toEqual([
      ['Back-End', MatchRank.WordStart, 'Back-End', false],
      ['Front-End', MatchRank.WordStart, 'Front-End', false],
    ]);
  });
});

describe('matchRange', () => {
  it.each([
    ['Résumé', 'resu', [0, 4]],
    ['RESUME', 'résumé', [0, 6]],
    ['\ufb01le \ufb01x', 'fix', [4, 6]],
    ['Back-End', 'end', [5, 8]],
    ['Late Payment', 'PAY', [5, 8]],
    ['Cafe\u0301 Bar', 'bar', [6, 9]],
    ['\u{1F600} bar', 'bar', [3, 6]],
  ] as const)('marks %j for %j at %j', (text, query, range) => {
    expect(matchRange(text, query)).toEqual(range);
  });

  it('keeps the decomposed text intact around the range', () => {
    const text = 'Cafe\u0301 Bar';
    const [start, end] = matchRange(text, 'bar')!;

    expect(text.slice(start, end)).toBe('Bar');
    expect(text.slice(0, start)).toBe('Cafe\u0301 ');
  });

  it.each([
    ['Résumé', 'xyz'],
    ['Back-End', 'front'],
    ['', 'a'],
  ])('gives no range for %j and %j', (text, query) => {
    expect(matchRange(text, query)).toBeUndefined();
  });

  it.each(['', '   '])('gives no range for the empty query %j', (query) => {
    expect(matchRange('Résumé', query)).toBeUndefined();
  });
});

describe('matchRange: spacing and combining marks', () => {
  it('marks a match found through a query with runs of spaces', () => {
    expect(matchRange('Late Payment', 'late   pay')).toEqual([0, 8]);
  });

  it('keeps a combining accent with the letter it belongs to', () => {
    expect(matchRange('Cafe\u0301 Bar', 'cafe')).toEqual([0, 5]);
    expect(matchRange('Cafe\u0301', 'é')).toEqual([3, 5]);
  });
});
