// @ts-check
// The /api/ routes: POST /api/subscribe and GET /api/confirm.
import { checkOrigin, corsHeaders, preflightHeaders } from './cors.js';
import { clientKey, mediaType, readBody, sendError, sendHtml, sendJson } from './http.js';
import { subscribedPage, unknownTokenPage } from './pages.js';
import { createRateLimiter, tooManyMessage } from './rate-limit.js';
import { isHoneypotFilled, validateSubmission } from './validate.js';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** Every accepted signup gets this answer, whether the address is new, pending or subscribed. */
const PENDING = Object.freeze({ status: 'pending' });
const TOKEN = /^[0-9a-f]{64}$/;

/**
 * @param {Required<Pick<import('./types.js').AppOptions, 'config' | 'store' | 'log' | 'now'>>} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<void>}
 */
export function createApi({ config, store, log, now }) {
  const perIp = createRateLimiter(config.ratePerIp, now);
  const perAddress = createRateLimiter(config.ratePerAddress, now);

  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} */
  async function subscribe(req, res) {
    const origin = req.headers.origin;
    const verdict = checkOrigin(origin, config.allowedOrigins);
    const cors = corsHeaders(origin, verdict);
    /** @type {(status: number, message: string, extra?: { field?: string, headers?: Record<string, string> }) => void} */
    const fail = (status, message, extra = {}) => sendError(res, status, message, { ...extra, headers: { ...cors, ...extra.headers } });

    if (req.method === 'OPTIONS') {
      if (verdict === 'denied') return fail(403, 'This origin may not use this endpoint.');
      if (verdict === 'same') return void res.writeHead(204, { Allow: 'POST, OPTIONS', ...cors }).end();
      const privateNetwork = req.headers['access-control-request-private-network'] === 'true';
      return void res.writeHead(204, preflightHeaders(/** @type {string} */ (origin), privateNetwork)).end();
    }
    if (req.method !== 'POST') {
      return fail(405, 'Use POST to subscribe.', { headers: { Allow: 'POST, OPTIONS' } });
    }
    if (verdict === 'denied') return fail(403, 'This origin may not use this endpoint.');

    const ipVerdict = perIp.hit(clientKey(req, config.trustProxy));
    if (!ipVerdict.ok) return tooMany(ipVerdict.retryAfterSeconds);

    const type = mediaType(req);
    if (type !== JSON_TYPE && type !== FORM_TYPE) {
      return fail(415, `Send the fields as ${JSON_TYPE} or ${FORM_TYPE}.`);
    }
    const body = await readBody(req, config.bodyLimit);
    if (body === undefined) {
      return fail(413, `The request is larger than ${config.bodyLimit} bytes.`, { headers: { Connection: 'close' } });
    }
    const fields = type === JSON_TYPE ? parseJsonObject(body) : Object.fromEntries(new URLSearchParams(body));
    if (!fields) return fail(400, 'The request body is not a JSON object.');

    // A bot filled the field a person never sees: it gets the usual answer and nothing happens.
    if (isHoneypotFilled(fields)) return sendJson(res, 200, PENDING, cors);

    const result = validateSubmission(fields, config);
    if (!result.ok) return fail(422, result.message, { field: result.field });

    const addressVerdict = perAddress.hit(result.value.email);
    if (!addressVerdict.ok) return tooMany(addressVerdict.retryAfterSeconds);

    const { status, token } = store.subscribe(result.value);
    // Sending the email is out of scope: the link goes to the log (again on a repeat, like a resend).
    if (status === 'pending') {
      log(`Confirm link for ${maskEmail(result.value.email)}: ${config.publicUrl}/api/confirm?token=${token}`);
    }
    return sendJson(res, 200, PENDING, cors);

    /** @param {number} seconds */
    function tooMany(seconds) {
      fail(429, tooManyMessage(seconds), { headers: { 'Retry-After': String(seconds) } });
    }
  }

  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => void} */
  function confirm(req, res, url) {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return sendError(res, 405, 'Open the confirm link in a browser.');
    }
    const token = url.searchParams.get('token') ?? '';
    const row = TOKEN.test(token) ? store.confirm(token) : undefined;
    const home = `${config.publicUrl}/`;
    sendHtml(res, row ? 200 : 404, row ? subscribedPage(home) : unknownTokenPage(home));
  }

  return async (req, res, url) => {
    if (url.pathname === '/api/subscribe') return subscribe(req, res);
    if (url.pathname === '/api/confirm') return confirm(req, res, url);
    sendError(res, 404, 'There is no such endpoint.');
  };
}

/**
 * @param {string} body
 * @returns {Record<string, unknown> | undefined}
 */
function parseJsonObject(body) {
  try {
    const value = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `a***@example.com`: enough to tell log lines apart, not the whole address.
 * @param {string} email
 */
export function maskEmail(email) {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
