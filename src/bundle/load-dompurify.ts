import type { DOMPurify, WindowLike } from 'dompurify';
import { importBesideBundle } from './bundle-url.js';

/** DOMPurify from `glossary-elements.purify.js` beside the bundle, so the bundle itself stays small. */
export const loadDOMPurify = (): Promise<(window: WindowLike) => DOMPurify> =>
  importBesideBundle<{ default: (window: WindowLike) => DOMPurify }>('./glossary-elements.purify.js').then(
    (module) => module.default,
  );
