/** The primary language subtag of a BCP 47 tag, lower-cased: "de-CH" → "de". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The language an element sits in: its own or its nearest ancestor's `lang`. */
export const pageLanguage = (element: Element): string | undefined =>
  element.closest('[lang]')?.getAttribute('lang') ?? undefined;
