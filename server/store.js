// @ts-check
// Opens the subscriber list: PostgreSQL for a postgres:// URL, else the SQLite file.
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';

/**
 * @param {string} target a `postgres://` URL, a SQLite file path or ":memory:"
 * @param {{ readonly?: boolean }} [options] readonly (SQLite): for export; the file must exist
 * @returns {Promise<import('./types.js').Store>}
 */
export async function openStore(target, options = {}) {
  return /^postgres(ql)?:\/\//.test(target) ? openPostgresStore(target) : openSqliteStore(target, options);
}
