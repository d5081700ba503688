// @ts-check
// Subscribers as CSV (RFC 4180), safe to open in a spreadsheet.

export const CSV_COLUMNS = /** @type {const} */ (['email', 'category', 'status', 'source', 'consent', 'created_at', 'confirmed_at', 'unsubscribed_at']);

/**
 * One cell: a leading = + - @ (or tab, carriage return) gets a ' so a spreadsheet shows it as text instead
 * of running it as a formula; cells with a comma, quote or line break are quoted.
 * @param {unknown} value
 */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The header and one line per subscriber, CRLF line ends.
 * @param {Iterable<import('./types.js').SubscriberRow>} rows
 */
export function toCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
