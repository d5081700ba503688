import type { IndexStrings } from '../index-strings.js';

/** Russian. */
export const ru = {
  index: {
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
  } satisfies IndexStrings,
};
