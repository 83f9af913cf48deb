import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn, startServerProcess, stopServerProcess } from '../support/server-process.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from '../support/template-db.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Statements waiting for a lock, as PostgreSQL sees them. */
async function waitingOnLocks(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

describe.runIf(testDatabaseKind() === 'postgres')('SIGTERM with requests in flight', () => {
  it('waits for the handlers of clients that went away before it closes the pool', async () => {
    const name = await createPostgresDatabase();
    cleanups.push(() => dropPostgresDatabase(name));
    const url = databaseUrlFor(testDatabaseUrl(), name);
    const server = await startServerProcess({ DATABASE_URL: url, PLANIK_DEMO: '1', PLANIK_SCHEDULER: '0' });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const cookie = await signIn(server, 'observer');
      // The summary reads the plans after the session: held on a lock there, each handler has more queries to run.
      await admin.query('begin');
      await admin.query('lock table plans in access exclusive mode');
      const clients = Array.from({ length: 4 }, () => new AbortController());
      const requests = clients.map((c) =>
        fetch(server.url('/api/chairman'), { headers: { cookie }, signal: c.signal }).then(
          (r) => r.status,
          () => 'aborted',
        ),
      );
      // Several handlers may share a statement (the session lookups are batched): one waiting is enough, the rest queue behind it.
      await expect.poll(() => waitingOnLocks(admin), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 300));
      // The clients give up (a proxy's timeout, a stopped load generator): their sockets close, their handlers go on.
      for (const c of clients) c.abort();
      expect(await Promise.all(requests)).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
      const exit = stopServerProcess(server);
      await new Promise((r) => setTimeout(r, 500));
      expect(server.child.exitCode).toBeNull();
      await admin.query('commit');
      expect(await exit).toBe(0);
      expect(server.output()).not.toMatch(/Cannot use a pool/);
      expect(server.output()).not.toMatch(/не завершились/);
    } finally {
      await admin.end();
      await stopServerProcess(server, 'SIGKILL');
    }
  }, 300_000);
});
