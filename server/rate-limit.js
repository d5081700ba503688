// @ts-check
// The words of a 429 (the counting itself is the store's: every instance shares it).

/**
 * The reader-facing message for a refusal.
 * @param {number} retryAfterSeconds
 */
export function tooManyMessage(retryAfterSeconds) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`;
}
