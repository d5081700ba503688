import type { DOMPurify, WindowLike } from 'dompurify';

/** DOMPurify, fetched only by browsers without the native sanitizer. */
export const loadDOMPurify = (): Promise<(window: WindowLike) => DOMPurify> =>
  import('./dompurify.js').then((module) => module.default);
