import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { GlossaryData } from '../data/types.js';
import { defineElement } from '../internal/define.js';
import { emitGlossaryError } from '../internal/events.js';
import { GlossarySource } from '../internal/glossary-source.js';
import { ViewHost } from '../internal/view-host.js';
import { indexStyles } from './glossary-index.styles.js';
import type { IndexView } from './index-view.js';
import { loadIndexView } from './load-index-view.js';

/**
 * The A–Z index of a glossary: a letter bar, the terms grouped under their letters, and instant
 * search over names and aliases.
 *
 * @summary An A–Z glossary index with a letter bar and instant search.
 * @tagname glossary-index
 *
 * @slot - Fallback content (a plain link to the glossary's page, say), shown while the element has
 *   no data source and again when loading fails.
 *
 * @event {CustomEvent<GlossaryLoadDetail>} glossary-load - The index is ready. `detail: { glossary }`.
 * @event {CustomEvent<GlossaryErrorDetail>} glossary-error - Loading failed. `detail: { kind, message, status? }`.
 * @event {CustomEvent<GlossarySelectDetail>} glossary-select - A term was chosen. Cancelable. `detail: { term }`.
 *
 * @csspart base - The whole index.
 * @csspart search - The search field.
 * @csspart letters - The letter bar.
 * @csspart letter - One letter of the bar.
 * @csspart status - The announcement of how many terms match.
 * @csspart list - The list of terms (grouped, or search results).
 * @csspart group-heading - A letter's heading in the list.
 * @csspart mark - The part of a name that matches the search.
 * @csspart message - The empty, error or no-match message.
 * @csspart retry-button - The Retry button.
 *
 * @cssproperty [--glossary-font-family=inherit] - Body font. Default: the page's.
 * @cssproperty [--glossary-color-text=light-dark(#1c2024, #e8eaed)] - Text colour.
 * @cssproperty [--glossary-color-muted=light-dark(#5a6069, #a4abb6)] - Summaries and counts.
 * @cssproperty [--glossary-color-accent=light-dark(#0b57d0, #8ab4f8)] - Links, the current letter and the focus ring.
 * @cssproperty [--glossary-color-surface=light-dark(#ffffff, #1b1e23)] - Field background.
 * @cssproperty [--glossary-color-subtle=light-dark(#f3f5f8, #262a31)] - Quiet backgrounds.
 * @cssproperty [--glossary-color-border=light-dark(#dfe3e8, #3a3f47)] - Borders.
 * @cssproperty [--glossary-color-mark=light-dark(#fff1a8, #5c4a00)] - Background of the matched part of a name.
 * @cssproperty [--glossary-color-scheme=inherit] - `light`, `dark` or `light dark`. Unset, the elements inherit the page's own `color-scheme` (light where it declares none).
 * @cssproperty [--glossary-radius=0.75rem] - Corner radius.
 * @cssproperty [--glossary-spacing=1rem] - The base spacing unit.
 */
export class GlossaryIndex extends ViewHost<IndexView> {
  static override styles = indexStyles;

  /** Registers this class as `tag` (default `glossary-index`); a second call is a no-op. */
  static define(tag = 'glossary-index', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  /** The glossary's URL, or `#id` of a `<script type="application/json">` on the page. */
  @property() src: string | null = null;

  /** When set, only this letter's terms are listed and the bar switches letters. */
  @property({ reflect: true }) letter: string | null = null;

  /** The search text; reflects what the reader types. */
  @property({ reflect: true }) query = '';

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

  /** The id of a `<glossary-term>` on the page that shows the chosen term instead of navigating. */
  @property({ attribute: 'for' }) for: string | null = null;

  /** Milliseconds before loading fails with a `timeout` error (default 10 000). */
  @property({ type: Number }) timeout: number | null = null;

  /** The glossary document as an object; wins over `src`. */
  @property({ attribute: false }) glossary: GlossaryData | null = null;

  readonly #source = new GlossarySource(this);

  /**
   * Loads the glossary again, bypassing the copy already loaded (a `glossary` object or `#id`
   * script is read and checked again). The index stays on screen meanwhile; on success it is
   * replaced and `glossary-load` fires again; on failure it stays and `glossary-error` fires.
   * Elements refreshing the same `src` together share one request, and a call made while a refresh
   * is on its way joins it.
   * @returns A promise that settles once the outcome is announced; it never rejects.
   */
  async refresh(): Promise<void> {
    // Without its view nothing would announce the outcome: the light DOM stands in meanwhile.
    if (this.viewMissing || !(await this.#source.refresh())) return;
    await this.updateComplete; // the view lays the outcome out
    await this.view?.laidOut();
    await this.updateComplete; // shown, and announced
  }

  // What renders the index and reacts to the reader (./index-view.ts) loads on first need.
  protected override createView(): Promise<IndexView> {
    return loadIndexView().then((IndexView) => new IndexView(this, this.#source));
  }

  protected override viewFailed(reason: string): void {
    emitGlossaryError(this, { kind: 'network', message: `The index could not load its code (${reason})` });
  }

  /**
   * While its view loads: the index's space, kept so the page does not jump when it arrives, or
   * the light DOM of an index with no data source, which shows nothing else.
   */
  protected override placeholder() {
    return this.src || this.glossary ? html`<div part="base" class="base skeleton"></div>` : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-index': GlossaryIndex;
  }
}
