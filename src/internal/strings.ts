import { html, type TemplateResult } from 'lit';
import { forLanguage } from './language.js';

/** A name from the data inside a UI sentence: isolated, so either direction reads right in the other. */
type Name = string;
const isolate = (name: Name) => html`<bdi>${name}</bdi>`;

/** The words an element shows around the glossary's own text, in one language. */
export interface UiStrings {
  breadcrumb: string;
  seeAlso: string;
  articlesAbout: (term: Name) => TemplateResult;
  moreArticlesAbout: (term: Name) => TemplateResult;
  readMore: string;
  /** Completes "Read more" for screen readers, which hear every card's link out of context. */
  readMoreAbout: (term: Name) => TemplateResult;
  loading: string;
  notFound: (query: Name, glossary: Name) => TemplateResult;
  didYouMean: (suggestions: unknown) => TemplateResult;
  loadFailed: string;
  retry: string;
}

const en: UiStrings = {
  breadcrumb: 'Breadcrumb',
  seeAlso: 'See also',
  articlesAbout: (term) => html`Articles that talk about ${isolate(term)}`,
  moreArticlesAbout: (term) => html`More articles about ${isolate(term)}`,
  readMore: 'Read more',
  readMoreAbout: (term) => html`about ${isolate(term)}`,
  loading: 'Loading definition…',
  notFound: (query, glossary) => html`“${isolate(query)}” is not in ${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`Did you mean ${suggestions}?`,
  loadFailed: 'This definition could not be loaded.',
  retry: 'Retry',
};

const fr: UiStrings = {
  breadcrumb: "Fil d'Ariane",
  seeAlso: 'Voir aussi',
  articlesAbout: (term) => html`Articles qui parlent de ${isolate(term)}`,
  moreArticlesAbout: (term) => html`Plus d'articles sur ${isolate(term)}`,
  readMore: 'Lire la suite',
  readMoreAbout: (term) => html`sur ${isolate(term)}`,
  loading: 'Chargement de la définition…',
  notFound: (query, glossary) => html`« ${isolate(query)} » ne figure pas dans ${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`Vouliez-vous dire ${suggestions} ?`,
  loadFailed: "Cette définition n'a pas pu être chargée.",
  retry: 'Réessayer',
};

const de: UiStrings = {
  breadcrumb: 'Brotkrumen',
  seeAlso: 'Siehe auch',
  articlesAbout: (term) => html`Artikel über ${isolate(term)}`,
  moreArticlesAbout: (term) => html`Weitere Artikel über ${isolate(term)}`,
  readMore: 'Weiterlesen',
  readMoreAbout: (term) => html`über ${isolate(term)}`,
  loading: 'Definition wird geladen…',
  notFound: (query, glossary) => html`„${isolate(query)}“ steht nicht in ${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`Meinten Sie ${suggestions}?`,
  loadFailed: 'Diese Definition konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
};

const es: UiStrings = {
  breadcrumb: 'Ruta de navegación',
  seeAlso: 'Véase también',
  articlesAbout: (term) => html`Artículos que hablan de ${isolate(term)}`,
  moreArticlesAbout: (term) => html`Más artículos sobre ${isolate(term)}`,
  readMore: 'Leer más',
  readMoreAbout: (term) => html`sobre ${isolate(term)}`,
  loading: 'Cargando la definición…',
  notFound: (query, glossary) => html`«${isolate(query)}» no está en ${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`¿Quisiste decir ${suggestions}?`,
  loadFailed: 'No se pudo cargar esta definición.',
  retry: 'Reintentar',
};

const ar: UiStrings = {
  breadcrumb: 'مسار التنقل',
  seeAlso: 'انظر أيضًا',
  articlesAbout: (term) => html`مقالات تتحدث عن ${isolate(term)}`,
  moreArticlesAbout: (term) => html`مزيد من المقالات حول ${isolate(term)}`,
  readMore: 'اقرأ المزيد',
  readMoreAbout: (term) => html`عن ${isolate(term)}`,
  loading: 'جارٍ تحميل التعريف…',
  notFound: (query, glossary) => html`«${isolate(query)}» غير موجود في ${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`هل تقصد ${suggestions}؟`,
  loadFailed: 'تعذّر تحميل هذا التعريف.',
  retry: 'إعادة المحاولة',
};

const he: UiStrings = {
  breadcrumb: 'פירורי לחם',
  seeAlso: 'ראו גם',
  articlesAbout: (term) => html`מאמרים שעוסקים ב־${isolate(term)}`,
  moreArticlesAbout: (term) => html`עוד מאמרים על ${isolate(term)}`,
  readMore: 'קראו עוד',
  readMoreAbout: (term) => html`על ${isolate(term)}`,
  loading: 'טוען הגדרה…',
  notFound: (query, glossary) => html`„${isolate(query)}” אינו מופיע ב־${isolate(glossary)}.`,
  didYouMean: (suggestions) => html`האם התכוונתם ל־${suggestions}?`,
  loadFailed: 'לא ניתן היה לטעון את ההגדרה.',
  retry: 'נסו שוב',
};

const byLanguage: Record<string, UiStrings> & { en: UiStrings } = { en, fr, de, es, ar, he };

/** The strings for a BCP 47 tag, by its primary language; English where there are none. */
export const stringsFor = (language: string | undefined): UiStrings => forLanguage(byLanguage, language);
