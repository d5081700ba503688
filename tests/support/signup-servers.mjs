// Starts, beside web-test-runner's own server, the two endpoints the <alert-signup> tests post to,
// each on an origin of its own: the reference back-end (server/, with a throwaway database) and a
// stand-in for the answers the back-end never gives. Tests find them at /test-api/origins.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openStore } from '../../server/store.js';
import { startSignupEndpoints } from './signup-endpoints.mjs';

export function signupServers() {
  const origins = {};
  const closers = [];
  return {
    name: 'signup-servers',
    async serverStart({ config }) {
      const endpoints = await startSignupEndpoints();
      closers.push(endpoints.close);
      const config_ = loadConfig({
        GLOSSARY_PORT: '0',
        GLOSSARY_HOST: '127.0.0.1',
        GLOSSARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'glossary-signup-')),
        GLOSSARY_ALLOWED_ORIGINS: `http://${config.hostname ?? 'localhost'}:${config.port}`,
        GLOSSARY_RATE_PER_IP: '1000/10m',
        GLOSSARY_RATE_PER_ADDRESS: '3/1h',
      });
      const store = await openStore(config_.dbPath);
      // Confirm links go nowhere: the tests never open them.
      const backend = createServer(createApp({ config: config_, store, log: () => {} }));
      await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
      closers.push(() => new Promise((resolve) => { backend.closeAllConnections(); backend.close(resolve); }), () => store.close());
      Object.assign(origins, { endpoints: endpoints.url, backend: `http://127.0.0.1:${backend.address().port}` });
    },
    serve(context) {
      if (context.path === '/test-api/origins') return { body: JSON.stringify(origins), type: 'json' };
    },
    async serverStop() {
      for (const close of closers.reverse()) await close();
    },
  };
}
