/** The longest address SMTP carries (RFC 5321: 254 characters in a path). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Whether `email` looks deliverable enough to send: one "@", something before it, a dotted domain
 * after it, no spaces, at most 254 characters. Deliberately plain: the confirmation email is the
 * real check. The reference back-end applies the same rule (server/email-rule.js; a test keeps
 * the two in step).
 */
export function isValidEmail(email: string): boolean {
  const address = email.trim();
  if (address.length === 0 || address.length > MAX_EMAIL_LENGTH) return false;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(address);
}
