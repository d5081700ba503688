// @ts-check
// Cross-origin rules for /api/: configured origins only.

/** @typedef {'same' | 'allowed' | 'denied'} OriginVerdict */

/**
 * `same` when the request has no Origin (not a cross-origin browser request), else whether it is listed.
 * @param {string | undefined} origin
 * @param {string[]} allowedOrigins
 * @returns {OriginVerdict}
 */
export function checkOrigin(origin, allowedOrigins) {
  if (origin === undefined) return 'same';
  return allowedOrigins.includes('*') || allowedOrigins.includes(origin) ? 'allowed' : 'denied';
}

/**
 * Headers for an answer to an allowed origin (nothing for the others). Retry-After is exposed so the
 * element can say how long to wait.
 * @param {string | undefined} origin
 * @param {OriginVerdict} verdict
 * @returns {Record<string, string>}
 */
export function corsHeaders(origin, verdict) {
  const headers = { Vary: 'Origin' };
  if (verdict !== 'allowed' || origin === undefined) return headers;
  return { ...headers, 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After' };
}

/**
 * Headers for a preflight from an allowed origin.
 * @param {string} origin
 * @param {boolean} privateNetwork whether Chrome asked for Private Network Access
 * @returns {Record<string, string>}
 */
export function preflightHeaders(origin, privateNetwork) {
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    ...(privateNetwork && { 'Access-Control-Allow-Private-Network': 'true' }),
  };
}
