/** The language an element sits in: its own or its nearest ancestor's `lang`. */
export const pageLanguage = (element: Element): string | undefined =>
  element.closest('[lang]')?.getAttribute('lang') ?? undefined;
