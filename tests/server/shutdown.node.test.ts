// Graceful shutdown: stop accepting, let requests in flight finish (within the deadline), then close the store.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store.js';
import type { Store } from '../../server/types.js';
import { startServer, subscribe, tempDir, type TestServer } from './harness.js';

/** A real store whose subscribe() waits at a gate the test opens, and which tells when it is closed. */
async function gatedStore(path: string) {
  const store = await openStore(path);
  let enter!: () => void;
  const entered = new Promise<void>((resolve) => (enter = resolve));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let closed = false;
  const gated: Store = {
    ...store,
    async subscribe(...args) {
      enter();
      await gate;
      return store.subscribe(...args);
    },
    async close() {
      closed = true;
      await store.close();
    },
  };
  return { store: gated, entered, open, isClosed: () => closed };
}

describe('shutdown', () => {
  let server: TestServer | undefined;
  const temp = tempDir();
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(() => temp.remove());

  it('stops accepting, lets the request in flight finish, then closes the store', async () => {
    const gated = await gatedStore(join(temp.dir, 'a.sqlite'));
    server = await startServer({}, { store: gated.store });
    const inFlight = subscribe(server, { email: 'ann@example.com' });
    await gated.entered;

    const closing = server.backend.close();
    await expect(fetch(`${server.url}/api/subscribe`)).rejects.toThrow();
    expect(gated.isClosed()).toBe(false);

    gated.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'pending' });
    await closing;
    expect(gated.isClosed()).toBe(true);
  });

  it('cuts a request off at the deadline and still closes the store', async () => {
    const gated = await gatedStore(join(temp.dir, 'b.sqlite'));
    server = await startServer({ GLOSSARY_SHUTDOWN_TIMEOUT: '1s' }, { store: gated.store });
    const inFlight = subscribe(server, { email: 'ann@example.com' });
    await gated.entered;
    const started = Date.now();
    await server.backend.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await expect(inFlight).rejects.toThrow();
    expect(gated.isClosed()).toBe(true);
    // The gate stays shut: the cut-off handler never reaches the closed store.
  });

  it('happens on SIGTERM in `npm run serve`, which says at start where links go', async () => {
    const child = spawn(process.execPath, ['server/index.js'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, GLOSSARY_PORT: '0', GLOSSARY_HOST: '127.0.0.1', GLOSSARY_DATA_DIR: join(temp.dir, 'serve') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => output.includes('Mail:') && resolve());
      child.once('exit', () => reject(new Error(`Exited early: ${output}`)));
    });
    expect(output).toMatch(/^glossary-elements back-end: http:\/\/127\.0\.0\.1:\d+\//m);
    expect(output).toMatch(/^Mail: no SMTP server set .* written to this log instead of sent\.$/m);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(output).toMatch(/SIGTERM: finishing the requests in flight, then stopping\.\nStopped\.\n$/);
  });
});
