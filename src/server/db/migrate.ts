import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database } from './client.js';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary constant shared by every instance: serialises concurrent start-ups. */
const MIGRATION_LOCK_KEY = 7_202_611_230;

/**
 * Applies the checked-in SQL migrations. On PostgreSQL several app instances may
 * start at once, so the work runs on one dedicated connection holding an
 * advisory lock; the others wait and then find nothing left to do.
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.raw.kind === 'pglite') {
    // PGlite is owned by this process alone (see data-dir-lock.ts).
    await migratePglite(drizzlePglite(database.raw.client), { migrationsFolder });
    return;
  }
  const client = await database.raw.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
