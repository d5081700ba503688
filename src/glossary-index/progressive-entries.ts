import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Entries of the full list rendered in the first frame (a screenful or two), and added after each paint. */
const FIRST_ENTRIES = 200;
const MORE_ENTRIES_PER_STEP = 400;

/**
 * How much of a long list is rendered: a screenful first, then more after each paint (a frame,
 * then a task, so the browser paints in between) until `wanted()` entries are in.
 */
export class ProgressiveEntries implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #wanted: () => number;
  #budget = FIRST_ENTRIES;
  #scheduled = false;

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
    if (this.#scheduled || this.#budget >= this.#wanted()) return;
    this.#scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#scheduled = false;
        this.#budget += MORE_ENTRIES_PER_STEP;
        this.#host.requestUpdate();
      }),
    );
  }
}
