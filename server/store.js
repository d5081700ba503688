// @ts-check
// The subscriber list in SQLite: one row per address and category, pending until confirmed.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS subscribers (
    id           INTEGER PRIMARY KEY,
    email        TEXT    NOT NULL,
    category     TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'subscribed')),
    token        TEXT    NOT NULL UNIQUE,
    source       TEXT    NOT NULL DEFAULT '',
    consent      INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL,
    confirmed_at TEXT,
    UNIQUE (email, category)
  )`;

const COLUMNS = 'id, email, category, status, token, source, consent, created_at, confirmed_at';

/**
 * Opens (creating if needed, with its folder) the database at `path`.
 * @param {string} path a file, or ":memory:"
 * @param {{ readonly?: boolean }} [options] readonly: for export; the file must exist
 * @returns {import('./types.js').Store}
 */
export function openStore(path, { readonly = false } = {}) {
  if (!readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
  }
  db.pragma('busy_timeout = 5000');

  const insert = db.prepare(
    `INSERT INTO subscribers (email, category, token, source, consent, created_at)
     VALUES (@email, @category, @token, @source, @consent, @created_at)
     ON CONFLICT (email, category) DO NOTHING`,
  );
  const byAddress = db.prepare(`SELECT ${COLUMNS} FROM subscribers WHERE email = ? AND category = ?`);
  const byToken = db.prepare(`SELECT ${COLUMNS} FROM subscribers WHERE token = ?`);
  const markSubscribed = db.prepare(
    `UPDATE subscribers SET status = 'subscribed', confirmed_at = ? WHERE token = ? AND status = 'pending'`,
  );
  const everyone = db.prepare(`SELECT ${COLUMNS} FROM subscribers ORDER BY id`);

  /** @type {(email: string, category: string) => import('./types.js').SubscriberRow} */
  const rowFor = (email, category) => toRow(/** @type {RawRow} */ (byAddress.get(email, category)));

  const subscribe = db.transaction(
    /** @param {import('./types.js').NewSubscriber} subscriber */
    (subscriber) => {
      const email = subscriber.email.trim().toLowerCase();
      const category = subscriber.category?.trim() ?? '';
      const { changes } = insert.run({
        email,
        category,
        token: randomBytes(32).toString('hex'),
        source: subscriber.source ?? '',
        consent: subscriber.consent ? 1 : 0,
        created_at: new Date().toISOString(),
      });
      const row = rowFor(email, category);
      return { created: changes === 1, status: row.status, token: row.token };
    },
  );

  return {
    path,
    subscribe: (subscriber) => subscribe(subscriber),
    confirm(token) {
      markSubscribed.run(new Date().toISOString(), token);
      const row = byToken.get(token);
      return row ? toRow(/** @type {RawRow} */ (row)) : undefined;
    },
    byToken(token) {
      const row = byToken.get(token);
      return row ? toRow(/** @type {RawRow} */ (row)) : undefined;
    },
    all: () => everyone.all().map((row) => toRow(/** @type {RawRow} */ (row))),
    close: () => db.close(),
  };
}

/** @typedef {Omit<import('./types.js').SubscriberRow, 'consent'> & { consent: number }} RawRow */

/**
 * @param {RawRow} row
 * @returns {import('./types.js').SubscriberRow}
 */
function toRow(row) {
  return { ...row, consent: row.consent === 1 };
}
