// Runs the reference back-end (server/app.js) on an ephemeral port, with its database in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openStore } from '../../server/store.js';
import type { Config, Store } from '../../server/types.js';

export interface TestServer {
  url: string;
  config: Config;
  store: Store;
  /** Lines the app logged (confirm links). */
  logs: string[];
  /** Moves the rate limiters' clock. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A fresh temp folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const DEMO_ORIGIN = 'http://localhost:5173';

/**
 * Starts a server; `env` overrides the configuration the way environment variables would. Without
 * GLOSSARY_DB or GLOSSARY_DATA_DIR the database goes to a temp folder that close() removes.
 */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const temp = env.GLOSSARY_DB || env.GLOSSARY_DATA_DIR ? undefined : tempDir();
  const config = loadConfig({ ...(temp && { GLOSSARY_DATA_DIR: temp.dir }), ...env });
  const store = openStore(config.dbPath);
  const logs: string[] = [];
  let offset = 0;
  const app = createApp({ config, store, log: (line) => logs.push(line), now: () => Date.now() + offset });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    store,
    logs,
    advance: (ms) => void (offset += ms),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      store.close();
      temp?.remove();
    },
  };
}

/** POSTs `fields` to /api/subscribe as JSON (or a form), from `origin` when given. */
export function subscribe(
  server: TestServer,
  fields: Record<string, string | boolean>,
  { origin, encoding = 'json', headers = {} }: { origin?: string; encoding?: 'json' | 'form'; headers?: Record<string, string> } = {},
): Promise<Response> {
  const body =
    encoding === 'form'
      ? new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)])).toString()
      : JSON.stringify(fields);
  return fetch(`${server.url}/api/subscribe`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      ...(origin && { Origin: origin }),
      ...headers,
    },
    body,
  });
}

/** The token in the last confirm link the app logged. */
export function lastToken(server: TestServer): string {
  const match = /\/api\/confirm\?token=([0-9a-f]+)/.exec(server.logs.at(-1) ?? '');
  if (!match) throw new Error(`No confirm link in the log: ${server.logs.join('\n')}`);
  return match[1];
}
