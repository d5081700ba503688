import { primaryLanguage } from '../data/language.js';

// Languages written right to left, by primary subtag. `Intl.Locale#getTextInfo` would say the same
// but is missing from some engines still; this list is short and does not change.
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The writing direction of a BCP 47 language tag. */
export const directionOf = (language: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(primaryLanguage(language)) ? 'rtl' : 'ltr');
