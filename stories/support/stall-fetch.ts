/**
 * Makes `fetch` of any URL whose path ends with `path` wait forever (until aborted), so a
 * story can show a real loading state. Returns the undo, for a story's `beforeEach`.
 */
export function stallFetch(path: string): () => void {
  const original = window.fetch;
  const stalled: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.endsWith(path)) return original.call(window, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  window.fetch = stalled;
  return () => {
    // Only undo our own wrapper; another story may have wrapped fetch since.
    if (window.fetch === stalled) window.fetch = original;
  };
}
