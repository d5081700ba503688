#!/usr/bin/env node
// @ts-check
// `npm run serve`: the back-end alone, for deployment — the API, the confirm and unsubscribe pages
// and, with GLOSSARY_STATIC_DIR, a folder of static files. No dev tooling on this path.
import { loadConfig } from './config.js';
import { safeLog } from './log.js';
import { closeOnSignals, startBackend } from './main.js';
import { createStatic } from './static.js';

const log = safeLog(console.log);
try {
  const config = loadConfig();
  const backend = await startBackend({
    config,
    log: console.log,
    ...(config.staticDir && { fallback: await createStatic(config.staticDir) }),
  });
  closeOnSignals(backend, log);
  log(`glossary-elements back-end: ${backend.url}/ (public address ${config.publicUrl})`);
  log(`Subscribers: ${backend.store.kind === 'sqlite' ? 'SQLite at ' : 'PostgreSQL at '}${backend.store.location}`);
  if (config.staticDir) log(`Static files: ${config.staticDir}`);
  log(backend.app.mailer.description);
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  console.error(code === 'EADDRINUSE' ? 'The port is in use: set GLOSSARY_PORT to another one.' : error instanceof Error ? error.message : error);
  process.exit(1);
}
