import { html, LitElement, type PropertyValues, type ReactiveController } from 'lit';
import { pageLanguage } from './language.js';
import { afterWords } from './words.js';

/**
 * What only pages that show an element need: the code that renders it and reacts to the reader.
 * Lit's lifecycle reaches it as a controller, plus the three hooks below.
 */
export interface ElementView extends ReactiveController {
  /** Derives state before rendering (the element's `willUpdate`). */
  willUpdate?(changed: PropertyValues): void;
  render(): unknown;
  /** After the DOM is updated (the element's `updated`). */
  updated?(changed: PropertyValues): void;
}

/**
 * An element whose view is loaded on first need. The class, its properties and styles are defined
 * at once, so registration is immediate and attributes and properties set early are kept; the code
 * that renders comes with the first update, which waits for it (and for the words of the page's
 * language), so nothing flashes and `updateComplete` covers the wait. Where that code cannot load,
 * the element shows its light-DOM children and says why through `viewFailed`.
 *
 * @internal A base of elements, not one itself: kept out of the custom elements manifest.
 */
export abstract class ViewHost<View extends ElementView> extends LitElement {
  #view: View | undefined;
  #viewFailed = false;

  /** Loads the view's code and makes this element's view. */
  protected abstract createView(): Promise<View>;

  /** Tells the page that the view's code could not be loaded. */
  protected abstract viewFailed(error: unknown): void;

  /** The languages whose words the next update needs. */
  protected languages(): (string | undefined)[] {
    return [pageLanguage(this)];
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#view || this.#viewFailed) return afterWords(this.languages(), () => super.scheduleUpdate());
    return this.createView()
      .then(
        (view) => {
          this.#view = view;
          this.addController(view);
        },
        (error: unknown) => {
          this.#viewFailed = true;
          this.viewFailed(error);
        },
      )
      .then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view?.willUpdate?.(changed);
  }

  protected override render(): unknown {
    return this.#view ? this.#view.render() : html`<slot></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#view?.updated?.(changed);
  }
}
