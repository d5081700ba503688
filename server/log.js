// @ts-check
// Log lines that say only what the server meant: text from requests cannot start a line of its own.

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional overrides and
 * isolates, written as `\u{…}`: an address cannot add a fake log line, recolour a terminal or reverse
 * the text after it.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\\]/g;

/** @param {string} text */
export function escapeForLog(text) {
  return text.replace(UNSAFE, (char) => (char === '\\' ? '\\\\' : `\\u{${char.codePointAt(0)?.toString(16)}}`));
}

/**
 * A log function that escapes what it is given.
 * @param {(line: string) => void} write
 * @returns {(line: string) => void}
 */
export function safeLog(write) {
  return (line) => write(escapeForLog(line));
}

/**
 * `a***@example.com`: enough to tell log lines apart, not the whole address.
 * @param {string} email
 */
export function maskEmail(email) {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
