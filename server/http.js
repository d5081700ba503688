// @ts-check
// Small node:http helpers: answers, the request body with a size limit, the client's address.
import { isIP } from 'node:net';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/**
 * `{"error": {"message", "field"?}}`, the contract's error shape.
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {{ field?: string, headers?: Record<string, string> }} [extra]
 */
export function sendError(res, status, message, { field, headers } = {}) {
  sendJson(res, status, { error: { message, ...(field && { field }) } }, headers);
}

/**
 * A page of the server's own: no script, only its one stylesheet (allowed by hash), forms to itself.
 * @param {ServerResponse} res
 * @param {number} status
 * @param {{ html: string, styleHash: string }} page
 */
export function sendHtml(res, status, { html, styleHash }) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The page's address holds a token: it goes nowhere else.
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': `default-src 'none'; style-src '${styleHash}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
  });
  res.end(html);
}

/**
 * Whether the request declares a body over `limit` bytes. The caller answers 413 at once; the
 * body is then read and dropped (bounded by the server's requestTimeout) so the client, still
 * sending, gets the answer instead of a reset connection.
 * @param {IncomingMessage} req
 * @param {number} limit
 */
export function declaresTooLarge(req, limit) {
  if (!(Number(req.headers['content-length']) > limit)) return false;
  req.resume();
  return true;
}

/**
 * The body as text, or `undefined` once it grows over `limit` bytes (the rest is read and dropped).
 * @param {IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<string | undefined>}
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      req.resume();
      resolve(undefined);
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks).toString('utf8'));
      settled = true;
    });
    req.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
  });
}

/**
 * The media type without parameters, lower-case ('' when absent).
 * @param {IncomingMessage} req
 */
export function mediaType(req) {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * The key rate limits count by: the peer's address, or behind `trustedHops` proxies of yours the
 * X-Forwarded-For entry that many from the right (each proxy appends the address it saw; entries
 * further left are whatever the client wrote). A value that is not an address is ignored. An IPv6
 * address counts by its /64, which one household or host usually holds.
 * @param {IncomingMessage} req
 * @param {number} trustedHops
 */
export function clientKey(req, trustedHops) {
  const address = (forwardedAddress(req, trustedHops) ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/i, '');
  return address.includes(':') ? ipv6Prefix(address) : address;
}

/**
 * @param {IncomingMessage} req
 * @param {number} trustedHops
 */
function forwardedAddress(req, trustedHops) {
  if (trustedHops < 1) return undefined;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((entry) => entry.trim());
  const entry = entries.length >= trustedHops ? entries[entries.length - trustedHops] : undefined;
  return entry !== undefined && isIP(entry) !== 0 ? entry : undefined;
}

/**
 * The first four groups of an IPv6 address, with "::" expanded.
 * @param {string} address
 */
function ipv6Prefix(address) {
  const [head, tail] = address.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...zeros, ...right].slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
  return `${groups.join(':')}::/64`;
}
