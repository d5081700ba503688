import type { IndexStrings } from '../index-strings.js';

/** Swedish. */
export const sv = {
  index: {
    letters: 'Bokstäver',
    otherLetter: 'Siffror och tecken',
    search: 'Sök i ordlistan',
    placeholder: 'Sök begrepp',
    found: (count, n) => (count === 1 ? '1 begrepp hittades' : `${n} begrepp hittades`),
    none: (query) => `Inga begrepp matchar ”${query}”.`,
    noneUnder: (letter) => `Inga begrepp under ${letter}.`,
    clear: 'Rensa sökningen',
    via: 'även',
    more: (shown, total) => `Visa fler (${shown} av ${total})`,
    empty: 'Ordlistan har inga begrepp än.',
    loading: 'Ordlistan laddas…',
    loadFailed: 'Ordlistan kunde inte laddas.',
    retry: 'Försök igen',
  } satisfies IndexStrings,
};
