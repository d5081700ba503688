import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../server/csv.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { hashToken } from '../../server/tokens.js';
import type { SubscriberRow } from '../../server/types.js';
import { tempDir } from './harness.js';

const run = promisify(execFile);
const EXPORT = join(import.meta.dirname, '../../server/export.js');
const HEADER = 'email,category,status,source,consent,created_at,confirmed_at,unsubscribed_at';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('defuses spreadsheet formulas with a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('writes the header and one CRLF line per row', () => {
    const row: SubscriberRow = {
      id: 1,
      email: 'ann@example.com',
      category: 'Development',
      status: 'subscribed',
      source: 'https://blog.example/a,b',
      consent: true,
      created_at: '2024-05-01T10:00:00.000Z',
      confirmed_at: '2024-05-01T10:05:00.000Z',
      unsubscribed_at: null,
    };
    expect(toCsv([row])).toBe(
      `${HEADER}\r\nann@example.com,Development,subscribed,"https://blog.example/a,b",true,2024-05-01T10:00:00.000Z,2024-05-01T10:05:00.000Z,\r\n`,
    );
    expect(toCsv([])).toBe(`${HEADER}\r\n`);
  });
});

describe('node server/export.js', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'subscribers.sqlite');
    const store = openSqliteStore(db);
    const now = Date.now();
    const confirm = (name: string) => ({ hash: hashToken(name), purpose: 'confirm' as const, expiresAt: now + 3_600_000 });
    const stale = { hash: hashToken('cy'), purpose: 'confirm' as const, expiresAt: now - 1 };
    await store.subscribe({ email: 'ann@example.com', category: 'Design', source: 'http://localhost:5173/term.html', consent: true }, [confirm('ann')], now);
    await store.subscribe({ email: 'bea@example.com', source: '=cmd|"/c calc"!A1' }, [confirm('bea')], now);
    await store.confirm(hashToken('bea'), now);
    await store.subscribe({ email: 'cy@example.com' }, [stale], now);
    await store.close();
  });
  afterEach(() => temp.remove());

  const env = () => ({ ...process.env, GLOSSARY_DB: db });

  it('writes every subscriber to the named file, without tokens', async () => {
    const out = join(temp.dir, 'out.csv');
    const { stderr } = await run(process.execPath, [EXPORT, out], { env: env() });
    expect(stderr).toContain('Wrote 3 subscribers');
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toMatch(/^ann@example\.com,Design,pending,http:\/\/localhost:5173\/term\.html,true,\d{4}-[^,]+Z,,$/);
    expect(lines[2]).toMatch(/^bea@example\.com,,subscribed,"'=cmd\|""\/c calc""!A1",false,[^,]+Z,[^,]+Z,$/);
    expect(lines[3]).toMatch(/^cy@example\.com,,expired,,false,[^,]+Z,,$/);
    expect(lines[4]).toBe('');
    expect(readFileSync(out, 'utf8')).not.toMatch(/[0-9a-f]{64}/);
  });

  it('writes to stdout without a file name', async () => {
    const { stdout } = await run(process.execPath, [EXPORT], { env: env() });
    expect(stdout.split('\r\n')).toHaveLength(5);
  });

  it('asks for a start of the server first when the database is from an older version', async () => {
    const old = join(temp.dir, 'old.sqlite');
    const db = new Database(old);
    db.exec('CREATE TABLE subscribers (id INTEGER PRIMARY KEY)');
    db.close();
    await expect(run(process.execPath, [EXPORT], { env: { ...process.env, GLOSSARY_DB: old } })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('start the server once'),
    });
  });

  it('fails with a message when there is no database', async () => {
    const missing = join(temp.dir, 'none.sqlite');
    await expect(run(process.execPath, [EXPORT], { env: { ...process.env, GLOSSARY_DB: missing } })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`No subscriber database at ${missing}`),
    });
  });
});
