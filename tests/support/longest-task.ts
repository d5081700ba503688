/**
 * Watches the main thread while `work` runs and returns the longest task seen, in milliseconds.
 * Chromium reports long tasks itself (`longtask` entries, 50 ms and over, so a quiet run reads 0);
 * where a browser does not (Firefox), a heartbeat of zero-delay messages measures the longest gap
 * between two of them, which also holds a frame's rendering.
 */
export async function longestTaskDuring(work: () => Promise<unknown>): Promise<{ longest: number; measured: 'longtask' | 'heartbeat' }> {
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    await work();
    // Entries of the last task arrive after it.
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    return { longest, measured: 'longtask' };
  }
  let longest = 0;
  let beating = true;
  let last = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (beating) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  await work();
  beating = false;
  channel.port1.close();
  return { longest, measured: 'heartbeat' };
}
