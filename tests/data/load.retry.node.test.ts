import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearGlossaryCache, loadGlossary } from '../../src/data/load.js';
import { rejectionOf, scripted, signalOf } from './fake-fetch.js';

const URL_A = 'https://example.test/g.json';

/** Follows a promise without awaiting it, so a test can ask whether it has settled yet. */
function track<T>(promise: Promise<T>) {
  const outcome: { settled: boolean; value?: T; error?: unknown; at?: number } = { settled: false };
  promise.then(
    (value) => Object.assign(outcome, { settled: true, value, at: Date.now() }),
    (error: unknown) => Object.assign(outcome, { settled: true, error, at: Date.now() }),
  );
  return outcome;
}

const advance = (milliseconds: number) => vi.advanceTimersByTimeAsync(milliseconds);
let start: number;

beforeEach(() => {
  clearGlossaryCache();
  vi.useFakeTimers();
  start = Date.now();
  // Jitter at its middle: backoffs of exactly 500 ms, then 1000 ms.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('loadGlossary: which failures are retried', () => {
  it.each([500, 502, 503, 504])('retries a %i twice, then reports it with the number of attempts', async (status) => {
    const fetch = scripted(status);

    const load = rejectionOf(loadGlossary(URL_A, { fetch }));
    await vi.runAllTimersAsync();
    const error = await load;

    expect(fetch).toHaveBeenCalledTimes(3);
    expect(error).toMatchObject({ kind: 'http', status });
    expect(error.message).toMatch(new RegExp(`^${URL_A} answered ${status}( [A-Za-z ]+)? \\(3 attempts\\)$`));
  });

  it('names the status text and the attempts in the final message', async () => {
    const load = rejectionOf(loadGlossary(URL_A, { fetch: scripted(503) }));
    await vi.runAllTimersAsync();

    expect((await load).message).toBe(`${URL_A} answered 503 Service Unavailable (3 attempts)`);
  });

  it.each([400, 401, 403, 404, 410, 429])('does not retry a %i', async (status) => {
    const fetch = scripted(status);

    const load = rejectionOf(loadGlossary(URL_A, { fetch }));
    await vi.runAllTimersAsync();
    const error = await load;

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ kind: 'http', status });
    expect(error.message).not.toContain('attempts');
  });

  it('retries a network failure twice and says so', async () => {
    const fetch = scripted('network');

    const load = rejectionOf(loadGlossary(URL_A, { fetch }));
    await vi.runAllTimersAsync();
    const error = await load;

    expect(fetch).toHaveBeenCalledTimes(3);
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not reach ${URL_A} (fetch failed; 3 attempts)`);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it.each([
    ['parse', '<html>'],
    ['schema', '{"terms": []}'],
  ])('does not retry a %s error', async (kind, body) => {
    const fetch = scripted({ body });

    const load = rejectionOf(loadGlossary(URL_A, { fetch }));
    await vi.runAllTimersAsync();

    expect((await load).kind).toBe(kind);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives the glossary when a retry succeeds', async () => {
    const fetch = scripted(503, 'network', 200);

    const load = loadGlossary(URL_A, { fetch });
    await vi.runAllTimersAsync();

    expect((await load).title).toBe('Test Glossary');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('retries once for every caller waiting on the shared request', async () => {
    const fetch = scripted(503, 503, 200);

    const loads = Promise.all([1, 2, 3].map(() => loadGlossary(URL_A, { fetch })));
    await vi.runAllTimersAsync();

    expect(new Set(await loads).size).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('loadGlossary: backoff', () => {
  it('waits 0.5 s before the first retry and 1 s before the second', async () => {
    const fetch = scripted(503);
    const load = track(loadGlossary(URL_A, { fetch }));

    await advance(499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await advance(999);
    expect(fetch).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(load.settled).toBe(true);
  });

  it.each([
    [0, 250],
    [0.999, 749.5],
  ])('spreads the first retry at random: %f gives %f ms', async (random, delay) => {
    vi.mocked(Math.random).mockReturnValue(random);
    const fetch = scripted(503, 200);
    track(loadGlossary(URL_A, { fetch }));

    await advance(delay - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await advance(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not start a backoff that would end past the deadline: the failure comes at once', async () => {
    const fetch = scripted(503);
    const load = track(loadGlossary(URL_A, { fetch, timeout: 400 }));

    await advance(0);

    expect(load.at).toBe(start);
    expect(load.error).toMatchObject({ kind: 'http', message: `${URL_A} answered 503 Service Unavailable` });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops retrying when the next backoff would pass the deadline, and counts the attempts made', async () => {
    const fetch = scripted(503);
    const load = track(loadGlossary(URL_A, { fetch, timeout: 1200 }));

    await vi.runAllTimersAsync();

    expect(load.at).toBe(start + 500);
    expect(load.error).toMatchObject({ kind: 'http', message: `${URL_A} answered 503 Service Unavailable (2 attempts)` });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps retrying for a patient caller after an impatient one timed out', async () => {
    const fetch = scripted(503);
    const impatient = track(loadGlossary(URL_A, { fetch, timeout: 300 }));
    const patient = track(loadGlossary(URL_A, { fetch }));

    await vi.runAllTimersAsync();

    expect(impatient).toMatchObject({ at: start + 300, error: { kind: 'timeout' } });
    expect(patient).toMatchObject({ at: start + 1500, error: { kind: 'http', status: 503 } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('loadGlossary: Retry-After on a 503', () => {
  const unavailable = (retryAfter: string) => ({ status: 503, headers: { 'Retry-After': retryAfter } });

  it('waits the seconds Retry-After asks for instead of the backoff', async () => {
    const fetch = scripted(unavailable('2'), 200);
    const load = track(loadGlossary(URL_A, { fetch }));

    await advance(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(load.value?.title).toBe('Test Glossary');
  });

  it('reads Retry-After as an HTTP date', async () => {
    vi.setSystemTime(new Date('2024-05-01T00:00:00Z'));
    const fetch = scripted(unavailable('Wed, 01 May 2024 00:00:03 GMT'), 200);
    track(loadGlossary(URL_A, { fetch }));

    await advance(2999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives up at once when Retry-After reaches past the deadline', async () => {
    const fetch = scripted(unavailable('30'), 200);
    const load = track(loadGlossary(URL_A, { fetch }));

    await advance(0);

    expect(load).toMatchObject({ at: start, error: { kind: 'http', status: 503 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('ignores Retry-After on other statuses', async () => {
    const fetch = scripted({ status: 500, headers: { 'Retry-After': '5' } }, 200);
    track(loadGlossary(URL_A, { fetch }));

    await advance(500);

    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('loadGlossary: one timeout budget', () => {
  it('reports a hanging endpoint as one timeout after the default 10 s, aborting the attempt', async () => {
    const fetch = scripted('hang');
    const load = track(loadGlossary(URL_A, { fetch }));

    await advance(9999);
    expect(load.settled).toBe(false);
    await advance(1);

    expect(load.error).toMatchObject({ kind: 'timeout', message: `Loading ${URL_A} took longer than 10 s` });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(signalOf(fetch)?.aborted).toBe(true);
  });

  it('ends a retry that hangs with the same single timeout at the deadline', async () => {
    const fetch = scripted(503, 'hang');
    const load = track(loadGlossary(URL_A, { fetch, timeout: 3000 }));

    await vi.runAllTimersAsync();

    expect(load).toMatchObject({ at: start + 3000, error: { kind: 'timeout' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(signalOf(fetch, 1)?.aborted).toBe(true);
  });

  it('cancels the pending retry when the last caller leaves during the backoff', async () => {
    const fetch = scripted(503, 200);
    const leaving = new AbortController();
    const load = loadGlossary(URL_A, { fetch, signal: leaving.signal });
    await advance(100);
    expect(vi.getTimerCount()).toBe(2); // the caller's timeout and the backoff

    leaving.abort(new Error('element removed'));
    await expect(load).rejects.toThrow('element removed');

    expect(vi.getTimerCount()).toBe(0);
    await advance(10_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('still retries for the callers who stay when one leaves during the backoff', async () => {
    const fetch = scripted(503, 200);
    const leaving = new AbortController();
    void rejectionOf(loadGlossary(URL_A, { fetch, signal: leaving.signal })).catch(() => {});
    const staying = track(loadGlossary(URL_A, { fetch }));
    await advance(100);

    leaving.abort();
    await advance(400);

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(staying.value?.title).toBe('Test Glossary');
  });
});
