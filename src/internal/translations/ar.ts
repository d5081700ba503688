import type { UiStrings } from '../strings.js';
import type { IndexStrings } from '../index-strings.js';

/** Arabic. */
export const ar = {
  term: {
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
  } satisfies UiStrings,
  index: {
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
  } satisfies IndexStrings,
};
