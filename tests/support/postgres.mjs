// A private PostgreSQL for the store tests: initdb in a temp folder, its own port and socket folder,
// stopped at the end. Nothing is skipped: when it cannot start, the error says why in one line.
// GLOSSARY_TEST_DATABASE_URL (a server you run, on a database the tests may create databases from) replaces it.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * @typedef {object} TestPostgres
 * @property {() => Promise<string>} freshDatabase a new, empty database on the server, as a postgres:// URL
 * @property {() => Promise<void>} stop
 */

/**
 * Where Debian puts PostgreSQL's programs (`apt-get install postgresql`), newest version first.
 * @returns {string | undefined}
 */
function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((name) => existsSync(join(base, name, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(base, versions[0], 'bin');
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<TestPostgres>} */
export async function startPostgres() {
  const given = process.env.GLOSSARY_TEST_DATABASE_URL;
  if (given) return onServer(given, async () => {});

  const bin = findBin();
  if (!bin) {
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or set GLOSSARY_TEST_DATABASE_URL.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'glossary-pg-'));
  // PostgreSQL refuses to run as root: as root, it runs as the postgres user the package created.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));
  /** @type {(program: string, args: string[]) => Promise<unknown>} */
  const pgRun = (program, args) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const port = await freePort();
  const data = join(dir, 'data');
  try {
    await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await pgRun('pg_ctl', [
      '-D', data, '-l', join(dir, 'log'), '-w', '-t', '30',
      '-o', `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (error) {
    const failure = /** @type {Error & { stderr?: string }} */ (error);
    const detail = String(failure.stderr || failure.message).trim().split('\n').at(-1);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL could not start in ${dir}: ${detail}`);
  }
  return onServer(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => {
    await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });
}

/**
 * @param {string} url
 * @param {() => Promise<void>} shutDown
 * @returns {Promise<TestPostgres>}
 */
async function onServer(url, shutDown) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  /** @type {string[]} */
  const created = [];
  return {
    async freshDatabase() {
      const name = `glossary_test_${process.pid}_${created.length}_${Date.now() % 100_000}`;
      await admin.query(`CREATE DATABASE ${name}`);
      created.push(name);
      const next = new URL(url);
      next.pathname = `/${name}`;
      return next.href;
    },
    async stop() {
      // Other connections to a test database may be still closing: FORCE ends them.
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
      await shutDown();
    },
  };
}
