import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cascadedItemLinks, plansOfOrganizationsInYear } from '../../src/server/repositories/consolidation.repository.js';
import { planEscalationSettings } from '../../src/server/repositories/escalation.repository.js';
import { arrayParam } from '../../src/server/repositories/sql-array.js';
import { planExecutionTallies } from '../../src/server/repositories/execution-tally.repository.js';
import { listApprovedExtensions } from '../../src/server/repositories/extension.repository.js';
import { listExternalExecutors } from '../../src/server/repositories/external-executor.repository.js';
import { listExecutorsOfItems, listExecutorsOfPlans, listItemsOfPlans } from '../../src/server/repositories/item.repository.js';
import { listOccurrencesOfItems, listOccurrencesOfPlans, organizationTimeZones } from '../../src/server/repositories/occurrence.repository.js';
import { findPlansByIds } from '../../src/server/repositories/plan.repository.js';
import { listReportsOfOccurrences, listReportStatesOfPlans } from '../../src/server/repositories/report.repository.js';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: every read over a caller-sized id list (a country's plans, occurrences,
 * items) binds the list as one array parameter. With one parameter per id, PostgreSQL
 * refuses more than 65,535 of them — the national control list answered 500.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => t.close());

/** 70,000 ids nobody has, with the real one in the middle. */
const many = (real: string) => {
  const ids: string[] = Array.from({ length: 70_000 }, () => randomUUID());
  ids.splice(35_000, 0, real);
  return ids;
};

describe('id lists over the parameter limit', () => {
  it('every read finds the real rows among 70,000 ids', { timeout: 120_000 }, async () => {
    const db = t.database.db;
    const tik = client(t, await t.login('kaluga-tik'));
    const occurrence = (await tik.get('/api/me/occurrences?state=all')).body.occurrences[0];
    expect((await tik.post(`/api/occurrences/${occurrence.id}/reports`, { status: 'done', text: 'Проведено' })).status).toBe(201);
    const rows = (r: unknown) => ((r as { rows?: unknown[] }).rows ?? r) as { org: string; item: string }[];
    const { org, item } = rows(
      await db.execute(
        sql`select p.organization_id as org, o.item_id as item from occurrences o join plans p on p.id = o.plan_id where o.id = ${occurrence.id}`,
      ),
    )[0]!;
    const plans = many(occurrence.planId);
    const items = many(item);
    const occurrences = many(occurrence.id);

    expect((await findPlansByIds(db, plans)).map((p) => p.id)).toEqual([occurrence.planId]);
    expect((await listOccurrencesOfPlans(db, plans)).map((o) => o.id)).toContain(occurrence.id);
    expect((await listReportStatesOfPlans(db, plans)).map((r) => r.occurrenceId)).toContain(occurrence.id);
    expect((await listItemsOfPlans(db, plans)).map((i) => i.id)).toContain(item);
    expect((await listExecutorsOfPlans(db, plans)).length).toBeGreaterThan(0);
    expect((await listExecutorsOfItems(db, items)).length).toBeGreaterThan(0);
    expect((await listOccurrencesOfItems(db, items)).map((o) => o.id)).toContain(occurrence.id);
    expect((await listReportsOfOccurrences(db, occurrences)).map((r) => r.occurrenceId)).toEqual([occurrence.id]);
    expect(await listApprovedExtensions(db, occurrences)).toEqual([]);
    expect(await listExternalExecutors(db, plans)).toEqual([]);
    expect(await cascadedItemLinks(db, plans)).toEqual([]);
    expect((await planEscalationSettings(db, plans)).length).toBe(1);
    expect((await planExecutionTallies(db, plans, new Map([['Europe/Moscow', '2026-01-01']]))).map((x) => x.planId)).toEqual([occurrence.planId]);
    const orgs = many(org);
    expect((await organizationTimeZones(db, orgs)).map((o) => o.id)).toEqual([org]);
    expect((await plansOfOrganizationsInYear(db, orgs, null)).map((p) => p.id)).toContain(occurrence.planId);
  });

  it('an array parameter carries any text unchanged: quotes, backslashes, commas, braces, «NULL», empty', async () => {
    const values = ['Europe/Moscow', 'Etc/GMT+3', 'a"b', 'c\\d', 'e,f', '{g}', 'NULL', '', ' h ', 'Ёлки «ели»'];
    const r = await t.database.db.execute(sql`select unnest(${arrayParam(values, 'text')}) as v`);
    expect((((r as { rows?: unknown[] }).rows ?? r) as { v: string }[]).map((x) => x.v)).toEqual(values);
  });
});
