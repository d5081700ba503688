/** How long one slice of work may hold the main thread before it lets the page respond. */
const SLICE_MS = 8;

type Yielder = () => Promise<void>;
const yieldToPage: Yielder = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Runs `work` over `items` in slices of a few milliseconds, yielding between them, so that even
 * 100,000 items never make one long task. Stops early, rejecting with the reason, when `signal`
 * aborts.
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, signal?: AbortSignal): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
