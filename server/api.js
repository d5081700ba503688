// @ts-check
// POST /api/subscribe: checks, counts, stores, and has the confirmation email sent.
import { checkOrigin, corsHeaders, preflightHeaders } from './cors.js';
import { clientKey, declaresTooLarge, mediaType, readBody, sendError, sendJson } from './http.js';
import { tooManyMessage } from './rate-limit.js';
import { hashToken, newToken } from './tokens.js';
import { isHoneypotFilled, validateSubmission } from './validate.js';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** Every accepted signup gets this answer: new, pending, subscribed, or over the per-address limit. */
const PENDING = Object.freeze({ status: 'pending' });

/**
 * @typedef {object} SubscribeContext
 * @property {import('./types.js').Config} config
 * @property {import('./types.js').Store} store
 * @property {import('./mailer.js').Mailer} mailer
 * @property {() => number} now
 * @property {(work: Promise<void>) => void} track keeps a send in view until it ends (for shutdown)
 */

/**
 * @param {SubscribeContext} context
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createSubscribe({ config, store, mailer, now, track }) {
  return async function subscribe(req, res) {
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
    if (declaresTooLarge(req, config.bodyLimit)) return fail(413, `The request is larger than ${config.bodyLimit} bytes.`);

    const clientVerdict = await store.hit(`client:${clientKey(req, config.trustProxy)}`, config.ratePerIp, now());
    if (!clientVerdict.ok) {
      const seconds = clientVerdict.retryAfterSeconds;
      return fail(429, tooManyMessage(seconds), { headers: { 'Retry-After': String(seconds) } });
    }

    const type = mediaType(req);
    if (type !== JSON_TYPE && type !== FORM_TYPE) {
      return fail(415, `Send the fields as ${JSON_TYPE} or ${FORM_TYPE}.`);
    }
    const body = await readBody(req, config.bodyLimit);
    if (body === undefined) return fail(413, `The request is larger than ${config.bodyLimit} bytes.`);
    const fields = type === JSON_TYPE ? parseJsonObject(body) : Object.fromEntries(new URLSearchParams(body));
    if (!fields) return fail(400, 'The request body is not a JSON object.');

    // A bot filled the field a person never sees: it gets the usual answer and nothing happens.
    if (isHoneypotFilled(fields)) return sendJson(res, 200, PENDING, cors);

    const result = validateSubmission(fields, config);
    if (!result.ok) return fail(422, result.message, { field: result.field });
    const subscriber = result.value;

    // Over the per-address limit: the same answer and nothing sent, so a stranger can neither flood
    // an inbox nor learn that the address was used (the owner still has the emails already sent).
    const time = now();
    const addressVerdict = await store.hit(`address:${subscriber.email}`, config.ratePerAddress, time);
    if (!addressVerdict.ok) return sendJson(res, 200, PENDING, cors);

    const confirmToken = newToken();
    const unsubscribeToken = newToken();
    const { status } = await store.subscribe(
      subscriber,
      [
        { hash: hashToken(confirmToken), purpose: 'confirm', expiresAt: time + config.confirmTtlMs },
        { hash: hashToken(unsubscribeToken), purpose: 'unsubscribe', expiresAt: null },
      ],
      time,
    );
    // Sent after the answer, so its time tells nothing either; a repeat while pending is a resend.
    if (status === 'pending') {
      track(
        mailer.sendConfirmation({
          to: subscriber.email,
          siteName: config.siteName,
          confirmUrl: `${config.publicUrl}/api/confirm?token=${confirmToken}`,
          unsubscribeUrl: `${config.publicUrl}/api/unsubscribe?token=${unsubscribeToken}`,
          validFor: spanInWords(config.confirmTtlMs),
        }),
      );
    }
    return sendJson(res, 200, PENDING, cors);
  };
}

/**
 * `48 hours`, `30 minutes`.
 * @param {number} ms
 */
function spanInWords(ms) {
  const [amount, unit] = ms >= 3_600_000 ? [Math.round(ms / 3_600_000), 'hour'] : [Math.max(1, Math.round(ms / 60_000)), 'minute'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
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
