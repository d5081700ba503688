import { html, nothing, type TemplateResult } from 'lit';
import { initialOf } from '../data/letters.js';
import type { Glossary, GlossaryArticle, Term } from '../data/types.js';
import { safeImage, safeLink } from '../data/urls.js';
import { heading } from '../internal/heading.js';
import { sentence } from '../internal/sentence.js';
import type { UiStrings } from './words.js';

/** The term page's breadcrumb: glossary › letter › term; links only where the glossary has a page. */
export function breadcrumb(glossary: Glossary, term: Term, strings: UiStrings): TemplateResult {
  const root = safeLink(glossary.url, glossary.baseUrl);
  const letter = initialOf(term.term, glossary.language);
  return html`
    <nav part="breadcrumb" class="breadcrumb" aria-label=${strings.breadcrumb}>
      <ol>
        <li><span class="crumb">${root ? html`<a href=${root}>${glossary.title}</a>` : glossary.title}</span></li>
        <li><span class="crumb">${root ? html`<a href=${letterLink(root, letter)}>${letter}</a>` : letter}</span></li>
        <li aria-current="page"><span class="crumb">${term.term}</span></li>
      </ol>
    </nav>
  `;
}

/** `url#letter-B`, the index's anchor for a letter. */
function letterLink(root: string, letter: string): string {
  // Encoded, so "#" (digits and symbols) stays one fragment; browsers decode it to find `id="letter-#"`.
  const hash = `letter-${encodeURIComponent(letter)}`;
  try {
    const url = new URL(root);
    url.hash = hash;
    return url.href;
  } catch {
    // A relative root (a server-rendered page links relatively, as the `pages` command's do).
    return `${root.replace(/#.*$/s, '')}#${hash}`;
  }
}

/** "Articles that talk about …": each article's thumbnail, linked title, date and excerpt. */
export function articleList(glossary: Glossary, term: Term, strings: UiStrings, level: number) {
  if (term.articles.length === 0) return nothing;
  return html`<section part="articles" class="articles" aria-labelledby="articles-heading">
    ${heading(level, sentence(strings.articlesAbout, { term: term.term }), { id: 'articles-heading' })}
    <ul class="article-list">
      ${term.articles.map((article) => articleItem(glossary, article, level + 1))}
    </ul>
  </section>`;
}

function articleItem(glossary: Glossary, article: GlossaryArticle, level: number): TemplateResult {
  const href = safeLink(article.url, glossary.baseUrl);
  const image = safeImage(article.image, glossary.baseUrl);
  const date = article.date ? formatDate(article.date, glossary.language) : undefined;
  return html`
    <li part="article" class="article">
      ${image
        ? html`<img class="thumbnail" src=${image} alt="" loading="lazy" decoding="async" @error=${hideBrokenImage} />`
        : nothing}
      <div class="article-text">
        ${heading(level, href ? html`<a href=${href}>${article.title}</a>` : article.title, { className: 'article-title' })}
        ${date ? html`<time class="date" datetime=${article.date!}>${date}</time>` : nothing}
        ${article.excerpt ? html`<p class="excerpt">${article.excerpt}</p>` : nothing}
      </div>
    </li>
  `;
}

/** A thumbnail that fails to load leaves no empty box behind; the article takes the full width. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

function formatDate(date: string, language: string): string | undefined {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}
