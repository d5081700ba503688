import { primaryLanguage } from './language.js';

/** The group for names that start with a digit or a symbol. */
export const OTHER_LETTER = '#';

const range = (from: string, to: string) =>
  Array.from({ length: to.codePointAt(0)! - from.codePointAt(0)! + 1 }, (_, i) => String.fromCodePoint(from.codePointAt(0)! + i));

/** Each script's base letters. */
const SCRIPT_LETTERS: Record<string, string[]> = {
  Latn: range('A', 'Z'),
  Cyrl: range('А', 'Я'),
  Grek: range('Α', 'Ω').filter((letter) => letter !== '\u03a2'),
};

/**
 * Letters a language adds to its script's base letters. Collation alone cannot tell Swedish "Ä"
 * (a letter) from Danish "Ä" (a variant of "Æ"), so the list is the language's; a letter its
 * collation does not set apart from the base letters is dropped all the same.
 */
const LANGUAGE_LETTERS: Record<string, string> = {
  sv: 'ÅÄÖ', fi: 'ÅÄÖ', da: 'ÆØÅ', nb: 'ÆØÅ', nn: 'ÆØÅ', no: 'ÆØÅ', is: 'ÁÐÉÍÓÚÝÞÆÖ', fo: 'ÁÐÍÓÚÝÆØ',
  es: 'Ñ', tr: 'ÇĞİÖŞÜ', az: 'ÇƏĞİÖŞÜ', pl: 'ĄĆĘŁŃÓŚŹŻ', cs: 'ČŘŠŽ', sk: 'ÄČĎĽŇÔŔŠŤŽ', hu: 'ÖÜ',
  et: 'ŠŽÕÄÖÜ', lv: 'ĀČĒĢĪĶĻŅŠŪŽ', lt: 'ČŠŽ', ro: 'ĂÂÎȘȚ', hr: 'ČĆĐŠŽ', bs: 'ČĆĐŠŽ', sl: 'ČŠŽ',
  uk: 'ҐЄІЇ', be: 'ЁІЎ', sr: 'ЂЈЉЊЋЏ', mk: 'ЃЅЈЉЊЌЏ',
};

const alphabets = new Map<string, string[]>();
const collators = new Map<string, Intl.Collator>();

/** Compares letters only: no case, no accents unless the language counts them as letters. */
export function letterCollator(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base' });
    collators.set(language, collator);
  }
  return collator;
}

/**
 * The alphabet of a language, in its collation order: English A–Z; Swedish A–Z then Å Ä Ö;
 * Russian А–Я; Greek Α–Ω. Scripts without a known alphabet get none: their groups come from the
 * data alone.
 */
export function alphabetFor(language: string): string[] {
  let alphabet = alphabets.get(language);
  if (alphabet) return alphabet;
  const collator = letterCollator(language);
  const base = SCRIPT_LETTERS[scriptOf(language)] ?? [];
  const extras = [...(LANGUAGE_LETTERS[primaryLanguage(language)] ?? '')];
  alphabet = [...base, ...extras.filter((extra) => !base.some((letter) => collator.compare(extra, letter) === 0))];
  alphabet.sort(collator.compare);
  alphabets.set(language, alphabet);
  return alphabet;
}

function scriptOf(language: string): string {
  try {
    return new Intl.Locale(language).maximize().script ?? 'Latn';
  } catch {
    return 'Latn';
  }
}

/**
 * The letter a name files under in `language`: the alphabet's letter its first letter collates
 * with (German "Ärger" → A, Swedish "Åsa" → Å, Russian "ёлка" → Е), else that letter itself,
 * upper-cased and without accents; `#` for digits and symbols.
 */
export function initialOf(name: string, language: string): string {
  const first = [...name.trim()][0] ?? '';
  if (!/\p{L}/u.test(first)) return OTHER_LETTER;
  const collator = letterCollator(language);
  const letter = alphabetFor(language).find((candidate) => collator.compare(first, candidate) === 0);
  return letter ?? first.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleUpperCase(language);
}
