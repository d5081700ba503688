/** The primary language subtag of a BCP 47 tag, lower-cased: "de-CH" → "de". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The entry of `table` for a tag's primary language (English when there is none, or no tag). */
export function forLanguage<T>(table: Record<string, T> & { en: T }, language: string | undefined): T {
  return table[primaryLanguage(language ?? 'en')] ?? table.en;
}
