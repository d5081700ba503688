import { Words } from '../internal/words.js';

/**
 * The words an element shows around the glossary's own text, in one language. `{term}`, `{query}`,
 * `{glossary}` and `{suggestions}` are filled in by `sentence()`.
 */
export interface UiStrings {
  breadcrumb: string;
  seeAlso: string;
  /** With `{term}`. */
  articlesAbout: string;
  /** With `{term}`. */
  moreArticlesAbout: string;
  readMore: string;
  /** Completes "Read more" for screen readers, which hear every card's link out of context. With `{term}`. */
  readMoreAbout: string;
  loading: string;
  /** With `{query}` and `{glossary}`. */
  notFound: string;
  /** With `{suggestions}`. */
  didYouMean: string;
  loadFailed: string;
  retry: string;
}

const en: UiStrings = {
  breadcrumb: 'Breadcrumb',
  seeAlso: 'See also',
  articlesAbout: 'Articles that talk about {term}',
  moreArticlesAbout: 'More articles about {term}',
  readMore: 'Read more',
  readMoreAbout: 'about {term}',
  loading: 'Loading definition…',
  notFound: '{glossary} has no entry for “{query}”.',
  didYouMean: 'Did you mean {suggestions}?',
  loadFailed: 'This definition could not be loaded.',
  retry: 'Retry',
};

/** `<glossary-term>`'s words; ./translations.ts has the same languages. */
export const termWords = new Words<UiStrings>(en, new Set(['ar', 'de', 'es', 'fr', 'he']), () =>
  import('./translations.js').then((module) => module.translations),
);

/** The strings for a BCP 47 tag, by its primary language; English where there are none (or none yet). */
export const stringsFor = (language: string | undefined): UiStrings => termWords.in(language);
