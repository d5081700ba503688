/**
 * A loader that imports on its first call and shares that import with every later one; a failed
 * import is forgotten, so the next caller asks again (a flaky network, say).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
