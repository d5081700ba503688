import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, foldForMatching, matcherFor, type Mention } from '../../src/data/matcher.js';
import type { GlossaryTermData, Term } from '../../src/data/types.js';
import { glossaryOf, sampleGlossary } from './fixtures.js';

const FUZZ = { timeout: 30_000 };

/** The text of each mention and the id of the term it names. */
const found = (text: string, ...terms: Partial<GlossaryTermData>[]) =>
  matcherFor(glossaryOf(...terms))
    .find(text)
    .map(({ start, end, term }) => [text.slice(start, end), term.id]);

describe('the term matcher', () => {
  it('finds names and aliases in running text, in any case, and keeps the text as written', () => {
    const text = 'A BACK-END developer builds the Server side; front end work is elsewhere.';
    expect(found(text, { id: 'back-end', term: 'Back-End', aliases: ['Server side'] }, { id: 'front-end', term: 'Front-End' })).toEqual([
      ['BACK-END', 'back-end'],
      ['Server side', 'back-end'],
      ['front end', 'front-end'],
    ]);
  });

  it('matches whole words only', () => {
    expect(found('Invoices, invoicing and reinvoice are not an invoice.', { id: 'invoice', term: 'Invoice' })).toEqual([['invoice', 'invoice']]);
  });

  it('lets hyphens, spaces and apostrophes vary, but not accents', () => {
    const terms = [
      { id: 'freelancers-rate', term: 'Freelancer’s rate' },
      { id: 'resume', term: 'Résumé' },
    ];
    expect(found("a freelancer's  rate, a freelancer’s-rate; a resume, a RÉSUMÉ", ...terms)).toEqual([
      ["freelancer's  rate", 'freelancers-rate'],
      ['freelancer’s-rate', 'freelancers-rate'],
      ['RÉSUMÉ', 'resume'],
    ]);
  });

  it('prefers the longest name at a position, and mentions never overlap', () => {
    const terms = [
      { id: 'front-end', term: 'Front-End' },
      { id: 'front-end-developer', term: 'Front-End Developer' },
      { id: 'developer-experience', term: 'Developer Experience' },
    ];
    expect(found('Every Front-End Developer Experience matters to a front-end team.', ...terms)).toEqual([
      ['Front-End Developer', 'front-end-developer'],
      ['front-end', 'front-end'],
    ]);
  });

  it('matches a caseSensitive term only in its own case, and leaves out terms that do not autolink', () => {
    const terms: Partial<GlossaryTermData>[] = [
      { id: 'go', term: 'GO', caseSensitive: true },
      { id: 'kpi', term: 'KPI', autolink: false },
    ];
    expect(found('Go and play GO, or go; track each KPI.', ...terms)).toEqual([['GO', 'go']]);
  });

  it('finds words as the language segments them, where no spaces separate them', () => {
    const terms = [{ id: 'keiyaku', term: '契約' }];
    const glossary = glossaryOf(...terms);
    const matcher = createMatcher(glossary.terms, 'ja');
    const text = 'この契約は有効です';
    expect(matcher.find(text).map(({ start, end }) => text.slice(start, end))).toEqual(['契約']);
  });

  it('lower-cases in the glossary’s language: Turkish "I" is dotless', () => {
    const matcher = createMatcher(glossaryOf({ id: 'isik', term: 'ılık' }).terms, 'tr');
    expect(matcher.find('ILIK su').map(({ term }) => term.id)).toEqual(['isik']);
  });

  it('is built once per glossary and finds nothing in text without its terms', () => {
    const glossary = sampleGlossary();
    expect(matcherFor(glossary)).toBe(matcherFor(glossary));
    expect(matcherFor(glossary).find('Nothing here but plain words.')).toEqual([]);
  });

  it('folds while remembering where each folded character came from', () => {
    expect(foldForMatching('A\u00ADb  –C’d', 'en', true)).toEqual({ text: "ab c'd", origin: [0, 2, 3, 6, 7, 8, 9] });
  });
});

/** Names made of a small alphabet, so that random text mentions them often. */
const name = fc.stringMatching(/^[ab](?:[ab -]{0,5}[ab])?$/);
const termsArbitrary = fc.uniqueArray(
  fc.record({ term: name, aliases: fc.array(name, { maxLength: 2 }), caseSensitive: fc.boolean() }),
  { minLength: 1, maxLength: 6, selector: (term) => term.term.toLowerCase() },
);
const textArbitrary = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '-', '.', 'x'), maxLength: 40 });

/**
 * The reference: at every word boundary, left to right, each name compared directly with the text
 * there (folded the same way); the longest wins and the search goes on after it.
 */
function naiveFind(text: string, terms: Term[]): [number, number, string][] {
  const words = new Intl.Segmenter('en', { granularity: 'word' });
  const boundaries = new Set([text.length, ...Array.from(words.segment(text), (segment) => segment.index)]);
  const spans: [number, number, string][] = [];
  let at = 0;
  while (at < text.length) {
    let best: [number, number, string] | undefined;
    if (boundaries.has(at) && !/[\s-]/.test(text[at]!)) {
      for (const term of terms.filter((candidate) => candidate.autolink)) {
        for (const wanted of [term.term, ...term.aliases]) {
          const foldedName = foldForMatching(wanted, 'en', !term.caseSensitive).text.trim();
          for (let end = at + 1; end <= text.length; end++) {
            if (!boundaries.has(end)) continue;
            if (foldForMatching(text.slice(at, end), 'en', !term.caseSensitive).text !== foldedName) continue;
            if (!best || end > best[1]) best = [at, end, term.id];
          }
        }
      }
    }
    if (best) {
      spans.push(best);
      at = best[1];
    } else at++;
  }
  return spans;
}

describe('the term matcher, on any text', () => {
  it('leaves every character where it was: mentions are slices of the text', () => {
    fc.assert(
      fc.property(termsArbitrary, textArbitrary, (terms, text) => {
        for (const mention of createMatcher(glossaryOf(...terms).terms, 'en').find(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.end).toBeGreaterThan(mention.start);
        }
      }),
      FUZZ,
    );
  });

  it('never overlaps, never splits a word', () => {
    const words = new Intl.Segmenter('en', { granularity: 'word' });
    fc.assert(
      fc.property(termsArbitrary, textArbitrary, (terms, text) => {
        const boundaries = new Set([text.length, ...Array.from(words.segment(text), (segment) => segment.index)]);
        let reached = 0;
        for (const { start, end } of createMatcher(glossaryOf(...terms).terms, 'en').find(text)) {
          expect(start).toBeGreaterThanOrEqual(reached);
          expect(boundaries.has(start) && boundaries.has(end)).toBe(true);
          reached = end;
        }
      }),
      FUZZ,
    );
  });

  it('agrees with a naive reference matcher', () => {
    fc.assert(
      fc.property(termsArbitrary, textArbitrary, (terms, text) => {
        const glossary = glossaryOf(...terms);
        const spans = (mentions: Mention[]) => mentions.map(({ start, end, term }) => [start, end, term.id]);
        const expected = naiveFind(text, glossary.terms);
        const actual = spans(createMatcher(glossary.terms, 'en').find(text));
        // Where two terms share a folded name, either may claim it: compare the spans, then the ids.
        expect(actual.map(([start, end]) => [start, end])).toEqual(expected.map(([start, end]) => [start, end]));
      }),
      FUZZ,
    );
  });
});
