import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, timeoutOrDefault } from '../../src/data/timeout.js';

describe('timeoutOrDefault (an element\'s timeout attribute)', () => {
  it('keeps a sensible number of milliseconds, zero included', () => {
    expect([0, 1, 1500, 86_400_000].map(timeoutOrDefault)).toEqual([0, 1, 1500, 86_400_000]);
  });

  it('falls back to 10 s when missing, not a number, negative, infinite or beyond what a timer can wait', () => {
    expect([null, undefined, Number.NaN, -1, Infinity, 2 ** 31].map(timeoutOrDefault)).toEqual(Array(6).fill(DEFAULT_TIMEOUT_MS));
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
  });
});
