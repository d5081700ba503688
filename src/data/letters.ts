/** The group for names that start with a digit or a symbol. */
export const OTHER_LETTER = '#';

/**
 * The letter a name files under in `language`: its first letter, reduced to its base letter where
 * the language's readers treat them as one (French "É" → "E", German "Ä" → "A"), kept where it is a
 * letter of its own (Swedish "Å"); `#` for digits and symbols.
 */
export function initialOf(name: string, language: string): string {
  const first = [...name.trim()][0] ?? '';
  if (!/\p{L}/u.test(first)) return OTHER_LETTER;
  const base = first.normalize('NFD').replace(/\p{M}+/gu, '');
  const sameLetter = collatorFor(language).compare(first, base) === 0;
  return (sameLetter ? base : first).toLocaleUpperCase(language);
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base' });
    collators.set(language, collator);
  }
  return collator;
}
