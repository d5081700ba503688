/**
 * The longest task while `work` runs, in milliseconds (0 when none reached 50 ms), where the
 * browser reports long tasks (Chromium's `longtask` entries); `undefined` elsewhere (Firefox).
 */
export async function longestTaskDuring(work: () => Promise<unknown>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    await work();
    return undefined;
  }
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work();
  // Entries of the last task arrive after it.
  await new Promise((resolve) => setTimeout(resolve));
  observer.disconnect();
  return longest;
}

/**
 * Counts the frames painted between `start` and `end` events on `target`: work done in one task
 * paints none in between, work in slices lets the page paint. It tells slicing apart where a
 * browser reports no long tasks (wall-clock gaps between frames also hold rendering and whatever
 * else the machine does: too noisy to hold to 50 ms).
 */
export function framesBetween(target: EventTarget, start: string, end: string): { readonly frames: number } {
  const count = { frames: 0 };
  let counting = false;
  const tick = () => {
    if (!counting) return;
    count.frames++;
    requestAnimationFrame(tick);
  };
  target.addEventListener(start, () => {
    counting = true;
    requestAnimationFrame(tick);
  }, { once: true });
  target.addEventListener(end, () => (counting = false), { once: true });
  return count;
}
