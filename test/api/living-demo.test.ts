import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organizations, planLinks, plans, users } from '../../src/server/db/schema/index.js';
import { demoOrganizations } from '../../src/server/demo/demo-directory.js';
import { seedLivingDemo, type LivingDemoSummary } from '../../src/server/demo/seed-living-demo.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Occurrence } from '../support/api-types.js';

let t: TestApp;
let kaluga: Client;
let living: LivingDemoSummary;
let seedsBefore: unknown[];
const year = new Date().getUTCFullYear();

/** The seed plans as the importer left them: what the living demo must not touch. */
const seedState = () =>
  t.database.db
    .execute(
      sql`select p.id, p.title, p.status, p.version, p.content_revision,
    (select count(*)::int from plan_items i where i.plan_id = p.id) items,
    (select count(*)::int from reports r join occurrences o on o.id = r.occurrence_id where o.plan_id = p.id) reports
    from plans p where p.source->>'fileName' is not null order by p.id`,
    )
    .then((r) => (r as unknown as { rows: unknown[] }).rows);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // The template has the seed plans only; the living demo is seeded here as `npm start` seeds it.
  const orgRows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations);
  const organizationIds = new Map(demoOrganizations.map((o) => [o.key, orgRows.find((r) => r.name === o.name)!.id]));
  const userIds = new Map((await db.select({ id: users.id, login: users.login }).from(users)).map((u) => [u.login, u.id]));
  const seedIds = new Map(
    (await db.select({ id: plans.id, source: plans.source }).from(plans)).map((p) => [String((p.source as { fileName?: string } | null)?.fileName), p.id]),
  );
  seedsBefore = await seedState();
  living = await seedLivingDemo(db, { seedIds, organizationIds, userIds });
  kaluga = client(t, await t.login('kaluga'));
}, 300_000);
afterAll(() => t.close());

describe('the living demo', () => {
  it('copies the Kaluga plan and the Kuzbass work plan to the current year, approved by an act, linked to their seeds', async () => {
    expect(living.plans).toHaveLength(2);
    const titles = living.plans.map((p) => p.title);
    expect(titles.some((title) => title.includes('Калужской') && title.includes(`в ${year} году`))).toBe(true);
    expect(titles).toContain(`План работы Избирательной комиссии Кемеровской области – Кузбасса на ${year} год`);
    for (const p of living.plans) {
      const plan = (await client(t, await t.login('admin')).get(`/api/plans/${p.id}`)).body;
      expect(plan.status).toBe('approved');
      expect(plan.period).toEqual({ start: `${year}-01-01`, end: `${year}-12-31` });
      expect(plan.approval).toMatchObject({ kind: 'постановление', date: `${year - 1}-12-24` });
      const links = await t.database.db.select().from(planLinks).where(eq(planLinks.targetPlanId, p.id));
      expect(links.find((l) => l.kind === 'next_period_of')?.sourcePlanId).toBe(p.sourceId);
    }
  });

  it('leaves the seed plans exactly as imported', async () => {
    expect(await seedState()).toEqual(seedsBefore);
  });

  it('shows a commission at work: accepted, pending, returned and overdue reports on the dashboard', async () => {
    const kalugaPlan = living.plans.find((p) => p.title.includes('Калужской'))!;
    const progress = (await kaluga.get(`/api/plans/${kalugaPlan.id}/progress`)).body;
    expect(progress.plan.status).toBe('approved');
    expect(progress.totals.done).toBeGreaterThan(0);
    expect(progress.totals.submitted).toBeGreaterThan(0);
    expect(progress.pendingReview.length).toBeGreaterThan(0);
    // Past windows exist from February on: then some work came back for rework and some is overdue.
    if (new Date().getUTCMonth() >= 1) {
      expect(progress.totals.returned).toBeGreaterThan(0);
      expect(progress.totals.overdue).toBeGreaterThan(0);
      expect(progress.totals.done).toBeGreaterThan(progress.totals.overdue);
    }
    // Nothing is dated before the plan's year: no «просрочено на 1733 дн.».
    const overdue = (await kaluga.get(`/api/plans/${kalugaPlan.id}/occurrences?outcome=overdue`)).body;
    for (const o of overdue.occurrences ?? []) expect(o.dueDate >= `${year}-01-01`).toBe(true);
  });

  it('reports through the product: every report audited, executors sign in with the demo password and see their own work', async () => {
    const ids = living.plans.map((p) => p.id);
    const actions = await t.database.db
      .select({ action: auditEvents.action, n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(inArray(auditEvents.action, ['report.create', 'report.accept', 'report.return', 'plan.copy', 'plan.approve']))
      .groupBy(auditEvents.action);
    const count = (a: string) => actions.find((x) => x.action === a)?.n ?? 0;
    expect(count('report.create')).toBe(living.reports);
    expect(count('report.accept')).toBeGreaterThan(0);
    expect(count('plan.copy')).toBe(2);
    expect(count('plan.approve')).toBeGreaterThanOrEqual(2);
    const borovsk = client(t, await t.login('kaluga-borovsk'));
    const mine = (await borovsk.get('/api/me/occurrences?state=all')).body.occurrences as Occurrence[];
    const reported = mine.filter((o) => o.current);
    expect(reported.length).toBeGreaterThan(0);
    // Only this year's plans have reports; the seed plan of 2022 stays untouched.
    expect(reported.every((o) => ids.includes(o.planId))).toBe(true);
    expect(reported.some((o) => o.current!.reviewStatus === 'accepted')).toBe(true);
  });
});
