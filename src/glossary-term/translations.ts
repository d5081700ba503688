import type { UiStrings } from './words.js';

/** The words of `<glossary-term>` beyond English, loaded on first need (./words.ts lists the same languages). */
export const translations = {
  /** Arabic. */
  ar: {
    breadcrumb: 'مسار التنقل',
    seeAlso: 'انظر أيضًا',
    articlesAbout: 'مقالات تتحدث عن {term}',
    moreArticlesAbout: 'مزيد من المقالات حول {term}',
    readMore: 'اقرأ المزيد',
    readMoreAbout: 'عن {term}',
    loading: 'جارٍ تحميل التعريف…',
    notFound: '«{query}» غير موجود في {glossary}.',
    didYouMean: 'هل تقصد {suggestions}؟',
    loadFailed: 'تعذّر تحميل هذا التعريف.',
    retry: 'إعادة المحاولة',
  },
  /** German. */
  de: {
    breadcrumb: 'Brotkrumen',
    seeAlso: 'Siehe auch',
    articlesAbout: 'Artikel über {term}',
    moreArticlesAbout: 'Weitere Artikel über {term}',
    readMore: 'Weiterlesen',
    readMoreAbout: 'über {term}',
    loading: 'Definition wird geladen…',
    notFound: '{glossary} hat keinen Eintrag „{query}“.',
    didYouMean: 'Meinten Sie {suggestions}?',
    loadFailed: 'Diese Definition konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
  /** Spanish. */
  es: {
    breadcrumb: 'Ruta de navegación',
    seeAlso: 'Véase también',
    articlesAbout: 'Artículos que hablan de {term}',
    moreArticlesAbout: 'Más artículos sobre {term}',
    readMore: 'Leer más',
    readMoreAbout: 'sobre {term}',
    loading: 'Cargando la definición…',
    notFound: '{glossary}: no hay ninguna entrada «{query}».',
    didYouMean: '¿Quisiste decir {suggestions}?',
    loadFailed: 'No se pudo cargar esta definición.',
    retry: 'Reintentar',
  },
  /** French. */
  fr: {
    breadcrumb: "Fil d'Ariane",
    seeAlso: 'Voir aussi',
    articlesAbout: 'Articles qui parlent de {term}',
    moreArticlesAbout: "Plus d'articles sur {term}",
    readMore: 'Lire la suite',
    readMoreAbout: 'sur {term}',
    loading: 'Chargement de la définition…',
    notFound: '{glossary} : aucune entrée « {query} ».',
    didYouMean: 'Vouliez-vous dire {suggestions} ?',
    loadFailed: "Cette définition n'a pas pu être chargée.",
    retry: 'Réessayer',
  },
  /** Hebrew. */
  he: {
    breadcrumb: 'פירורי לחם',
    seeAlso: 'ראו גם',
    articlesAbout: 'מאמרים שעוסקים ב־{term}',
    moreArticlesAbout: 'עוד מאמרים על {term}',
    readMore: 'קראו עוד',
    readMoreAbout: 'על {term}',
    loading: 'טוען הגדרה…',
    notFound: '„{query}” אינו מופיע ב־{glossary}.',
    didYouMean: 'האם התכוונתם ל־{suggestions}?',
    loadFailed: 'לא ניתן היה לטעון את ההגדרה.',
    retry: 'נסו שוב',
  },
} satisfies Record<string, UiStrings>;
