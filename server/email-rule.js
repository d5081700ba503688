// The email rule `<alert-signup>` applies before it sends (src/data/email.ts), for the server.
// Plain ES module with no imports, so browser code can load it as is; a test keeps the two in step.

/** The longest address SMTP carries (RFC 5321: 254 characters in a path). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Whether `email` looks deliverable enough to send: one "@", something before it, a dotted domain
 * after it, no spaces, at most 254 characters (after trimming). The confirmation email is the real check.
 * @param {string} email
 * @returns {boolean}
 */
export function isValidEmail(email) {
  const address = email.trim();
  if (address.length === 0 || address.length > MAX_EMAIL_LENGTH) return false;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(address);
}

/**
 * The form an address is stored and compared in: trimmed, lower-case.
 * @param {string} email
 * @returns {string}
 */
export function normaliseEmail(email) {
  return email.trim().toLowerCase();
}
