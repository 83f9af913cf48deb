import { resolve } from 'node:path';
import type { Env } from '../env.js';
import { openPglite, openPostgres, type Database } from './client.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { runMigrations } from './migrate.js';

export interface OpenedDatabase {
  database: Database;
  /** Closes the database and releases the data-dir lock. */
  close(): Promise<void>;
  describe: string;
}

/** Opens the configured database (PostgreSQL or embedded PGlite under a lock) and migrates it. */
export async function openConfiguredDatabase(env: Env): Promise<OpenedDatabase> {
  if (env.DATABASE_URL) {
    const database = await openPostgres(env.DATABASE_URL);
    await runMigrations(database);
    const url = new URL(env.DATABASE_URL);
    return { database, close: () => database.close(), describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}` };
  }
  const dataDir = resolve(env.DATA_DIR);
  const lock: DataDirLock = acquireDataDirLock(dataDir);
  try {
    const database = await openPglite({ dataDir: resolve(dataDir, 'pglite') });
    await runMigrations(database);
    return {
      database,
      describe: `встроенная PGlite в ${dataDir}`,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
