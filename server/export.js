#!/usr/bin/env node
// @ts-check
// `npm run subscribers:export -s [-- out.csv]`: every subscriber as CSV, to the file or to stdout.
import { existsSync, writeFileSync } from 'node:fs';
import { loadConfig } from './config.js';
import { toCsv } from './csv.js';
import { openStore } from './store.js';
import { openSqliteStore } from './store/sqlite.js';

const out = process.argv[2];
try {
  const { dbPath, databaseUrl } = loadConfig();
  if (!databaseUrl && !existsSync(dbPath)) throw new Error(`No subscriber database at ${dbPath} (set GLOSSARY_DB or GLOSSARY_DATA_DIR).`);
  // SQLite read-only, so it can run while the server does.
  const store = databaseUrl ? await openStore(databaseUrl) : openSqliteStore(dbPath, { readonly: true });
  const rows = await store.all(Date.now());
  await store.close();
  const csv = toCsv(rows);
  if (out) {
    writeFileSync(out, csv);
    console.error(`Wrote ${rows.length} subscriber${rows.length === 1 ? '' : 's'} to ${out}.`);
  } else process.stdout.write(csv);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
