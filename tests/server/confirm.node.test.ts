import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store.js';
import { lastToken, startServer, subscribe, tempDir, type TestServer } from './harness.js';

const ann = { email: 'Ann@Example.com', category: 'Writing', source: 'http://localhost:5173/blog.html', website: '' };

describe('the confirm link', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('is logged with a masked address for a new subscription', async () => {
    server = await startServer({ GLOSSARY_PUBLIC_URL: 'https://news.example/' });
    await subscribe(server, ann);
    expect(server.logs).toEqual([
      `Confirm link for a***@example.com: https://news.example/api/confirm?token=${server.store.all()[0]!.token}`,
    ]);
  });

  it('turns pending into subscribed and says so on an HTML page', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const response = await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).toContain('<h1>You’re subscribed</h1>');
    const [row] = server.store.all();
    expect(row).toMatchObject({ email: 'ann@example.com', status: 'subscribed' });
    expect(Date.parse(row!.confirmed_at!)).toBeGreaterThanOrEqual(Date.parse(row!.created_at));
  });

  it('still works the second time, keeping the first confirmation time', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const token = lastToken(server);
    await fetch(`${server.url}/api/confirm?token=${token}`);
    const confirmedAt = server.store.all()[0]!.confirmed_at;
    const again = await fetch(`${server.url}/api/confirm?token=${token}`);
    expect(again.status).toBe(200);
    expect(server.store.all()[0]!.confirmed_at).toBe(confirmedAt);
  });

  it.each(['0'.repeat(64), 'not-a-token', ''])('answers 404 with a page for an unknown token "%s"', async (token) => {
    server = await startServer();
    await subscribe(server, ann);
    const response = await fetch(`${server.url}/api/confirm?token=${token}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This link does not work');
    expect(server.store.all()[0]!.status).toBe('pending');
  });

  it('answers 405 to anything but GET', async () => {
    server = await startServer();
    await subscribe(server, ann);
    const response = await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(server.store.all()[0]!.status).toBe('pending');
  });

  it('is logged again for a repeat while pending, not once subscribed; the answer is the same', async () => {
    server = await startServer();
    await subscribe(server, ann);
    await subscribe(server, ann);
    expect(server.logs).toHaveLength(2);
    expect(server.logs[1]).toBe(server.logs[0]);
    await fetch(`${server.url}/api/confirm?token=${lastToken(server)}`);
    const after = await subscribe(server, ann);
    expect(await after.json()).toEqual({ status: 'pending' });
    expect(server.logs).toHaveLength(2);
    expect(server.store.all()).toMatchObject([{ status: 'subscribed' }]);
  });
});

describe('persistence', () => {
  it('keeps rows and tokens across a restart on the same database file', async () => {
    const temp = tempDir();
    const env = { GLOSSARY_DATA_DIR: join(temp.dir, 'data') };
    try {
      const first = await startServer(env);
      await subscribe(first, ann);
      await subscribe(first, { ...ann, email: 'bea@example.com' });
      const token = lastToken(first);
      await fetch(`${first.url}/api/confirm?token=${token}`);
      const before = first.store.all();
      await first.close();

      const second = await startServer(env);
      try {
        expect(second.config.dbPath).toBe(join(temp.dir, 'data', 'subscribers.sqlite'));
        expect(second.store.all()).toEqual(before);
        expect(before.map((row) => [row.email, row.status])).toEqual([
          ['ann@example.com', 'pending'],
          ['bea@example.com', 'subscribed'],
        ]);
        await subscribe(second, ann);
        expect(second.store.all()).toHaveLength(2);
        const confirm = await fetch(`${second.url}/api/confirm?token=${before[0]!.token}`);
        expect(confirm.status).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      temp.remove();
    }
  });

  it('creates the data folder, uses WAL and reopens read-only for export', () => {
    const temp = tempDir();
    try {
      const path = join(temp.dir, 'nested', 'folder', 'subscribers.sqlite');
      const store = openStore(path);
      store.subscribe({ email: 'ann@example.com' });
      expect(existsSync(`${path}-wal`)).toBe(true);
      store.close();
      const readonly = openStore(path, { readonly: true });
      expect(readonly.all()).toMatchObject([{ email: 'ann@example.com', category: '', status: 'pending' }]);
      expect(() => readonly.subscribe({ email: 'bea@example.com' })).toThrow(/readonly/i);
      readonly.close();
      expect(() => openStore(join(temp.dir, 'missing.sqlite'), { readonly: true })).toThrow();
    } finally {
      temp.remove();
    }
  });
});
