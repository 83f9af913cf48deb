import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chairmanWindow } from '../../src/domain/execution/chairman.js';
import { todayIn } from '../../src/domain/execution/occurrence-state.js';
import { organizationTimeZoneList, planExecutionTallies, type PlanTallyRow } from '../../src/server/repositories/execution-tally.repository.js';
import { arrayParam } from '../../src/server/repositories/sql-array.js';
import { chairmanRows, type ChairmanRow } from '../../src/server/repositories/chairman-tally.repository.js';
import { cachedChairmanRows, cachedPlanTallies, cachedRegionLevelTallies } from '../../src/server/repositories/plan-tally-cache.repository.js';
import { findUserByLogin } from '../../src/server/repositories/user.repository.js';
import { toSessionUser } from '../../src/server/services/auth.service.js';
import { cachedTallies, liveTallies } from '../../src/server/services/chairman-tallies.js';
import { createChairmanService } from '../../src/server/services/chairman.service.js';
import { createTallyWarmService } from '../../src/server/services/tally-warm.service.js';
import type { RequestContext } from '../../src/server/http/request-context.js';
import { testDatabaseKind } from '../support/template-db.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: the national roll-up and the chairman's summary are served from a per-plan cache
 * of classified figures (plan_tally_cache), kept by triggers and by the day. Each step below
 * writes through the API (reports, returns, postponements, extensions, a cascaded lower plan's
 * report) or moves the clock, then holds the cached answers to the live classification of the
 * same moment — and checks that only the plans the write touched were recomputed.
 */
let t: TestApp;
let admin: Client;
let ctx: RequestContext;
let adminZone: string;
const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  ctx = { user: toSessionUser((await findUserByLogin(t.database.db, 'admin'))!), ip: null };
  adminZone = rows<{ tz: string }>(
    await t.database.db.execute(sql`select o.time_zone as tz from users u join organizations o on o.id = u.organization_id where u.login = 'admin'`),
  )[0]!.tz;
}, 120_000);
afterAll(async () => t.close());

const at0 = Date.now();
const day = (offset: number) => new Date(at0 + offset * 86_400_000).toISOString().slice(0, 10);

/** The cached and the live answers of both endpoints at the instant `at`. */
async function expectCacheEqualsLive(at: Date) {
  const db = t.database.db;
  const cached = createChairmanService(db, t.app.services.execution, () => at, cachedTallies);
  const live = createChairmanService(db, t.app.services.execution, () => at, liveTallies);
  const national = await cached.national(ctx);
  expect(national).toEqual(await live.national(ctx));
  const summary = await cached.summary(ctx);
  expect(summary).toEqual(await live.summary(ctx));
  // The control list's per-plan tallies (a region's dashboard) from the same cache, for a reader whose day is not the summary's.
  const planIds = await t.app.services.execution.controlledPlanIds(ctx);
  const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
  const byPlan = (list: PlanTallyRow[]) => [...list].sort((a, b) => a.planId.localeCompare(b.planId));
  const perPlan = await cachedPlanTallies(db, planIds, zones, todayIn('Pacific/Kiritimati', at), chairmanWindow);
  expect(byPlan(perPlan.rows)).toEqual(byPlan(await planExecutionTallies(db, planIds, zones)));
  // Kept for the summary's reader: the tally's reader finds nothing stale, and the summary's rows stay its own.
  expect(perPlan.recomputed).toBe(0);
  // Nothing is left marked of the plans read.
  expect(await markedPlans()).toEqual([]);
  return { national, summary };
}

/** The plans the national user reads that are marked changed (drafts outside the summary may stay marked). */
async function markedPlans() {
  const planIds = await t.app.services.execution.controlledPlanIds(ctx);
  return rows<{ planId: string }>(await t.database.db.execute(sql`select distinct plan_id as "planId" from plan_tally_changes order by 1`))
    .map((r) => r.planId)
    .filter((id) => planIds.includes(id));
}

/** How many plans a read at `at` recomputes (the rest are summed from the cache). */
async function recomputedAt(at: Date) {
  const db = t.database.db;
  const planIds = await t.app.services.execution.controlledPlanIds(ctx);
  const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
  return (await cachedRegionLevelTallies(db, planIds, zones, chairmanWindow(todayIn(adminZone, at)))).recomputed;
}

/** An executor's unreported occurrences in force of plans past their draft. */
async function openOccurrencesOf(login: string) {
  return rows<{ id: string; planId: string; itemId: string; organizationId: string }>(
    await t.database.db.execute(sql`
      select o.id, o.plan_id as "planId", o.item_id as "itemId", o.organization_id as "organizationId"
      from occurrences o join plans p on p.id = o.plan_id join users u on u.organization_id = o.organization_id
      where u.login = ${login} and p.status <> 'draft' and o.retired_at is null and o.window_end is not null
        and not exists (select 1 from reports r where r.occurrence_id = o.id)
      order by o.window_end, o.id`),
  );
}

describe('the national roll-up and the chairman’s summary from the plan tally cache', () => {
  it('equal the live classification after every kind of write, and recompute only the plans written', { timeout: 600_000 }, async () => {
    const now = new Date();
    const db = t.database.db;
    const planIds = await t.app.services.execution.controlledPlanIds(ctx);
    expect(planIds.length).toBeGreaterThan(3);

    // Cold: every plan is computed once, then nothing until something changes.
    const first = await expectCacheEqualsLive(now);
    expect(first.national.plans).toBe(planIds.length);
    expect(await recomputedAt(now)).toBe(0);
    // The route serves the same figures.
    const live = createChairmanService(db, t.app.services.execution, () => new Date(), liveTallies);
    expect((await admin.get('/api/chairman/national')).body).toEqual(await live.national(ctx));

    const tik = client(t, await t.login('kaluga-tik'));
    const mine = await openOccurrencesOf('kaluga-tik');
    expect(mine.length).toBeGreaterThan(4);

    // A report: its plan (and nothing else) is recomputed, and of its plan only the item reported on is reclassified.
    const itemVersions = async () =>
      new Map(
        rows<{ itemId: string; v: string }>(
          await db.execute(sql`select item_id as "itemId", xmin::text as v from plan_item_tally where plan_id = ${mine[0]!.planId}`),
        ).map((r) => [r.itemId, r.v]),
      );
    const versionsBefore = await itemVersions();
    expect(versionsBefore.size).toBeGreaterThan(2);
    const done = await tik.post(`/api/occurrences/${mine[0]!.id}/reports`, { status: 'done', text: 'Проведено' });
    expect(done.status).toBe(201);
    const marked = await markedPlans();
    expect(marked).toContain(mine[0]!.planId);
    expect(await recomputedAt(now)).toBe(marked.length);
    const versionsAfter = await itemVersions();
    const rewritten = [...versionsAfter].filter(([item, v]) => versionsBefore.get(item) !== v).map(([item]) => item);
    expect(rewritten).toEqual([mine[0]!.itemId]);
    const afterReport = await expectCacheEqualsLive(now);
    expect(afterReport.summary.totals.pendingReview).toBe(first.summary.totals.pendingReview + 1);

    // Returned for rework.
    expect((await admin.post(`/api/reports/${done.body.id}/review`, { decision: 'return', comment: 'Приложите список участников' })).status).toBe(200);
    await expectCacheEqualsLive(now);

    // Accepted after a second report.
    const again = await tik.post(`/api/occurrences/${mine[0]!.id}/reports`, { status: 'partial', text: 'Проведено частично' });
    expect(again.status).toBe(201);
    expect((await admin.post(`/api/reports/${again.body.id}/review`, { decision: 'accept' })).status).toBe(200);
    await expectCacheEqualsLive(now);

    // Postponed by the executor: to a past date (overdue) and to a future one.
    expect((await tik.post(`/api/occurrences/${mine[1]!.id}/reports`, { status: 'moved', movedTo: day(-5), text: 'Перенесено' })).status).toBe(201);
    expect((await tik.post(`/api/occurrences/${mine[2]!.id}/reports`, { status: 'moved', movedTo: day(30), text: 'Перенесено' })).status).toBe(201);
    // Read first by the control list of a reader in another day: it recomputes the plan for the day its row was kept for,
    // so the summary's reader then finds it fresh.
    const zonesNow = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, now)]));
    expect((await cachedPlanTallies(db, planIds, zonesNow, todayIn('Pacific/Kiritimati', now), chairmanWindow)).recomputed).toBeGreaterThan(0);
    expect(await recomputedAt(now)).toBe(0);
    await expectCacheEqualsLive(now);

    // An approved extension moves the deadline in force.
    const target = mine[3]!;
    const due = rows<{ due: string }>(await db.execute(sql`select coalesce(extended_to, window_end)::text as due from occurrences where id = ${target.id}`))[0]!
      .due;
    const later = new Date(Date.parse(`${due}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
    const asked = await tik.post(`/api/occurrences/${target.id}/extensions`, { newDate: later, reason: 'Помещение на ремонте' });
    expect(asked.status).toBe(201);
    const decided = await admin.post(`/api/extensions/${asked.body.id}/decision`, { decision: 'approve', comment: 'Согласовано' });
    expect(decided.status).toBe(200);
    expect(rows<{ d: string }>(await db.execute(sql`select extended_to::text as d from occurrences where id = ${target.id}`))[0]!.d).toBe(later);
    await expectCacheEqualsLive(now);

    // The clock moves: a day, a month, half a year on (the summary's half-years and «due soon» with it).
    for (const offset of [1, 31, 190]) {
      const at = new Date(now.getTime() + offset * 86_400_000);
      const moved = await expectCacheEqualsLive(at);
      expect(moved.summary.today).toBe(todayIn(adminZone, at));
      expect(await recomputedAt(at)).toBe(0);
    }
    // Back to today: every plan with occurrences is judged against today again.
    await expectCacheEqualsLive(now);

    // An executor's time zone moves (the directory changes): «today» of its occurrences with it.
    await db.execute(sql`update organizations set time_zone = 'Pacific/Kiritimati' where id = ${target.organizationId}`);
    await expectCacheEqualsLive(now);
  });

  it('a lower body’s report on its cascaded item recomputes the regional plan it came from', { timeout: 300_000 }, async () => {
    const now = new Date();
    const db = t.database.db;
    await expectCacheEqualsLive(now);
    // A body's occurrence of one plan's item and its occurrence of an item of a plan the body owns: cascade the one into the other.
    const pair = rows<{ sourcePlanId: string; sourceItemId: string; targetPlanId: string; targetItemId: string; targetId: string; organizationId: string }>(
      await db.execute(sql`
        select s.plan_id as "sourcePlanId", s.item_id as "sourceItemId", t.plan_id as "targetPlanId", t.item_id as "targetItemId",
               t.id as "targetId", s.organization_id as "organizationId"
        from occurrences s
        join plans sp on sp.id = s.plan_id and sp.status <> 'draft'
        join occurrences t on t.organization_id = s.organization_id and t.plan_id <> s.plan_id and t.retired_at is null
        join plans tp on tp.id = t.plan_id and tp.organization_id = s.organization_id and tp.status <> 'draft'
        where s.retired_at is null and t.window_end is not null
          -- the body's only occurrence of the target item stands for the source occurrence whatever its window
          and (select count(*) from occurrences c where c.item_id = t.item_id and c.organization_id = s.organization_id and c.retired_at is null) = 1
          and not exists (select 1 from reports r where r.occurrence_id in (s.id, t.id))
        order by s.id, t.id limit 1`),
    );
    expect(pair.length).toBe(1);
    const link = pair[0]!;
    await db.execute(sql`insert into plan_links (kind, source_plan_id, source_item_id, target_plan_id, target_item_id)
      values ('cascaded', ${link.sourcePlanId}, ${link.sourceItemId}, ${link.targetPlanId}, ${link.targetItemId})`);
    expect(await markedPlans()).toEqual([link.sourcePlanId]);
    await expectCacheEqualsLive(now);

    // An executor of that body reports on its own plan's occurrence.
    const created = await admin.post('/api/users', {
      login: 'cascade-executor',
      displayName: 'Исполнитель',
      organizationId: link.organizationId,
      roles: ['executor'],
      password: 'Исполнитель2025',
    });
    expect(created.status).toBe(201);
    const executor = client(t, await t.login('cascade-executor', 'Исполнитель2025'));
    await executor.post('/api/auth/password', { currentPassword: 'Исполнитель2025', newPassword: 'Исполнитель2026' });
    const before = await expectCacheEqualsLive(now);
    const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, now)]));
    const sourceTally = async () => (await planExecutionTallies(db, [link.sourcePlanId], zones))[0];
    const sourceBefore = await sourceTally();
    const report = await executor.post(`/api/occurrences/${link.targetId}/reports`, { status: 'not_done', text: 'Не проведено' });
    expect(report.status).toBe(201);
    expect(await markedPlans()).toEqual([link.sourcePlanId, link.targetPlanId].sort());
    const after = await expectCacheEqualsLive(now);
    // The source plan's occurrence took the report's state: the regional plan's own figures moved with the ТИК's report.
    expect(await sourceTally()).not.toEqual(sourceBefore);
    expect(after.national.pendingReview).toBeGreaterThan(before.national.pendingReview);
    await expectCacheEqualsLive(now);
  });

  it('the scheduler’s warm job recomputes what a write or the day made stale, so the next reader recomputes nothing', { timeout: 300_000 }, async () => {
    // Yesterday at noon UTC: the same date in Moscow and Bishkek (the two national readers), and a job due at once.
    const noon = new Date(`${day(-1)}T12:00:00Z`);
    const warm = createTallyWarmService(t.database.db, () => noon);
    const tik = client(t, await t.login('kaluga-tik'));
    const occurrence = (await openOccurrencesOf('kaluga-tik'))[0]!;
    expect((await tik.post(`/api/occurrences/${occurrence.id}/reports`, { status: 'done', text: 'Проведено' })).status).toBe(201);
    const ran = await warm.tick();
    expect(ran).toMatchObject({ ran: true });
    // The day moved back for every zone: every plan with occurrences, not only the one written.
    expect((ran as { recomputed: number }).recomputed).toBeGreaterThan(1);
    expect(await markedPlans()).toEqual([]);
    // Nor are drafts' marks left to pile up: no national reader reads them.
    const left = rows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from plan_tally_changes`))[0]!.n;
    expect(Number(left)).toBe(0);
    expect(await recomputedAt(noon)).toBe(0);
    await expectCacheEqualsLive(noon);
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'a recompute from a snapshot taken before a write leaves the plan stale (PostgreSQL, two connections)',
    { timeout: 300_000 },
    async () => {
      const now = new Date();
      const db = t.database.db;
      await expectCacheEqualsLive(now);
      const occurrence = (await openOccurrencesOf('kaluga-tik'))[0]!;
      const author = rows<{ id: string }>(await db.execute(sql`select id from users where login = 'kaluga-tik'`))[0]!.id;
      const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, now)]));
      const { refreshPlanTallies } = await import('../../src/server/repositories/plan-tally-cache.repository.js');
      // A recompute holds its plan's row locked; a report written meanwhile on another connection must not wait for it,
      // and must leave its mark after the recompute commits.
      await db.execute(sql`insert into plan_tally_changes (plan_id) values (${occurrence.planId})`);
      await db.transaction(async (tx) => {
        expect(await refreshPlanTallies(tx, [occurrence.planId], zones, chairmanWindow(todayIn(adminZone, now)))).toBe(1);
        await db.execute(sql`insert into reports (id, occurrence_id, status, author_id) values (${randomUUID()}, ${occurrence.id}, 'done', ${author})`);
      });
      expect(
        rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from plan_tally_changes where plan_id = ${occurrence.planId}`))[0]!.n,
      ).toBeGreaterThan(0);
      await expectCacheEqualsLive(now);
    },
  );
});

describe('the summary’s cuts from the cache', () => {
  /** Rows in one order (ties at a cut come in any order; the domain orders them by name). */
  const normal = (list: ChairmanRow[]) =>
    list.map((r) => JSON.stringify({ ...r, since: r.since === null ? null : new Date(r.since).toISOString(), figures: r.figures })).sort();

  it('the lists and sections unpacked only from the plans that can hold their first lines equal the live statement at every cut', async () => {
    const db = t.database.db;
    const planIds = await t.app.services.execution.controlledPlanIds(ctx);
    const ids = arrayParam(planIds, 'uuid');
    const at = new Date();
    const today = todayIn(adminZone, at);
    // In every plan: three unreported occurrences due within the fortnight, three reports waiting for review, each at its
    // own time (the seed plans are of past years: everything else unreported is overdue, in sections).
    await db.execute(sql`
      with open as (
        select o.id, row_number() over (partition by o.plan_id order by o.id) as k, row_number() over (order by o.plan_id, o.id) as n
        from occurrences o where o.plan_id = any(${ids}) and o.retired_at is null and o.window_end is not null
          and not exists (select 1 from reports r where r.occurrence_id = o.id)
      ),
      due as (update occurrences o set window_end = ${today}::date + open.k::int * 3 from open where o.id = open.id and open.k <= 3)
      insert into reports (occurrence_id, status, author_id, review_status, created_at)
      select open.id, 'done', (select id from users where login = 'admin'), 'pending', ${at.toISOString()}::timestamptz - open.n * interval '1 hour'
      from open where open.k between 4 and 6`);
    const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
    const w0 = chairmanWindow(todayIn(adminZone, at));
    await cachedChairmanRows(db, planIds, zones, w0);
    // The cut leaves plans out only when more of them hold lines than it takes: so it does at 1 here, for every list.
    const holding = rows<{ waiting: number; soon: number; sections: number }>(
      await db.execute(sql`select count(*) filter (where waiting_since is not null)::int as waiting, count(*) filter (where soon_due is not null)::int as soon,
        count(*) filter (where section_top is not null)::int as sections from plan_tally_cache`),
    )[0]!;
    expect(Math.min(holding.waiting, holding.soon, holding.sections)).toBeGreaterThanOrEqual(2);
    for (const list of [1, 2, 3, 10]) {
      const w = { ...w0, list };
      // The parts are cut at the list's length when derived: derived afresh for each.
      await db.execute(sql`delete from plan_item_tally`);
      await db.execute(sql`delete from plan_tally_cache`);
      const cached = await cachedChairmanRows(db, planIds, zones, w);
      expect(normal(cached.rows)).toEqual(normal(await chairmanRows(db, planIds, zones, w)));
      // A second read, from the cache alone, unpacks the same.
      const again = await cachedChairmanRows(db, planIds, zones, w);
      expect(again.recomputed).toBe(0);
      expect(normal(again.rows)).toEqual(normal(cached.rows));
    }
  });
});
