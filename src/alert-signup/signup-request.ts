/** What the signup sends (the contract's fields). */
export interface SignupFields {
  email: string;
  category?: string;
  consent?: boolean;
  /** The page the reader signed up on. */
  source: string;
  /** The honeypot: a person never sees it, so it stays empty. */
  website: string;
}

export type SignupEncoding = 'json' | 'form';

/** The POST for a signup, as JSON (default) or `application/x-www-form-urlencoded`. */
export function signupRequestInit(fields: SignupFields, encoding: SignupEncoding, signal: AbortSignal): RequestInit {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [string, string | boolean][];
  const body =
    encoding === 'form'
      ? new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()
      : JSON.stringify(Object.fromEntries(entries));
  return {
    method: 'POST',
    mode: 'cors',
    credentials: 'omit',
    // A redirect would re-send the reader's address (307/308) to wherever it points: never follow one.
    redirect: 'manual',
    signal,
    headers: {
      Accept: 'application/json',
      'Content-Type': encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    },
    body,
  };
}

export type SignupFailureKind = 'validation' | 'http' | 'network' | 'timeout' | 'parse';

export type SignupOutcome =
  | { ok: true; status: 'pending' | 'subscribed'; response: unknown }
  | { ok: false; kind: SignupFailureKind; reason: FailureReason; message?: string; status?: number; field?: string; retryAfterSeconds?: number };

/** Why a signup failed, for choosing the reader's message; `message` is the server's own, as text. */
export type FailureReason = 'refused' | 'rate-limited' | 'unavailable' | 'not-json' | 'unreachable' | 'slow';

const KNOWN_FIELDS = new Set(['email', 'category', 'consent']);
const MAX_SERVER_MESSAGE = 300;

/**
 * Reads the endpoint's answer per the contract. Only a 2xx with a JSON body is a success, and
 * not even then when the body says `"status": "error"`; a reply that is not JSON (a CAPTCHA or
 * login page, say) is a failure, never a success.
 */
export async function interpretResponse(response: Response): Promise<SignupOutcome> {
  const { status } = response;
  // `redirect: 'manual'` turns any 3xx into an opaque answer: the endpoint is not where it said.
  if (response.type === 'opaqueredirect') return { ok: false, kind: 'http', reason: 'unavailable' };
  // Read outside the try: a body cut short by the timeout is a timeout, not an unreadable reply.
  const text = await response.text();
  // A 2xx with nothing to say (204) has accepted the address.
  if (response.ok && text.trim() === '') return { ok: true, status: 'subscribed', response: null };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (status === 429 || status >= 500) return failure(status, response.headers.get('Retry-After'));
    return { ok: false, kind: 'parse', reason: 'not-json', status };
  }
  const record = isRecord(body) ? body : {};
  const error = isRecord(record.error) ? record.error : {};
  const serverMessage = textOrUndefined(error.message) ?? textOrUndefined(record.message);
  const field = typeof error.field === 'string' && KNOWN_FIELDS.has(error.field) ? error.field : undefined;

  if (response.ok && record.status !== 'error') {
    return { ok: true, status: record.status === 'pending' ? 'pending' : 'subscribed', response: body };
  }
  if (response.ok || (status >= 400 && status < 500 && status !== 429)) {
    return { ok: false, kind: 'http', reason: 'refused', status, ...(serverMessage && { message: serverMessage }), ...(field && { field }) };
  }
  return failure(status, response.headers.get('Retry-After'));
}

function failure(status: number, retryAfter?: string | null): SignupOutcome {
  if (status === 429) {
    const seconds = retryAfterSeconds(retryAfter ?? null);
    return { ok: false, kind: 'http', reason: 'rate-limited', status, ...(seconds !== undefined && { retryAfterSeconds: seconds }) };
  }
  return { ok: false, kind: 'http', reason: 'unavailable', status };
}

/** Beyond this a wait in minutes means nothing to a reader: the message says "later" instead. */
const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * `Retry-After` in seconds: either a number of seconds or an HTTP date; undefined when it is
 * garbage, `Infinity` when it is over an hour away (the reader is told "later").
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : Math.max(0, Math.ceil((Date.parse(header) - now) / 1000));
  return Number.isNaN(seconds) ? undefined : seconds > MAX_RETRY_AFTER_SECONDS ? Infinity : seconds;
}

function textOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  return text.length > MAX_SERVER_MESSAGE ? `${text.slice(0, MAX_SERVER_MESSAGE - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
