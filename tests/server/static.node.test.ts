// `npm run serve` with GLOSSARY_STATIC_DIR: the folder's files with their types and caching, nothing else.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { startBackend, type Backend } from '../../server/main.js';
import { createStatic } from '../../server/static.js';
import { startServer, tempDir, type TestServer } from './harness.js';


const temp = tempDir();
const site = join(temp.dir, 'site');
let backend: Backend;
let url: string;

/** A raw GET: fetch would tidy `..` and escapes away before sending. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ host: hostname, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(site, 'glossary', 'b', 'back-end'), { recursive: true });
  mkdirSync(join(site, 'assets'));
  mkdirSync(join(site, 'empty'));
  writeFileSync(join(site, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(site, 'glossary', 'b', 'back-end', 'index.html'), '<h1>Back-End</h1>');
  writeFileSync(join(site, 'glossary-elements.js'), 'export {};');
  writeFileSync(join(site, 'assets', 'index-3f9a1c2b7d.js'), 'export {};');
  writeFileSync(join(site, 'glossary.json'), '{}');
  writeFileSync(join(site, '.env'), 'SECRET=1');
  writeFileSync(join(site, 'notes.sqlite'), 'SECRET');
  writeFileSync(join(temp.dir, 'outside.txt'), 'SECRET');
  symlinkSync(join(temp.dir, 'outside.txt'), join(site, 'link.txt'));
  const config = loadConfig({ GLOSSARY_PORT: '0', GLOSSARY_HOST: '127.0.0.1', GLOSSARY_DATA_DIR: join(temp.dir, 'data') });
  backend = await startBackend({ config, fallback: await createStatic(site), log: () => {} });
  url = backend.url;
});
afterAll(async () => {
  await backend.close();
  temp.remove();
});

describe('static files', () => {
  it('serves files with their types and caching headers', async () => {
    const page = await get('/');
    expect(page).toMatchObject({ status: 200, body: '<h1>Home</h1>' });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = await get('/glossary-elements.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=3600');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/assets/index-3f9a1c2b7d.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/glossary.json')).headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await get('/glossary.json');
    const again = await get('/glossary.json', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('serves a folder’s index.html, redirects to the slash, and never lists a folder', async () => {
    expect((await get('/glossary/b/back-end/')).body).toBe('<h1>Back-End</h1>');
    const bare = await get('/glossary/b/back-end');
    expect([bare.status, bare.headers.location]).toEqual([301, '/glossary/b/back-end/']);
    for (const path of ['/empty/', '/glossary/', '/assets/']) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body).toContain('Page not found');
    }
  });

  it('gives nothing outside the folder, hidden or of an unknown type', async () => {
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/glossary/..%2f..%2foutside.txt', '/link.txt', '/.env', '/notes.sqlite', '/%00', '/..%5coutside.txt']) {
      const response = await get(path);
      expect([path, response.status, response.body.includes('SECRET')]).toEqual([path, 404, false]);
    }
  });

  it('leaves /api/ to the back-end', async () => {
    expect((await get('/api/confirm?token=x')).body).toContain('This link does not work');
  });
});

describe('without a static folder', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers every other path with the 404 page', async () => {
    const response = await fetch(`${server.url}/index.html`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });
});
