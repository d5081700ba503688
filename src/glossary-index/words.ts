import { Words } from '../internal/words.js';

/** The words `<glossary-index>` shows, in one language. */
export interface IndexStrings {
  letters: string;
  otherLetter: string;
  search: string;
  placeholder: string;
  /** Announced after each search: how many terms match. */
  found: (count: number, formatted: string) => string;
  none: (query: string) => string;
  noneUnder: (letter: string) => string;
  clear: string;
  via: string;
  more: (shown: string, total: string) => string;
  empty: string;
  loading: string;
  loadFailed: string;
  retry: string;
}

const en: IndexStrings = {
  letters: 'Letters',
  otherLetter: 'Digits and symbols',
  search: 'Search the glossary',
  placeholder: 'Search terms',
  found: (count, n) => (count === 1 ? '1 term found' : `${n} terms found`),
  none: (query) => `No terms match “${query}”.`,
  noneUnder: (letter) => `No terms under ${letter}.`,
  clear: 'Clear search',
  via: 'also',
  more: (shown, total) => `Show more (${shown} of ${total})`,
  empty: 'This glossary has no terms yet.',
  loading: 'Loading the glossary…',
  loadFailed: 'The glossary could not be loaded.',
  retry: 'Retry',
};

/** `<glossary-index>`'s words; ./translations.ts has the same languages. */
export const indexWords = new Words<IndexStrings>(en, new Set(['ar', 'de', 'es', 'fr', 'he', 'ru', 'sv']), () =>
  import('./translations.js').then((module) => module.translations),
);

export const indexStringsFor = (language: string | undefined): IndexStrings => indexWords.in(language);
