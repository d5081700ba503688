import { adoptStyles, html, LitElement, nothing, type CSSResult, type PropertyValues, type ReactiveController } from 'lit';
import { timeoutOrDefault } from '../data/timeout.js';
import { afterWords } from './words.js';

/**
 * What only pages that show an element need: the code that renders it and reacts to the reader,
 * and its styles. Lit's lifecycle reaches it as a controller and through the hooks below.
 */
export interface ElementView extends ReactiveController {
  /** Added to the element's own styles once the view is here. */
  readonly styles?: CSSResult[];
  /** The UI words the next update waits for (see `afterWords`). */
  wordsPending?(): (Promise<void> | undefined)[];
  /** Derives state before rendering (the element's `willUpdate`). */
  willUpdate?(changed: PropertyValues): void;
  render(): unknown;
  /** After the DOM is updated (the element's `updated`). */
  updated?(changed: PropertyValues): void;
}

/**
 * An element whose view is loaded on first need. The class, its properties and base styles are
 * defined at once, so registration is immediate and attributes and properties set early are kept.
 * The view is asked for as the element connects. Meanwhile the element updates as usual, so its
 * controllers start (its glossary travels alongside the view's code), but renders only a
 * placeholder; `updateComplete` waits for the update that renders the view. Where the view cannot
 * load, the element shows its light-DOM children and says why through `viewFailed`.
 *
 * @internal A base of elements, not one itself: kept out of the custom elements manifest.
 */
export abstract class ViewHost<View extends ElementView> extends LitElement {
  #view: View | undefined;
  #viewFailed = false;
  #viewArriving: Promise<void> | undefined;

  /** Milliseconds the view's code may take to arrive, as for the element's other loads (default 10 000). */
  abstract timeout: number | null;

  /** Loads the view's code and makes this element's view. */
  protected abstract createView(): Promise<View>;

  /** Tells the page that the view's code could not be loaded, and why (`reason`, as a browser says it). */
  protected abstract viewFailed(reason: string): void;

  /** What shows while the view loads (nothing, unless an element keeps its space). */
  protected placeholder(): unknown {
    return nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#viewArrived();
  }

  #viewArrived(): Promise<void> {
    return (this.#viewArriving ??= inTime(this.createView(), timeoutOrDefault(this.timeout)).then(
      (view) => {
        this.#view = view;
        if (view.styles) {
          const own = (this.constructor as typeof LitElement).elementStyles;
          adoptStyles(this.renderRoot as ShadowRoot, [...own, ...view.styles]);
        }
        this.addController(view);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#viewFailed = true;
        this.viewFailed(error instanceof Error ? error.message : String(error));
        this.requestUpdate();
      },
    ));
  }

  /** Waits for the view's words in the page's language, so that nothing shows in English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterWords(this.#view?.wordsPending?.() ?? [], () => super.scheduleUpdate());
  }

  // So that `await element.updateComplete` means what it always did: the element is rendered. The
  // view is asked for on connection only, when the shadow root it styles exists.
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#viewArriving || this.#view || this.#viewFailed) return complete;
    await this.#viewArriving;
    return super.getUpdateComplete();
  }

  /** The view, once its code is here. */
  protected get view(): View | undefined {
    return this.#view;
  }

  /** Whether the view's code could not be loaded (the element then shows its light DOM). */
  protected get viewMissing(): boolean {
    return this.#viewFailed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view?.willUpdate?.(changed);
  }

  protected override render(): unknown {
    if (this.#view) return this.#view.render();
    return this.#viewFailed ? html`<slot></slot>` : this.placeholder();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#view?.updated?.(changed);
  }
}

/** `promise`, or a rejection once `milliseconds` have passed without it settling (a stalled CDN, say). */
function inTime<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`it took longer than ${milliseconds / 1000} s`)), milliseconds);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
