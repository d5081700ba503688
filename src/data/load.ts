import { GlossaryError } from './errors.js';
import { parseGlossaryText, parseGlossaryTextInSlices, validateFromInSlices } from './parse.js';
import type { Glossary } from './types.js';

/** The contract's default: a load that takes longer than this fails with a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface LoadOptions {
  /** Aborts this caller's wait (an element that was removed, or whose `src` changed). */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error. */
  timeout?: number;
  /** Replaces `fetch` (tests, or sites that add headers). */
  fetch?: FetchLike;
  /** Where `#id` sources are looked up. Defaults to the document. */
  root?: Document | ShadowRoot;
  /** What a relative `src` resolves against. Defaults to the document's base URL. */
  baseUrl?: string;
}

/**
 * Loads the glossary named by an element's `src`: a URL (fetched once per page however many
 * elements ask) or `#id`, the text of a `<script type="application/json">` on the page.
 */
export async function loadGlossary(src: string, options: LoadOptions = {}): Promise<Glossary> {
  if (src.startsWith('#')) return readInline(src.slice(1), options.root ?? document);
  return loadShared(absoluteUrl(src, options.baseUrl ?? globalThis.document?.baseURI), options);
}

function absoluteUrl(src: string, baseUrl: string | undefined): string {
  try {
    return new URL(src, baseUrl).href;
  } catch (error) {
    throw new GlossaryError('network', `src ${JSON.stringify(src)} is not a URL or #id`, { cause: error });
  }
}

const validatedObjects = new WeakMap<object, Promise<Glossary>>();

/**
 * Validates a document handed over as an object (the `glossary` property), once per object and
 * in slices, so that a 100,000-term document never blocks the page.
 */
export function glossaryFromObject(data: object, baseUrl = document.baseURI): Promise<Glossary> {
  let glossary = validatedObjects.get(data);
  if (!glossary) {
    glossary = validateFromInSlices(data, 'the glossary property', { baseUrl });
    validatedObjects.set(data, glossary);
    // A failed validation is not kept: fixing the object in place and setting it again re-checks.
    glossary.catch(() => validatedObjects.delete(data));
  }
  return glossary;
}

const inlineCache = new WeakMap<Element, { text: string; glossary: Glossary }>();

function readInline(id: string, root: Document | ShadowRoot): Glossary {
  const element = root.getElementById(id) ?? (root instanceof Document ? null : document.getElementById(id));
  const source = `#${id}`;
  if (!(element instanceof HTMLScriptElement)) {
    const found = element ? `a <${element.localName}>` : 'nothing';
    throw new GlossaryError(
      'not-found',
      `${source} should name a <script type="application/json"> on the page, but it names ${found}`,
    );
  }
  const text = element.text;
  const cached = inlineCache.get(element);
  if (cached?.text === text) return cached.glossary;
  const glossary = parseGlossaryText(text, source, { baseUrl: element.ownerDocument.baseURI });
  inlineCache.set(element, { text, glossary });
  return glossary;
}

interface SharedRequest {
  promise: Promise<Glossary>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page, shared by every element naming it; failures are forgotten. */
const requests = new Map<string, SharedRequest>();

async function loadShared(url: string, options: LoadOptions): Promise<Glossary> {
  const request = requests.get(url) ?? startRequest(url, options.fetch ?? fetchWithGlobal);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;

  request.waiting++;
  try {
    return await untilAborted(request.promise, signal);
  } catch (error) {
    if (signal.aborted && !options.signal?.aborted) {
      throw new GlossaryError('timeout', `Loading ${url} took longer than ${formatSeconds(timeout)}`);
    }
    throw error;
  } finally {
    request.waiting--;
    // Nobody waits any more: stop the download instead of finishing it for no one.
    if (request.waiting === 0 && !request.settled) {
      request.controller.abort();
      forget(url, request);
    }
  }
}

function startRequest(url: string, fetchFn: FetchLike): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = {
    controller,
    waiting: 0,
    settled: false,
    promise: fetchGlossary(url, controller.signal, fetchFn).then(
      (glossary) => {
        request.settled = true;
        return glossary;
      },
      (error: unknown) => {
        request.settled = true;
        forget(url, request);
        throw error;
      },
    ),
  };
  // A request whose every caller gave up rejects with nobody listening; that is expected.
  request.promise.catch(() => {});
  requests.set(url, request);
  return request;
}

function forget(url: string, request: SharedRequest): void {
  if (requests.get(url) === request) requests.delete(url);
}

async function fetchGlossary(url: string, signal: AbortSignal, fetchFn: FetchLike): Promise<Glossary> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, {
      signal,
      mode: 'cors',
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new GlossaryError('http', `${url} answered ${response.status}${statusText}`, {
        status: response.status,
      });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof GlossaryError || signal.aborted) throw error;
    throw new GlossaryError('network', `Could not reach ${url} (${(error as Error).message})`, { cause: error });
  }
  return parseGlossaryTextInSlices(text, url, { baseUrl: response.url || url });
}

const fetchWithGlobal: FetchLike = (input, init) => fetch(input, init);

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function formatSeconds(milliseconds: number): string {
  return `${new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(milliseconds / 1000)} s`;
}

/** Forgets every loaded glossary, so the next load asks the network again. */
export function clearGlossaryCache(): void {
  requests.clear();
}
