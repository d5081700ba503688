import type { DOMPurify, WindowLike } from 'dompurify';

/**
 * DOMPurify, fetched only by browsers without the native sanitizer. The script-tag bundles swap
 * this module for one that loads DOMPurify from a file beside the bundle (src/bundle/).
 */
export const loadDOMPurify = (): Promise<(window: WindowLike) => DOMPurify> =>
  import('dompurify').then((module) => module.default);
