import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #15: status-like columns hold only the values the code knows. The request schemas refuse others, and the
 * database does too, so a bulk load or a hand-written UPDATE cannot leave a plan in a status no screen can show.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const one = async (q: ReturnType<typeof sql>): Promise<Record<string, unknown>> => {
  const r = await t.database.db.execute(q);
  return (((r as { rows?: unknown[] }).rows ?? r) as Record<string, unknown>[])[0]!;
};

describe('status checks', () => {
  it.each([
    ['plans', 'status', 'published'],
    ['plans', 'kind', 'roadmap'],
    ['plans', 'reporting_period', 'week'],
    ['plan_items', 'kind', 'chapter'],
    ['organizations', 'kind', 'ministry'],
  ])('%s.%s refuses «%s» and keeps the stored value', async (table, column, bad) => {
    const before = await one(sql`select id, ${sql.identifier(column)} as v from ${sql.identifier(table)} order by id limit 1`);
    const error = await t.database.db
      .execute(sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${bad} where id = ${before.id as string}`)
      .then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
    // drizzle wraps the driver's error: the constraint's name is in its cause.
    expect(String(error?.cause?.message ?? error?.message)).toMatch(new RegExp(`${table}_${column}_check`));
    const after = await one(sql`select ${sql.identifier(column)} as v from ${sql.identifier(table)} where id = ${before.id as string}`);
    expect(after.v).toBe(before.v);
  });

  it('every known value is accepted', async () => {
    const plan = await one(sql`select id, status from plans order by id limit 1`);
    for (const status of ['review', 'approved', 'executed', 'archived', 'draft']) {
      await t.database.db.execute(sql`update plans set status = ${status} where id = ${plan.id as string}`);
    }
    await t.database.db.execute(sql`update plans set status = ${plan.status as string} where id = ${plan.id as string}`);
    expect((await one(sql`select status from plans where id = ${plan.id as string}`)).status).toBe(plan.status);
  });
});
