#!/usr/bin/env node
// @ts-check
// `npm start`: the reference back-end with the demo pages. `--no-demo` serves the API only.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { openStore } from './store.js';

const demo = !process.argv.includes('--no-demo');
/** @type {import('./types.js').Config} */
let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const store = openStore(config.dbPath);
const server = createServer();
server.requestTimeout = 30_000;

/** @type {import('vite').ViteDevServer | undefined} */
let vite;
if (demo) {
  const { createServer: createViteServer } = await import('vite');
  vite = await createViteServer({
    configFile: resolve(PROJECT_ROOT, 'vite.demo.config.ts'),
    // Vite's hot-reload socket shares this server instead of opening a port of its own.
    server: { middlewareMode: true, ws: { server } },
    appType: 'mpa',
  });
}
server.on('request', createApp({ config, store, ...(vite && { fallback: vite.middlewares }) }));

server.on('error', (error) => {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  console.error(code === 'EADDRINUSE' ? `Port ${config.port} is in use: set GLOSSARY_PORT to another one.` : error);
  void shutdown(1);
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`glossary-elements ${demo ? 'demo' : 'API'}: http://${host}:${port}/`);
  console.log(`Subscribers: ${config.dbPath}`);
});

let closing = false;
/** @param {number} code */
async function shutdown(code) {
  if (closing) return;
  closing = true;
  server.close();
  server.closeAllConnections();
  await vite?.close();
  store.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
