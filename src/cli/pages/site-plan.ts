import { posix } from 'node:path';
import { initialOf } from '../../data/letters.js';
import type { Glossary, Term } from '../../data/types.js';
import { pathUnder, relativeLink, termFolder } from './site-paths.js';

/** Where every page of the site goes, and how pages link to each other. */
export interface SitePlan {
  glossary: Glossary;
  /** URLs under this (`--base-url`, else the glossary's `url`) are pages of this site. */
  base: string | undefined;
  letterOf: Map<Term, string>;
  /** Each term's folder in the site: `b/back-end/`. */
  folderOf: Map<Term, string>;
  /** The site's page folders: `''` (the index) and every term's. */
  pages: Set<string>;
  /** Files the pages use by a relative path in the data (article images): copied from beside the glossary file. */
  assets: Set<string>;
}

export function planSite(glossary: Glossary, base: string | undefined): SitePlan {
  const letterOf = new Map<Term, string>();
  const folderOf = new Map<Term, string>();
  // Initials repeat: the collator runs once per distinct first character.
  const letters = new Map<string, string>();
  for (const term of glossary.terms) {
    const first = [...term.term.trim()][0] ?? '';
    let letter = letters.get(first);
    if (letter === undefined) letters.set(first, (letter = initialOf(first, glossary.language)));
    letterOf.set(term, letter);
    folderOf.set(term, termFolder(letter, glossary.language, term.id));
  }
  return { glossary, base, letterOf, folderOf, pages: new Set(['', ...folderOf.values()]), assets: new Set() };
}

/**
 * `url` as the page in folder `from` should link it: a relative link naming `index.html` when it is
 * a page of this site (under the base), else as it is.
 */
export function linkFrom(plan: SitePlan, from: string, url: string): string {
  const under = pathUnder(url, plan.base);
  if (!under || !plan.pages.has(under.path)) return url;
  return relativeLink(from, under.path) + under.hash;
}

/**
 * An image as the page in folder `from` should load it. A relative one (relative to the glossary
 * document, as the elements read it) is copied into the site at the same path and linked relatively.
 */
export function assetFrom(plan: SitePlan, from: string, src: string): string {
  if (/^([a-z][a-z0-9+.-]*:|[/\\])/i.test(src)) return linkFrom(plan, from, src);
  const path = posix.normalize(src.split(/[?#]/)[0]!);
  if (path.startsWith('..') || path === '.') return src;
  plan.assets.add(path);
  return relativeLink(from, path);
}

/** A term's link from folder `from`: its generated page, unless its `url` lives outside this site. */
export function termLinkFrom(plan: SitePlan, from: string, term: Term): string {
  if (term.url && !pathUnder(term.url, plan.base)) return term.url;
  return relativeLink(from, plan.folderOf.get(term)!);
}

/**
 * Sanitized HTML (the parse5 serializer's output: attribute values double-quoted, `&` and `"`
 * escaped) with each `href` passed through `rewrite`.
 */
export function relinkHtml(html: string, rewrite: (href: string) => string): string {
  return html.replace(/ href="([^"]*)"/g, (_match, value: string) => {
    const href = value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return ` href="${rewrite(href).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });
}
