// @ts-check
// Runs the back-end: opens the store, listens, and on close stops accepting, lets the requests in
// flight (and the emails on their way) finish within config.shutdownMs, then closes the store.
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { openStore } from './store.js';

/**
 * @typedef {object} Backend
 * @property {import('node:http').Server} server
 * @property {string} url where it listens
 * @property {import('./app.js').App} app
 * @property {import('./types.js').Store} store
 * @property {() => Promise<void>} close gracefully; a second call gets the same promise
 */

/**
 * @param {Omit<import('./app.js').AppOptions, 'store'> & {
 *   store?: import('./types.js').Store,
 *   server?: import('node:http').Server,
 *   beforeStoreClose?: () => Promise<void>,
 * }} options server: one made beforehand (the demo's Vite shares it); beforeStoreClose: e.g. Vite's close
 * @returns {Promise<Backend>}
 */
export async function startBackend({ store: given, server = createServer(), beforeStoreClose, ...options }) {
  const { config } = options;
  const store = given ?? (await openStore(config.databaseUrl ?? config.dbPath));
  const app = createApp({ ...options, store });
  server.requestTimeout = 30_000;
  /** @type {Promise<void> | undefined} */
  let closing;

  server.on('request', (req, res) => {
    if (closing) {
      // A request on a kept-alive connection during shutdown: answered, then the connection ends.
      res.setHeader('Connection', 'close');
    }
    res.on('finish', () => {
      if (closing) server.closeIdleConnections();
    });
    app(req, res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    server,
    url: `http://${host}:${port}`,
    app,
    store,
    close: () => (closing ??= shutdown()),
  };

  async function shutdown() {
    const deadline = Date.now() + config.shutdownMs;
    const stopped = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => server.closeAllConnections(), config.shutdownMs);
    await stopped;
    clearTimeout(cutOff);
    await Promise.race([app.idle(), delay(Math.max(0, deadline - Date.now()))]);
    await beforeStoreClose?.();
    app.mailer.close();
    await store.close();
  }
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Closes `backend` on SIGTERM or SIGINT, then exits (a second signal exits at once).
 * @param {Backend} backend
 * @param {(line: string) => void} log
 */
export function closeOnSignals(backend, log) {
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    process.once(signal, () => process.exit(1));
    log(`${signal}: finishing the requests in flight, then stopping.`);
    backend.close().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
