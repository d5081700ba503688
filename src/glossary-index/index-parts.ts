import { html, nothing, type TemplateResult } from 'lit';
import { OTHER_LETTER } from '../data/letters.js';
import { matchRange, type SearchHit } from '../data/search.js';
import type { Glossary, Term } from '../data/types.js';
import type { IndexStrings } from '../internal/index-strings.js';
import { termHref } from '../glossary-term/term-view.js';

/** The anchor id of a letter's group, as in `url#letter-B`. */
export const letterAnchor = (letter: string) => `letter-${letter}`;

/** `text` with the part that matches `query` marked. */
export function highlighted(text: string, query: string): TemplateResult | string {
  const range = query ? matchRange(text, query) : undefined;
  if (!range) return text;
  const [start, end] = range;
  return html`${text.slice(0, start)}<mark part="mark">${text.slice(start, end)}</mark>${text.slice(end)}`;
}

export interface EntryOptions {
  glossary: Glossary;
  term: Term;
  query: string;
  hit?: SearchHit;
  selected: boolean;
  strings: IndexStrings;
  onChoose: (event: MouseEvent, term: Term) => void;
}

/** One entry of the list: the linked name, the alias it was found by, and the summary. */
export function entry({ glossary, term, query, hit, selected, strings, onChoose }: EntryOptions): TemplateResult {
  return html`<li class="entry">
    <a
      href=${termHref(glossary, term)}
      data-term=${term.id}
      aria-current=${selected ? 'true' : nothing}
      @click=${(event: MouseEvent) => onChoose(event, term)}
      >${highlighted(term.term, hit?.viaAlias ? '' : query)}</a
    >${hit?.viaAlias
      ? html` <span class="via">(${strings.via} <bdi>${highlighted(hit.matched, query)}</bdi>)</span>`
      : nothing}
    ${term.summary ? html`<span class="summary">${term.summary}</span>` : nothing}
  </li>`;
}

/** How a letter reads to assistive technology: "#" is spoken as what it stands for. */
export const letterLabel = (letter: string, strings: IndexStrings) =>
  letter === OTHER_LETTER ? strings.otherLetter : undefined;
