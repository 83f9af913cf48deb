import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPostgres } from '../../src/server/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/server/db/migrate.js';
import { signIn, startServerProcess, stopServerProcess } from '../support/server-process.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from '../support/template-db.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Environment of a real server process on a fresh database of the tier under test. */
async function freshServerEnv(): Promise<Record<string, string>> {
  if (testDatabaseKind() === 'postgres') {
    const name = await createPostgresDatabase();
    cleanups.push(() => dropPostgresDatabase(name));
    return { DATABASE_URL: databaseUrlFor(testDatabaseUrl(), name) };
  }
  const dir = await mkdtemp(join(tmpdir(), 'planik-process-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { DATA_DIR: dir, DATABASE_URL: '' };
}

describe('the server as a process', () => {
  it('starts with demo data, keeps what was created across a restart, stops cleanly on SIGTERM', async () => {
    const env = await freshServerEnv();
    const first = await startServerProcess(env);
    expect(first.output()).toMatch(/Демо-пользователи/);
    const cookie = await signIn(first, 'kaluga');
    const created = await fetch(first.url('/api/plans'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ kind: 'other', title: 'План, переживший перезапуск' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await stopServerProcess(first)).toBe(0);

    const second = await startServerProcess(env);
    try {
      expect(second.output()).not.toMatch(/Загружены демонстрационные данные/);
      const r = await fetch(second.url(`/api/plans/${id}`), { headers: { cookie: await signIn(second, 'kaluga') } });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { title: string }).title).toBe('План, переживший перезапуск');
    } finally {
      await stopServerProcess(second);
    }
  }, 300_000);

  it.runIf(testDatabaseKind() === 'pglite')(
    'refuses a second server on the same data dir; the first keeps serving',
    async () => {
      const env = await freshServerEnv();
      const first = await startServerProcess(env);
      try {
        const second = await startServerProcess(env, { waitHealthy: false });
        const code = await second.exited;
        expect(code).not.toBe(0);
        expect(second.output()).toMatch(/уже используется другим процессом Planik/);
        const health = await fetch(first.url('/api/health'));
        expect(health.status).toBe(200);
      } finally {
        await stopServerProcess(first);
      }
    },
    300_000,
  );

  it.runIf(testDatabaseKind() === 'postgres')('several instances migrating one PostgreSQL database at once all succeed', async () => {
    const name = await createPostgresDatabase();
    cleanups.push(() => dropPostgresDatabase(name));
    const url = databaseUrlFor(testDatabaseUrl(), name);
    const databases = await Promise.all([1, 2, 3].map(() => openPostgres(url, 2)));
    try {
      await Promise.all(databases.map((d) => runMigrations(d)));
      const raw = databases[0]!.raw;
      if (raw.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const { rows } = await raw.pool.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      const journal = JSON.parse(await readFile(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(rows[0]!.n).toBe(journal.entries.length);
      const tables = await raw.pool.query<{ n: number }>("select count(*)::int as n from information_schema.tables where table_name = 'plan_items'");
      expect(tables.rows[0]!.n).toBe(1);
    } finally {
      await Promise.all(databases.map((d) => d.close()));
    }
  });

  it.runIf(testDatabaseKind() === 'postgres')('an idle connection the server terminates is replaced, not fatal', async () => {
    const name = await createPostgresDatabase();
    cleanups.push(() => dropPostgresDatabase(name));
    const database = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 2);
    try {
      const raw = database.raw;
      if (raw.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const idle = await raw.pool.connect();
      const { rows } = await idle.query<{ pid: number }>('select pg_backend_pid() as pid');
      idle.release();
      // Without the pool's own listener the 'error' event is an uncaught exception.
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
      const admin = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 1);
      try {
        await admin.db.execute(sql`select pg_terminate_backend(${rows[0]!.pid})`);
      } finally {
        await admin.close();
      }
      try {
        await expect.poll(() => written.join('')).toMatch(/PostgreSQL closed an idle connection \(terminating connection due to administrator command\)/);
      } finally {
        spy.mockRestore();
      }
      const after = await raw.pool.query<{ n: number }>('select 1 as n');
      expect(after.rows[0]!.n).toBe(1);
    } finally {
      await database.close();
    }
  });
});
