// @ts-check
// Sliding-window attempt counters in memory, one per key (an IP, an address).

/**
 * @param {import('./types.js').RateRule} rule
 * @param {() => number} [now] the clock, in milliseconds
 * @returns {import('./rate-limit.js').RateLimiter}
 */
export function createRateLimiter({ limit, windowMs }, now = Date.now) {
  /** @type {Map<string, number[]>} times of the allowed attempts in the window, oldest first */
  const hits = new Map();
  let lastSweep = now();

  /** @param {number} time */
  const sweep = (time) => {
    for (const [key, times] of hits) {
      if (times[times.length - 1] <= time - windowMs) hits.delete(key);
    }
    lastSweep = time;
  };

  return {
    hit(key) {
      const time = now();
      if (time - lastSweep >= windowMs) sweep(time);
      const times = (hits.get(key) ?? []).filter((at) => at > time - windowMs);
      if (times.length >= limit) {
        hits.set(key, times);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0] + windowMs - time) / 1000)) };
      }
      times.push(time);
      hits.set(key, times);
      return { ok: true };
    },
    get size() {
      return hits.size;
    },
  };
}

/**
 * The reader-facing message for a refusal.
 * @param {number} retryAfterSeconds
 */
export function tooManyMessage(retryAfterSeconds) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`;
}
