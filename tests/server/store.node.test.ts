// The store's behaviour, the same against SQLite and against a real PostgreSQL.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { hashToken } from '../../server/tokens.js';
import type { NewToken, Store } from '../../server/types.js';
import { tempDir } from './harness.js';
import { startPostgres, type TestPostgres } from '../support/postgres.mjs';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const confirmToken = (name: string, expiresAt = T0 + 48 * HOUR): NewToken => ({ hash: hashToken(name), purpose: 'confirm', expiresAt });
const unsubscribeToken = (name: string): NewToken => ({ hash: hashToken(name), purpose: 'unsubscribe', expiresAt: null });

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop(), 30_000);

interface Kind {
  name: string;
  /** A place for a new database, and a way to open it (again). */
  fresh(): Promise<{ open: () => Promise<Store>; remove: () => void }>;
}

const kinds: Kind[] = [
  {
    name: 'SQLite',
    async fresh() {
      const temp = tempDir();
      return { open: () => openStore(join(temp.dir, 'subscribers.sqlite')), remove: temp.remove };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const url = await postgres.freshDatabase();
      return { open: () => openStore(url), remove: () => {} };
    },
  },
];

describe.each(kinds)('the store on $name', (kind) => {
  let store: Store;
  const opened: Store[] = [];
  let place: Awaited<ReturnType<Kind['fresh']>>;
  const open = async () => {
    const next = await place.open();
    opened.push(next);
    return next;
  };
  const fresh = async () => {
    place = await kind.fresh();
    store = await open();
  };
  afterEach(async () => {
    for (const each of opened.splice(0)) await each.close().catch(() => {});
    place.remove();
  });

  it('adds a pending row once per address and category; a repeat adds its tokens', async () => {
    await fresh();
    const ann = { email: 'ann@example.com', category: 'Design', source: 'https://blog.example/', consent: true };
    expect(await store.subscribe(ann, [confirmToken('a1'), unsubscribeToken('u1')], T0)).toEqual({ created: true, status: 'pending' });
    expect(await store.subscribe(ann, [confirmToken('a2')], T0 + 1)).toEqual({ created: false, status: 'pending' });
    expect(await store.subscribe({ email: 'ann@example.com' }, [], T0)).toEqual({ created: true, status: 'pending' });
    expect(await store.all(T0)).toEqual([
      {
        id: expect.any(Number),
        email: 'ann@example.com',
        category: 'Design',
        status: 'pending',
        source: 'https://blog.example/',
        consent: true,
        created_at: '2026-03-01T12:00:00.000Z',
        confirmed_at: null,
        unsubscribed_at: null,
      },
      expect.objectContaining({ category: '', consent: false, source: '' }),
    ]);
    expect((await store.lookup(hashToken('a1'), 'confirm', T0)).state).toBe('valid');
    expect((await store.lookup(hashToken('a2'), 'confirm', T0)).state).toBe('valid');
    expect((await store.lookup(hashToken('u1'), 'confirm', T0)).state).toBe('unknown');
  });

  it('confirms with a valid token once: used, expired and unknown tokens change nothing', async () => {
    await fresh();
    await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a1'), confirmToken('old', T0 + HOUR)], T0);
    expect((await store.confirm(hashToken('old'), T0 + HOUR)).state).toBe('expired');
    expect((await store.confirm(hashToken('nope'), T0)).state).toBe('unknown');
    expect(await store.all(T0 + HOUR)).toMatchObject([{ status: 'pending' }]);
    const confirmed = await store.confirm(hashToken('a1'), T0 + 2 * HOUR);
    expect(confirmed).toEqual({ state: 'valid', subscriber: { email: 'ann@example.com', status: 'pending', source: '' } });
    expect(await store.confirm(hashToken('a1'), T0 + 3 * HOUR)).toMatchObject({ state: 'used', subscriber: { status: 'subscribed' } });
    expect(await store.all(T0)).toMatchObject([{ status: 'subscribed', confirmed_at: '2026-03-01T14:00:00.000Z' }]);
    // Subscribed: a repeat signup stores no new token.
    expect(await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a3')], T0)).toEqual({ created: false, status: 'subscribed' });
    expect((await store.lookup(hashToken('a3'), 'confirm', T0)).state).toBe('unknown');
  });

  it('lets only one of several simultaneous confirms use a token', async () => {
    await fresh();
    const second = await open();
    await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a1')], T0);
    const results = await Promise.all([store, second, store, second].map((each) => each.confirm(hashToken('a1'), T0)));
    expect(results.map((result) => result.state).sort()).toEqual(['used', 'used', 'used', 'valid']);
  });

  it('shows a pending row whose links have all expired as expired', async () => {
    await fresh();
    await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a1', T0 + HOUR)], T0);
    expect(await store.all(T0 + HOUR - 1)).toMatchObject([{ status: 'pending' }]);
    expect(await store.all(T0 + HOUR)).toMatchObject([{ status: 'expired' }]);
  });

  it('unsubscribes by token (again is fine), ends open confirm links, and a new signup starts over', async () => {
    await fresh();
    await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a1'), unsubscribeToken('u1')], T0);
    expect((await store.unsubscribe(hashToken('u1'), T0 + HOUR)).state).toBe('valid');
    expect(await store.unsubscribe(hashToken('u1'), T0 + 2 * HOUR)).toMatchObject({ subscriber: { status: 'unsubscribed' } });
    expect((await store.unsubscribe(hashToken('a1'), T0)).state).toBe('unknown');
    expect(await store.all(T0)).toMatchObject([{ status: 'unsubscribed', unsubscribed_at: '2026-03-01T13:00:00.000Z' }]);
    expect((await store.lookup(hashToken('a1'), 'confirm', T0)).state).toBe('unknown');
    expect(await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a2')], T0)).toEqual({ created: false, status: 'pending' });
    expect(await store.all(T0)).toMatchObject([{ status: 'pending', unsubscribed_at: null }]);
  });

  it('counts hits per key in a window from the first hit', async () => {
    await fresh();
    const rule = { limit: 2, windowMs: 60_000 };
    expect(await store.hit('a', rule, T0)).toEqual({ ok: true });
    expect(await store.hit('a', rule, T0 + 10_000)).toEqual({ ok: true });
    expect(await store.hit('a', rule, T0 + 10_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(await store.hit('b', rule, T0 + 10_000)).toEqual({ ok: true });
    expect(await store.hit('a', rule, T0 + 60_000)).toEqual({ ok: true });
  });

  it('holds a limit across two instances hitting at once', async () => {
    await fresh();
    const other = await open();
    const rule = { limit: 5, windowMs: 60_000 };
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).hit('shared', rule, T0)));
    expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(5);
  });

  it('keeps everything across a reopen, and migrates only once', async () => {
    await fresh();
    await store.subscribe({ email: 'ann@example.com' }, [confirmToken('a1')], T0);
    await store.hit('k', { limit: 1, windowMs: HOUR }, T0);
    const before = await store.all(T0);
    await store.close();
    store = await open();
    expect(await store.all(T0)).toEqual(before);
    expect((await store.lookup(hashToken('a1'), 'confirm', T0)).state).toBe('valid');
    expect((await store.hit('k', { limit: 1, windowMs: HOUR }, T0)).ok).toBe(false);
  });
});

describe('migrations', () => {
  it('bring a SQLite database from before versions to the current one, keeping rows and pending links', async () => {
    const temp = tempDir();
    try {
      const path = join(temp.dir, 'old.sqlite');
      const old = new Database(path);
      old.exec(`CREATE TABLE subscribers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, category TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'subscribed')), token TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL DEFAULT '', consent INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, confirmed_at TEXT, UNIQUE (email, category))`);
      const oldToken = 'ab'.repeat(32);
      old.prepare(`INSERT INTO subscribers (email, token, created_at) VALUES ('ann@example.com', ?, '2026-01-01T00:00:00.000Z')`).run(oldToken);
      old.prepare(`INSERT INTO subscribers (email, status, token, created_at, confirmed_at) VALUES ('bea@example.com', 'subscribed', ?, 't', 't2')`).run('cd'.repeat(32));
      old.close();

      const store = openSqliteStore(path, { now: T0 });
      expect(await store.all(T0)).toMatchObject([
        { email: 'ann@example.com', status: 'pending' },
        { email: 'bea@example.com', status: 'subscribed', confirmed_at: 't2' },
      ]);
      expect((await store.lookup(hashToken(oldToken), 'confirm', T0)).state).toBe('valid');
      await store.close();
      const db = new Database(path, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(JSON.stringify(db.prepare('SELECT * FROM tokens').all())).not.toContain(oldToken);
      db.close();
    } finally {
      temp.remove();
    }
  });

  it('are recorded in PostgreSQL’s schema_migrations, and two instances starting together run them once', async () => {
    const url = await postgres.freshDatabase();
    const stores = await Promise.all([openStore(url), openStore(url)]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    for (const store of stores) await store.close();
    expect(rows).toEqual([{ version: 1 }]);
  });

  it('refuse a database newer than the server', async () => {
    const temp = tempDir();
    try {
      const path = join(temp.dir, 'new.sqlite');
      const db = new Database(path);
      db.pragma('user_version = 99');
      db.close();
      await expect(openStore(path)).rejects.toThrow(/schema version 99/);
    } finally {
      temp.remove();
    }
  });
});
