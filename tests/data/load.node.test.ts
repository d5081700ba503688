import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearGlossaryCache,
  DEFAULT_TIMEOUT_MS,
  glossaryFromObject,
  loadGlossary,
  type FetchLike,
} from '../../src/data/load.js';
import { answering, deferred, DOCUMENT, hanging, rejectionOf, signalOf } from './fake-fetch.js';
import { validTerm, withTerms } from './fixtures.js';

const URL_A = 'https://example.test/g.json';
const URL_B = 'https://example.test/other.json';

beforeEach(() => {
  clearGlossaryCache();
});

describe('loadGlossary: one request per URL', () => {
  it('sends one request for 30 concurrent callers, who all get the same glossary', async () => {
    const fetch = answering();

    const glossaries = await Promise.all(Array.from({ length: 30 }, () => loadGlossary(URL_A, { fetch })));

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new Set(glossaries).size).toBe(1);
    expect(glossaries[0]?.terms.map((term) => term.id)).toEqual(['invoice']);
  });

  it('sends one request per URL', async () => {
    const fetch = answering();

    const [a, b] = await Promise.all([loadGlossary(URL_A, { fetch }), loadGlossary(URL_B, { fetch })]);

    expect(fetch.mock.calls.map(([url]) => url)).toEqual([URL_A, URL_B]);
    expect(a).not.toBe(b);
  });

  it('reuses a loaded glossary for later callers', async () => {
    const fetch = answering();
    const first = await loadGlossary(URL_A, { fetch });

    const second = await loadGlossary(URL_A, { fetch });

    expect(second).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next caller asks again', async () => {
    const fetch = vi
      .fn<FetchLike>()
      .mockResolvedValueOnce(new Response('oops', { status: 404 }))
      .mockResolvedValueOnce(new Response(DOCUMENT));
    await expect(loadGlossary(URL_A, { fetch })).rejects.toMatchObject({ kind: 'http', status: 404 });

    const glossary = await loadGlossary(URL_A, { fetch });

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(glossary.title).toBe('Test Glossary');
  });

  it('asks again after clearGlossaryCache', async () => {
    const fetch = answering();
    await loadGlossary(URL_A, { fetch });

    clearGlossaryCache();
    await loadGlossary(URL_A, { fetch });

    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('loadGlossary: the request', () => {
  it('asks for JSON with CORS and without credentials', async () => {
    const fetch = answering();

    await loadGlossary(URL_A, { fetch });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL_A);
    expect(init).toMatchObject({ mode: 'cors', credentials: 'omit', headers: { Accept: 'application/json' } });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('resolves a relative src against the baseUrl option, and uses the URL as the base of the glossary', async () => {
    const fetch = answering();

    const glossary = await loadGlossary('data/g.json', { fetch, baseUrl: 'https://example.test/docs/page.html' });

    expect(fetch.mock.calls[0]?.[0]).toBe('https://example.test/docs/data/g.json');
    expect(glossary.baseUrl).toBe('https://example.test/docs/data/g.json');
  });

  it("uses the response's final URL (after redirects) as the glossary's base", async () => {
    const response = new Response(DOCUMENT);
    Object.defineProperty(response, 'url', { value: 'https://cdn.example.test/g.json' });
    const fetch = vi.fn<FetchLike>(async () => response);

    const glossary = await loadGlossary(URL_A, { fetch });

    expect(glossary.baseUrl).toBe('https://cdn.example.test/g.json');
  });

  it('rejects a src that is not a URL with a network error naming it, without a request', async () => {
    const fetch = answering();

    const error = await rejectionOf(loadGlossary('http://[', { fetch }));

    expect(error.kind).toBe('network');
    expect(error.message).toBe('src "http://[" is not a URL or #id');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('loadGlossary: failures', () => {
  it('reports an HTTP error status with the URL and the status', async () => {
    const fetch = answering('missing', { status: 404, statusText: 'Not Found' });

    const error = await rejectionOf(loadGlossary(URL_A, { fetch }));

    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toBe(`${URL_A} answered 404 Not Found`);
  });

  it('reports a body that is not JSON as a parse error naming the URL', async () => {
    const error = await rejectionOf(loadGlossary(URL_A, { fetch: answering('<html>') }));

    expect(error.kind).toBe('parse');
    expect(error.message.startsWith(`${URL_A} is not valid JSON: `)).toBe(true);
  });

  it('reports an invalid document as a schema error naming the URL', async () => {
    const error = await rejectionOf(loadGlossary(URL_A, { fetch: answering('{"terms": []}') }));

    expect(error.kind).toBe('schema');
    expect(error.message).toBe(`${URL_A}: title must be a non-empty string, got nothing`);
  });
});

describe('loadGlossary: timeouts and aborts', () => {
  it('defaults to a 10 s timeout', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
  });

  it('fails with a timeout error and stops the download once every caller gave up', async () => {
    const fetch = hanging();

    const errors = await Promise.all([
      rejectionOf(loadGlossary(URL_A, { fetch, timeout: 50 })),
      rejectionOf(loadGlossary(URL_A, { fetch, timeout: 50 })),
    ]);

    expect(errors.map((error) => [error.kind, error.message])).toEqual([
      ['timeout', `Loading ${URL_A} took longer than 0.05 s`],
      ['timeout', `Loading ${URL_A} took longer than 0.05 s`],
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(signalOf(fetch)?.aborted).toBe(true);
  });

  it('formats the timeout in seconds', async () => {
    const error = await rejectionOf(loadGlossary(URL_A, { fetch: hanging(), timeout: 250 }));

    expect(error.message).toBe(`Loading ${URL_A} took longer than 0.25 s`);
  });

  it('keeps downloading while another caller still waits', async () => {
    const fetch = hanging();
    const patient = new AbortController();
    const patientLoad = loadGlossary(URL_A, { fetch, signal: patient.signal });

    await rejectionOf(loadGlossary(URL_A, { fetch, timeout: 20 }));

    expect(signalOf(fetch)?.aborted).toBe(false);
    patient.abort();
    await expect(patientLoad).rejects.toBe(patient.signal.reason);
    expect(signalOf(fetch)?.aborted).toBe(true);
  });

  it('asks again after a timed-out load', async () => {
    const fetch = hanging();
    await rejectionOf(loadGlossary(URL_A, { fetch, timeout: 20 }));
    fetch.mockResolvedValueOnce(new Response(DOCUMENT));

    const glossary = await loadGlossary(URL_A, { fetch });

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(glossary.terms).toHaveLength(1);
  });

  it("rejects a caller whose own signal aborts with its reason, while another caller still gets the glossary", async () => {
    const { fetch, answer } = deferred();
    const leaving = new AbortController();
    const reason = new Error('element removed');
    const leavingLoad = loadGlossary(URL_A, { fetch, signal: leaving.signal });
    const stayingLoad = loadGlossary(URL_A, { fetch });

    leaving.abort(reason);
    await expect(leavingLoad).rejects.toBe(reason);
    answer();

    const glossary = await stayingLoad;
    expect(glossary.title).toBe('Test Glossary');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(signalOf(fetch)?.aborted).toBe(false);
  });

  it('rejects at once with the reason of a signal that is already aborted', async () => {
    const reason = new Error('gone');

    await expect(loadGlossary(URL_A, { fetch: hanging(), signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});

describe('glossaryFromObject', () => {
  it('validates an object once, giving the same glossary for the same object', async () => {
    const data = withTerms(validTerm());

    const first = await glossaryFromObject(data, 'https://example.test/page.html');
    const second = await glossaryFromObject(data, 'https://example.test/page.html');

    expect(second).toBe(first);
    expect(first.baseUrl).toBe('https://example.test/page.html');
  });

  it('validates a different object separately', async () => {
    const a = await glossaryFromObject(withTerms(validTerm()), URL_A);
    const b = await glossaryFromObject(withTerms(validTerm()), URL_A);

    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });

  it('rejects with schema errors prefixed with "the glossary property: "', async () => {
    const error = await rejectionOf(glossaryFromObject(withTerms(validTerm({ id: 'Bad Id' })), URL_A));

    expect(error.kind).toBe('schema');
    expect(error.message).toBe('the glossary property: terms[0].id must use only a-z, 0-9 and "-", got "Bad Id"');
  });
});
