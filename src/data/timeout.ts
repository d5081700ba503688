/** How long a glossary load, a view's code or a signup request may take, unless an element says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * An element's `timeout` in milliseconds, or the default where it makes no sense (missing, not a
 * number, negative, or beyond what a timer can wait).
 */
export const timeoutOrDefault = (milliseconds: number | null | undefined): number =>
  milliseconds != null && Number.isFinite(milliseconds) && milliseconds >= 0 && milliseconds <= MAX_TIMER_MS
    ? milliseconds
    : DEFAULT_TIMEOUT_MS;

/** Timers fire at once beyond this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
