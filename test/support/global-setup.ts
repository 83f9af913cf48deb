import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/server/db/client.js';
import {
  buildPgliteTemplate,
  createPostgresDatabase,
  databaseUrlFor,
  dropPostgresDatabase,
  prepareTemplate,
  testDatabaseKind,
  testDatabaseUrl,
} from './template-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
  }
}

/** Prepares one template database per run; each test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  if (testDatabaseKind() === 'postgres') {
    const name = await createPostgresDatabase();
    const database = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 2);
    try {
      await prepareTemplate(database);
    } finally {
      await database.close();
    }
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplatePath', '');
    return async () => dropPostgresDatabase(name);
  }
  const path = join(tmpdir(), `planik-template-${process.pid}.tar`);
  const blob = await buildPgliteTemplate();
  await writeFile(path, Buffer.from(await blob.arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
  project.provide('postgresTemplate', '');
  return async () => rm(path, { force: true });
}
