import { describe, expect, it } from 'vitest';
import { editDistance, lookupFor, lookupReady } from '../../src/data/lookup.js';
import { glossaryOf, sampleGlossary } from './fixtures.js';

const sample = lookupFor(sampleGlossary());
const idsOf = (terms: { id: string }[]) => terms.map((term) => term.id);

describe('lookupFor', () => {
  it('builds one lookup per glossary', () => {
    const glossary = glossaryOf({ term: 'A' });

    expect(lookupFor(glossary)).toBe(lookupFor(glossary));
  });
});

describe('find', () => {
  it.each([
    ['back-end', 'back-end', 'its id'],
    ['Back-End', 'back-end', 'its name'],
    ['backend', 'back-end', 'an alias'],
    ['Server side', 'back-end', 'a multi-word alias'],
    ['RESUME', 'resume', 'any case'],
    ['résumé', 'resume', 'accents'],
    ['Curriculum Vitae', 'resume', 'an alias in another case'],
    ['Back End', 'back-end', 'punctuation-insensitive (compact) matching'],
    ['net30', 'net-30', 'a name without its space'],
    ['  invoice ', 'invoice', 'surrounding white space'],
    ['cafe working', 'cafe-working', 'a name without its accent'],
  ])('finds %j → %s by %s', (query, id) => {
    expect(sample.find(query)?.id).toBe(id);
  });

  it.each(['', '   ', '---'])('gives undefined for the empty query %j', (query) => {
    expect(sample.find(query)).toBeUndefined();
  });

  it('gives undefined for an unknown name and for a mere prefix', () => {
    expect(sample.find('blockchain')).toBeUndefined();
    expect(sample.find('invoic')).toBeUndefined();
  });

  it("prefers a term's id over another term's alias", () => {
    const lookup = lookupFor(
      glossaryOf({ id: 'resume', term: 'Résumé', aliases: ['CV'] }, { id: 'cv', term: 'Cover Letter' }),
    );

    expect(lookup.find('cv')?.id).toBe('cv');
    expect(lookup.find('CV')?.id).toBe('cv');
  });

  it("prefers a term's name over another term's alias", () => {
    const lookup = lookupFor(
      glossaryOf({ id: 'invoice', term: 'Invoice', aliases: ['Bill'] }, { id: 'bill-of-sale', term: 'Bill' }),
    );

    expect(lookup.find('bill')?.id).toBe('bill-of-sale');
  });

  it('prefers an exact (folded) match over a compact one', () => {
    const lookup = lookupFor(glossaryOf({ id: 'back-end', term: 'Back-End' }, { id: 'backend', term: 'Backend' }));

    expect(lookup.find('back-end')?.id).toBe('back-end');
    expect(lookup.find('Backend')?.id).toBe('backend');
  });
});

describe('indexing the names', () => {
  it('finds an exact id without indexing, indexes on the first name, and gives ids priority either way', () => {
    const glossary = sampleGlossary();
    const lookup = lookupFor(glossary);

    expect(lookup.find('back-end')?.term).toBe('Back-End');
    expect(lookup.byId('invoice')?.term).toBe('Invoice');
    expect(lookup.ready).toBe(false);

    expect(lookup.find('BACK END')?.id).toBe('back-end');
    expect(lookup.ready).toBe(true);
    expect(lookup.find('back-end')?.term).toBe('Back-End');
  });

  it('indexes the ids once many are asked for, and still finds every one', () => {
    const glossary = sampleGlossary();
    const lookup = lookupFor(glossary);

    for (const term of glossary.terms) expect(lookup.byId(term.id)).toBe(term);
    expect(lookup.byId('no-such-id')).toBeUndefined();
    expect(lookup.ready).toBe(false);
  });

  it('lookupReady indexes once, for every element on the page, and finishes what find began', async () => {
    const glossary = sampleGlossary();
    const ready = lookupReady(glossary);

    expect(lookupReady(glossary)).toBe(ready);
    const lookup = await ready;
    expect(lookup).toBe(lookupFor(glossary));
    expect(lookup.ready).toBe(true);
    expect(lookup.find('resume')?.id).toBe('resume');
  });
});

describe('byId', () => {
  it('finds only exact ids', () => {
    expect(sample.byId('back-end')?.term).toBe('Back-End');
    expect(sample.byId('Back-End')).toBeUndefined();
    expect(sample.byId('backend')).toBeUndefined();
  });
});

describe('suggest', () => {
  it('suggests the term a typo was meant for', () => {
    expect(idsOf(sample.suggest('bakend'))).toEqual(['back-end']);
    expect(idsOf(sample.suggest('resmue'))).toEqual(['resume']);
    expect(idsOf(sample.suggest('sprnt'))).toEqual(['sprint']);
  });

  it('suggests a term from one close word of a longer query or name', () => {
    expect(idsOf(sample.suggest('milestones'))).toEqual(['milestone-payments']);
    expect(idsOf(sample.suggest('invoicing software'))).toEqual(['invoice']);
  });

  it('suggests a term from a prefix of its name', () => {
    expect(idsOf(sample.suggest('invoic'))).toEqual(['invoice']);
  });

  it('suggests nothing for a query far from every name, or an empty one', () => {
    expect(sample.suggest('zzzzzz')).toEqual([]);
    expect(sample.suggest('')).toEqual([]);
    expect(sample.suggest(' - ')).toEqual([]);
  });

  it('ranks prefixes before substrings before typos, whatever the alphabet says', () => {
    const lookup = lookupFor(
      glossaryOf({ id: 'card', term: 'Card' }, { id: 'go-cart', term: 'Go-cart' }, { id: 'carts', term: 'Carts' }),
    );

    expect(idsOf(lookup.suggest('cart'))).toEqual(['carts', 'go-cart', 'card']);
  });

  it('orders equally close terms by name', () => {
    expect(idsOf(sample.suggest('a'))).toEqual(['accessibility', 'agile', 'api']);
  });

  it('returns at most three terms by default, and honours a limit', () => {
    const lookup = lookupFor(glossaryOf({ term: 'Rate A' }, { term: 'Rate B' }, { term: 'Rate C' }, { term: 'Rate D' }));

    expect(lookup.suggest('rate')).toHaveLength(3);
    expect(lookup.suggest('rate', 4)).toHaveLength(4);
    expect(idsOf(sample.suggest('a', 2))).toEqual(['accessibility', 'agile']);
  });

  it('lists a term once even when several of its names are close', () => {
    const suggestions = sample.suggest('staging', 10);

    expect(idsOf(suggestions)).toEqual(['staging-environment']);
  });

  it('ranks a term by its closest name', () => {
    const lookup = lookupFor(
      glossaryOf({ id: 'alpha', term: 'Zzcolor', aliases: ['Colour'] }, { id: 'beta', term: 'Colr' }),
    );

    expect(idsOf(lookup.suggest('colour'))).toEqual(['alpha', 'beta']);
  });
});

describe('editDistance', () => {
  it.each([
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['invoice', 'invoce', 1],
    ['invoice', 'invoixe', 1],
  ])('distance(%j, %j) is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('counts swapping two neighbours as one edit', () => {
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('resume', 'resmue')).toBe(1);
  });

  it('is an optimal-string-alignment distance: no edits inside a swapped pair', () => {
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('gives up with limit + 1 once the distance must exceed the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz')).toBe(6);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefg', 2)).toBe(3);
  });

  it('gives the exact distance when it is within the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'acb', 1)).toBe(1);
  });
});
