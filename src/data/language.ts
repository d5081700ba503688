/** The primary language subtag of a BCP 47 tag, lower-cased: "de-CH" → "de". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';
