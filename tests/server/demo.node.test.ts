// `npm start` (server/demo.js): the dev server serves the demo, and never a byte of data/.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { startDemo } from '../../server/demo.js';
import type { Backend } from '../../server/main.js';

const MARKER = 'marker-9f3c@example.com';
// Inside the project's own data/ folder, where `npm start` keeps the list.
const dataDir = join(PROJECT_ROOT, 'data', `demo-test-${process.pid}`);
const db = join(dataDir, 'subscribers.sqlite');

/** A raw GET (fetch would normalise `..` and percent-escapes away). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(demo.url);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let demo: Backend;
beforeAll(async () => {
  demo = await startDemo({ GLOSSARY_PORT: '0', GLOSSARY_DATA_DIR: dataDir }, { log: () => {} }, { logLevel: 'silent' });
  const response = await fetch(`${demo.url}/api/subscribe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: MARKER }),
  });
  expect(response.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('listens on loopback only, and refuses another host', async () => {
    expect(demo.url).toMatch(/^http:\/\/localhost:\d+$/);
    await expect(startDemo({ GLOSSARY_PORT: '0', GLOSSARY_HOST: '0.0.0.0', GLOSSARY_DATA_DIR: dataDir })).rejects.toThrow(/localhost only.*npm run serve/);
  });

  it('serves the demo pages and the library from source', async () => {
    const page = await get('/term.html');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<alert-signup');
    expect((await get('/term-page.ts')).status).toBe(200);
  });

  it('never returns a byte of data/, however it is asked', async () => {
    // The files really hold the marker: the test would see a leak.
    expect(existsSync(`${db}-wal`)).toBe(true);
    expect([db, `${db}-wal`].some((file) => readFileSync(file).includes(MARKER))).toBe(true);

    const relative = `data/demo-test-${process.pid}/subscribers.sqlite`;
    const paths = [];
    for (const suffix of ['', '-wal', '-shm']) {
      const file = `${relative}${suffix}`;
      paths.push(
        `/@fs${PROJECT_ROOT}${file}`,
        `/@fs${PROJECT_ROOT}${file}?raw`,
        `/@fs${PROJECT_ROOT}${file}?import`,
        `/@fs${PROJECT_ROOT}${file}?url`,
        `/@fs${PROJECT_ROOT}${file}?inline`,
        `/@fs${PROJECT_ROOT}src/../${file}`,
        `/@fs${PROJECT_ROOT.replace(/\/$/, '')}//${file}`,
        `/@fs${PROJECT_ROOT}${file.replace('data', '%64ata')}`,
        `/../${file}`,
        `/%2e%2e/${file}`,
        `/${file}`,
        `/@fs${PROJECT_ROOT}node_modules/../${file}`,
      );
    }
    for (const path of paths) {
      for (const headers of [{}, { Origin: 'http://localhost:3000' }, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }] as Record<string, string>[]) {
        const response = await get(path, headers);
        expect([path, response.body.includes(MARKER), response.body.includes('SQLite format 3')]).toEqual([path, false, false]);
        expect([path, response.status]).not.toEqual([path, 200]);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
  });

  it('serves nothing of the project outside the demo, src/ and the packages', async () => {
    for (const path of [`/@fs${PROJECT_ROOT}package.json`, `/@fs${PROJECT_ROOT}server/config.js`, '/@fs/etc/passwd']) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 403]);
    }
  });

  it('sends no CORS headers to other local pages', async () => {
    const response = await get('/term-page.ts', { Origin: 'http://localhost:3000' });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
