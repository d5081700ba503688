// @ts-check
// The SQLite schema, one step per version; `PRAGMA user_version` says how many have run.
import { hashToken } from '../tokens.js';

/** @typedef {(db: import('better-sqlite3').Database, context: { now: number }) => void} Migration */

/** @type {Migration[]} */
export const MIGRATIONS = [
  // 1: the first schema. IF NOT EXISTS adopts databases made before versions were counted.
  (db) =>
    db.exec(`
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
      )`),

  // 2: tokens leave the row and are stored hashed (a pending row's old link keeps working for two
  // days); unsubscribing; rate limits in the database.
  (db, { now }) => {
    db.function('sha256_hex', (/** @type {string} */ token) => hashToken(token));
    db.exec(`
      CREATE TABLE subscribers_v2 (
        id              INTEGER PRIMARY KEY,
        email           TEXT    NOT NULL,
        category        TEXT    NOT NULL DEFAULT '',
        status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'subscribed', 'unsubscribed')),
        source          TEXT    NOT NULL DEFAULT '',
        consent         INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT    NOT NULL,
        confirmed_at    TEXT,
        unsubscribed_at TEXT,
        UNIQUE (email, category)
      );
      INSERT INTO subscribers_v2 (id, email, category, status, source, consent, created_at, confirmed_at)
        SELECT id, email, category, status, source, consent, created_at, confirmed_at FROM subscribers;
      CREATE TABLE tokens (
        hash          TEXT    PRIMARY KEY,
        subscriber_id INTEGER NOT NULL REFERENCES subscribers_v2 (id) ON DELETE CASCADE,
        purpose       TEXT    NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
        expires_at    INTEGER,
        used_at       INTEGER
      );
      CREATE INDEX tokens_by_subscriber ON tokens (subscriber_id);
      INSERT INTO tokens (hash, subscriber_id, purpose, expires_at)
        SELECT sha256_hex(token), id, 'confirm', ${now + 2 * 86_400_000} FROM subscribers WHERE status = 'pending';
      DROP TABLE subscribers;
      ALTER TABLE subscribers_v2 RENAME TO subscribers;
      CREATE TABLE rate_limits (
        key        TEXT    PRIMARY KEY,
        hits       INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX rate_limits_by_expiry ON rate_limits (expires_at);`);
  },
];

/**
 * Runs the steps the database has not had yet, each in a transaction with its version bump.
 * @param {import('better-sqlite3').Database} db
 * @param {number} now
 */
export function migrate(db, now) {
  const from = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  if (from > MIGRATIONS.length) {
    throw new Error(`The database is at schema version ${from}; this server knows up to ${MIGRATIONS.length}. Update the server.`);
  }
  MIGRATIONS.slice(from).forEach((step, index) => {
    db.transaction(() => {
      step(db, { now });
      db.pragma(`user_version = ${from + index + 1}`);
    })();
  });
}
