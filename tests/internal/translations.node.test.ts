import { describe, expect, it } from 'vitest';
import { translations as signupTranslations } from '../../src/alert-signup/translations.js';
import { signupStringsFor, signupWords } from '../../src/alert-signup/words.js';
import { translations as indexTranslations } from '../../src/glossary-index/translations.js';
import { indexStringsFor, indexWords } from '../../src/glossary-index/words.js';
import { translations as termTranslations } from '../../src/glossary-term/translations.js';
import { stringsFor, termWords } from '../../src/glossary-term/words.js';
import { sentence } from '../../src/internal/sentence.js';

const english = { term: stringsFor('en'), index: indexStringsFor('en'), signup: signupStringsFor('en') };
const elements = {
  term: { words: termWords, translations: termTranslations as Record<string, object> },
  index: { words: indexWords, translations: indexTranslations as Record<string, object> },
  signup: { words: signupWords, translations: signupTranslations as Record<string, object> },
};
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  for (const [kind, { words, translations }] of Object.entries(elements) as [keyof typeof english, (typeof elements)['term']][]) {
    it(`${kind}: lists exactly the languages it has, so no page waits for words that do not exist`, () => {
      expect([...words.languages].sort()).toEqual(Object.keys(translations).sort());
    });

    for (const [language, table] of Object.entries(translations) as [string, Record<string, unknown>][]) {
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
    for (const strings of [english.index, ...Object.values(indexTranslations)]) {
      expect(strings.none('zebra')).toContain('zebra');
      expect(strings.noneUnder('Q')).toContain('Q');
      expect(strings.more('20', '48')).toMatch(/20[^]*48/);
      expect(strings.found(7, '7')).toContain('7');
    }
  });
});

describe('words for a language', () => {
  it('are English until the element’s other languages have loaded, then the language asked for', async () => {
    expect(stringsFor('fr-CA')).toBe(english.term);
    expect(termWords.pending('en-GB')).toBeUndefined();
    expect(termWords.pending('ja')).toBeUndefined();
    await termWords.pending('fr-CA');
    expect(termWords.pending('fr')).toBeUndefined();
    expect(stringsFor('fr-CA').seeAlso).toBe('Voir aussi');
    // Each element loads its own words: the index's are still English until asked for.
    expect(indexStringsFor('sv')).toBe(english.index);
    await indexWords.pending('sv');
    expect(indexStringsFor('sv').letters).toBe('Bokstäver');
    // A language with index words only has no signup words to wait for.
    expect(signupWords.pending('sv')).toBeUndefined();
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
