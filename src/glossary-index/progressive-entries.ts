import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToPage } from '../data/slices.js';

/** Entries of the full list rendered in the first frame: a screenful or two. */
const FIRST_ENTRIES = 60;
/** What a later step adds at first; each next step is sized so that it takes about STEP_MS. */
const FIRST_STEP = 500;
const STEP_MS = 12;
const MIN_STEP = 50;
const MAX_STEP = 4000;

/** Resolves once the current frame has been painted (a frame, then a task). */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * How much of a long list is rendered: a screenful first, and once that is painted, more in steps
 * of their own tasks until `wanted()` entries are in. Each step is sized from how long the last
 * one took, so no step holds the page long, however costly an entry turns out to be, and the
 * browser paints between steps whenever a frame is due.
 */
export class ProgressiveEntries implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #wanted: () => number;
  #budget = FIRST_ENTRIES;
  #step = FIRST_STEP;
  #scheduled = false;
  /** Whether the first entries have been painted: steps start after that. */
  #painted = false;
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
    void (this.#painted ? yieldToPage('user-visible') : afterPaint()).then(() => {
      this.#painted = true;
      this.#scheduled = false;
      this.#budget += this.#step;
      this.#stepStarted = performance.now();
      this.#host.requestUpdate();
    });
  }
}
