import type { DOMPurify, WindowLike } from 'dompurify';

type DOMPurifyModule = { default: (window: WindowLike) => DOMPurify };

/** Where DOMPurify comes from: the module graph's own chunk, unless a classic script says otherwise. */
let importDOMPurify = (): Promise<DOMPurifyModule> => import('./dompurify.js');

/** DOMPurify, fetched only by browsers without the native sanitizer. */
export const loadDOMPurify = (): Promise<(window: WindowLike) => DOMPurify> => importDOMPurify().then((module) => module.default);

/**
 * For the classic script, which carries everything but DOMPurify: load it from `url`, the file
 * beside the script, or, where the script cannot tell its own URL, refuse (definitions then show
 * as plain text).
 */
export function loadDOMPurifyFrom(url: string | undefined): void {
  importDOMPurify = () =>
    url ? import(/* @vite-ignore */ url) : Promise.reject(new Error('the classic script could not tell its own URL'));
}
