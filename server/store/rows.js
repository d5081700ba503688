// @ts-check
// What both stores share: the export's status and the row shape.

/**
 * A pending row whose every confirm link has expired (or that has none left) shows as `expired`:
 * the person never confirmed in time. `@now` / `$1` is the time of the export.
 * @param {string} now the SQL parameter holding the time
 */
export const exportStatus = (now) => `CASE WHEN s.status = 'pending' AND NOT EXISTS (
    SELECT 1 FROM tokens t WHERE t.subscriber_id = s.id AND t.purpose = 'confirm' AND t.used_at IS NULL AND t.expires_at > ${now}
  ) THEN 'expired' ELSE s.status END`;

export const EXPORT_STATUS = exportStatus('@now');

/** @typedef {Omit<import('../types.js').SubscriberRow, 'consent'> & { consent: number | boolean }} RawRow */

/**
 * @param {RawRow} row
 * @returns {import('../types.js').SubscriberRow}
 */
export function toRow(row) {
  const time = (/** @type {unknown} */ value) => (value instanceof Date ? value.toISOString() : /** @type {string | null} */ (value));
  return {
    id: Number(row.id),
    email: row.email,
    category: row.category,
    status: row.status,
    source: row.source,
    consent: row.consent === 1 || row.consent === true,
    created_at: /** @type {string} */ (time(row.created_at)),
    confirmed_at: time(row.confirmed_at),
    unsubscribed_at: time(row.unsubscribed_at),
  };
}
