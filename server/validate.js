// @ts-check
// The signup's fields, checked with the element's rules; messages match what the element says.
import { isValidEmail, normaliseEmail } from './email-rule.js';

export const MESSAGES = Object.freeze({
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  consentMissing: 'Tick the box to agree before subscribing.',
  /** @param {string[]} categories */
  categoryUnknown: (categories) => `Choose one of: ${categories.join(', ')}.`,
});

const MAX_SOURCE_LENGTH = 2_000;

/**
 * @typedef {object} ValidSubmission
 * @property {string} email trimmed and lower-case
 * @property {string} category the configured spelling, or '' when none was chosen
 * @property {boolean} consent
 * @property {string} source
 */

/**
 * @typedef {{ ok: true, value: ValidSubmission } | { ok: false, field: 'email' | 'category' | 'consent', message: string }} Validation
 */

/**
 * Checks the submitted fields (from JSON or a form; unknown fields are ignored).
 * @param {Record<string, unknown>} fields
 * @param {{ categories: string[], requireConsent: boolean }} rules
 * @returns {Validation}
 */
export function validateSubmission(fields, { categories, requireConsent }) {
  const email = typeof fields.email === 'string' ? fields.email : '';
  if (email.trim() === '') return problem('email', MESSAGES.emailMissing);
  if (!isValidEmail(email)) return problem('email', MESSAGES.emailInvalid);

  let category = typeof fields.category === 'string' ? fields.category.trim() : '';
  if (fields.category !== undefined && typeof fields.category !== 'string') {
    return problem('category', MESSAGES.categoryUnknown(categories));
  }
  if (category !== '' && categories.length > 0) {
    const known = categories.find((choice) => choice.toLowerCase() === category.toLowerCase());
    if (!known) return problem('category', MESSAGES.categoryUnknown(categories));
    category = known;
  }
  if (category.length > 100) return problem('category', MESSAGES.categoryUnknown(categories));

  const consent = isYes(fields.consent);
  if (requireConsent && !consent) return problem('consent', MESSAGES.consentMissing);

  const source = typeof fields.source === 'string' ? fields.source.trim().slice(0, MAX_SOURCE_LENGTH) : '';
  return { ok: true, value: { email: normaliseEmail(email), category, consent, source } };
}

/**
 * Whether the honeypot field was filled in (a person never sees it).
 * @param {Record<string, unknown>} fields
 */
export function isHoneypotFilled(fields) {
  const { website } = fields;
  return website !== undefined && website !== null && String(website).trim() !== '';
}

/**
 * `true` from JSON; "true", "on", "1" or "yes" from a form.
 * @param {unknown} value
 */
function isYes(value) {
  return value === true || (typeof value === 'string' && /^(true|on|1|yes)$/i.test(value.trim()));
}

/**
 * @param {'email' | 'category' | 'consent'} field
 * @param {string} message
 * @returns {Validation}
 */
function problem(field, message) {
  return { ok: false, field, message };
}
