import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { groupsFor, type GlossaryGroups, type LetterGroup } from '../data/groups.js';
import { lookupFor } from '../data/lookup.js';
import { searchIndexFor, type SearchIndex, type SearchResult } from '../data/search.js';
import type { Glossary, Term } from '../data/types.js';
import { directionOf } from '../internal/direction.js';
import { emit, emitGlossaryError, isPlainClick, type GlossaryErrorLike, type GlossaryLoadDetail, type GlossarySelectDetail } from '../internal/events.js';
import type { GlossarySource } from '../internal/glossary-source.js';
import { indexStringsFor, indexWords, type IndexStrings } from './words.js';
import { pageLanguage } from '../internal/language.js';
import { loadFailure } from '../internal/load-failure.js';
import type { ElementView } from '../internal/view-host.js';
import { showInDetailView } from './detail-view.js';
import type { GlossaryIndex } from './glossary-index.js';
import { entryChunk, entryIdOf } from './entry-list.js';
import { entry, letterAnchor, letterBar, letterLabel, searchField, statusLine } from './index-parts.js';
import { indexViewStyles } from './index-view.styles.js';
import { IndexKeyboard } from './index-keyboard.js';
import { LocationSync } from './location-sync.js';
import { afterPaint, ProgressiveEntries } from './progressive-entries.js';
import { sameLetter } from './same-letter.js';

/** Search results rendered at first, and added by each "Show more". */
const RESULTS_PAGE = 50;
/** Entries rendered as one unit: a finished chunk is never diffed again, and is skipped off screen. */
const CHUNK = 100;

interface Layout {
  glossary: Glossary;
  groups: GlossaryGroups;
  /** Built in the background once the list is up; a query waits for it. */
  search?: SearchIndex;
  /** Settles once `search` is in: asked for after the first paint, or by the first query. */
  searching?: Promise<void>;
}

/**
 * What `<glossary-index>` shows: everything but its API. Its controllers follow the location,
 * take the keyboard and grow the list after the first paint; the view lays out, renders and announces.
 */
export class IndexView implements ElementView {
  readonly styles = indexViewStyles;
  readonly #host: GlossaryIndex;
  readonly #source: GlossarySource;
  readonly #layout: Task<readonly [Glossary | undefined], Layout>;
  readonly #location: LocationSync;
  readonly #keyboard: IndexKeyboard;
  readonly #entries: ProgressiveEntries;

  #results: SearchResult | undefined;
  #resultsShown = RESULTS_PAGE;
  #selectedId: string | undefined;
  /** The term whose entry in the grouped list is marked `aria-current` (a scan of the list is kept to changes). */
  #markedId: string | undefined;
  #announced: unknown;

  constructor(host: GlossaryIndex, source: GlossarySource) {
    this.#host = host;
    this.#source = source;
    this.#location = new LocationSync(host, {
      laidOut: () => this.#ready,
      select: (termId) => {
        this.#selectedId = termId;
        host.requestUpdate();
      },
      scrollToLetter: (letter, layout) => void this.#scrollToLetter(letter, layout),
    });
    this.#keyboard = new IndexKeyboard(host, () => this.#entryLinks());
    this.#entries = new ProgressiveEntries(host, () => {
      const layout = this.#ready;
      return layout && !this.#results && !host.letter ? layout.glossary.terms.length : 0;
    });
    this.#layout = new Task<readonly [Glossary | undefined], Layout>(host, {
      // The location is read once the index is first laid out, outside an update, as it may set
      // properties; a refreshed glossary keeps what the reader chose since (hash changes still count).
      onComplete: (layout) => {
        if (!this.#location.applied) this.#location.apply(layout);
      },
      args: () => [this.#loadedGlossary()] as const,
      task: async ([glossary]) => {
        if (!glossary) return initialState;
        const layout: Layout = { glossary, groups: await groupsFor(glossary) };
        // The search keys are built once the first entries are painted, or at once for a query.
        void afterPaint().then(() => this.#prepareSearch(layout));
        return layout;
      },
    });
  }

  /** Settles once the glossary loaded last is laid out (or failed to be). */
  laidOut(): Promise<unknown> {
    return this.#layout.taskComplete.catch(() => undefined);
  }

  /** The words of the page's language, and of the glossary's once it is loaded. */
  wordsPending() {
    return [indexWords.pending(pageLanguage(this.#host)), indexWords.pending(this.#loadedGlossary()?.language)];
  }

  #loadedGlossary(): Glossary | undefined {
    const state = this.#source.state;
    return state.status === 'loaded' ? state.glossary : undefined;
  }

  /** The layout to show: the loaded glossary's, or while a new one is laid out, the one it replaces. */
  get #ready(): Layout | undefined {
    return this.#loadedGlossary() ? this.#layout.value : undefined;
  }

  willUpdate(changed: PropertyValues<GlossaryIndex>): void {
    const host = this.#host;
    const layout = this.#ready;
    if (changed.has('query')) this.#resultsShown = RESULTS_PAGE;
    if (layout && !layout.search && host.query.trim()) this.#prepareSearch(layout);
    this.#results = layout?.search && host.query.trim() ? layout.search.search(host.query, this.#resultsShown) : undefined;
  }

  /** Builds the layout's search keys, once; a query typed meanwhile is answered when they are in. */
  #prepareSearch(layout: Layout): void {
    layout.searching ??= searchIndexFor(layout.glossary, layout.groups).then((search) => {
      layout.search = search;
      if (this.#host.query.trim()) this.#host.requestUpdate();
    });
  }

  render() {
    const host = this.#host;
    const state = this.#source.state;
    const language = state.status === 'loaded' ? state.glossary.language : pageLanguage(host);
    const strings = indexStringsFor(language);
    if (state.status === 'idle') return html`<slot></slot>`;
    if (state.status === 'error') {
      return loadFailure(strings.loadFailed, state.error.message, strings.retry, () => this.#source.retry());
    }
    const layout = this.#ready;
    if (!layout) {
      return html`<div part="base" class="base skeleton"><span class="visually-hidden">${strings.loading}</span></div>`;
    }
    return html`
      <div part="base" class="base" lang=${layout.glossary.language} dir=${directionOf(layout.glossary.language)}>
        ${host.noSearch
          ? nothing
          : searchField({
              query: host.query,
              strings,
              onInput: (query) => (host.query = query),
              onKeydown: this.#keyboard.onSearchKeydown,
            })}
        ${letterBar({
          groups: layout.groups,
          current: host.query.trim() ? undefined : (host.letter ?? undefined),
          roving: this.#keyboard.rovingLetter,
          strings,
          onChoose: (event, letter) => this.#chooseLetter(event, letter),
          onKeydown: this.#keyboard.onLettersKeydown,
        })}
        ${statusLine({ results: this.#results, query: host.query.trim(), strings, language: layout.glossary.language, onClear: this.#clearSearch })}
        <div part="list" class="list" id="list" @keydown=${this.#keyboard.onListKeydown}>${this.#renderList(layout, strings)}</div>
      </div>
    `;
  }

  /**
   * Search results and the grouped list are siblings: the list stays in the DOM, hidden, while
   * results show, so neither the first keystroke nor clearing the field rebuilds it.
   */
  #renderList(layout: Layout, strings: IndexStrings) {
    const { glossary } = layout;
    if (glossary.terms.length === 0) return html`<p part="message" class="message">${strings.empty}</p>`;
    const results = this.#results;
    return html`${results ? this.#renderResults(glossary, results, strings) : nothing}
      <div class="groups" ?hidden=${results !== undefined} @click=${this.#chooseListed}>${this.#renderGroups(layout, strings)}</div>`;
  }

  #renderResults(glossary: Glossary, results: SearchResult, strings: IndexStrings) {
    const query = this.#host.query.trim();
    const format = new Intl.NumberFormat(glossary.language).format;
    return html`<ul class="entries results">
        ${results.hits.map((hit) =>
          entry({ glossary, term: hit.term, query, hit, selected: hit.term.id === this.#selectedId, strings, onChoose: this.#choose }),
        )}
      </ul>
      ${results.total > results.hits.length
        ? html`<button class="more" @click=${this.#showMoreResults}>${strings.more(format(results.hits.length), format(results.total))}</button>`
        : nothing}`;
  }

  #renderGroups({ glossary, groups }: Layout, strings: IndexStrings) {
    const wanted = this.#host.letter;
    if (wanted) {
      const letter = groups.letters.find((candidate) => sameLetter(candidate, wanted, glossary.language)) ?? wanted;
      const group = groups.byLetter.get(letter);
      return group
        ? this.#renderGroup(glossary, group, group.size, strings)
        : html`<p part="message" class="message">${strings.noneUnder(letter)}</p>`;
    }
    let budget = this.#entries.budget;
    return groups.groups.map((group) => {
      if (budget <= 0) return nothing;
      const shown = Math.min(group.size, budget);
      budget -= shown;
      return this.#renderGroup(glossary, group, shown, strings);
    });
  }

  /** A letter's heading and its first `shown` entries, in chunks that are built once. */
  #renderGroup(glossary: Glossary, group: LetterGroup, shown: number, strings: IndexStrings) {
    const id = letterAnchor(group.letter);
    const selected = this.#selectedId;
    return html`<section class="group" aria-labelledby=${id}>
      <h2 part="group-heading" class="group-heading" id=${id} tabindex="-1" aria-label=${ifDefined(letterLabel(group.letter, strings))}>
        ${group.letter}
      </h2>
      <div class="entries" role="list">
        ${chunksOf(group).map((chunk, index) => {
          const start = index * CHUNK;
          if (start >= shown) return nothing;
          const count = Math.min(chunk.length, shown - start);
          // A chunk is built once, and again only to grow; a later selection is marked in place (see `updated`).
          return guard([chunk, count], () => entryChunk(glossary, count < chunk.length ? chunk.slice(0, count) : chunk, selected));
        })}
      </div>
    </section>`;
  }

  updated(): void {
    const host = this.#host;
    const state = this.#source.state;
    const layout = this.#ready;
    if (state.status === 'loading' || (state.status === 'loaded' && !layout)) host.setAttribute('aria-busy', 'true');
    else host.removeAttribute('aria-busy');
    this.#markSelected();
    this.#announce(state.status === 'error' ? state.error : layout);
  }

  /**
   * Moves `aria-current` to the selected entry of the grouped list, in place: rebuilding its chunk
   * would take the focus from the link the reader just chose. Chunks built later mark it themselves.
   */
  #markSelected(): void {
    const selected = this.#selectedId;
    if (selected === this.#markedId) return;
    this.#markedId = selected;
    const groups = this.#host.renderRoot.querySelector('.groups');
    for (const link of groups?.querySelectorAll('a[aria-current]') ?? []) link.removeAttribute('aria-current');
    if (selected !== undefined) groups?.querySelector(`a[data-term="${CSS.escape(selected)}"]`)?.setAttribute('aria-current', 'true');
  }

  #announce(outcome: Layout | GlossaryErrorLike | undefined): void {
    if (!outcome || outcome === this.#announced) return;
    this.#announced = outcome;
    if ('groups' in outcome) emit<GlossaryLoadDetail>(this.#host, 'glossary-load', { glossary: outcome.glossary });
    else emitGlossaryError(this.#host, outcome);
  }

  #showMoreResults = () => {
    this.#resultsShown += RESULTS_PAGE * 4;
    this.#host.requestUpdate();
  };

  #clearSearch = () => {
    const host = this.#host;
    host.query = '';
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  };

  async #scrollToLetter(letter: string, layout: Layout): Promise<void> {
    const host = this.#host;
    // Render at least up to that letter's group, then bring its heading into view and focus.
    const before = layout.groups.groups.slice(0, layout.groups.groups.findIndex((group) => group.letter === letter) + 1);
    this.#entries.reach(before.reduce((sum, group) => sum + group.size, 0));
    await host.updateComplete;
    const heading = host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(letterAnchor(letter))}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  #chooseLetter(event: MouseEvent, letter: string): void {
    if (!isPlainClick(event)) return;
    const host = this.#host;
    event.preventDefault();
    host.query = '';
    history.pushState(history.state, '', `#${letterAnchor(letter)}`);
    if (host.hasAttribute('letter')) host.letter = letter;
    else if (this.#ready) void this.#scrollToLetter(letter, this.#ready);
  }

  /** An entry of the grouped list was clicked (one listener for all of them). */
  #chooseListed = (event: MouseEvent): void => {
    const id = entryIdOf(event);
    const layout = this.#ready;
    const term = id === undefined || !layout ? undefined : lookupFor(layout.glossary).byId(id);
    if (term) this.#choose(event, term);
  };

  /** An entry was chosen: announce it, and show it in the `for` element instead of navigating. */
  #choose = (event: MouseEvent, term: Term): void => {
    if (!isPlainClick(event)) return;
    const host = this.#host;
    if (!emit<GlossarySelectDetail>(host, 'glossary-select', { term }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    this.#selectedId = term.id;
    if (showInDetailView(host, host.for, term, host)) {
      event.preventDefault();
      history.pushState(history.state, '', `#${term.id}`);
    }
    host.requestUpdate();
  };

  /** The entries the reader sees now: search results while there are any, else the grouped list. */
  #entryLinks(): HTMLAnchorElement[] {
    const scope = this.#results ? '.results' : '.groups';
    return [...this.#host.renderRoot.querySelectorAll<HTMLAnchorElement>(`${scope} .entry > a`)];
  }
}


const chunkCache = new WeakMap<LetterGroup, Term[][]>();

/** A group's terms in chunks of `CHUNK`, the same arrays every time, so `guard` can skip them. */
function chunksOf(group: LetterGroup): Term[][] {
  let chunks = chunkCache.get(group);
  if (!chunks) {
    chunks = [];
    for (let start = 0; start < group.terms.length; start += CHUNK) chunks.push(group.terms.slice(start, start + CHUNK));
    chunkCache.set(group, chunks);
  }
  return chunks;
}
