import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** The raw client, for migrations, backups and test templates. */
  raw: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool; url: string };
}

// Dates are calendar dates, never instants: keep them as 'YYYY-MM-DD' strings on both drivers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export async function openPostgres(url: string, max = 10): Promise<Database> {
  // JIT never pays here: the heavy statements are index probes, and their planned cost (inflated by the
  // access filters' subplans) passes jit_above_cost, so a 40 ms search spent 90 ms compiling (issue #19).
  // A startup option rather than `set local` per statement: that needs a transaction and three more
  // round trips, each a wait for the scheduler on a loaded machine. `options` in DATABASE_URL wins.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection the server closes (restart, failover, pg_terminate_backend) is
  // dropped by the pool and a new one opened on demand; without a listener Node would
  // treat the pool's 'error' event as fatal and stop the whole instance.
  pool.on('error', (error) => process.stderr.write(`planik: PostgreSQL closed an idle connection (${error.message}); it will be reopened\n`));
  // Fail fast with a readable error rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', raw: { kind: 'postgres', pool, url }, close: () => pool.end() };
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<Database> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return wrapPglite(client);
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', raw: { kind: 'pglite', client }, close: () => client.close() };
}
