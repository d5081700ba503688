import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, subscribe, type TestServer } from './harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const ann = { email: 'ann@example.com', category: 'Development', source: 'http://localhost:5173/term.html', website: '' };

describe('POST /api/subscribe', () => {
  it('answers {"status":"pending"} as JSON and stores a pending row', async () => {
    const response = await subscribe(server, ann);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ status: 'pending' });
    expect((await server.rows())).toMatchObject([
      { email: 'ann@example.com', category: 'Development', status: 'pending', source: ann.source, consent: false, confirmed_at: null },
    ]);
  });

  it('is idempotent for the same address and category: one row, the same answer', async () => {
    const first = await subscribe(server, ann);
    const second = await subscribe(server, ann);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.text()).toBe(await first.text());
    expect((await server.rows())).toHaveLength(1);
  });

  it('normalises the address: case and surrounding spaces make no new row', async () => {
    await subscribe(server, ann);
    const response = await subscribe(server, { ...ann, email: '  ANN@Example.COM ' });
    expect(await response.json()).toEqual({ status: 'pending' });
    expect((await server.rows()).map((row) => row.email)).toEqual(['ann@example.com']);
  });

  it('keeps the first row on a repeat', async () => {
    await subscribe(server, ann);
    const [before] = (await server.rows());
    await subscribe(server, { ...ann, source: 'http://localhost:5173/blog.html', consent: true });
    expect((await server.rows())).toEqual([before]);
  });

  it('keeps one row per category for the same address, and stores no category as ""', async () => {
    await subscribe(server, ann);
    await subscribe(server, { ...ann, category: 'Design' });
    await subscribe(server, { email: 'ann@example.com', source: '', website: '' });
    expect((await server.rows()).map((row) => row.category)).toEqual(['Development', 'Design', '']);
  });

  it('never reveals whether an address was already on the list, pending or subscribed', async () => {
    const strip = (response: Response) => ({
      status: response.status,
      headers: [...response.headers].filter(([name]) => name !== 'date'),
    });
    const fresh = await subscribe(server, ann);
    const token = /token=([0-9a-f]+)/.exec(server.logs[0]!)![1]!;
    await fetch(`${server.url}/api/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: `token=${token}`,
    });
    expect((await server.rows())[0]!.status).toBe('subscribed');
    const again = await subscribe(server, ann);
    expect(strip(again)).toEqual(strip(fresh));
    expect(await again.json()).toEqual(await fresh.json());
  });

  it('accepts application/x-www-form-urlencoded with consent "true"', async () => {
    const response = await subscribe(server, { ...ann, consent: true }, { encoding: 'form' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'pending' });
    expect((await server.rows())).toMatchObject([{ email: 'ann@example.com', category: 'Development', consent: true }]);
  });

  it('accepts a charset parameter on the content type', async () => {
    const response = await subscribe(server, ann, { headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
    expect(response.status).toBe(200);
  });
});

describe('the honeypot', () => {
  it.each(['json', 'form'] as const)('a filled `website` gets the same fake success and nothing is stored (%s)', async (encoding) => {
    const real = await subscribe(server, { ...ann, email: 'bea@example.com' }, { encoding });
    const bot = await subscribe(server, { ...ann, website: 'http://spam.example' }, { encoding });
    expect(bot.status).toBe(real.status);
    expect(await bot.text()).toBe(await real.text());
    expect((await server.rows()).map((row) => row.email)).toEqual(['bea@example.com']);
    expect(server.logs).toHaveLength(1);
  });
});

describe('malformed requests', () => {
  it('answers 400 with an error body for malformed JSON', async () => {
    const response = await fetch(`${server.url}/api/subscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email": "ann@example.com"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { message: expect.stringContaining('JSON') } });
  });

  it.each(['[]', '"ann@example.com"', 'null'])('answers 400 for JSON that is not an object: %s', async (body) => {
    const response = await fetch(`${server.url}/api/subscribe`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(400);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', ''])('answers 415 for the content type "%s"', async (type) => {
    const response = await fetch(`${server.url}/api/subscribe`, {
      method: 'POST',
      headers: type ? { 'Content-Type': type } : {},
      body: new TextEncoder().encode('email=ann@example.com'),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: { message: expect.stringContaining('application/json') } });
    expect((await server.rows())).toEqual([]);
  });

  it('answers 413 for a body over the limit (8 KB by default)', async () => {
    const response = await subscribe(server, { ...ann, source: 'x'.repeat(9 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/8192 bytes/);
    expect((await server.rows())).toEqual([]);
  });

  it('accepts a body just under the limit', async () => {
    const response = await subscribe(server, { ...ann, source: 'x'.repeat(7 * 1024) });
    expect(response.status).toBe(200);
  });

  it('answers 413 for a chunked body that grows over the limit', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/api/subscribe`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(`{"email":"ann@example.com","source":"`);
      for (let i = 0; i < 10; i++) req.write('y'.repeat(1024));
      req.end('"}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error.message).toBeTruthy();
  });

  it('answers 405 with Allow for other methods, and 404 for other /api/ paths', async () => {
    const get = await fetch(`${server.url}/api/subscribe`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    const other = await fetch(`${server.url}/api/other`, { method: 'POST' });
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { message: expect.any(String) } });
  });

  it('answers 404 with a page outside /api/ when there is no demo', async () => {
    const response = await fetch(`${server.url}/term.html`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });

  it('answers 413 to a declared 10 MB body before reading it, and the client gets the answer', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/subscribe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(10 * 1024 * 1024) },
      });
      // Only the first kilobyte is sent: the answer must come without the rest.
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"email":"' + 'a'.repeat(1024));
    });
    expect(status).toBe(413);
    expect(await server.rows()).toEqual([]);
  });

  it('answers 413 to a client that writes all of a 10 MB body before it reads, instead of resetting its connection', async () => {
    // A plain client (as many HTTP libraries do) sends the whole request, then reads the answer.
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.pause();
      let text = '';
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (/\r\n\r\n[^]*\}\}$/.test(text)) {
          socket.destroy();
          resolve(text);
        }
      });
      const size = 10 * 1024 * 1024;
      socket.write(`POST /api/subscribe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`);
      socket.write(Buffer.alloc(size, 'x'), () => socket.resume());
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('8192 bytes');
  });
});
