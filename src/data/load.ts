import { GlossaryError, isGlossaryError } from './errors.js';
import { LIMITS } from './limits.js';
import { checkSize, parseGlossaryText, parseGlossaryTextInSlices, validateFromInSlices } from './parse.js';
import { DEFAULT_TIMEOUT_MS } from './timeout.js';
import type { Glossary } from './types.js';

/** The contract's default: a load that takes longer than this fails with a `timeout` error. */
export { DEFAULT_TIMEOUT_MS };

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
  /** Reads the source again even when it is loaded (refresh); a load already on its way is joined. */
  reload?: boolean;
}

/**
 * Loads the glossary named by an element's `src`: a URL (fetched once per page however many
 * elements ask) or `#id`, the text of a `<script type="application/json">` on the page.
 */
export async function loadGlossary(src: string, options: LoadOptions = {}): Promise<Glossary> {
  if (src.startsWith('#')) return readInline(src.slice(1), options.root ?? document, options.reload);
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
 * in slices, so that a 100,000-term document never blocks the page. `reload` checks it again (an
 * object changed in place).
 */
export function glossaryFromObject(data: object, baseUrl = document.baseURI, reload = false): Promise<Glossary> {
  let glossary = reload ? undefined : validatedObjects.get(data);
  if (!glossary) {
    glossary = validateFromInSlices(data, 'the glossary property', { baseUrl });
    validatedObjects.set(data, glossary);
    // A failed validation is not kept: fixing the object in place and setting it again re-checks.
    glossary.catch(() => validatedObjects.delete(data));
  }
  return glossary;
}

const inlineCache = new WeakMap<Element, { text: string; glossary: Glossary }>();

function readInline(id: string, root: Document | ShadowRoot, reload?: boolean): Glossary {
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
  if (!reload && cached?.text === text) return cached.glossary;
  const glossary = parseGlossaryText(text, source, { baseUrl: element.ownerDocument.baseURI });
  inlineCache.set(element, { text, glossary });
  return glossary;
}

interface SharedRequest {
  promise: Promise<Glossary>;
  controller: AbortController;
  /** When each caller still waiting gives up; retries stop at the latest. */
  deadlines: number[];
  settled: boolean;
  /** The loaded copy a refresh replaces: later callers get it until the refresh succeeds. */
  previous?: SharedRequest | undefined;
}

/** One request per URL per page, shared by every element naming it; failures are forgotten. */
const requests = new Map<string, SharedRequest>();

async function loadShared(url: string, options: LoadOptions): Promise<Glossary> {
  let request = requests.get(url);
  // A refresh passes over a loaded copy, but joins a load already on its way.
  if (!request || (options.reload && request.settled)) request = startRequest(url, options.fetch ?? fetchWithGlobal, request);
  else if (!options.reload) request = request.previous ?? request;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeout;
  // A timer rather than AbortSignal.timeout: one clock for the deadline and the backoff.
  const timedOut = new AbortController();
  const timer = setTimeout(() => timedOut.abort(), timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timedOut.signal]) : timedOut.signal;

  request.deadlines.push(deadline);
  try {
    return await untilAborted(request.promise, signal);
  } catch (error) {
    if (timedOut.signal.aborted && !options.signal?.aborted) {
      throw new GlossaryError('timeout', `Loading ${url} took longer than ${formatSeconds(timeout)}`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    request.deadlines.splice(request.deadlines.indexOf(deadline), 1);
    // Nobody waits any more: stop the download (or the pending retry) instead of finishing it for no one.
    if (!request.deadlines.length && !request.settled) {
      request.controller.abort();
      forget(url, request);
    }
  }
}

function startRequest(url: string, fetchFn: FetchLike, previous?: SharedRequest): SharedRequest {
  const controller = new AbortController();
  const deadlines: number[] = [];
  const request: SharedRequest = {
    controller,
    deadlines,
    settled: false,
    previous,
    promise: fetchWithRetries(url, controller.signal, deadlines, fetchFn).then(
      (glossary) => {
        request.settled = true;
        request.previous = undefined;
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

/** Drops a failed or abandoned request; a failed refresh leaves the copy it was to replace. */
function forget(url: string, request: SharedRequest): void {
  if (requests.get(url) !== request) return;
  if (request.previous) requests.set(url, request.previous);
  else requests.delete(url);
}

/** Retries after a network error or a 5xx: at most this many, so three attempts in all. */
const RETRIES = 2;
/** The first retry waits about this long, the second about twice as long (each ±50 % at random). */
const BACKOFF_MS = 500;

/**
 * Fetches and parses the glossary, retrying network errors and 5xx answers (never 4xx, parse or
 * schema errors) with exponential backoff. A retry that could not start before the last waiting
 * caller's deadline is not tried: the caller gets the real failure now instead of a timeout later.
 */
async function fetchWithRetries(url: string, signal: AbortSignal, deadlines: number[], fetchFn: FetchLike): Promise<Glossary> {
  for (let attempt = 1; ; attempt++) {
    const tries = attempt > 1 ? `${attempt} attempts` : '';
    let response: Response | undefined;
    let text: string | undefined;
    let error: GlossaryError;
    try {
      response = await fetchFn(url, { signal, mode: 'cors', credentials: 'omit', headers: { Accept: 'application/json' } });
      if (response.ok) text = await bodyWithinLimit(response, url);
    } catch (cause) {
      if (signal.aborted || isGlossaryError(cause)) throw cause;
      response = undefined;
      const reason = `${(cause as Error).message}${tries && `; ${tries}`}`;
      error = new GlossaryError('network', `Could not reach ${url} (${reason})`, { cause });
    }
    if (text !== undefined) return parseGlossaryTextInSlices(text, url, { baseUrl: response!.url || url });
    if (response) {
      const { status, statusText } = response;
      error = new GlossaryError('http', `${url} answered ${status}${statusText && ` ${statusText}`}${tries && ` (${tries})`}`, { status });
      if (status < 500) throw error;
    }
    const delay = retryAfter(response) ?? BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random());
    if (attempt > RETRIES || Date.now() + delay >= Math.max(...deadlines)) throw error!;
    await sleep(delay, signal);
  }
}

/**
 * The body as text, refused as soon as it is known to be over the size limit: from its
 * Content-Length, else while it streams in, so a 1 GB answer is never read whole.
 */
async function bodyWithinLimit(response: Response, url: string): Promise<string> {
  checkSize(Number(response.headers.get('Content-Length') ?? 0), url);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > LIMITS.documentBytes) {
      void reader.cancel();
      checkSize(size, url);
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The wait a 503 asks for in `Retry-After` (seconds or a date), in milliseconds. Cross-origin, a
 * browser shows the header only when the server lists it in `Access-Control-Expose-Headers`.
 */
function retryAfter(response: Response | undefined): number | undefined {
  const header = response?.status === 503 && response.headers.get('Retry-After');
  if (!header) return undefined;
  const milliseconds = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return milliseconds >= 0 ? milliseconds : undefined;
}

/** Resolves after `milliseconds`, or rejects at once (clearing the timer) when `signal` aborts. */
function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // The request's signal outlives the wait: take the listener off again when the wait is over.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
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
