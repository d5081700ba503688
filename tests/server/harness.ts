// Runs the reference back-end (server/main.js) on an ephemeral port, with its database in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.js';
import type { Backend } from '../../server/main.js';
import { startBackend } from '../../server/main.js';
import type { Mailer } from '../../server/mailer.js';
import type { Config, Store, SubscriberRow } from '../../server/types.js';

export interface TestServer {
  url: string;
  config: Config;
  store: Store;
  backend: Backend;
  /** Lines the app logged (confirm links), as they reached the log. */
  logs: string[];
  /** The rows as the export shows them, at the test clock's time. */
  rows(): Promise<SubscriberRow[]>;
  /** The test clock (rate limits, link expiry). */
  now(): number;
  /** Moves the clock. */
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
export async function startServer(
  env: Record<string, string> = {},
  { store, mailer }: { store?: Store; mailer?: Mailer } = {},
): Promise<TestServer> {
  const temp = env.GLOSSARY_DB || env.GLOSSARY_DATA_DIR ? undefined : tempDir();
  // Configured as a server on the default port (links and allowed origins say so), listening on an ephemeral one.
  const config = loadConfig({ ...(temp && { GLOSSARY_DATA_DIR: temp.dir }), GLOSSARY_SHUTDOWN_TIMEOUT: '2s', ...env });
  const logs: string[] = [];
  let offset = 0;
  const now = () => Date.now() + offset;
  const backend = await startBackend({
    config: { ...config, port: 0, host: '127.0.0.1' },
    ...(store && { store }),
    ...(mailer && { mailer }),
    log: (line) => logs.push(line),
    now,
  });
  return {
    url: backend.url,
    config,
    store: backend.store,
    backend,
    logs,
    rows: () => backend.store.all(now()),
    now,
    advance: (ms) => void (offset += ms),
    async close() {
      await backend.close();
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
  return match[1]!;
}

/** Presses the confirm page's button: a same-origin form POST, as the browser sends it. */
export function postForm(server: TestServer, path: string, fields: Record<string, string>, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}
