// npm run load: /api/subscribe under load on loopback, with SQLite and with PostgreSQL — requests per
// second, p99 latency, and every accepted signup counted back from the database — then two instances
// on one PostgreSQL, to show they share the rate limit. About 15 s in all. Not part of npm test.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../server/store.js';
import { startPostgres } from '../tests/support/postgres.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTIONS = 10;
const root = new URL('..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'glossary-load-'));
const children = new Set();

/**
 * Starts `node server/index.js` (as `npm run serve` does) and resolves with its URL.
 * @param {Record<string, string>} env
 */
function serve(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['server/index.js'], {
      cwd: root,
      env: { ...process.env, GLOSSARY_PORT: '0', GLOSSARY_HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /back-end: (http:\/\/[^/\s]+)\//.exec(output);
      // Links keep being logged (no SMTP here): the output is read and dropped.
      if (match && !child.url) resolve((child.url = match[1]));
    });
    child.once('exit', (code) => {
      children.delete(child);
      if (!child.url) reject(new Error(`The server exited (${code}): ${output}`));
    });
  }).then((url) => ({ url, stop: () => stop(url) }));

  function stop(url) {
    for (const child of children) {
      if (child.url === url) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }
    }
  }
}

let sequence = 0;
/**
 * Every request signs up a new address; the addresses answered 200 go into `accepted`, and each
 * must be a row afterwards.
 * @param {Set<string>} accepted
 */
const signup = (accepted) => ({
  method: 'POST',
  path: '/api/subscribe',
  headers: { 'content-type': 'application/json' },
  setupRequest: (request, context) => {
    context.email = `reader${sequence++}@load.example`;
    return { ...request, body: JSON.stringify({ email: context.email, category: 'Design' }) };
  },
  onResponse: (status, _body, context) => {
    if (status === 200) accepted.add(context.email);
  },
});

/** @param {string} label @param {Record<string, string>} env @param {string} target the database to count in */
async function measure(label, env, target) {
  const server = await serve({ GLOSSARY_RATE_PER_IP: '10000000/1h', GLOSSARY_RATE_PER_ADDRESS: '10/1h', ...env });
  const accepted = new Set();
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests: [signup(accepted)] });
  // SIGTERM: the server finishes what is in flight before it closes the database.
  await server.stop();
  const store = await openStore(target);
  const rows = new Set((await store.all(Date.now())).map((row) => row.email));
  await store.close();
  const lost = [...accepted].filter((email) => !rows.has(email)).length;
  const other = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${label.padEnd(10)} ${Math.round(result.requests.average).toString().padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ` +
      `${accepted.size} accepted, ${lost} of them missing from the ${rows.size} rows${lost ? ' — LOST' : ''} ` +
      `(${rows.size - accepted.size + lost} more were in flight when the run stopped), ${other} other answers or errors`,
  );
  return lost === 0 && other === 0 && accepted.size > 0;
}

let ok = true;
let postgres;
try {
  console.log(`POST /api/subscribe, ${CONNECTIONS} connections, ${SECONDS} s each, on loopback (${process.platform}, Node ${process.versions.node})`);
  const sqlitePath = join(temp, 'subscribers.sqlite');
  ok = (await measure('SQLite', { GLOSSARY_DB: sqlitePath }, sqlitePath)) && ok;

  postgres = await startPostgres();
  const url = await postgres.freshDatabase();
  ok = (await measure('PostgreSQL', { GLOSSARY_DATABASE_URL: url }, url)) && ok;

  // Two instances on one database, one client: 40 attempts allowed per hour, 100 sent, half to each.
  const shared = await postgres.freshDatabase();
  const env = { GLOSSARY_DATABASE_URL: shared, GLOSSARY_RATE_PER_IP: '40/1h' };
  const [a, b] = await Promise.all([serve(env), serve(env)]);
  const statuses = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      fetch(`${i % 2 ? a.url : b.url}/api/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `two${i}@load.example` }),
      }).then((response) => response.status),
    ),
  );
  await Promise.all([a.stop(), b.stop()]);
  const allowed = statuses.filter((status) => status === 200).length;
  const refused = statuses.filter((status) => status === 429).length;
  const holds = allowed === 40 && refused === 60;
  console.log(`Two instances, one PostgreSQL, limit 40/h: ${allowed} accepted, ${refused} refused with 429${holds ? ' (the limit holds)' : ' — LIMIT BROKEN'}`);
  ok = holds && ok;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await postgres?.stop();
  rmSync(temp, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
