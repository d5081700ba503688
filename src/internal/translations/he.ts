import type { UiStrings } from '../strings.js';
import type { IndexStrings } from '../index-strings.js';

/** Hebrew. */
export const he = {
  term: {
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
  } satisfies UiStrings,
  index: {
    letters: 'אותיות',
    otherLetter: 'ספרות וסימנים',
    search: 'חיפוש במילון המונחים',
    placeholder: 'חיפוש מונחים',
    found: (count, n) => (count === 1 ? 'נמצא מונח אחד' : `נמצאו ${n} מונחים`),
    none: (query) => `אין מונחים התואמים „${query}”.`,
    noneUnder: (letter) => `אין מונחים תחת ${letter}.`,
    clear: 'ניקוי החיפוש',
    via: 'גם',
    more: (shown, total) => `הצגת עוד (${shown} מתוך ${total})`,
    empty: 'אין עדיין מונחים במילון הזה.',
    loading: 'טוען את מילון המונחים…',
    loadFailed: 'לא ניתן היה לטעון את מילון המונחים.',
    retry: 'נסו שוב',
  } satisfies IndexStrings,
};
