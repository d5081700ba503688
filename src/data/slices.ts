/** How long one slice of work may hold the main thread before it lets the page respond. */
const SLICE_MS = 14;

export type SlicePriority = 'user-visible' | 'background';

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: SlicePriority }) => Promise<void>;
}

/**
 * Lets the page paint and handle input before the next slice. `scheduler.postTask` queues behind
 * rendering (unlike `scheduler.yield`, whose continuations jump the queue). Where there is no
 * scheduler, a message to itself does: an ordinary task too, where a zero-delay timer would be
 * clamped to 4 ms after a few.
 */
export function yieldToPage(priority: SlicePriority = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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
