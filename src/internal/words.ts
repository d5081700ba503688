import type { IndexStrings } from './index-strings.js';
import { primaryLanguage } from './language.js';
import { loadTranslations } from './load-translations.js';
import type { SignupStrings } from './signup-strings.js';
import type { UiStrings } from './strings.js';
import type { Translations } from './translations/index.js';

/** What each element shows in one language. */
interface Words {
  term: UiStrings;
  index: IndexStrings;
  signup: SignupStrings;
}

/** The languages with words beyond English: the keys of translations/index.ts (a test keeps them equal). */
export const TRANSLATED = new Set(['ar', 'de', 'es', 'fr', 'he', 'ru', 'sv']);

let translations: Translations | undefined;
let arriving: Promise<void> | undefined;

const translatedLanguage = (language: string | undefined) => {
  const primary = primaryLanguage(language ?? 'en');
  return TRANSLATED.has(primary) ? (primary as keyof Translations) : undefined;
};

/**
 * Resolves once the words for `language` are here; `undefined` when nothing has to load (English,
 * a language we have no words for, or words already loaded). It never rejects: if the file cannot
 * load, English stands in.
 */
export function wordsPending(language: string | undefined): Promise<void> | undefined {
  if (translations || !translatedLanguage(language)) return undefined;
  return (arriving ??= loadTranslations().then(
    (loaded) => {
      translations = loaded;
    },
    (error: unknown) => console.warn(`glossary-elements: showing English, the other languages did not load (${error})`),
  ));
}

/** An element's words in `language`, or `english` where there are none (yet). */
export function wordsIn<K extends keyof Words>(kind: K, language: string | undefined, english: Words[K]): Words[K] {
  const lang = translatedLanguage(language);
  const table: Partial<Words> | undefined = lang && translations?.[lang];
  return table?.[kind] ?? english;
}

/**
 * Runs an element's `update` now, or once the words of any of `languages` have loaded, so that a
 * page in French never shows English first. Meant for Lit's `scheduleUpdate`.
 */
export function afterWords(
  languages: (string | undefined)[],
  update: () => void | Promise<unknown>,
): void | Promise<unknown> {
  const pending = languages.map(wordsPending).find(Boolean);
  return pending ? pending.then(update) : update();
}
