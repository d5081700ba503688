import type { Glossary, Term } from '../data/types.js';
import { termHref } from '../data/urls.js';

/**
 * The entries of the full list, made as plain DOM: `<li class="entry"><a>Name</a><span
 * class="summary">…</span></li>`, five nodes an entry where a Lit template per entry made about
 * fourteen (its markers and parts). The grouped list holds every term and is never diffed entry by
 * entry, so it needs none of a template's machinery: a chunk is built once, and rebuilt whole when
 * the selection enters or leaves it. Clicks are handled once, on the list (`data-term` names the
 * term). Names and summaries go in as text, never as markup.
 */
export function entryItems(glossary: Glossary, terms: readonly Term[], selectedId: string | undefined): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const term of terms) {
    const item = document.createElement('li');
    item.className = 'entry';
    const link = document.createElement('a');
    link.href = termHref(glossary, term);
    link.dataset.term = term.id;
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
    fragment.append(item);
  }
  return fragment;
}

/** The id of the entry link an event came from, if it came from one. */
export function entryIdOf(event: Event): string | undefined {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLAnchorElement && target.dataset.term !== undefined) return target.dataset.term;
  }
  return undefined;
}
