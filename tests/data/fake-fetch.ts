import { vi } from 'vitest';
import { GlossaryError } from '../../src/data/errors.js';
import type { FetchLike } from '../../src/data/load.js';
import { validTerm, withTerms } from './fixtures.js';

/** A valid glossary document with one term, as a response body. */
export const DOCUMENT = JSON.stringify(withTerms(validTerm()));

/** A fake fetch answering every request with `body` and `init`, recording its calls. */
export const answering = (body = DOCUMENT, init?: ResponseInit) =>
  vi.fn<FetchLike>(async () => new Response(body, init));

/** A fake fetch that never answers, but rejects with the abort reason when its signal aborts. */
export function hanging() {
  return vi.fn<FetchLike>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

/** A fake fetch that answers only when the test says so. */
export function deferred() {
  let answer: (response: Response) => void = () => {};
  const fetch = vi.fn<FetchLike>(() => new Promise<Response>((resolve) => (answer = resolve)));
  return { fetch, answer: () => answer(new Response(DOCUMENT)) };
}

/** The GlossaryError a promise rejects with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<GlossaryError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (error instanceof GlossaryError) return error;
  throw error;
}

export const signalOf = (fetch: ReturnType<typeof vi.fn<FetchLike>>) => fetch.mock.calls[0]?.[1].signal;
