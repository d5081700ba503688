import { waitUntil } from '@open-wc/testing';

/** A request to a `/held/` URL, waiting until the test answers it (or the page aborts it). */
export interface HeldRequest {
  /** The URL asked for, absolute. */
  url: string;
  signal: AbortSignal;
  answer: (response: Response) => void;
}

/** The `/held/` requests made since `holdRequests()`, in order. */
export const held: HeldRequest[] = [];

const realFetch = window.fetch;

/** Holds every fetch of a `/held/` URL for the test to answer; the rest go out as usual. */
export function holdRequests(): void {
  window.fetch = (input, init) => {
    if (!String(input).includes('/held/')) return realFetch(input, init);
    return new Promise((resolve, reject) => {
      const signal = init!.signal!;
      signal.addEventListener('abort', () => reject(signal.reason));
      held.push({ url: new URL(String(input), location.href).href, signal, answer: resolve });
    });
  };
}

/** Puts `fetch` back and forgets the held requests. */
export function releaseRequests(): void {
  window.fetch = realFetch;
  held.length = 0;
}

/** Waits until `count` held requests were made. */
export const requested = (count: number) =>
  waitUntil(() => held.length === count, `expected ${count} requests, saw ${held.length}`);
