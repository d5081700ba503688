/** The words an element shows around the glossary's own text, in one language. */
export interface UiStrings {
  breadcrumb: string;
  seeAlso: string;
  articlesAbout: (term: string) => string;
  moreArticlesAbout: (term: string) => string;
  readMore: string;
  readMoreAbout: (term: string) => string;
  loading: string;
  notFound: (query: string, glossary: string) => string;
  didYouMean: string;
  loadFailed: string;
  retry: string;
}

const en: UiStrings = {
  breadcrumb: 'Breadcrumb',
  seeAlso: 'See also',
  articlesAbout: (term) => `Articles that talk about ${term}`,
  moreArticlesAbout: (term) => `More articles about ${term}`,
  readMore: 'Read more',
  readMoreAbout: (term) => `about ${term}`,
  loading: 'Loading definition…',
  notFound: (query, glossary) => `“${query}” is not in ${glossary}.`,
  didYouMean: 'Did you mean',
  loadFailed: 'This definition could not be loaded.',
  retry: 'Retry',
};

const fr: UiStrings = {
  breadcrumb: "Fil d'Ariane",
  seeAlso: 'Voir aussi',
  articlesAbout: (term) => `Articles qui parlent de ${term}`,
  moreArticlesAbout: (term) => `Plus d'articles sur ${term}`,
  readMore: 'Lire la suite',
  readMoreAbout: (term) => `sur ${term}`,
  loading: 'Chargement de la définition…',
  notFound: (query, glossary) => `« ${query} » ne figure pas dans ${glossary}.`,
  didYouMean: 'Vouliez-vous dire',
  loadFailed: "Cette définition n'a pas pu être chargée.",
  retry: 'Réessayer',
};

const de: UiStrings = {
  breadcrumb: 'Brotkrumen',
  seeAlso: 'Siehe auch',
  articlesAbout: (term) => `Artikel über ${term}`,
  moreArticlesAbout: (term) => `Weitere Artikel über ${term}`,
  readMore: 'Weiterlesen',
  readMoreAbout: (term) => `über ${term}`,
  loading: 'Definition wird geladen…',
  notFound: (query, glossary) => `„${query}“ steht nicht in ${glossary}.`,
  didYouMean: 'Meinten Sie',
  loadFailed: 'Diese Definition konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
};

const es: UiStrings = {
  breadcrumb: 'Ruta de navegación',
  seeAlso: 'Véase también',
  articlesAbout: (term) => `Artículos que hablan de ${term}`,
  moreArticlesAbout: (term) => `Más artículos sobre ${term}`,
  readMore: 'Leer más',
  readMoreAbout: (term) => `sobre ${term}`,
  loading: 'Cargando la definición…',
  notFound: (query, glossary) => `«${query}» no está en ${glossary}.`,
  didYouMean: '¿Quisiste decir',
  loadFailed: 'No se pudo cargar esta definición.',
  retry: 'Reintentar',
};

const byLanguage: Record<string, UiStrings> = { en, fr, de, es };

/** The strings for a BCP 47 tag, by its primary language; English where there are none. */
export function stringsFor(language: string | undefined): UiStrings {
  const primary = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return byLanguage[primary] ?? en;
}
