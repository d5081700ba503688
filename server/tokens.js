// @ts-check
// Link tokens: 256 random bits for the email, only their SHA-256 in the database (a copy of the
// database cannot confirm or unsubscribe anyone).
import { createHash, randomBytes } from 'node:crypto';

const TOKEN = /^[0-9a-f]{64}$/;

/** A fresh token for a link. */
export function newToken() {
  return randomBytes(32).toString('hex');
}

/** @param {string} token */
export function hashToken(token) {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Whether `value` has a token's shape (anything else is unknown without asking the database).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isTokenShaped(value) {
  return typeof value === 'string' && TOKEN.test(value);
}
