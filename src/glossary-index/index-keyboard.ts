import type { ReactiveController } from 'lit';
import type { GlossaryIndex } from './glossary-index.js';
import { entryTarget, letterTarget } from './keyboard.js';

/**
 * The index's keyboard paths. In the search field: ↓ into the entries, Enter opens the first,
 * Escape clears. In the entries: ↑ and ↓, and ↑ from the first back to the field. The letter bar is
 * one tab stop; arrow keys (in reading direction), Home and End move along it (roving tabindex).
 */
export class IndexKeyboard implements ReactiveController {
  readonly #host: GlossaryIndex;
  readonly #entries: () => HTMLAnchorElement[];
  #rovingLetter: string | undefined;
  #letter: string | null = null;

  /** `entries`: the entry links the reader sees now, in order. */
  constructor(host: GlossaryIndex, entries: () => HTMLAnchorElement[]) {
    this.#host = host;
    this.#entries = entries;
    host.addController(this);
  }

  /** The letter holding the bar's tab stop, where the reader moved it; else the current letter has it. */
  get rovingLetter(): string | undefined {
    return this.#rovingLetter;
  }

  hostUpdate(): void {
    // The tab stop follows the current letter again once the letter changes.
    if (this.#host.letter === this.#letter) return;
    this.#letter = this.#host.letter;
    this.#rovingLetter = undefined;
  }

  onSearchKeydown = (event: KeyboardEvent): void => {
    const host = this.#host;
    const links = this.#entries();
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[0]!.focus();
    } else if (event.key === 'Enter' && links.length > 0 && host.query.trim()) {
      event.preventDefault();
      links[0]!.click();
    } else if (event.key === 'Escape' && host.query) {
      event.preventDefault();
      host.query = '';
    }
  };

  onListKeydown = (event: KeyboardEvent): void => {
    const host = this.#host;
    const links = this.#entries();
    const at = links.indexOf(host.shadowRoot!.activeElement as HTMLAnchorElement);
    const target = at < 0 ? undefined : entryTarget(event.key, at, links.length);
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) host.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
    else links[target]!.focus();
  };

  onLettersKeydown = (event: KeyboardEvent): void => {
    const host = this.#host;
    const links = [...host.renderRoot.querySelectorAll<HTMLAnchorElement>('a.letter')];
    const at = links.indexOf(host.shadowRoot!.activeElement as HTMLAnchorElement);
    const rtl = at >= 0 && getComputedStyle(links[at]!).direction === 'rtl';
    const target = at < 0 ? undefined : letterTarget(event.key, at, links.length, rtl);
    if (target === undefined) return;
    event.preventDefault();
    this.#rovingLetter = links[target]!.dataset.letter;
    host.requestUpdate();
    links[target]!.focus();
  };
}
