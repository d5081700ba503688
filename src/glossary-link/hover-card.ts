import { html, nothing, type ReactiveController } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Glossary, Term } from '../data/types.js';
import { emit } from '../internal/events.js';
import type { GlossaryCardOpenDetail, GlossaryLink } from './glossary-link.js';

/** How long a mouse rests on the link before the card opens (WCAG 1.4.13 asks for hoverable, dismissible, persistent). */
const OPEN_DELAY = 300;
/** How long the card stays once the pointer has left both the link and the card: time to cross the gap. */
const CLOSE_DELAY = 400;

/** The card open on this page, if any: opening another closes it. */
let openCard: HoverCard | undefined;

/** Both engines the tests run in have CSS anchor positioning; floating-ui stands in elsewhere. */
const anchorPositioning = () => CSS.supports('position-area', 'block-end');

/**
 * The card of a `<glossary-link>`: the term's own `<glossary-term variant="card">` in a popover
 * beside the link. It opens when a mouse rests on the link, when the link gets keyboard focus, and
 * on a first tap (which then does not navigate); it stays while the pointer moves onto it and
 * while focus is inside it; it closes soon after the pointer leaves both, when focus leaves both,
 * on a tap elsewhere and on Escape. One card is open per page.
 */
export class HoverCard implements ReactiveController {
  readonly #host: GlossaryLink;
  #open = false;
  /** The card is rendered from its first opening on, and kept: reopening is instant. */
  #rendered = false;
  #openTimer: ReturnType<typeof setTimeout> | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #lastPointer = '';
  #stopFloating: (() => void) | undefined;
  /** The term the link points to now. */
  readonly #term: () => Term | undefined;

  constructor(host: GlossaryLink, term: () => Term | undefined) {
    this.#host = host;
    this.#term = term;
    host.addController(this);
  }

  /** Whether the card is open. */
  get open(): boolean {
    return this.#open;
  }

  /** What the reader does to the link and the card, all heard on the host (events leave the shadow root composed). */
  readonly #listeners: [string, (event: never) => void][] = [
    ['pointerover', (event: PointerEvent) => this.#onPointerOver(event)],
    ['pointerout', (event: PointerEvent) => this.#onPointerOut(event)],
    ['pointerdown', (event: PointerEvent) => (this.#lastPointer = event.pointerType)],
    ['click', (event: MouseEvent) => this.#onClick(event)],
    ['focusin', () => this.#onFocusIn()],
    ['focusout', (event: FocusEvent) => this.#onFocusOut(event)],
  ];

  hostConnected(): void {
    for (const [type, listener] of this.#listeners) this.#host.addEventListener(type, listener as EventListener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.#listeners) this.#host.removeEventListener(type, listener as EventListener);
    this.close();
  }

  /** The popover with the term's card, from its first opening on. */
  render(glossary: Glossary, term: Term): unknown {
    if (!this.#rendered) return nothing;
    const { src, glossary: data, timeout } = this.#host;
    // The card's own load and error events stay inside: the link has announced the term already.
    return html`<div popover="manual" part="card" class="card" id="card" role="group" aria-label=${term.term}
      lang=${glossary.language} @glossary-load=${stop} @glossary-error=${stop}
      ><glossary-term variant="card" term=${term.id} src=${ifDefined(src ?? undefined)} .glossary=${data}
        timeout=${ifDefined(timeout ?? undefined)}></glossary-term
    ></div>`;
  }

  /** Opens the card now (closing any other card on the page). */
  async show(): Promise<void> {
    this.#cancelTimers();
    if (this.#open) return;
    if (openCard && openCard !== this) openCard.close();
    openCard = this;
    this.#open = this.#rendered = true;
    const host = this.#host;
    host.requestUpdate();
    await host.updateComplete;
    const card = this.#card();
    if (!this.#open || !card) return;
    card.showPopover();
    if (!anchorPositioning()) await this.#placeWithFloatingUi(card);
    document.addEventListener('keydown', this.#onDocumentKeydown);
    document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    const term = this.#term();
    if (term) emit<GlossaryCardOpenDetail>(host, 'glossary-card-open', { term });
  }

  /** Closes the card; focus stays where it is. */
  close(): void {
    this.#cancelTimers();
    if (!this.#open) return;
    this.#open = false;
    if (openCard === this) openCard = undefined;
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    this.#stopFloating?.();
    this.#stopFloating = undefined;
    const card = this.#card();
    if (card?.matches(':popover-open')) card.hidePopover();
  }

  #card(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('#card');
  }

  #link(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('#link');
  }

  #cancelTimers(): void {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#openTimer = this.#closeTimer = undefined;
  }

  #onPointerOver(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
    const link = this.#link();
    if (!this.#open && link && event.composedPath().includes(link)) {
      this.#openTimer ??= setTimeout(() => void this.show(), OPEN_DELAY);
    }
  }

  // Moves between the link and the card stay inside the host's shadow tree and never reach the
  // host as `pointerout`: this fires when the pointer leaves both.
  #onPointerOut(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.#openTimer);
    this.#openTimer = undefined;
    if (this.#open) this.#closeTimer ??= setTimeout(() => this.close(), CLOSE_DELAY);
  }

  /** A first tap opens the card instead of following the link; a tap on the open card's link follows it. */
  #onClick(event: MouseEvent): void {
    const link = this.#link();
    const tapped = this.#lastPointer === 'touch';
    this.#lastPointer = '';
    if (!tapped || this.#open || !link || !event.composedPath().includes(link)) return;
    event.preventDefault();
    void this.show();
  }

  #onFocusIn(): void {
    const link = this.#link();
    if (link && this.#host.shadowRoot?.activeElement === link && link.matches(':focus-visible')) void this.show();
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (next === this.#host || this.#host.contains(next) || this.#host.renderRoot.contains(next))) return;
    this.close();
  }

  #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.close();
  };

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.#host)) this.close();
  };

  /** Where CSS anchor positioning is missing: below the link, flipped and shifted into the viewport. */
  async #placeWithFloatingUi(card: HTMLElement): Promise<void> {
    const link = this.#link();
    if (!link) return;
    const { autoUpdate, computePosition, flip, offset, shift, size } = await import('@floating-ui/dom');
    if (!this.#open) return;
    card.classList.add('floating');
    const place = () =>
      void computePosition(link, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          // The side with more room, where the card is taller than either; it scrolls there.
          flip(),
          shift({ padding: 8 }),
          size({ padding: 8, apply: ({ availableHeight }) => card.style.setProperty('max-block-size', `${Math.max(0, availableHeight)}px`) }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    this.#stopFloating = autoUpdate(link, card, place);
  }
}

const stop = (event: Event) => event.stopPropagation();
