import { lookupFor } from '../data/lookup.js';
import type { Glossary } from '../data/types.js';
import type { GlossaryGroups } from '../data/groups.js';
import type { ReactiveController } from 'lit';
import { restoreDetailView, showInDetailView } from './detail-view.js';
import type { GlossaryIndex } from './glossary-index.js';
import { readHash } from './keyboard.js';
import { sameLetter } from './same-letter.js';

interface Layout {
  glossary: Glossary;
  groups: GlossaryGroups;
}

/** What the location acts on: the laid-out glossary, and the view's choices. */
export interface LocationTarget {
  laidOut(): Layout | undefined;
  select(termId: string | undefined): void;
  scrollToLetter(letter: string, layout: Layout): void;
}

/**
 * Follows the location: `#<term-id>` selects that term (and shows it in the `for` element),
 * `#letter-B` that letter, on load and on every hash change and history step; back to no hash
 * restores what the page showed first.
 */
export class LocationSync implements ReactiveController {
  readonly #host: GlossaryIndex;
  readonly #target: LocationTarget;
  /** What the page showed before the location chose anything, to return to on "back". */
  #initial: { letter: string | null } | undefined;
  readonly #onChange = () => this.apply();

  constructor(host: GlossaryIndex, target: LocationTarget) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onChange);
    window.addEventListener('popstate', this.#onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onChange);
    window.removeEventListener('popstate', this.#onChange);
  }

  /** Whether the location was read since the index was first laid out. */
  get applied(): boolean {
    return this.#initial !== undefined;
  }

  /** Reads the location now, for `layout` (the one laid out). Outside an update: it may set the host's properties. */
  apply(layout = this.#target.laidOut()): void {
    if (!layout) return;
    const host = this.#host;
    this.#initial ??= { letter: host.letter };
    const wanted = readHash(location.hash);
    if (!wanted) {
      this.#target.select(undefined);
      if (host.hasAttribute('letter')) host.letter = this.#initial.letter;
      restoreDetailView(host, host.for);
      return;
    }
    if ('letter' in wanted) {
      const letter = layout.groups.letters.find((candidate) => sameLetter(candidate, wanted.letter, layout.glossary.language));
      if (!letter) return;
      host.query = '';
      if (host.hasAttribute('letter')) host.letter = letter;
      else this.#target.scrollToLetter(letter, layout);
      return;
    }
    const term = lookupFor(layout.glossary).byId(wanted.termId);
    if (!term) return;
    this.#target.select(term.id);
    showInDetailView(host, host.for, term, host);
  }
}
