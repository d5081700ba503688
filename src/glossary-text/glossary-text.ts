import { ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Glossary, GlossaryData } from '../data/types.js';
import { defineElement } from '../internal/define.js';
import { emit, emitGlossaryError, type GlossaryLoadDetail } from '../internal/events.js';
import { GlossarySource, type SourceState } from '../internal/glossary-source.js';
import type { AutoLinker } from './auto-linker.js';
import { loadAutoLinker } from './load-auto-linker.js';

/** `first`: each term linked at its first mention; `all`: at every mention. */
export type LinkMode = 'first' | 'all';

/**
 * Links the glossary's terms wherever its light-DOM content mentions them: each mention (a name
 * or an alias, as whole words) is wrapped, in place, in a `<glossary-link>` with a hover card. Only
 * text nodes are split: every element of the content stays the same node, with its attributes and
 * listeners, and the text reads exactly as before. Content added later is linked too. Where the
 * glossary fails to load, the content stays exactly as written.
 *
 * Never linked: text inside links, buttons, form controls, code, headings, `svg`, `math`,
 * `[contenteditable]`, `[data-glossary-skip]` and the glossary's own elements; terms with
 * `"autolink": false`; terms named in `exclude`.
 *
 * @summary Links every term its content mentions to a hover card.
 * @tagname glossary-text
 *
 * @slot - The content to link: an article, a post, a whole page's main column.
 *
 * @event {CustomEvent<GlossaryLoadDetail>} glossary-load - The glossary is here; linking starts. `detail: { glossary }`.
 * @event {CustomEvent<GlossaryErrorDetail>} glossary-error - Loading failed; the content stays as written. `detail: { kind, message, status? }`.
 * @event {CustomEvent<GlossaryLinkedDetail>} glossary-linked - A linking pass ended. `detail: { terms: [{ id, count }] }`.
 */
export class GlossaryText extends ReactiveElement {
  /** Registers this class as `tag` (default `glossary-text`); a second call is a no-op. */
  static define(tag = 'glossary-text', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  /** The glossary's URL, or `#id` of a `<script type="application/json">` on the page. */
  @property() src: string | null = null;

  /** Milliseconds before loading fails with a `timeout` error (default 10 000). */
  @property({ type: Number }) timeout: number | null = null;

  /** The glossary document as an object; wins over `src`. */
  @property({ attribute: false }) glossary: GlossaryData | null = null;

  // The `@type` spells out `LinkMode` so the custom elements manifest (and IDEs) list the values.
  /**
   * `first` (default): each term is linked at its first mention; `all`: at every mention.
   * @type {'first' | 'all'}
   */
  @property() link: LinkMode = 'first';

  /** Space-separated ids of terms never linked here (a term's own page excludes that term). */
  @property() exclude = '';

  readonly #source = new GlossarySource(this);
  #announced: SourceState | undefined;
  #linker: AutoLinker | undefined;

  // The content is the page's own, in the light DOM: no shadow root, nothing rendered.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.#source.state;
    if (state === this.#announced) return;
    if (state.status === 'loaded') {
      this.#announced = state;
      emit<GlossaryLoadDetail>(this, 'glossary-load', { glossary: state.glossary });
      void this.#startLinking(state.glossary);
    } else if (state.status === 'error') {
      this.#announced = state;
      emitGlossaryError(this, state.error);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#linker?.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#linker?.resume();
  }

  async #startLinking(glossary: Glossary): Promise<void> {
    try {
      const AutoLinker = await loadAutoLinker();
      this.#linker?.stop();
      this.#linker = new AutoLinker(this, glossary);
      if (this.isConnected) this.#linker.resume();
    } catch (error) {
      const message = `The auto-linker could not load its code (${error instanceof Error ? error.message : String(error)})`;
      emitGlossaryError(this, { kind: 'network', message });
    }
  }
}

export interface GlossaryLinkedDetail {
  /** The terms this pass linked, and how often. */
  terms: { id: string; count: number }[];
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-text': GlossaryText;
  }
  interface GlobalEventHandlersEventMap {
    'glossary-linked': CustomEvent<GlossaryLinkedDetail>;
  }
}
