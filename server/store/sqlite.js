// @ts-check
// The subscriber list in SQLite (better-sqlite3, WAL): the embedded default, one instance.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, MIGRATIONS } from './sqlite-migrations.js';
import { EXPORT_STATUS, toRow } from './rows.js';

/**
 * Opens (creating if needed, with its folder, and migrating) the database at `path`.
 * @param {string} path a file, or ":memory:"
 * @param {{ readonly?: boolean, now?: number }} [options] readonly: for export; the file must exist
 * @returns {import('../types.js').Store}
 */
export function openSqliteStore(path, { readonly = false, now = Date.now() } = {}) {
  if (!readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 5000');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, now);
  } else if (db.pragma('user_version', { simple: true }) !== MIGRATIONS.length) {
    db.close();
    throw new Error(`${path} has another schema version than this server's: start the server once (it migrates the database), then export.`);
  }

  const insert = db.prepare(
    `INSERT INTO subscribers (email, category, source, consent, created_at)
     VALUES (@email, @category, @source, @consent, @created_at)
     ON CONFLICT (email, category) DO NOTHING`,
  );
  const byAddress = db.prepare('SELECT id, status FROM subscribers WHERE email = ? AND category = ?');
  const resubscribe = db.prepare(`UPDATE subscribers SET status = 'pending', unsubscribed_at = NULL WHERE id = ?`);
  const addToken = db.prepare('INSERT INTO tokens (hash, subscriber_id, purpose, expires_at) VALUES (?, ?, ?, ?)');
  const findToken = db.prepare(
    `SELECT t.subscriber_id, t.expires_at, t.used_at, s.email, s.status, s.source
     FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = ? AND t.purpose = ?`,
  );
  const useToken = db.prepare('UPDATE tokens SET used_at = ? WHERE hash = ?');
  const markSubscribed = db.prepare(`UPDATE subscribers SET status = 'subscribed', confirmed_at = ? WHERE id = ? AND status = 'pending'`);
  const markUnsubscribed = db.prepare(
    `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ? WHERE id = ? AND status != 'unsubscribed'`,
  );
  // Unsubscribing also ends the confirm links still in the inbox.
  const dropConfirmTokens = db.prepare(`DELETE FROM tokens WHERE subscriber_id = ? AND purpose = 'confirm' AND used_at IS NULL`);
  const hit = db.prepare(
    `INSERT INTO rate_limits (key, hits, expires_at) VALUES (@key, 1, @now + @window)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.expires_at <= @now THEN 1 ELSE rate_limits.hits + 1 END,
       expires_at = CASE WHEN rate_limits.expires_at <= @now THEN excluded.expires_at ELSE rate_limits.expires_at END
     RETURNING hits, expires_at`,
  );
  const sweepLimits = db.prepare('DELETE FROM rate_limits WHERE expires_at <= ?');
  const everyone = db.prepare(
    `SELECT s.id, s.email, s.category, ${EXPORT_STATUS} AS status, s.source, s.consent, s.created_at, s.confirmed_at, s.unsubscribed_at
     FROM subscribers s ORDER BY s.id`,
  );

  /** @type {(hash: string, purpose: string, now: number) => import('../types.js').TokenLookup & { id?: number }} */
  const lookup = (hash, purpose, now) => {
    const row = /** @type {TokenRow | undefined} */ (findToken.get(hash, purpose));
    if (!row) return { state: 'unknown', subscriber: undefined };
    const subscriber = { email: row.email, status: row.status, source: row.source };
    const state = row.used_at !== null ? 'used' : row.expires_at !== null && row.expires_at <= now ? 'expired' : 'valid';
    return { state, subscriber, id: row.subscriber_id };
  };
  const iso = (/** @type {number} */ time) => new Date(time).toISOString();
  let lastSweep = 0;

  const subscribe = db.transaction(
    /** @type {(subscriber: import('../types.js').NewSubscriber, tokens: import('../types.js').NewToken[], now: number) => import('../types.js').SubscribeResult} */
    (subscriber, tokens, now) => {
      const email = subscriber.email;
      const category = subscriber.category ?? '';
      const { changes } = insert.run({
        email,
        category,
        source: subscriber.source ?? '',
        consent: subscriber.consent ? 1 : 0,
        created_at: iso(now),
      });
      const row = /** @type {{ id: number, status: import('../types.js').SubscriberStatus }} */ (byAddress.get(email, category));
      if (row.status === 'unsubscribed') resubscribe.run(row.id);
      const status = row.status === 'subscribed' ? 'subscribed' : 'pending';
      if (status === 'pending') for (const token of tokens) addToken.run(token.hash, row.id, token.purpose, token.expiresAt);
      return { created: changes === 1, status };
    },
  );

  const confirm = db.transaction((/** @type {string} */ hash, /** @type {number} */ now) => {
    const { id, ...found } = lookup(hash, 'confirm', now);
    if (found.state === 'valid' && id !== undefined) {
      useToken.run(now, hash);
      markSubscribed.run(iso(now), id);
    }
    return found;
  });

  const unsubscribe = db.transaction((/** @type {string} */ hash, /** @type {number} */ now) => {
    const { id, ...found } = lookup(hash, 'unsubscribe', now);
    if (id !== undefined) {
      markUnsubscribed.run(iso(now), id);
      dropConfirmTokens.run(id);
    }
    return found;
  });

  return {
    kind: 'sqlite',
    location: path,
    subscribe: async (subscriber, tokens, now) => subscribe(subscriber, tokens, now),
    lookup: async (hash, purpose, now) => {
      const { id: _id, ...found } = lookup(hash, purpose, now);
      return found;
    },
    confirm: async (hash, now) => confirm(hash, now),
    unsubscribe: async (hash, now) => unsubscribe(hash, now),
    async hit(key, { limit, windowMs }, now) {
      if (now - lastSweep > 60_000) {
        sweepLimits.run(now);
        lastSweep = now;
      }
      const { hits, expires_at } = /** @type {{ hits: number, expires_at: number }} */ (hit.get({ key, now, window: windowMs }));
      return hits <= limit ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((expires_at - now) / 1000)) };
    },
    all: async (now) => everyone.all({ now }).map((row) => toRow(/** @type {import('./rows.js').RawRow} */ (row))),
    close: async () => void db.close(),
  };
}

/** @typedef {{ subscriber_id: number, expires_at: number | null, used_at: number | null, email: string, status: import('../types.js').SubscriberStatus, source: string }} TokenRow */
