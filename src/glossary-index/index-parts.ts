import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GlossaryGroups } from '../data/groups.js';
import { OTHER_LETTER } from '../data/letters.js';
import { matchRange, type SearchHit, type SearchResult } from '../data/search.js';
import type { Glossary, Term } from '../data/types.js';
import type { IndexStrings } from './words.js';
import { termHref } from '../data/urls.js';

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
    ${term.summary
      ? html`<span class="summary">${term.summary}</span>`
      : nothing}
  </li>`;
}

/** How a letter reads to assistive technology: "#" is spoken as what it stands for. */
export const letterLabel = (letter: string, strings: IndexStrings) =>
  letter === OTHER_LETTER ? strings.otherLetter : undefined;

export interface SearchFieldOptions {
  query: string;
  strings: IndexStrings;
  onInput: (query: string) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The labelled search field; it controls the list below. */
export function searchField({ query, strings, onInput, onKeydown }: SearchFieldOptions): TemplateResult {
  return html`<div class="search">
    <label for="search">${strings.search}</label>
    <input
      part="search"
      id="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      placeholder=${strings.placeholder}
      aria-controls="list"
      .value=${query}
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
      @keydown=${onKeydown}
    />
  </div>`;
}

export interface LetterBarOptions {
  groups: GlossaryGroups;
  /** The letter shown or selected now, marked `aria-current`. */
  current: string | undefined;
  /** The letter that holds the bar's one tab stop, when the reader moved it with the arrow keys. */
  roving: string | undefined;
  strings: IndexStrings;
  onChoose: (event: MouseEvent, letter: string) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * The letter bar: a `nav` of links to the groups (`#letter-B`), which keep working as plain links
 * and read as what they are. Letters without terms are shown, but as text marked disabled.
 */
export function letterBar({ groups, current, roving, strings, onChoose, onKeydown }: LetterBarOptions): TemplateResult {
  const enabled = groups.letters.filter((letter) => groups.byLetter.has(letter));
  const tabStop = roving && enabled.includes(roving) ? roving : current && enabled.includes(current) ? current : enabled[0];
  return html`<nav part="letters" class="letters" aria-label=${strings.letters}>
    <ul @keydown=${onKeydown}>
      ${groups.letters.map((letter) =>
        groups.byLetter.has(letter)
          ? html`<li>
              <a
                part="letter"
                class="letter"
                href="#${letterAnchor(letter)}"
                data-letter=${letter}
                tabindex=${letter === tabStop ? 0 : -1}
                aria-current=${letter === current ? 'true' : nothing}
                aria-label=${ifDefined(letterLabel(letter, strings))}
                @click=${(event: MouseEvent) => onChoose(event, letter)}
                >${letter}</a
              >
            </li>`
          : html`<li>
              <span part="letter" class="letter" aria-disabled="true" aria-label=${ifDefined(letterLabel(letter, strings))}
                >${letter}</span
              >
            </li>`,
      )}
    </ul>
  </nav>`;
}

export interface StatusLineOptions {
  results: SearchResult | undefined;
  query: string;
  strings: IndexStrings;
  language: string;
  onClear: () => void;
}

/** The live region that announces how many terms match, and Clear when none do. */
export function statusLine({ results, query, strings, language, onClear }: StatusLineOptions): TemplateResult {
  const text = !results
    ? ''
    : results.total === 0
      ? strings.none(query)
      : strings.found(results.total, new Intl.NumberFormat(language).format(results.total));
  return html`<div class="status-row">
    <p part="status" class="status" role="status">${text}</p>
    ${results?.total === 0 ? html`<button class="clear" @click=${onClear}>${strings.clear}</button>` : nothing}
  </div>`;
}
