import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: the app's PostgreSQL connections run without JIT. Its compilation cost more than the
 * statements it compiled (90 ms of a 150 ms search on the national data set), and the planner's
 * cost of the access filters' subplans passes jit_above_cost even for small queries.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('PostgreSQL connection settings', () => {
  it.skipIf(process.env.PLANIK_TEST_DB !== 'postgres')('turns JIT off on every connection of the pool', async () => {
    // Several at once, so that the pool opens more than one connection.
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => t.database.db.execute(sql`select current_setting('jit') as jit, pg_backend_pid() as pid, pg_sleep(0.05)`)),
    );
    const rows = answers.map((r) => ((r as { rows?: unknown[] }).rows ?? r) as { jit: string; pid: number }[]).map((r) => r[0]!);
    expect(new Set(rows.map((r) => r.pid)).size).toBeGreaterThan(1);
    expect(rows.map((r) => r.jit)).toEqual(['off', 'off', 'off', 'off']);
  });
});
