import { OTHER_LETTER } from '../../data/letters.js';

/** The folder of digits and symbols (the index's `#` group): `/0-9/404-page/`. */
export const OTHER_FOLDER = '0-9';

/** A letter's folder: `b` for B, `0-9` for `#`. */
export const letterFolder = (letter: string, language: string): string =>
  letter === OTHER_LETTER ? OTHER_FOLDER : letter.toLocaleLowerCase(language);

/** A term page's folder inside the site, as a URL path: `b/back-end/`. */
export const termFolder = (letter: string, language: string, id: string): string =>
  `${encodeURIComponent(letterFolder(letter, language))}/${id}/`;

/**
 * A link from the page in folder `from` to the file `to` (both URL paths inside the site, folders
 * ending in `/`), relative and naming `index.html` so that it works under any prefix and from `file://`.
 */
export function relativeLink(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to.endsWith('/') || to === '' ? `${to}index.html` : to}`;
}

/** `https://example.com/glossary/` from `https://example.com/glossary`: a base ends with `/`. */
export function siteBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    parsed.search = '';
    parsed.hash = '';
    if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * The site path an absolute URL names under `base` (`b/back-end/` for `…/glossary/b/back-end/`),
 * keeping its fragment; undefined when it is not under `base`.
 */
export function pathUnder(url: string, base: string | undefined): { path: string; hash: string } | undefined {
  if (!base) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const hash = parsed.hash;
  parsed.hash = '';
  if (parsed.search !== '') return undefined;
  const bare = parsed.href.replace(/index\.html$/, '');
  const withSlash = bare.endsWith('/') ? bare : `${bare}/`;
  if (!withSlash.startsWith(base)) return undefined;
  return { path: withSlash.slice(base.length), hash };
}
