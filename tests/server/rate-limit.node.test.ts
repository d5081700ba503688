import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter, tooManyMessage } from '../../server/rate-limit.js';
import { startServer, subscribe, type TestServer } from './harness.js';

describe('createRateLimiter', () => {
  it('allows `limit` hits per window and says when the oldest leaves it', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 }, () => time);
    expect(limiter.hit('a')).toEqual({ ok: true });
    time = 10_000;
    expect(limiter.hit('a')).toEqual({ ok: true });
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.hit('b')).toEqual({ ok: true });
    time = 60_000;
    expect(limiter.hit('a')).toEqual({ ok: true });
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it('does not count refused hits, and forgets quiet keys', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 }, () => time);
    limiter.hit('a');
    for (let i = 0; i < 5; i++) limiter.hit('a');
    time = 1_000;
    expect(limiter.hit('b')).toEqual({ ok: true });
    expect(limiter.size).toBe(1);
    expect(limiter.hit('a')).toEqual({ ok: true });
  });

  it('words the wait in whole minutes', () => {
    expect(tooManyMessage(5)).toBe('Too many attempts. Try again in 1 minute.');
    expect(tooManyMessage(600)).toBe('Too many attempts. Try again in 10 minutes.');
    expect(tooManyMessage(601)).toBe('Too many attempts. Try again in 11 minutes.');
  });
});

describe('429 answers', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('limits one IP to 10 attempts in 10 minutes, with Retry-After', async () => {
    server = await startServer();
    for (let i = 0; i < 10; i++) {
      expect((await subscribe(server, { email: `reader${i}@example.com` })).status).toBe(200);
    }
    const refused = await subscribe(server, { email: 'reader10@example.com' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('600');
    expect(await refused.json()).toEqual({ error: { message: 'Too many attempts. Try again in 10 minutes.' } });
    expect(server.store.all()).toHaveLength(10);

    server.advance(10 * 60_000);
    expect((await subscribe(server, { email: 'reader10@example.com' })).status).toBe(200);
  });

  it('counts invalid attempts from an IP too', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '2/1m' });
    await subscribe(server, { email: 'nope' });
    await subscribe(server, { email: 'nope' });
    const refused = await subscribe(server, { email: 'ann@example.com' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
  });

  it('limits one address to 3 attempts an hour, whatever its case or category', async () => {
    server = await startServer();
    const spellings = ['ann@example.com', 'ANN@example.com', ' ann@Example.com'];
    for (const [i, email] of spellings.entries()) {
      expect((await subscribe(server, { email, category: ['Development', 'Design', 'Writing'][i]! })).status).toBe(200);
    }
    const refused = await subscribe(server, { email: 'ann@example.com' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(3600);
    expect(await refused.json()).toEqual({ error: { message: 'Too many attempts. Try again in 60 minutes.' } });
    expect(server.logs).toHaveLength(3);

    expect((await subscribe(server, { email: 'bea@example.com' })).status).toBe(200);
    server.advance(30 * 60_000);
    expect((await subscribe(server, { email: 'ann@example.com' })).headers.get('retry-after')).toBe('1800');
    server.advance(30 * 60_000);
    expect((await subscribe(server, { email: 'ann@example.com' })).status).toBe(200);
  });

  it('exposes Retry-After to an allowed cross-origin page', async () => {
    server = await startServer({ GLOSSARY_RATE_PER_IP: '1/1h', GLOSSARY_ALLOWED_ORIGINS: 'https://blog.example' });
    await subscribe(server, { email: 'ann@example.com' }, { origin: 'https://blog.example' });
    const refused = await subscribe(server, { email: 'ann@example.com' }, { origin: 'https://blog.example' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://blog.example');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('trusts X-Forwarded-For only when GLOSSARY_TRUST_PROXY is set', async () => {
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `${ip}, 10.0.0.1` } });
    server = await startServer({ GLOSSARY_RATE_PER_IP: '1/1h' });
    await subscribe(server, { email: 'ann@example.com' }, from('203.0.113.1'));
    expect((await subscribe(server, { email: 'bea@example.com' }, from('203.0.113.2'))).status).toBe(429);
    await server.close();

    server = await startServer({ GLOSSARY_RATE_PER_IP: '1/1h', GLOSSARY_TRUST_PROXY: '1' });
    await subscribe(server, { email: 'ann@example.com' }, from('203.0.113.1'));
    expect((await subscribe(server, { email: 'bea@example.com' }, from('203.0.113.2'))).status).toBe(200);
    expect((await subscribe(server, { email: 'cy@example.com' }, from('203.0.113.2'))).status).toBe(429);
  });
});
