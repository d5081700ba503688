import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, startServer, subscribe, type TestServer } from './harness.js';

const ann = { email: 'ann@example.com', website: '' };

function preflight(server: TestServer, origin: string, extra: Record<string, string> = {}) {
  return fetch(`${server.url}/api/subscribe`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type', ...extra },
  });
}

describe('CORS with the default origins (the demo’s own)', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  it('echoes an allowed Origin, with Vary: Origin', async () => {
    const response = await subscribe(server, ann, { origin: DEMO_ORIGIN });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight from an allowed Origin with 204', async () => {
    const response = await preflight(server, DEMO_ORIGIN);
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': DEMO_ORIGIN,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type, Accept',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(response.headers.get('access-control-allow-private-network')).toBeNull();
    const pna = await preflight(server, DEMO_ORIGIN, { 'Access-Control-Request-Private-Network': 'true' });
    expect(pna.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('refuses a POST from another Origin with 403, no CORS headers, nothing stored', async () => {
    for (const encoding of ['json', 'form'] as const) {
      const response = await subscribe(server, ann, { origin: 'https://evil.example', encoding });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toEqual({ error: { message: expect.any(String) } });
    }
    expect((await server.rows())).toEqual([]);
  });

  it('refuses a preflight from another Origin without CORS headers', async () => {
    const response = await preflight(server, 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('treats a look-alike origin as another origin', async () => {
    for (const origin of ['http://localhost:5174', 'https://localhost:5173', 'http://localhost:5173.evil.example', 'null']) {
      expect((await subscribe(server, ann, { origin })).status).toBe(403);
    }
  });

  it('serves requests without an Origin (not from a browser page) without CORS headers', async () => {
    const response = await subscribe(server, ann);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GLOSSARY_ALLOWED_ORIGINS', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('replaces the default list', async () => {
    server = await startServer({ GLOSSARY_ALLOWED_ORIGINS: 'https://blog.example, https://shop.example/' });
    expect((await subscribe(server, ann, { origin: 'https://shop.example' })).headers.get('access-control-allow-origin')).toBe(
      'https://shop.example',
    );
    expect((await preflight(server, 'https://blog.example')).status).toBe(204);
    expect((await subscribe(server, ann, { origin: DEMO_ORIGIN })).status).toBe(403);
  });

  it('allows any origin with *', async () => {
    server = await startServer({ GLOSSARY_ALLOWED_ORIGINS: '*' });
    const response = await subscribe(server, ann, { origin: 'https://anywhere.example' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
  });
});
