// @ts-check
// The subscriber list in PostgreSQL (pg): for sites running several instances, which share the
// list, the tokens and the rate limits through it.
import pg from 'pg';
import { migrate } from './postgres-migrations.js';
import { exportStatus, toRow } from './rows.js';

/**
 * Connects to `url`, migrates, and gives the same store as SQLite's.
 * @param {string} url `postgres://user:password@host:port/database`
 * @param {{ max?: number }} [options] max: connections in the pool
 * @returns {Promise<import('../types.js').Store>}
 */
export async function openPostgresStore(url, { max = 10 } = {}) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that fails (the server restarts) must not take the process down.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const iso = (/** @type {number} */ time) => new Date(time).toISOString();
  let lastSweep = 0;

  /**
   * @template T
   * @param {(client: import('pg').PoolClient) => Promise<T>} work
   */
  async function transaction(work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The token's row, locked for the rest of the transaction when `lock` is set.
   * @param {import('pg').PoolClient | import('pg').Pool} db
   * @param {string} hash
   * @param {string} purpose
   * @param {number} now
   * @param {boolean} lock
   * @returns {Promise<import('../types.js').TokenLookup & { id?: string }>}
   */
  async function lookup(db, hash, purpose, now, lock) {
    const { rows } = await db.query(
      `SELECT t.subscriber_id, t.expires_at, t.used_at, s.email, s.status, s.source
       FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = $1 AND t.purpose = $2${lock ? ' FOR UPDATE OF t, s' : ''}`,
      [hash, purpose],
    );
    const row = rows[0];
    if (!row) return { state: 'unknown', subscriber: undefined };
    const expiresAt = row.expires_at === null ? null : Number(row.expires_at);
    const state = row.used_at !== null ? 'used' : expiresAt !== null && expiresAt <= now ? 'expired' : 'valid';
    return { state, subscriber: { email: row.email, status: row.status, source: row.source }, id: row.subscriber_id };
  }

  return {
    kind: 'postgres',
    location: url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@'),
    subscribe: (subscriber, tokens, now) =>
      transaction(async (client) => {
        const email = subscriber.email;
        const category = subscriber.category ?? '';
        const inserted = await client.query(
          `INSERT INTO subscribers (email, category, source, consent, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (email, category) DO NOTHING RETURNING id`,
          [email, category, subscriber.source ?? '', subscriber.consent ?? false, iso(now)],
        );
        const { rows } = await client.query('SELECT id, status FROM subscribers WHERE email = $1 AND category = $2 FOR UPDATE', [email, category]);
        const row = rows[0];
        if (row.status === 'unsubscribed') {
          await client.query(`UPDATE subscribers SET status = 'pending', unsubscribed_at = NULL WHERE id = $1`, [row.id]);
        }
        const status = row.status === 'subscribed' ? 'subscribed' : 'pending';
        if (status === 'pending') {
          for (const token of tokens) {
            await client.query('INSERT INTO tokens (hash, subscriber_id, purpose, expires_at) VALUES ($1, $2, $3, $4)', [
              token.hash,
              row.id,
              token.purpose,
              token.expiresAt,
            ]);
          }
        }
        return { created: inserted.rowCount === 1, status };
      }),
    async lookup(hash, purpose, now) {
      const { id: _id, ...found } = await lookup(pool, hash, purpose, now, false);
      return found;
    },
    confirm: (hash, now) =>
      transaction(async (client) => {
        const { id, ...found } = await lookup(client, hash, 'confirm', now, true);
        if (found.state === 'valid') {
          await client.query('UPDATE tokens SET used_at = $1 WHERE hash = $2', [now, hash]);
          await client.query(`UPDATE subscribers SET status = 'subscribed', confirmed_at = $1 WHERE id = $2 AND status = 'pending'`, [iso(now), id]);
        }
        return found;
      }),
    unsubscribe: (hash, now) =>
      transaction(async (client) => {
        const { id, ...found } = await lookup(client, hash, 'unsubscribe', now, true);
        if (id !== undefined) {
          await client.query(`UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = $1 WHERE id = $2 AND status != 'unsubscribed'`, [
            iso(now),
            id,
          ]);
          // Unsubscribing also ends the confirm links still in the inbox.
          await client.query(`DELETE FROM tokens WHERE subscriber_id = $1 AND purpose = 'confirm' AND used_at IS NULL`, [id]);
        }
        return found;
      }),
    async hit(key, { limit, windowMs }, now) {
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        await pool.query('DELETE FROM rate_limits WHERE expires_at <= $1', [now]);
      }
      // One statement: two instances counting the same key at once both land in the row.
      const { rows } = await pool.query(
        `INSERT INTO rate_limits (key, hits, expires_at) VALUES ($1, 1, $2::bigint + $3::bigint)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN rate_limits.expires_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
           expires_at = CASE WHEN rate_limits.expires_at <= $2 THEN excluded.expires_at ELSE rate_limits.expires_at END
         RETURNING hits, expires_at`,
        [key, now, windowMs],
      );
      const hits = Number(rows[0].hits);
      const expiresAt = Number(rows[0].expires_at);
      return hits <= limit ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt - now) / 1000)) };
    },
    async all(now) {
      const { rows } = await pool.query(
        `SELECT s.id, s.email, s.category, ${exportStatus('$1')} AS status, s.source, s.consent, s.created_at, s.confirmed_at, s.unsubscribed_at
         FROM subscribers s ORDER BY s.id`,
        [now],
      );
      return rows.map(toRow);
    },
    close: () => pool.end(),
  };
}
