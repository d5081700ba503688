import type { Translations } from './translations/index.js';

/**
 * The UI words of every language but English, on first need. The script-tag bundles swap this
 * module for one that loads them from a file beside the bundle (src/bundle/).
 */
export const loadTranslations = (): Promise<Translations> =>
  import('./translations/index.js').then((module) => module.translations);
