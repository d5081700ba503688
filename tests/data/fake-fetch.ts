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

/**
 * A fake fetch that answers only when the test says so: `answer()` answers the latest request
 * (with {@link DOCUMENT} unless given a response). A request rejects when its signal aborts.
 */
export function deferred() {
  let answer: (response: Response) => void = () => {};
  const fetch = vi.fn<FetchLike>(
    (_url, init) =>
      new Promise<Response>((resolve, reject) => {
        answer = resolve;
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
  return { fetch, answer: (response = new Response(DOCUMENT)) => answer(response) };
}

/**
 * How a scripted fetch answers one request: an HTTP status (with headers), a body, a network
 * failure, or never (until its signal aborts).
 */
export type Answer = number | { status: number; headers: Record<string, string> } | { body: string } | 'network' | 'hang';

const STATUS_TEXT: Record<number, string> = { 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' };

/**
 * A fake fetch answering the n-th request with the n-th answer (the last repeats); `200` answers
 * with {@link DOCUMENT}. Records calls like every fake here.
 */
export function scripted(...answers: Answer[]) {
  const hang = hanging();
  let calls = 0;
  return vi.fn<FetchLike>(async (url, init) => {
    const answer = answers[Math.min(++calls, answers.length) - 1]!;
    if (answer === 'network') throw new TypeError('fetch failed');
    if (answer === 'hang') return hang(url, init);
    if (typeof answer === 'object' && 'body' in answer) return new Response(answer.body);
    const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
    if (status === 200) return new Response(DOCUMENT);
    return new Response('{}', { status, statusText: STATUS_TEXT[status] ?? '', headers });
  });
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

/** The signal the n-th request (the first by default) was made with. */
export const signalOf = (fetch: ReturnType<typeof vi.fn<FetchLike>>, call = 0) => fetch.mock.calls[call]?.[1].signal;
