import { describe, expect, it } from 'vitest';
import { indexStringsFor } from '../../src/internal/index-strings.js';
import { sentence } from '../../src/internal/sentence.js';
import { signupStringsFor } from '../../src/internal/signup-strings.js';
import { stringsFor } from '../../src/internal/strings.js';
import { translations } from '../../src/internal/translations/index.js';
import { TRANSLATED, wordsIn, wordsPending } from '../../src/internal/words.js';

const english = { term: stringsFor('en'), index: indexStringsFor('en'), signup: signupStringsFor('en') };
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('lists exactly the languages it has, so no page waits for words that do not exist', () => {
    expect([...TRANSLATED].sort()).toEqual(Object.keys(translations).sort());
  });

  for (const [language, tables] of Object.entries(translations)) {
    for (const [kind, table] of Object.entries(tables) as [keyof typeof english, Record<string, unknown>][]) {
      it(`${language} ${kind}: every sentence keeps the English one's {slots}`, () => {
        for (const [key, value] of Object.entries(english[kind])) {
          const translated = table[key];
          expect(typeof translated, `${language}.${kind}.${key}`).toBe(typeof value);
          if (typeof value === 'string') expect(slots(translated as string), `${language}.${kind}.${key}`).toEqual(slots(value));
        }
      });
    }
  }

  it('index sentences name the query, letter and counts they are given', () => {
    for (const language of ['en', ...Object.keys(translations)]) {
      const strings = (translations as Record<string, { index?: typeof english.index }>)[language]?.index ?? english.index;
      expect(strings.none('zebra'), language).toContain('zebra');
      expect(strings.noneUnder('Q'), language).toContain('Q');
      expect(strings.more('20', '48'), language).toMatch(/20[^]*48/);
      expect(strings.found(7, '7'), language).toContain('7');
    }
  });
});

describe('words for a language', () => {
  it('are English until the other languages have loaded, then the language asked for', async () => {
    expect(wordsIn('term', 'fr-CA', english.term)).toBe(english.term);
    expect(wordsPending('en-GB')).toBeUndefined();
    expect(wordsPending('ja')).toBeUndefined();
    await wordsPending('fr-CA');
    expect(wordsPending('fr')).toBeUndefined();
    expect(stringsFor('fr-CA').seeAlso).toBe('Voir aussi');
    expect(indexStringsFor('sv').letters).toBe('Bokstäver');
    // A language with index words only falls back to English for the other elements.
    expect(signupStringsFor('sv')).toBe(english.signup);
    expect(stringsFor('ja')).toBe(english.term);
  });
});

describe('sentence', () => {
  it('fills each slot, isolating names from the data and keeping other values as they are', () => {
    const suggestions = { kind: 'links' };
    const parts = sentence('“{query}” is not in {glossary}. {suggestions}', { query: 'Bakc-end', glossary: 'Freelance', suggestions });
    expect(parts[0]).toBe('“');
    expect(parts[1]).toMatchObject({ strings: ['<bdi>', '</bdi>'], values: ['Bakc-end'] });
    expect(parts[2]).toBe('” is not in ');
    expect(parts[3]).toMatchObject({ values: ['Freelance'] });
    expect(parts[5]).toBe(suggestions);
    expect(parts).toHaveLength(7);
  });
});
