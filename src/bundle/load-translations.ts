import type { Translations } from '../internal/translations/index.js';
import { importBesideBundle } from './bundle-url.js';

/** The UI words of every language but English, from `glossary-elements.words.js` beside the bundle. */
export const loadTranslations = (): Promise<Translations> =>
  importBesideBundle<{ translations: Translations }>('./glossary-elements.words.js').then(
    (module) => module.translations,
  );
