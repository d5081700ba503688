/**
 * The sample glossary's links point at example.com, a site that does not exist. The demo serves a
 * copy whose links stay inside it: the glossary's page is the A–Z index, each term's page is the
 * term page showing it, and articles go to a page that says plainly it is a placeholder.
 */

interface Article {
  url?: string;
}
interface DemoTerm {
  id: string;
  url?: string;
  definition: string;
  articles?: Article[];
  moreArticlesUrl?: string;
}
interface DemoGlossary {
  url?: string;
  terms: DemoTerm[];
}

const TERM_PAGE = /https:\/\/example\.com\/glossary\/[^/"]+\/([a-z0-9-]+)\/?/g;

export const termPage = (id: string) => `/term.html?term=${encodeURIComponent(id)}`;

/** The placeholder page for an article, named by the last part of its URL. */
export const articlePage = (url: string) => `/article.html#${url.replace(/\/$/, '').split('/').pop() ?? ''}`;

/** A copy of `glossary` with every link made local to the demo. */
export function withLocalLinks<G extends DemoGlossary>(glossary: G): G {
  const copy = structuredClone(glossary);
  copy.url = '/glossary.html';
  for (const term of copy.terms) {
    term.url = termPage(term.id);
    term.definition = term.definition.replace(TERM_PAGE, (_, id: string) => termPage(id));
    for (const article of term.articles ?? []) if (article.url) article.url = articlePage(article.url);
    if (term.moreArticlesUrl) term.moreArticlesUrl = '/blog.html';
  }
  return copy;
}
