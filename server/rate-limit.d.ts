import type { RateRule } from './types.js';

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts an attempt for `key` unless it is over the limit; refused attempts are not counted. */
  hit(key: string): RateVerdict;
  /** How many keys are tracked. */
  readonly size: number;
}

export declare function createRateLimiter(rule: RateRule, now?: () => number): RateLimiter;
export declare function tooManyMessage(retryAfterSeconds: number): string;
