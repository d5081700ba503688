// @ts-check
// The PostgreSQL schema, one step per version, recorded in schema_migrations.

/** Any fixed number: instances starting together take turns on it. */
const MIGRATION_LOCK = 16_2026;

export const MIGRATIONS = [
  // 1: subscribers, their link tokens (SHA-256 only) and the shared rate limits.
  `CREATE TABLE subscribers (
     id              BIGSERIAL PRIMARY KEY,
     email           TEXT        NOT NULL,
     category        TEXT        NOT NULL DEFAULT '',
     status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'subscribed', 'unsubscribed')),
     source          TEXT        NOT NULL DEFAULT '',
     consent         BOOLEAN     NOT NULL DEFAULT FALSE,
     created_at      TIMESTAMPTZ NOT NULL,
     confirmed_at    TIMESTAMPTZ,
     unsubscribed_at TIMESTAMPTZ,
     UNIQUE (email, category)
   );
   CREATE TABLE tokens (
     hash          TEXT   PRIMARY KEY,
     subscriber_id BIGINT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     purpose       TEXT   NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
     expires_at    BIGINT,
     used_at       BIGINT
   );
   CREATE INDEX tokens_by_subscriber ON tokens (subscriber_id);
   CREATE TABLE rate_limits (
     key        TEXT    PRIMARY KEY,
     hits       INTEGER NOT NULL,
     expires_at BIGINT  NOT NULL
   );
   CREATE INDEX rate_limits_by_expiry ON rate_limits (expires_at);`,
];

/**
 * Runs the steps the database has not had yet, in one transaction under an advisory lock.
 * @param {import('pg').Pool} pool
 */
export async function migrate(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const from = Number(rows[0].version);
    if (from > MIGRATIONS.length) {
      throw new Error(`The database is at schema version ${from}; this server knows up to ${MIGRATIONS.length}. Update the server.`);
    }
    for (const [index, sql] of MIGRATIONS.slice(from).entries()) {
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [from + index + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
