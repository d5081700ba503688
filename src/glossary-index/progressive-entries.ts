import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Entries of the full list rendered in the first frame (a screenful or two). */
const FIRST_ENTRIES = 200;
/** Entries added by each later step at most; a step shrinks when the last one took over STEP_MS to render. */
const FIRST_STEP = 400;
const STEP_MS = 20;
const MIN_STEP = 50;
const MAX_STEP = 400;

/**
 * How much of a long list is rendered: a screenful first, then more after each paint (a frame,
 * then a task, so the browser paints in between) until `wanted()` entries are in. A step shrinks
 * when the last one took long to render, so no step holds the page long, however costly an entry
 * turns out to be (a summary derived when first shown, say).
 */
export class ProgressiveEntries implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #wanted: () => number;
  #budget = FIRST_ENTRIES;
  #step = FIRST_STEP;
  #scheduled = false;
  /** When the step being rendered was asked for. */
  #stepStarted: number | undefined;

  /** `wanted`: how many entries should end up rendered; 0 while nothing should grow. */
  constructor(host: ReactiveControllerHost, wanted: () => number) {
    this.#host = host;
    this.#wanted = wanted;
    host.addController(this);
  }

  /** How many entries to render now. */
  get budget(): number {
    return this.#budget;
  }

  /** Renders at least `count` entries from the next update on (to reach a letter, say). */
  reach(count: number): void {
    this.#budget = Math.max(this.#budget, count);
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#stepStarted !== undefined) {
      const took = Math.max(performance.now() - this.#stepStarted, 1);
      this.#stepStarted = undefined;
      this.#step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.round((this.#step * STEP_MS) / took)));
    }
    if (this.#scheduled || this.#budget >= this.#wanted()) return;
    this.#scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#scheduled = false;
        this.#budget += this.#step;
        this.#stepStarted = performance.now();
        this.#host.requestUpdate();
      }),
    );
  }
}
