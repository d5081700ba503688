import { forLanguage } from './language.js';

/** The words `<glossary-index>` shows, in one language. */
export interface IndexStrings {
  letters: string;
  otherLetter: string;
  search: string;
  placeholder: string;
  /** Announced after each search: how many terms match. */
  found: (count: number, formatted: string) => string;
  none: (query: string) => string;
  noneUnder: (letter: string) => string;
  clear: string;
  via: string;
  more: (shown: string, total: string) => string;
  empty: string;
  loading: string;
  loadFailed: string;
  retry: string;
}

const en: IndexStrings = {
  letters: 'Letters',
  otherLetter: 'Digits and symbols',
  search: 'Search the glossary',
  placeholder: 'Search terms',
  found: (count, n) => (count === 1 ? '1 term found' : `${n} terms found`),
  none: (query) => `No terms match “${query}”.`,
  noneUnder: (letter) => `No terms under ${letter}.`,
  clear: 'Clear search',
  via: 'also',
  more: (shown, total) => `Show more (${shown} of ${total})`,
  empty: 'This glossary has no terms yet.',
  loading: 'Loading the glossary…',
  loadFailed: 'The glossary could not be loaded.',
  retry: 'Retry',
};

const fr: IndexStrings = {
  letters: 'Lettres',
  otherLetter: 'Chiffres et symboles',
  search: 'Rechercher dans le glossaire',
  placeholder: 'Rechercher un terme',
  found: (count, n) => (count <= 1 ? `${n} terme trouvé` : `${n} termes trouvés`),
  none: (query) => `Aucun terme ne correspond à « ${query} ».`,
  noneUnder: (letter) => `Aucun terme sous ${letter}.`,
  clear: 'Effacer la recherche',
  via: 'aussi',
  more: (shown, total) => `Afficher plus (${shown} sur ${total})`,
  empty: 'Ce glossaire ne contient encore aucun terme.',
  loading: 'Chargement du glossaire…',
  loadFailed: "Le glossaire n'a pas pu être chargé.",
  retry: 'Réessayer',
};

const de: IndexStrings = {
  letters: 'Buchstaben',
  otherLetter: 'Ziffern und Zeichen',
  search: 'Glossar durchsuchen',
  placeholder: 'Begriffe suchen',
  found: (count, n) => (count === 1 ? '1 Begriff gefunden' : `${n} Begriffe gefunden`),
  none: (query) => `Kein Begriff passt zu „${query}“.`,
  noneUnder: (letter) => `Keine Begriffe unter ${letter}.`,
  clear: 'Suche löschen',
  via: 'auch',
  more: (shown, total) => `Mehr zeigen (${shown} von ${total})`,
  empty: 'Dieses Glossar enthält noch keine Begriffe.',
  loading: 'Glossar wird geladen…',
  loadFailed: 'Das Glossar konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
};

const sv: IndexStrings = {
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
};

const ru: IndexStrings = {
  letters: 'Буквы',
  otherLetter: 'Цифры и символы',
  search: 'Поиск по глоссарию',
  placeholder: 'Найти термин',
  found: (_count, n) => `Найдено терминов: ${n}`,
  none: (query) => `Нет терминов по запросу «${query}».`,
  noneUnder: (letter) => `Нет терминов на букву ${letter}.`,
  clear: 'Очистить поиск',
  via: 'также',
  more: (shown, total) => `Показать ещё (${shown} из ${total})`,
  empty: 'В глоссарии пока нет терминов.',
  loading: 'Загрузка глоссария…',
  loadFailed: 'Не удалось загрузить глоссарий.',
  retry: 'Повторить',
};

const es: IndexStrings = {
  letters: 'Letras',
  otherLetter: 'Cifras y símbolos',
  search: 'Buscar en el glosario',
  placeholder: 'Buscar términos',
  found: (count, n) => (count === 1 ? '1 término encontrado' : `${n} términos encontrados`),
  none: (query) => `Ningún término coincide con «${query}».`,
  noneUnder: (letter) => `No hay términos con la ${letter}.`,
  clear: 'Borrar la búsqueda',
  via: 'también',
  more: (shown, total) => `Mostrar más (${shown} de ${total})`,
  empty: 'Este glosario aún no tiene términos.',
  loading: 'Cargando el glosario…',
  loadFailed: 'No se pudo cargar el glosario.',
  retry: 'Reintentar',
};

const ar: IndexStrings = {
  letters: 'الحروف',
  otherLetter: 'أرقام ورموز',
  search: 'ابحث في المسرد',
  placeholder: 'ابحث عن مصطلح',
  found: (_count, n) => `عدد المصطلحات: ${n}`,
  none: (query) => `لا توجد مصطلحات تطابق «${query}».`,
  noneUnder: (letter) => `لا توجد مصطلحات تحت ${letter}.`,
  clear: 'امسح البحث',
  via: 'أيضًا',
  more: (shown, total) => `عرض المزيد (${shown} من ${total})`,
  empty: 'لا يحتوي هذا المسرد على مصطلحات بعد.',
  loading: 'جارٍ تحميل المسرد…',
  loadFailed: 'تعذّر تحميل المسرد.',
  retry: 'إعادة المحاولة',
};

const he: IndexStrings = {
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
};

const byLanguage: Record<string, IndexStrings> & { en: IndexStrings } = { en, fr, de, es, sv, ru, ar, he };

export const indexStringsFor = (language: string | undefined): IndexStrings => forLanguage(byLanguage, language);
