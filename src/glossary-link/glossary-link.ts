import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GlossaryError } from '../data/errors.js';
import { lookupFor } from '../data/lookup.js';
import type { Glossary, GlossaryData, Term } from '../data/types.js';
import { termHref } from '../data/urls.js';
import { defineElement } from '../internal/define.js';
import { emit, emitGlossaryError, type GlossaryLoadDetail } from '../internal/events.js';
import { GlossarySource, type SourceState } from '../internal/glossary-source.js';
import { linkStyles } from './glossary-link.styles.js';
import type { HoverCard } from './hover-card.js';
import { loadHoverCard } from './load-hover-card.js';

/** What the link shows: the author's words alone, or those words as a link to a known term. */
type LinkView =
  | { status: 'waiting' }
  | { status: 'found'; glossary: Glossary; term: Term }
  | { status: 'failed'; error: GlossaryError };

/**
 * One phrase of the author's, explained where the reader meets it: once the term is known the
 * words become a link to the term's page, described by its summary, and a card with the term opens
 * on hover, keyboard focus or a first tap. Before that, and when the term is unknown or the glossary
 * fails to load, the words stay plain text.
 *
 * @summary A phrase linked to a glossary term, with a hover card.
 * @tagname glossary-link
 *
 * @slot - The author's words: they stay the visible text, styled by the page.
 *
 * @event {CustomEvent<GlossaryLoadDetail>} glossary-load - The term is known; the words are a link. `detail: { glossary, term }`.
 * @event {CustomEvent<GlossaryErrorDetail>} glossary-error - Loading failed or the term is unknown; the words stay text. `detail: { kind, message, status? }`.
 * @event {CustomEvent<GlossaryCardOpenDetail>} glossary-card-open - The card opened. `detail: { term }`.
 *
 * @csspart link - The link around the author's words.
 * @csspart card - The card (a popover in the top layer).
 *
 * @cssproperty [--glossary-link-color=inherit] - The words' colour as a link. Default: the page's text colour.
 * @cssproperty [--glossary-link-decoration=underline dotted] - The underline.
 * @cssproperty [--glossary-link-underline-offset=0.2em] - The underline's distance from the words.
 * @cssproperty [--glossary-card-width=22rem] - The card's width (never wider than the viewport).
 * @cssproperty [--glossary-color-scheme=inherit] - `light`, `dark` or `light dark` for the card; by default the page's.
 */
export class GlossaryLink extends LitElement {
  static override styles = linkStyles;

  /** Registers this class as `tag` (default `glossary-link`); a second call is a no-op. */
  static define(tag = 'glossary-link', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  /** The glossary's URL, or `#id` of a `<script type="application/json">` on the page. */
  @property() src: string | null = null;

  /** The term's id, name or one of its aliases (case- and accent-insensitive). */
  @property() term: string | null = null;

  /** Milliseconds before loading fails with a `timeout` error (default 10 000). */
  @property({ type: Number }) timeout: number | null = null;

  /** The glossary document as an object; wins over `src`. */
  @property({ attribute: false }) glossary: GlossaryData | null = null;

  readonly #source = new GlossarySource(this, () => Boolean(this.term));
  #view: LinkView = { status: 'waiting' };
  #viewSource: SourceState | undefined;
  #announced: LinkView | undefined;
  #card: HoverCard | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.#source.state;
    if (source !== this.#viewSource || changed.has('term')) {
      this.#viewSource = source;
      this.#view = linkView(source, this.term);
    }
  }

  protected override render() {
    const view = this.#view;
    if (view.status !== 'found') return html`<slot></slot>`;
    const { glossary, term } = view;
    return html`<a part="link" id="link" href=${termHref(glossary, term)} aria-describedby="summary"><slot></slot></a
      ><span id="summary" hidden lang=${glossary.language}>${term.summary}</span>${this.#card?.render(glossary, term) ?? nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    if (view.status === 'found' && !this.#card) void this.#loadCard();
    if (view === this.#announced || view.status === 'waiting') return;
    this.#announced = view;
    if (view.status === 'found') {
      emit<GlossaryLoadDetail>(this, 'glossary-load', { glossary: view.glossary, term: view.term });
    } else {
      emitGlossaryError(this, view.error);
    }
  }

  /** The card's code loads once a link exists on the page; until then the link works as a link. */
  async #loadCard(): Promise<void> {
    try {
      const HoverCard = await loadHoverCard();
      // It renders nothing until it first opens, and asks for that update itself.
      this.#card ??= new HoverCard(this, () => (this.#view.status === 'found' ? this.#view.term : undefined));
    } catch (error) {
      console.warn('glossary-elements: the hover card could not load; links work without it', error);
    }
  }
}

function linkView(source: SourceState, wanted: string | null): LinkView {
  if (source.status === 'error') return { status: 'failed', error: source.error };
  if (source.status !== 'loaded') return { status: 'waiting' };
  const { glossary } = source;
  const term = lookupFor(glossary).find(wanted ?? '');
  if (term) return { status: 'found', glossary, term };
  return { status: 'failed', error: new GlossaryError('not-found', `No term "${wanted ?? ''}" in ${glossary.title}.`) };
}

export interface GlossaryCardOpenDetail {
  term: Term;
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-link': GlossaryLink;
  }
  interface GlobalEventHandlersEventMap {
    'glossary-card-open': CustomEvent<GlossaryCardOpenDetail>;
  }
}
