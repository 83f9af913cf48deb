import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { buildApp, type App } from '../../src/server/app.js';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { parseEnv } from '../../src/server/env.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from './template-db.js';

export interface TestApp {
  app: App;
  database: Database;
  /** Signs in and returns the Cookie header value. */
  login(login: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let templateBlob: Blob | null = null;

async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (testDatabaseKind() === 'postgres') {
    const name = await createPostgresDatabase(inject('postgresTemplate'));
    const database = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 5);
    return { database, dispose: () => dropPostgresDatabase(name) };
  }
  templateBlob ??= new Blob([await readFile(inject('pgliteTemplatePath'))]);
  const database = await openPglite({ loadDataDir: templateBlob });
  return { database, dispose: async () => {} };
}

/** An app over a fresh copy of the template database (demo directory and plans loaded). */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  const { database, dispose } = await openTestDatabase();
  const env = parseEnv({ LOG_LEVEL: 'silent', PLANIK_DEMO: '1', ...envOverrides });
  const app = await buildApp({ database, env, version: 'test', logger: false });
  await app.ready();
  return {
    app,
    database,
    async login(login: string, password = 'demo') {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
      if (response.statusCode !== 200) throw new Error(`login ${login} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'planik_session');
      return `planik_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      await dispose();
    },
  };
}
