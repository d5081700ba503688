import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupsFor, inIndexOrder, type GlossaryGroups } from '../../src/data/groups.js';
import { alphabetFor } from '../../src/data/letters.js';
import type { Glossary, Term } from '../../src/data/types.js';
import { validateGlossary } from '../../src/data/validate.js';
import { sampleGlossary, validTerm, withTerms } from './fixtures.js';

const EN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** A valid glossary in `language` whose terms have the given names, in that order. */
function glossaryIn(language: string, ...names: string[]): Glossary {
  const terms = names.map((term, index) => validTerm({ id: `term-${index}`, term }));
  return validateGlossary({ ...withTerms(...terms), language }, { warn: () => {} });
}

/** Each group as [letter, names], in bar order. */
const layout = ({ groups }: GlossaryGroups) => groups.map(({ letter, terms }) => [letter, terms.map((t) => t.term)]);

/** A deterministic pseudo-random number generator (a linear congruential one). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A shuffled copy of `items` (Fisher–Yates with a fixed seed). */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const random = seeded(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const SAMPLE_LAYOUT = [
  ['#', ['1099 Contractor', '404 Page']],
  ['A', ['Accessibility', 'Agile', 'API']],
  ['B', ['Back-End']],
  ['C', ['Café Working', 'CDN', 'CMS']],
  ['D', ['Day Rate', 'Deployment', 'DNS']],
  ['E', ['Estimated Taxes']],
  ['F', ['Freelance Platform', 'Front-End', 'Full-Stack']],
  ['H', ['Hosting', 'Hourly Rate']],
  ['I', ['Invoice', 'IR35']],
  ['K', ['Kickoff Meeting', 'Kill Fee']],
  ['L', ['Late-Payment Fee']],
  ['M', ['Master Services Agreement', 'Milestone Payments', 'MVP']],
  ['N', ['NDA', 'Net 30', 'Non-Compete']],
  ['P', ['Portfolio', 'Proposal']],
  ['R', ['Responsive Design', 'Résumé', 'Retainer']],
  ['S', ['Scope Creep', 'SEO', 'Sprint', 'Staging Environment', 'Statement of Work']],
  ['T', ['Testimonial']],
  ['U', ['UI', 'Umbrella Company', 'UX']],
  ['V', ['Value-Based Pricing', 'VAT', 'Version Control']],
  ['W', ['Wireframe', 'Work for Hire']],
];

describe('groupsFor: the letters bar', () => {
  it('is "#" then A–Z for English', async () => {
    const { letters } = await groupsFor(glossaryIn('en', 'Invoice'));

    expect(letters).toEqual(['#', ...EN_LETTERS]);
  });

  it('lists letters without terms in the bar but not in byLetter or groups', async () => {
    const groups = await groupsFor(sampleGlossary());
    const empty = ['G', 'J', 'O', 'Q', 'X', 'Y', 'Z'];

    expect(groups.letters).toEqual(['#', ...EN_LETTERS]);
    for (const letter of empty) {
      expect(groups.letters).toContain(letter);
      expect(groups.byLetter.has(letter)).toBe(false);
    }
    expect([...groups.byLetter.keys()]).toEqual(SAMPLE_LAYOUT.map(([letter]) => letter));
    expect(groups.groups.map((group) => group.letter)).toEqual(SAMPLE_LAYOUT.map(([letter]) => letter).sort());
  });

  it('ends the Swedish alphabet with Å Ä Ö', async () => {
    const { letters } = await groupsFor(glossaryIn('sv', 'Anka'));

    expect(alphabetFor('sv')).toEqual([...EN_LETTERS, 'Å', 'Ä', 'Ö']);
    expect(letters).toEqual(['#', ...EN_LETTERS, 'Å', 'Ä', 'Ö']);
  });

  it('ends the Danish alphabet with Æ Ø Å', async () => {
    const groups = await groupsFor(glossaryIn('da', 'Ål', 'Øl', 'Æble', 'Zone'));

    expect(groups.letters).toEqual(['#', ...EN_LETTERS, 'Æ', 'Ø', 'Å']);
    expect(layout(groups)).toEqual([
      ['Z', ['Zone']],
      ['Æ', ['Æble']],
      ['Ø', ['Øl']],
      ['Å', ['Ål']],
    ]);
  });

  it('is "#" then А–Я for Russian', async () => {
    const { letters } = await groupsFor(glossaryIn('ru', 'Дом'));

    expect(letters).toEqual(['#', ...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ']);
    expect(letters).toHaveLength(33);
  });

  it('is "#" then Α–Ω for Greek', async () => {
    const groups = await groupsFor(glossaryIn('el', 'Ωμέγα', 'Άλφα'));

    expect(groups.letters).toEqual(['#', ...'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ']);
    expect(layout(groups)).toEqual([
      ['Α', ['Άλφα']],
      ['Ω', ['Ωμέγα']],
    ]);
  });

  it('appends the letter of a Latin-initial term in a Russian glossary, in collation order', async () => {
    const groups = await groupsFor(glossaryIn('ru', 'Zoom', 'Яблоко', 'API', 'Дом'));

    expect(groups.letters).toEqual(['#', ...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'A', 'Z']);
    expect(layout(groups)).toEqual([
      ['Д', ['Дом']],
      ['Я', ['Яблоко']],
      ['A', ['API']],
      ['Z', ['Zoom']],
    ]);
  });
});

describe('groupsFor: the groups', () => {
  it('groups the sample glossary in order, with the right terms', async () => {
    const groups = await groupsFor(sampleGlossary());

    expect(layout(groups)).toEqual(SAMPLE_LAYOUT);
    expect(groups.byLetter.get('#')!.terms.map((t) => t.term)).toEqual(['1099 Contractor', '404 Page']);
    expect(groups.byLetter.get('R')!.terms.map((t) => t.term)).toContain('Résumé');
    expect(groups.byLetter.get('R')).toBe(groups.groups.find((group) => group.letter === 'R'));
  });

  it('sorts each group by collation even when the terms arrive shuffled', async () => {
    const sample = sampleGlossary();
    const mixed: Glossary = { ...sample, terms: shuffled(sample.terms) };
    expect(mixed.terms.map((t) => t.term)).not.toEqual(sample.terms.map((t) => t.term));

    const groups = await groupsFor(mixed);

    expect(layout(groups)).toEqual(SAMPLE_LAYOUT);
  });

  it('sorts accented and case variants as English does', async () => {
    const groups = await groupsFor(glossaryIn('en', 'Zebra', 'Äpfel', 'apple', 'Apple', 'äpfel', 'Äpple'));

    expect(layout(groups)).toEqual([
      ['A', ['äpfel', 'Äpfel', 'apple', 'Apple', 'Äpple']],
      ['Z', ['Zebra']],
    ]);
  });

  it('files German "Ärger" under A, sorted among the A words', async () => {
    const groups = await groupsFor(glossaryIn('de', 'Bär', 'Ast', 'Ärger', 'Affe'));

    expect(groups.letters).toEqual(['#', ...EN_LETTERS]);
    expect(groups.byLetter.has('Ä')).toBe(false);
    expect(layout(groups)).toEqual([
      ['A', ['Affe', 'Ärger', 'Ast']],
      ['B', ['Bär']],
    ]);
  });

  it('files Swedish "Ärlig" under Ä and "Åsa" under Å, after Z', async () => {
    const groups = await groupsFor(glossaryIn('sv', 'Öl', 'Ärlig', 'Åsa', 'Zebra', 'Anka'));

    expect(layout(groups)).toEqual([
      ['A', ['Anka']],
      ['Z', ['Zebra']],
      ['Å', ['Åsa']],
      ['Ä', ['Ärlig']],
      ['Ö', ['Öl']],
    ]);
  });

  it('files Russian "ёлка" under Е', async () => {
    const groups = await groupsFor(glossaryIn('ru', 'ёлка', 'Ель', 'Дом'));

    expect(groups.letters).not.toContain('Ё');
    expect(layout(groups)).toEqual([
      ['Д', ['Дом']],
      ['Е', ['ёлка', 'Ель']],
    ]);
  });

  it('files digits and symbols under "#"', async () => {
    const groups = await groupsFor(glossaryIn('en', 'Zed', '3D printing', '@mention', '#hashtag'));

    expect(layout(groups)).toEqual([
      ['#', ['@mention', '#hashtag', '3D printing']],
      ['Z', ['Zed']],
    ]);
  });

  it('lists terms in index order across groups, each group sorted when first read', async () => {
    const sample = sampleGlossary();
    const groups = await groupsFor({ ...sample, terms: shuffled(sample.terms, 11) });

    // Sizes are known before any group is sorted.
    expect(groups.groups.map((group) => group.size)).toEqual(SAMPLE_LAYOUT.map(([, names]) => names.length));
    expect([...inIndexOrder(groups)].map((term) => term.term)).toEqual(SAMPLE_LAYOUT.flatMap(([, names]) => names));
  });

  it('builds once per glossary: the same glossary gets the same promise', async () => {
    const glossary = glossaryIn('en', 'Invoice', 'Agile');
    const first = groupsFor(glossary);

    expect(groupsFor(glossary)).toBe(first);
    const copy: Glossary = { ...glossary };
    expect(groupsFor(copy)).not.toBe(first);
    expect(await groupsFor(glossary)).toBe(await first);
  });
});

describe('groupsFor: a large glossary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('groups 20,000 generated terms quickly and silently', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    const random = seeded(42);
    const characters = 'abcdefghijklmnopqrstuvwxyzäöüé0123456789 -';
    const terms: Term[] = Array.from({ length: 20_000 }, (_, index) => {
      let name = '';
      const length = 3 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) name += characters[Math.floor(random() * characters.length)];
      name = name.trim() || 'x';
      return {
        id: `term-${index}`,
        term: name[0]!.toUpperCase() + name.slice(1),
        definition: '<p>A generated term.</p>',
        summary: 'A generated term.',
        aliases: [],
        seeAlso: [],
        categories: [],
        articles: [],
        caseSensitive: false,
        autolink: true,
      };
    });
    const glossary: Glossary = { title: 'Big', language: 'en', terms, baseUrl: '' };

    const started = performance.now();
    const groups = await groupsFor(glossary);
    const elapsed = performance.now() - started;

    expect(groups.letters).toEqual(['#', ...EN_LETTERS]);
    expect(groups.groups.reduce((sum, group) => sum + group.terms.length, 0)).toBe(20_000);
    const collator = new Intl.Collator('en');
    const unsorted = groups.groups.flatMap(({ terms: listed }) =>
      listed.filter((term, i) => i > 0 && collator.compare(listed[i - 1]!.term, term.term) > 0),
    );
    expect(unsorted).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
