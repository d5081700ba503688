import { groupsFor } from '../../data/groups.js';
import type { Glossary, Term } from '../../data/types.js';
import { definedTermData } from '../../glossary-term/term-view.js';
import { sanitizeHtml } from '../definition-html.js';
import { scriptJson } from './escape.js';
import { indexContent, termPageIndex } from './index-page.js';
import { headHtml } from './page-head.js';
import { renderTermElement } from './render-term.js';
import { relativeLink, siteBase } from './site-paths.js';
import { linkFrom, planSite, relinkHtml, type SitePlan } from './site-plan.js';
import { sitemapXml } from './sitemap.js';
import { applyTemplate } from './template.js';
import { termPageData } from './term-data.js';

/** The classic script the pages load, copied into the site beside DOMPurify (which it loads when needed). */
export const SCRIPT_FILES = ['glossary-elements.iife.js', 'glossary-elements.purify.js'];

/** The `<script type="application/json">` a term page's element reads in the browser. */
const DATA_ID = 'glossary-term-data';

/**
 * The element's styles with comments and runs of white space folded (the same rules, a few KB less
 * on every page); the styles of the shadow root are one text, folded once.
 */
const folded = new Map<string, string>();
function compactStyles(html: string): string {
  return html.replace(/<style>([^<]*)<\/style>/g, (_match, css: string) => {
    let compact = folded.get(css);
    if (compact === undefined) folded.set(css, (compact = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()));
    return `<style>${compact}</style>`;
  });
}

export interface SiteOptions {
  /** `--base-url`: canonical links, the sitemap, and which data URLs are this site's pages. */
  baseUrl?: string;
  /** The page layout (see template.ts). */
  template: string;
  /** Puts the A–Z bar and the letter's terms on each term page. */
  withIndex?: boolean;
}

/** Where the pages of `glossary` go; after `buildSite`, also which assets they use. */
export const sitePlan = (glossary: Glossary, options: SiteOptions): SitePlan =>
  planSite(glossary, siteBase(options.baseUrl) ?? siteBase(glossary.url));

/** One file of the site: its path inside `DIR` and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * The static site for `glossary`: the index, one page per term, and the sitemap when there is a
 * base URL. Files come one at a time, so that a large glossary is written as it is rendered.
 */
export async function* buildSite(glossary: Glossary, options: SiteOptions, plan = sitePlan(glossary, options)): AsyncGenerator<SiteFile> {
  const base = siteBase(options.baseUrl);
  const groups = await groupsFor(glossary);
  const page = (head: Parameters<typeof headHtml>[0], content: string) =>
    applyTemplate(options.template, { lang: glossary.language, head: headHtml(head), content });

  const sanitized = new Map<Term, string>();
  const definitionFor = (term: Term, from: string): string => {
    let safe = sanitized.get(term);
    if (safe === undefined) sanitized.set(term, (safe = sanitizeHtml(term.definition).trim()));
    return relinkHtml(safe, (href) => linkFrom(plan, from, href));
  };

  yield {
    path: 'index.html',
    text: page({ title: glossary.title, ...(base && { canonical: base }), script: SCRIPT_FILES[0]! }, indexContent(plan, groups)),
  };

  for (const term of glossary.terms) {
    const from = plan.folderOf.get(term)!;
    const canonical = base && base + from;
    const data = termPageData(plan, term, definitionFor);
    const content = [
      options.withIndex ? termPageIndex(plan, groups, from, term) : '',
      compactStyles(renderTermElement(data, term.id, `#${DATA_ID}`)),
      `<script type="application/json" id="${DATA_ID}">${scriptJson(data)}</script>`,
    ]
      .filter(Boolean)
      .join('\n');
    const jsonLd = definedTermData(
      { ...glossary, url: base, baseUrl: '' },
      { ...term, summary: term.summary, url: canonical || undefined },
    );
    const head = {
      title: `${term.term} — ${glossary.title}`,
      description: term.summary,
      ...(canonical && { canonical }),
      jsonLd,
      script: relativeLink(from, SCRIPT_FILES[0]!),
    };
    yield { path: `${decodeURIComponent(from)}index.html`, text: page(head, content) };
  }

  if (base) yield { path: 'sitemap.xml', text: sitemapXml([...plan.pages].map((folder) => base + folder)) };
}
