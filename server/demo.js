#!/usr/bin/env node
// @ts-check
// `npm start`: the demo for a newcomer — the same back-end as `npm run serve`, with Vite serving the
// demo pages from source. Vite is a development server: it listens on loopback only and may read
// only the demo's own files (vite.demo.config.ts), never data/.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { safeLog } from './log.js';
import { closeOnSignals, startBackend } from './main.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * Starts the demo; `env` as process.env (tests pass their own).
 * @param {Record<string, string | undefined>} [env]
 * @param {Partial<import('./app.js').AppOptions>} [overrides]
 * @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [vite] how much Vite says (its refusals are warnings)
 */
export async function startDemo(env = process.env, overrides = {}, { logLevel = 'warn' } = {}) {
  const config = loadConfig(env);
  if (!LOOPBACK.has(config.host)) {
    throw new Error(`npm start is the demo and listens on localhost only (GLOSSARY_HOST is "${config.host}"). To deploy, use npm run serve.`);
  }
  const server = createServer();
  const { createServer: createViteServer } = await import('vite');
  const vite = await createViteServer({
    configFile: resolve(PROJECT_ROOT, 'vite.demo.config.ts'),
    // Vite's hot-reload socket shares this server instead of opening a port of its own.
    server: { middlewareMode: true, ws: { server } },
    appType: 'mpa',
    logLevel,
  });
  return startBackend({ config, server, fallback: vite.middlewares, beforeStoreClose: () => vite.close(), ...overrides });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_ROOT, 'server/demo.js')) {
  const log = safeLog(console.log);
  try {
    const backend = await startDemo();
    closeOnSignals(backend, log);
    log(`glossary-elements demo: ${backend.url}/`);
    log(`Subscribers: ${backend.store.location}`);
    log(backend.app.mailer.description);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(code === 'EADDRINUSE' ? 'The port is in use: set GLOSSARY_PORT to another one.' : error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
