import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: the search indexes take entries directly. A pending list (GIN fast update)
 * is scanned linearly by every search until a vacuum merges it: after a bulk load of a
 * country's plans that was 10 ms of each query.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('search indexes', () => {
  it('have no pending list', async () => {
    const r = await t.database.db.execute(
      sql`select relname, reloptions from pg_class where relname in ('plans_search_vector_idx', 'plan_items_search_vector_idx') order by relname`,
    );
    const rows = ((r as { rows?: unknown[] }).rows ?? r) as { relname: string; reloptions: string[] | null }[];
    expect(rows.map((x) => [x.relname, x.reloptions])).toEqual([
      ['plan_items_search_vector_idx', ['fastupdate=off']],
      ['plans_search_vector_idx', ['fastupdate=off']],
    ]);
  });
});
