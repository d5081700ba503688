import { lookupFor } from '../../data/lookup.js';
import type { GlossaryArticle, GlossaryData, GlossaryTermData, Term } from '../../data/types.js';
import { relativeLink } from './site-paths.js';
import { assetFrom, linkFrom, termLinkFrom, type SitePlan } from './site-plan.js';

/**
 * What a term page's `<glossary-term>` renders, on the server and again in the browser: the glossary's
 * title and language, the term and the terms it sees also, every link relative to the page
 * (`definitions` holds each term's sanitized HTML, already relinked for this page).
 */
export function termPageData(plan: SitePlan, term: Term, definitionFor: (term: Term, from: string) => string): GlossaryData {
  const { glossary } = plan;
  const from = plan.folderOf.get(term)!;
  const lookup = lookupFor(glossary);
  const related = term.seeAlso.flatMap((id) => lookup.byId(id) ?? []);
  const entry = (other: Term, main: boolean): GlossaryTermData => ({
    id: other.id,
    term: other.term,
    ...(other.aliases.length > 0 && { aliases: other.aliases }),
    summary: other.summary,
    // Related terms show by name only; their definitions stay on their own pages.
    definition: main ? definitionFor(other, from) : '<p></p>',
    ...(main && related.length > 0 && { seeAlso: related.map((r) => r.id) }),
    ...(main && other.categories.length > 0 && { categories: other.categories }),
    url: termLinkFrom(plan, from, other),
    ...(main && other.articles.length > 0 && { articles: other.articles.map((article) => articleFrom(plan, from, article)) }),
    ...(main && other.moreArticlesUrl && { moreArticlesUrl: linkFrom(plan, from, other.moreArticlesUrl) }),
  });
  return {
    title: glossary.title,
    url: relativeLink(from, ''),
    language: glossary.language,
    terms: [entry(term, true), ...related.map((other) => entry(other, false))],
  };
}

function articleFrom(plan: SitePlan, from: string, article: GlossaryArticle): GlossaryArticle {
  return { ...article, url: linkFrom(plan, from, article.url), ...(article.image && { image: assetFrom(plan, from, article.image) }) };
}
