import type { DOMPurify, WindowLike } from 'dompurify';

// Read while the bundle first runs, when it still knows its own URL: a classic script through
// `document.currentScript` (where `import.meta` does not exist), a module through `import.meta.url`.
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/** DOMPurify from `glossary-elements.purify.js` beside the bundle, so the bundle itself stays small. */
export const loadDOMPurify = (): Promise<(window: WindowLike) => DOMPurify> =>
  import(/* @vite-ignore */ new URL('./glossary-elements.purify.js', bundleUrl).href).then(
    (module: { default: (window: WindowLike) => DOMPurify }) => module.default,
  );
