import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { clientKey } from '../../server/http.js';
import { tooManyMessage } from '../../server/rate-limit.js';
import { startServer, subscribe, type TestServer } from './harness.js';

describe('tooManyMessage', () => {
  it('words the wait in whole minutes', () => {
    expect(tooManyMessage(5)).toBe('Too many attempts. Try again in 1 minute.');
    expect(tooManyMessage(600)).toBe('Too many attempts. Try again in 10 minutes.');
    expect(tooManyMessage(601)).toBe('Too many attempts. Try again in 11 minutes.');
  });
});

describe('clientKey', () => {
  const req = (forwarded: string | undefined, remoteAddress = '10.0.0.9') =>
    ({ headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress } }) as unknown as Parameters<typeof clientKey>[0];

  it('ignores X-Forwarded-For without trusted proxies', () => {
    expect(clientKey(req('203.0.113.7'), 0)).toBe('10.0.0.9');
  });

  it('takes the entry N hops from the right, not what the client wrote on the left', () => {
    expect(clientKey(req('203.0.113.1, 198.51.100.4'), 1)).toBe('198.51.100.4');
    expect(clientKey(req('203.0.113.1, 198.51.100.4, 10.1.1.1'), 2)).toBe('198.51.100.4');
  });

  it('falls back to the peer for a value that is not an address, or too few entries', () => {
    expect(clientKey(req('198.51.100.4, evil'), 1)).toBe('10.0.0.9');
    expect(clientKey(req('198.51.100.4'), 2)).toBe('10.0.0.9');
    expect(clientKey(req(''), 1)).toBe('10.0.0.9');
  });

  it('counts IPv6 by its /64 and unwraps IPv4-mapped addresses', () => {
    expect(clientKey(req(undefined, '2001:db8:1:2:3:4:5:6'), 0)).toBe('2001:db8:1:2::/64');
    expect(clientKey(req(undefined, '::ffff:192.0.2.1'), 0)).toBe('192.0.2.1');
    expect(clientKey(req('2001:db8::1'), 1)).toBe('2001:db8:0:0::/64');
  });
});

describe('the per-client limit (429)', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('limits one client to 10 attempts in 10 minutes, with Retry-After', async () => {
    server = await startServer();
    for (let i = 0; i < 10; i++) {
      expect((await subscribe(server, { email: `reader${i}@example.com` })).status).toBe(200);
    }
    const refused = await subscribe(server, { email: 'reader10@example.com' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('600');
    expect(await refused.json()).toEqual({ error: { message: 'Too many attempts. Try again in 10 minutes.' } });
    expect(await server.rows()).toHaveLength(10);

    server.advance(10 * 60_000);
    expect((await subscribe(server, { email: 'reader10@example.com' })).status).toBe(200);
  });

  it('counts invalid attempts from a client too', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '2/1m' });
    await subscribe(server, { email: 'nope' });
    await subscribe(server, { email: 'nope' });
    const refused = await subscribe(server, { email: 'ann@example.com' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  it('exposes Retry-After to an allowed cross-origin page', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '1/1h', GLOSSARY_ALLOWED_ORIGINS: 'https://blog.example' });
    await subscribe(server, { email: 'ann@example.com' }, { origin: 'https://blog.example' });
    const refused = await subscribe(server, { email: 'ann@example.com' }, { origin: 'https://blog.example' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://blog.example');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('behind one trusted proxy, cannot be dodged by writing addresses into X-Forwarded-For', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '3/1h', GLOSSARY_TRUST_PROXY: '1' });
    const statuses = [];
    for (let n = 1; n <= 5; n++) {
      const forwarded = { headers: { 'X-Forwarded-For': `203.0.113.${n}, 198.51.100.7` } };
      statuses.push((await subscribe(server, { email: `r${n}@example.com` }, forwarded)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another real client behind the same proxy has its own count.
    expect((await subscribe(server, { email: 'x@example.com' }, { headers: { 'X-Forwarded-For': '198.51.100.8' } })).status).toBe(200);
  });

  it('ignores X-Forwarded-For when GLOSSARY_TRUST_PROXY is unset', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '1/1h' });
    await subscribe(server, { email: 'ann@example.com' }, { headers: { 'X-Forwarded-For': '198.51.100.1' } });
    expect((await subscribe(server, { email: 'bea@example.com' }, { headers: { 'X-Forwarded-For': '198.51.100.2' } })).status).toBe(429);
  });
});

describe('the per-address limit', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('answers a limited address like any other and sends nothing: no lockout, no leak', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '100/1h' });
    const spellings = ['ann@example.com', 'ANN@example.com', ' ann@Example.com'];
    const first = await subscribe(server, { email: spellings[0]! });
    const firstHeaders = [...first.headers].filter(([name]) => name !== 'date');
    for (const email of spellings.slice(1)) await subscribe(server, { email });
    expect(server.logs).toHaveLength(3);

    const limited = await subscribe(server, { email: 'ann@example.com' });
    expect(limited.status).toBe(200);
    expect([...limited.headers].filter(([name]) => name !== 'date')).toEqual(firstHeaders);
    expect(await limited.json()).toEqual({ status: 'pending' });
    expect(server.logs).toHaveLength(3);

    // The owner still holds three working links, and the next hour sends again.
    expect((await fetch(`${server.url}/api/confirm?token=${/token=(\w+)/.exec(server.logs[0]!)![1]}`)).status).toBe(200);
    server.advance(60 * 60_000);
    await subscribe(server, { email: 'ann@example.com' });
    expect(server.logs).toHaveLength(4);
  });
});

describe('log lines', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('escape control characters, so an address cannot forge a line or reverse the text', async () => {
    server = await startServer();
    // No spaces (the email rule refuses them), but ESC, NEL (a line break to some terminals and logs) and RLO.
    const forged = '\u001b[2K@example\u0085Confirm_link_for_admin\u202e.com';
    const response = await subscribe(server, { email: forged });
    expect(response.status).toBe(200);
    expect(server.logs).toHaveLength(1);
    expect(server.logs[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(server.logs[0]).toMatch(/^Confirm link for \\u\{1b\}\*\*\*@example\\u\{85\}confirm_link_for_admin\\u\{202e\}\.com: /);
  });
});

describe('a declared oversized body', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('is refused without counting against anyone’s address', async () => {
    server = await startServer();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/subscribe`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '9000' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('x'.repeat(9000));
    });
    expect(status).toBe(413);
  });
});
