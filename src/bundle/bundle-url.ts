// Read while the bundle first runs, when it still knows its own URL: a classic script through
// `document.currentScript` (where `import.meta` does not exist), a module through `import.meta.url`.
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/** Imports a file that is built beside the bundle. */
export const importBesideBundle = <T>(file: string): Promise<T> =>
  import(/* @vite-ignore */ new URL(file, bundleUrl).href) as Promise<T>;
