// Read while the bundle first runs, when it still knows its own URL: a classic script through
// `document.currentScript` (where `import.meta` does not exist), a module through `import.meta.url`.
// A classic script that was inlined or concatenated has neither; the page's URL is the best guess.
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url || document.baseURI;

/** Imports a file that is built beside the bundle. Rejects, never throws, when it cannot. */
export const importBesideBundle = async <T>(file: string): Promise<T> =>
  import(/* @vite-ignore */ new URL(file, bundleUrl).href) as Promise<T>;
