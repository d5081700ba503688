#!/usr/bin/env node
// @ts-check
// `npm run subscribers:export [-- out.csv]`: every subscriber as CSV, to the file or to stdout.
import { existsSync, writeFileSync } from 'node:fs';
import { loadConfig } from './config.js';
import { toCsv } from './csv.js';
import { openStore } from './store.js';

const out = process.argv[2];
try {
  const { dbPath } = loadConfig();
  if (!existsSync(dbPath)) throw new Error(`No subscriber database at ${dbPath} (set GLOSSARY_DB or GLOSSARY_DATA_DIR).`);
  const store = openStore(dbPath, { readonly: true });
  const rows = store.all();
  store.close();
  const csv = toCsv(rows);
  if (out) {
    writeFileSync(out, csv);
    console.error(`Wrote ${rows.length} subscriber${rows.length === 1 ? '' : 's'} to ${out}.`);
  } else process.stdout.write(csv);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
