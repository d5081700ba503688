import { beforeEach, describe, expect, it } from 'vitest';
import { clearGlossaryCache, glossaryFromObject, loadGlossary } from '../../src/data/load.js';
import { answering, deferred, rejectionOf, signalOf } from './fake-fetch.js';
import { validTerm, withTerms } from './fixtures.js';

const URL_A = 'https://example.test/g.json';

/** A response holding a glossary titled `title`, so a test can tell copies apart. */
const titled = (title: string, init?: ResponseInit) =>
  new Response(JSON.stringify({ ...withTerms(validTerm()), title }), init);

/** Loads URL_A once through `fetch`, answering with a glossary titled "First". */
async function loadedFirst(fetch: ReturnType<typeof deferred>) {
  const load = loadGlossary(URL_A, { fetch: fetch.fetch });
  fetch.answer(titled('First'));
  return load;
}

beforeEach(() => {
  clearGlossaryCache();
});

describe('loadGlossary with reload (refresh)', () => {
  it('asks the network again although the glossary is loaded', async () => {
    const fake = deferred();
    await loadedFirst(fake);

    const refreshed = loadGlossary(URL_A, { fetch: fake.fetch, reload: true });
    fake.answer(titled('Second'));

    expect((await refreshed).title).toBe('Second');
    expect(fake.fetch).toHaveBeenCalledTimes(2);
  });

  it('sends one request for many callers refreshing together', async () => {
    const fake = deferred();
    await loadedFirst(fake);

    const refreshes = Promise.all([1, 2, 3, 4, 5].map(() => loadGlossary(URL_A, { fetch: fake.fetch, reload: true })));
    fake.answer(titled('Second'));

    expect(new Set((await refreshes).map((glossary) => glossary.title))).toEqual(new Set(['Second']));
    expect(fake.fetch).toHaveBeenCalledTimes(2);
  });

  it('joins a first load still on its way instead of sending another', async () => {
    const fake = deferred();
    const first = loadGlossary(URL_A, { fetch: fake.fetch });

    const refreshed = loadGlossary(URL_A, { fetch: fake.fetch, reload: true });
    fake.answer(titled('First'));

    expect(await refreshed).toBe(await first);
    expect(fake.fetch).toHaveBeenCalledTimes(1);
  });

  it('gives other callers the loaded copy at once while a refresh is on its way', async () => {
    const fake = deferred();
    const first = await loadedFirst(fake);
    const refreshed = loadGlossary(URL_A, { fetch: fake.fetch, reload: true });

    const meanwhile = await loadGlossary(URL_A, { fetch: fake.fetch });

    expect(meanwhile).toBe(first);
    fake.answer(titled('Second'));
    await refreshed;
  });

  it('gives later callers the refreshed copy, without a request', async () => {
    const fake = deferred();
    await loadedFirst(fake);
    const refreshed = loadGlossary(URL_A, { fetch: fake.fetch, reload: true });
    fake.answer(titled('Second'));
    await refreshed;

    const later = await loadGlossary(URL_A, { fetch: fake.fetch });

    expect(later).toBe(await refreshed);
    expect(fake.fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the loaded copy for later callers when a refresh fails', async () => {
    const fake = deferred();
    const first = await loadedFirst(fake);
    const refreshed = rejectionOf(loadGlossary(URL_A, { fetch: fake.fetch, reload: true }));
    fake.answer(new Response('{}', { status: 404 }));
    expect((await refreshed).status).toBe(404);

    const later = await loadGlossary(URL_A, { fetch: fake.fetch });

    expect(later).toBe(first);
    expect(fake.fetch).toHaveBeenCalledTimes(2);
  });

  it('aborts a refresh whose every caller left, keeping the loaded copy', async () => {
    const fake = deferred();
    const first = await loadedFirst(fake);
    const leaving = new AbortController();
    const refreshed = loadGlossary(URL_A, { fetch: fake.fetch, reload: true, signal: leaving.signal });

    leaving.abort(new Error('element removed'));
    await expect(refreshed).rejects.toThrow('element removed');

    expect(signalOf(fake.fetch, 1)?.aborted).toBe(true);
    expect(await loadGlossary(URL_A, { fetch: fake.fetch })).toBe(first);
  });

  it('asks again after a failed load, with or without reload', async () => {
    const fetch = answering('{}', { status: 404 });
    await rejectionOf(loadGlossary(URL_A, { fetch }));

    await rejectionOf(loadGlossary(URL_A, { fetch, reload: true }));

    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('glossaryFromObject with reload', () => {
  it('checks an object changed in place again, where without reload it reuses the first result', async () => {
    const data = withTerms(validTerm());
    const first = await glossaryFromObject(data, URL_A);
    (data.terms as Record<string, unknown>[])[0]!.term = 'Invoices';

    const reused = await glossaryFromObject(data, URL_A);
    const rechecked = await glossaryFromObject(data, URL_A, true);

    expect(reused).toBe(first);
    expect(rechecked.terms[0]!.term).toBe('Invoices');
  });

  it('reports a schema error for an object broken in place', async () => {
    const data = withTerms(validTerm());
    await glossaryFromObject(data, URL_A);
    (data.terms as Record<string, unknown>[])[0]!.id = 'Bad Id';

    const error = await rejectionOf(glossaryFromObject(data, URL_A, true));

    expect(error.kind).toBe('schema');
  });
});
