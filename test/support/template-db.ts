import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, type Database } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { seedDemo } from '../../src/server/demo/seed-demo-plans.js';

/** Which database the API suite runs on: PGlite by default, PostgreSQL when asked. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.PLANIK_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('PLANIK_TEST_DB=postgres requires TEST_DATABASE_URL');
  return url;
}

export function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrated database with the demo directory and the seed plans: what every API test
 * starts from. Without the living demo (current-year copies with reports): tests
 * reason about the seed documents, and the living demo's dates move with the clock;
 * test/api/living-demo.test.ts seeds it on its own copy.
 */
export async function prepareTemplate(database: Database): Promise<void> {
  await runMigrations(database);
  await seedDemo(database.db, { SESSION_TTL_HOURS: 12 }, { living: false });
}

export async function buildPgliteTemplate(): Promise<Blob> {
  const database = await openPglite();
  try {
    await prepareTemplate(database);
    return await (database.raw as { client: import('@electric-sql/pglite').PGlite }).client.dumpDataDir('none');
  } finally {
    await database.close();
  }
}

export async function createPostgresDatabase(template?: string): Promise<string> {
  const name = `planik_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}${template ? ` template ${template}` : ''}`);
  return name;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await adminQuery(`drop database if exists ${name} with (force)`);
}
