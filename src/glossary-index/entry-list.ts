import type { Glossary, Term } from '../data/types.js';
import { termHref } from '../data/urls.js';

/**
 * A chunk of the full list's entries, made as plain DOM:
 * `<div class="chunk"><div class="entry" role="listitem"><a>Name</a><span class="summary">…</span></div>…</div>`.
 * Five nodes an entry, where a Lit template per entry made about fourteen (its markers and parts):
 * the grouped list holds every term and is never diffed entry by entry, so it needs none of a
 * template's machinery. A chunk is built once, and again only to grow.
 *
 * The chunk is a box of its own so that `content-visibility` can skip it off screen: a letter of
 * 4,000 entries was laid out whole, in one frame, each time it grew. That box is why entries are
 * `role="listitem"` in a `role="list"`: a `ul` may hold only `li`. The chunk has no role, so
 * assistive technology sees one list per letter, with its true size.
 *
 * Names and summaries go in as text, never as markup. Clicks are handled once, on the list
 * (`data-term` names the term).
 */
export function entryChunk(glossary: Glossary, terms: readonly Term[], selectedId: string | undefined): HTMLElement {
  const chunk = document.createElement('div');
  chunk.className = 'chunk';
  // Its size while skipped: set through the CSSOM, which a strict style-src allows.
  chunk.style.setProperty('--entries', String(terms.length));
  for (const term of terms) {
    const item = document.createElement('div');
    item.className = 'entry';
    item.setAttribute('role', 'listitem');
    const link = document.createElement('a');
    link.href = termHref(glossary, term);
    link.setAttribute('data-term', term.id);
    if (term.id === selectedId) link.setAttribute('aria-current', 'true');
    link.textContent = term.term;
    item.append(link);
    const summary = term.summary;
    if (summary) {
      const text = document.createElement('span');
      text.className = 'summary';
      // The space keeps name and summary apart when the entry is read or copied as text; a block starts without it.
      text.textContent = ` ${summary}`;
      item.append(text);
    }
    chunk.append(item);
  }
  return chunk;
}

/** The id of the entry link an event came from, if it came from one. */
export function entryIdOf(event: Event): string | undefined {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLAnchorElement && target.dataset.term !== undefined) return target.dataset.term;
  }
  return undefined;
}
