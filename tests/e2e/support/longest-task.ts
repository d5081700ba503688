// The longest stretch the page's main thread was busy, from its first moment. Chromium reports
// long tasks itself; Firefox has no 'longtask' entries, so a heartbeat timer measures how late it
// ran instead (its lateness is the task that held it up, give or take the timer's own slack).

declare global {
  interface Window {
    __longestTask: () => number;
  }
}

/** Installed before any page script (`evaluateOnNewDocument`). */
export function watchLongTasks(): void {
  let longest = 0;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    const note = (entries: PerformanceEntryList) => entries.forEach((entry) => (longest = Math.max(longest, entry.duration)));
    const observer = new PerformanceObserver((list) => note(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    Object.defineProperty(window, '__longestTask', { value: () => (note(observer.takeRecords()), longest) });
    return;
  }
  const BEAT = 20;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - BEAT);
    last = now;
  }, BEAT);
  Object.defineProperty(window, '__longestTask', { value: () => Math.max(longest, performance.now() - last - BEAT) });
}
