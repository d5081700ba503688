import { Task, TaskStatus } from '@lit/task';
import { html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { lookupFor, lookupReady } from '../data/lookup.js';
import type { Glossary, GlossaryData, Term } from '../data/types.js';
import { safeLink, termHref } from '../data/urls.js';
import { defineElement } from '../internal/define.js';
import { directionOf } from '../internal/direction.js';
import { emit, emitGlossaryError, isPlainClick, type GlossaryLoadDetail, type GlossarySelectDetail } from '../internal/events.js';
import { GlossarySource, type SourceState } from '../internal/glossary-source.js';
import { heading } from '../internal/heading.js';
import { loadFailure } from '../internal/load-failure.js';
import { pageLanguage } from '../internal/language.js';
import { stringsFor, termWords, type UiStrings } from './words.js';
import { sentence } from '../internal/sentence.js';
import { afterWords } from '../internal/words.js';
import { writeJsonLd } from '../internal/trusted-script.js';
import { definitionElement } from './definition.js';
import { definitionOnServer } from '../internal/server-definition.js';
import { textOf } from '../data/summary.js';
import { termStyles } from './glossary-term.styles.js';
import { articleList, breadcrumb } from './page-parts.js';
import { definedTermData, termView, type TermView } from './term-view.js';

export type TermVariant = 'card' | 'full';

/** A term on screen, with its definition sanitized and ready as nodes. */
interface ShownTerm {
  glossary: Glossary;
  term: Term;
  /** Nodes in the browser; a template on the server. */
  definition: HTMLElement | unknown;
}

/**
 * A glossary term: a compact card for blog posts, or a whole term page.
 *
 * @tagname glossary-term
 * @summary Shows one term of a glossary as a card or as a full page.
 *
 * @slot - Fallback content (a plain link to the term's page, say), shown before the element
 *   upgrades, while it has no data source, and again when loading fails.
 *
 * @event {CustomEvent<GlossaryLoadDetail>} glossary-load - The term is shown. `detail: { glossary, term }`.
 * @event {CustomEvent<GlossaryErrorDetail>} glossary-error - Loading failed or the term is unknown. `detail: { kind, message, status? }`.
 * @event {CustomEvent<GlossarySelectDetail>} glossary-select - A see-also or "did you mean" link was chosen. Cancelable. `detail: { term }`.
 *
 * @csspart base - The card or page container.
 * @csspart breadcrumb - The breadcrumb navigation (full variant).
 * @csspart heading - The term's name.
 * @csspart definition - The definition text.
 * @csspart see-also - The "See also" section.
 * @csspart articles - The "Articles that talk about …" section (full variant).
 * @csspart article - One related article.
 * @csspart more-articles - The "More articles about …" link (full variant).
 * @csspart read-more - The "Read more" link (card variant).
 * @csspart message - The not-found or error message.
 * @csspart retry-button - The Retry button.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--glossary-font-family=inherit] - Body font. Default: the page's.
 * @cssproperty [--glossary-heading-font-family=var(--glossary-font-family)] - Heading font. Default: the body font.
 * @cssproperty [--glossary-color-text=light-dark(#1c2024, #e8eaed)] - Text colour.
 * @cssproperty [--glossary-color-muted=light-dark(#5a6069, #a4abb6)] - Secondary text (breadcrumb, dates, excerpts).
 * @cssproperty [--glossary-color-accent=light-dark(#0b57d0, #8ab4f8)] - Links and buttons.
 * @cssproperty [--glossary-color-surface=light-dark(#ffffff, #1b1e23)] - Card background.
 * @cssproperty [--glossary-color-subtle=light-dark(#f3f5f8, #262a31)] - Quiet backgrounds (skeleton, hover).
 * @cssproperty [--glossary-color-border=light-dark(#dfe3e8, #3a3f47)] - Borders and rules.
 * @cssproperty [--glossary-color-danger=light-dark(#b3261e, #f2b8b5)] - Error messages.
 * @cssproperty [--glossary-color-focus=var(--glossary-color-accent)] - Focus ring. Default: the accent.
 * @cssproperty [--glossary-color-scheme=inherit] - `light`, `dark` or `light dark`. Unset, the elements inherit the page's own `color-scheme` (light where it declares none).
 * @cssproperty [--glossary-radius=0.75rem] - Corner radius of the card.
 * @cssproperty [--glossary-card-max-inline-size=40rem] - The widest a card grows (default 40rem).
 * @cssproperty [--glossary-spacing=1rem] - The base spacing unit.
 * @cssproperty [--glossary-max-inline-size=70ch] - The longest line of text (full variant).
 */
export class GlossaryTerm extends LitElement {
  static override styles = termStyles;

  /** Registers this class as `tag` (default `glossary-term`); a second call is a no-op. */
  static define(tag = 'glossary-term', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  /** The glossary's URL, or `#id` of a `<script type="application/json">` on the page. */
  @property() src: string | null = null;

  /** The term's id, name or one of its aliases (case- and accent-insensitive). */
  // Reflected: a term chosen by an index (`for`) or a see-also link shows in the markup too.
  @property({ reflect: true }) term: string | null = null;

  // The `@type` spells out `TermVariant` so the custom elements manifest (and IDEs) list the values.
  /**
   * `card` (default) or `full`, the term-page layout.
   * @type {'card' | 'full'}
   */
  @property({ reflect: true }) variant: TermVariant = 'card';

  /** The level (1–6) of the term's heading; section headings sit one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Milliseconds before loading fails with a `timeout` error (default 10 000). */
  @property({ type: Number }) timeout: number | null = null;

  /** The glossary document as an object; wins over `src`. */
  @property({ attribute: false }) glossary: GlossaryData | null = null;

  readonly #source = new GlossarySource(this, () => Boolean(this.term));
  /** What to show, derived from the source's state and `term` in `willUpdate`. */
  #view: TermView = { status: 'idle' };
  #viewSource: SourceState | undefined;
  /**
   * The loaded term with its definition, sanitized once per term and variant. While the next one
   * is prepared, the one before stays on screen; only the latest run's result is kept.
   */
  readonly #shown = new Task(this, {
    args: () => {
      const view = this.#view;
      return view.status === 'loaded' ? ([view.glossary, view.term, this.variant] as const) : ([undefined, undefined, this.variant] as const);
    },
    task: async ([glossary, term, variant]): Promise<ShownTerm | undefined> =>
      glossary && term ? { glossary, term, definition: await definitionElement(term, variant, glossary.baseUrl) } : undefined,
  });
  /** The outcome last announced (`glossary-load` or `glossary-error`). */
  #announced: TermView | undefined;
  #focusOnSettle = false;
  /**
   * Content rendered on the server (a declarative shadow root) that stays on screen until this
   * element can render the same in one update: see `update`.
   */
  #serverNodes: ChildNode[] = [];

  /**
   * Loads the glossary again, bypassing the copy already loaded (a `glossary` object or `#id`
   * script is read and checked again). The term shown stays on screen meanwhile; on success it is
   * replaced and `glossary-load` fires again; on failure it stays and `glossary-error` fires.
   * Elements refreshing the same `src` together share one request, and a call made while a refresh
   * is on its way joins it.
   * @returns A promise that settles once the outcome is announced; it never rejects.
   */
  async refresh(): Promise<void> {
    if (!(await this.#source.refresh())) return;
    await this.updateComplete; // the view follows the outcome; a new definition is on its way
    await this.#shown.taskComplete.catch(() => undefined);
    await this.updateComplete; // shown, and announced
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Derived again only when what it depends on changed, so that its identity marks an outcome.
    const source = this.#source.state;
    if (source !== this.#viewSource || changed.has('term')) {
      this.#viewSource = source;
      this.#view = termView(source, this.term);
      // Found by name: derived again once the glossary's names are indexed.
      if (this.#view.status === 'loading' && source.status === 'loaded') {
        void lookupReady(source.glossary).then(() => {
          this.#viewSource = undefined;
          this.requestUpdate();
        });
      }
    }
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const source = this.#source.state;
    const glossaryLanguage = source.status === 'loaded' ? source.glossary.language : undefined;
    return afterWords([termWords.pending(pageLanguage(this)), termWords.pending(glossaryLanguage)], () => super.scheduleUpdate());
  }

  protected override render() {
    const view = this.#view;
    const strings = stringsFor('glossary' in view ? view.glossary.language : pageLanguage(this));
    switch (view.status) {
      case 'idle':
        return html`<slot></slot>`;
      case 'loading':
        return this.#renderSkeleton(strings);
      case 'error':
        return loadFailure(strings.loadFailed, view.error.message, strings.retry, () => this.#source.retry());
      case 'not-found':
        return this.#renderNotFound(view, strings);
      case 'loaded': {
        const shown = this.#shown.value ?? (isServer ? this.#serverShown(view) : undefined);
        if (!shown) return this.#renderSkeleton(strings);
        return this.variant === 'full' ? this.#renderPage(shown, strings) : this.#renderCard(shown, strings);
      }
    }
  }

  /** On the server there is no DOM to sanitize into: the definition comes as a template. */
  #serverShown({ glossary, term }: Extract<TermView, { status: 'loaded' }>): ShownTerm {
    const content = definitionOnServer(term, this.variant, (text) => html`<p>${textOf(text)}</p>`);
    return { glossary, term, definition: html`<div class="definition" part="definition">${content}</div>` };
  }

  /**
   * Takes over server-rendered content without a jump. Lit's own hydration reads a global hook,
   * which the bundles may not (see scripts/vite-plugin-hermetic-lit.ts); instead, the server's
   * markup stays until this element has the same term ready (or an outcome to show), and is then
   * replaced in the one synchronous update that renders it: the browser never paints in between.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.#serverNodes.length > 0) {
      if (!this.#isSettled(this.#view)) {
        // Reflects attributes as an update does, but leaves the server's markup alone.
        (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
        return;
      }
      for (const node of this.#serverNodes) node.remove();
      this.#serverNodes = [];
      // Lit renders before the root's first node, which was the server's.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer && this.shadowRoot) this.#serverNodes = [...this.shadowRoot.childNodes];
    return super.createRenderRoot();
  }

  #renderSkeleton(strings: UiStrings) {
    return html`
      <div part="base skeleton" class="base skeleton ${this.variant}">
        <span class="visually-hidden">${strings.loading}</span>
        <div class="bone title"></div>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
      </div>
    `;
  }

  #renderNotFound(view: Extract<TermView, { status: 'not-found' }>, strings: UiStrings) {
    return html`
      <div part="base" class="base message-box" role="status" lang=${view.glossary.language} dir=${directionOf(view.glossary.language)}>
        <p part="message" class="message">${sentence(strings.notFound, { query: view.query, glossary: view.glossary.title })}</p>
        ${view.suggestions.length > 0
          ? html`<p class="suggestions">
              ${sentence(strings.didYouMean, {
                suggestions: view.suggestions.map(
                  (term, index) => html`${index > 0 ? ', ' : ''}<a
                      href=${termHref(view.glossary, term)}
                      @click=${(event: MouseEvent) => this.#choose(event, view.glossary, term)}
                      >${term.term}</a
                    >`,
                ),
              })}
            </p>`
          : nothing}
      </div>
      <slot class="fallback"></slot>
    `;
  }

  #renderCard({ glossary, term, definition }: ShownTerm, strings: UiStrings) {
    const href = safeLink(term.url, glossary.baseUrl);
    return html`
      <article part="base" class="base card" aria-labelledby="name" lang=${glossary.language} dir=${directionOf(glossary.language)}>
        ${heading(this.headingLevel, term.term, { id: 'name', part: 'heading', className: 'name' })}
        ${definition}
        ${this.#renderSeeAlso(glossary, term, strings, 'inline')}
        ${href
          ? html`<a part="read-more" class="read-more" href=${href}
              >${strings.readMore}<span class="visually-hidden"> ${sentence(strings.readMoreAbout, { term: term.term })}</span></a
            >`
          : nothing}
      </article>
    `;
  }

  #renderPage({ glossary, term, definition }: ShownTerm, strings: UiStrings) {
    const level = this.headingLevel;
    const moreHref = safeLink(term.moreArticlesUrl, glossary.baseUrl);
    return html`
      <article part="base" class="base page" aria-labelledby="name" lang=${glossary.language} dir=${directionOf(glossary.language)}>
        ${breadcrumb(glossary, term, strings)}
        ${heading(level, term.term, { id: 'name', part: 'heading', className: 'name' })}
        ${definition}
        ${this.#renderSeeAlso(glossary, term, strings, 'section')}
        ${articleList(glossary, term, strings, level + 1)}
        ${moreHref
          ? html`<p class="more"><a part="more-articles" href=${moreHref}>${sentence(strings.moreArticlesAbout, { term: term.term })}</a></p>`
          : nothing}
      </article>
    `;
  }

  #renderSeeAlso(glossary: Glossary, term: Term, strings: UiStrings, layout: 'inline' | 'section') {
    const lookup = lookupFor(glossary);
    const related = term.seeAlso.flatMap((id) => lookup.byId(id) ?? []);
    if (related.length === 0) return nothing;
    const links = html`<ul class="see-also-list">
      ${related.map(
        (other) => html`<li>
          <a href=${termHref(glossary, other)} @click=${(event: MouseEvent) => this.#choose(event, glossary, other)}
            >${other.term}</a
          >
        </li>`,
      )}
    </ul>`;
    return layout === 'section'
      ? html`<section part="see-also" class="see-also" aria-labelledby="see-also-heading">
          ${heading(this.headingLevel + 1, strings.seeAlso, { id: 'see-also-heading' })} ${links}
        </section>`
      : html`<div part="see-also" class="see-also inline">
          <span class="label">${strings.seeAlso}:</span> ${links}
        </div>`;
  }

  /**
   * A see-also or suggestion link was clicked. Announces `glossary-select`; unless a listener
   * cancels it, the element shows the chosen term in place when it is a page's detail view
   * (named by a `<glossary-index for>`) or when the term has no page of its own.
   */
  #choose(event: MouseEvent, glossary: Glossary, term: Term): void {
    if (!isPlainClick(event)) return;
    const proceed = emit<GlossarySelectDetail>(this, 'glossary-select', { term }, { cancelable: true });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    const controlled = this.#isDetailView();
    if (controlled || !safeLink(term.url, glossary.baseUrl)) {
      event.preventDefault();
      this.term = term.id;
      if (controlled) history.pushState(history.state, '', `#${term.id}`);
      // Keyboard users land on the new term, not at the top of the page.
      this.#focusOnSettle = true;
    }
  }

  #isDetailView(): boolean {
    if (!this.id) return false;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector(`glossary-index[for="${CSS.escape(this.id)}"]`) !== null;
  }

  #focusHeading(): void {
    const name = this.renderRoot.querySelector<HTMLElement>('#name');
    if (!name) return;
    name.tabIndex = -1;
    name.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    if (view.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (view !== this.#announced && this.#isSettled(view)) {
      this.#announced = view;
      this.#settle(view);
    }
  }

  /** Whether `view` is an outcome worth announcing: shown in full, failed, or idle. */
  #isSettled(view: TermView): boolean {
    if (view.status === 'loaded') return this.#shown.status === TaskStatus.COMPLETE && this.#shown.value?.term === view.term;
    return view.status !== 'loading';
  }

  /** Once per outcome: the JSON-LD block follows what is shown, and the outcome's event fires. */
  #settle(view: TermView): void {
    writeJsonLd(this, view.status === 'loaded' ? definedTermData(view.glossary, view.term) : undefined);
    if (this.#focusOnSettle) {
      this.#focusOnSettle = false;
      this.#focusHeading();
    }
    if (view.status === 'loaded') {
      emit<GlossaryLoadDetail>(this, 'glossary-load', { glossary: view.glossary, term: view.term });
    } else if (view.status === 'error' || view.status === 'not-found') {
      emitGlossaryError(this, view.error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
