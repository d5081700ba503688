/** How long one slice of work may hold the main thread before it lets the page respond. */
const SLICE_MS = 14;

export type SlicePriority = 'user-visible' | 'background';

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: SlicePriority }) => Promise<void>;
}

/**
 * Lets the page paint and handle input before the next slice. `scheduler.postTask` queues behind
 * rendering (unlike `scheduler.yield`, whose continuations jump the queue); a zero timeout does
 * where there is no scheduler.
 */
export function yieldToPage(priority: SlicePriority): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Items done between two looks at the clock: reading it after every item cost a tenth of the work. */
const ITEMS_PER_LOOK = 16;

/**
 * Runs `work` over `items` in slices of a few milliseconds, yielding between them, so that even
 * 100,000 items never make one long task. Small inputs finish in one slice, without yielding.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  work: (item: T, index: number) => void,
  { priority = 'user-visible' }: { priority?: SlicePriority } = {},
): Promise<void> {
  let sliceStart = performance.now();
  let index = 0;
  for (const item of items) {
    work(item, index);
    if (++index % ITEMS_PER_LOOK === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage(priority);
      sliceStart = performance.now();
    }
  }
}
