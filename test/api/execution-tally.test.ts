import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/execution/occurrence-state.js';
import { addToTally, emptyTally, outcomeOf } from '../../src/domain/execution/progress.js';
import { organizationTimeZoneList, planExecutionTallies, tallyOf } from '../../src/server/repositories/execution-tally.repository.js';
import { isInForce } from '../../src/domain/plan/lifecycle.js';
import { childOrganizations, plansOfOrganizationsInYear } from '../../src/server/repositories/consolidation.repository.js';
import { listExternalExecutors } from '../../src/server/repositories/external-executor.repository.js';
import { listOccurrencesOfPlans } from '../../src/server/repositories/occurrence.repository.js';
import { listReportStatesOfPlans } from '../../src/server/repositories/report.repository.js';
import { groupReports, occurrenceListDto } from '../../src/server/services/execution-view.js';
import { cascadeRollup } from '../../src/server/services/rollup.js';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: the control list counts occurrences in ONE SQL aggregate instead of
 * classifying each in Node. Held here to the domain's classification (the code it
 * replaced: occurrenceStatus + cascade rollup + outcomeOf + addToTally) on a data set
 * varied on purpose: every report status and review state, returned-then-resubmitted
 * and accepted-then-returned sequences, postponements to past, future and no date,
 * approved extensions, external participants, cascade links, and executors in time
 * zones fourteen hours apart with deadlines on today's date boundary.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => t.close());

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

/** Deterministic, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function referenceTallies(planIds: string[], at: Date, keyOf: (o: { planId: string; organizationId: string | null }) => string = (o) => o.planId) {
  const db = t.database.db;
  const [occ, states] = await Promise.all([listOccurrencesOfPlans(db, planIds), listReportStatesOfPlans(db, planIds)]);
  const reports = groupReports(states);
  const external = new Set((await listExternalExecutors(db, planIds)).map((x) => `${x.planId}/${x.executorKey}`));
  const rollup = await cascadeRollup(db, planIds, at);
  const out = new Map(planIds.map((id) => [id, { tally: emptyTally(), overdueItems: new Set<string>(), rolledUp: 0 }]));
  for (const o of occ) {
    const key = keyOf(o);
    if (!out.has(key)) out.set(key, { tally: emptyTally(), overdueItems: new Set<string>(), rolledUp: 0 });
    const c = out.get(key)!;
    const { dto, rolledUpFrom } = rollup.apply(occurrenceListDto(o, reports.get(o.id) ?? [], at));
    if (rolledUpFrom) c.rolledUp++;
    const isExternal = external.has(`${o.planId}/${o.executorKey}`);
    addToTally(c.tally, dto._status, isExternal);
    if (outcomeOf(dto._status, { external: isExternal }) === 'overdue') c.overdueItems.add(o.itemId);
  }
  return out;
}

async function vary() {
  const db = t.database.db;
  const next = random(19);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  // Executors fourteen hours apart: «today» differs between them for most of the day.
  const orgs = rows<{ id: string }>(await db.execute(sql`select distinct organization_id as id from occurrences where organization_id is not null order by 1`));
  for (const [i, o] of orgs.entries()) {
    const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kamchatka', 'Europe/Kaliningrad'][i % 4]!;
    await db.execute(sql`update organizations set time_zone = ${zone} where id = ${o.id}`);
  }
  // Cascade links: a body's occurrence of one plan's item stands for it in another plan of that body.
  const links = rows<{ id: string }>(
    await db.execute(sql`
      insert into plan_links (kind, source_plan_id, source_item_id, target_plan_id, target_item_id)
      select distinct on (s.item_id) 'cascaded', s.plan_id, s.item_id, tp.id, t.item_id
      from occurrences s
      join occurrences t on t.organization_id = s.organization_id and t.plan_id <> s.plan_id
      join plans tp on tp.id = t.plan_id and tp.organization_id = s.organization_id
      -- the body's only occurrence of the target item, or one with the same window: both stand for the source
      where (t.window_start is not distinct from s.window_start and t.window_end is not distinct from s.window_end)
         or (select count(*) from occurrences c where c.item_id = t.item_id and c.organization_id = s.organization_id) = 1
      order by s.item_id, t.item_id
      limit 40
      returning id`),
  );
  const occurrences = rows<{ id: string; executorKey: string; planId: string }>(
    await db.execute(sql`select id, executor_key as "executorKey", plan_id as "planId" from occurrences where retired_at is null order by id`),
  );
  const author = rows<{ id: string }>(await db.execute(sql`select id from users order by login limit 1`))[0]!.id;
  const scenarios: [string, string, string | null][][] = [
    [],
    [['done', 'pending', null]],
    [['done', 'accepted', null]],
    [['partial', 'accepted', null]],
    [['not_done', 'accepted', null]],
    [['cancelled', 'accepted', null]],
    [['cancelled', 'pending', null]],
    [['moved', 'pending', day(-3)]],
    [['moved', 'accepted', day(20)]],
    [['moved', 'accepted', day(0)]],
    [['moved', 'pending', null]],
    [['done', 'returned', null]],
    [
      ['done', 'returned', null],
      ['partial', 'pending', null],
    ],
    [
      ['done', 'accepted', null],
      ['done', 'returned', null],
    ],
    [
      ['moved', 'accepted', day(-40)],
      ['done', 'pending', null],
    ],
  ];
  let reportCount = 0;
  for (const o of occurrences) {
    const r = next();
    if (r < 0.1) await db.execute(sql`update occurrences set window_end = ${day(Math.floor(next() * 3) - 1)} where id = ${o.id}`);
    else if (r < 0.15) await db.execute(sql`update occurrences set extended_to = ${day(Math.floor(next() * 60) - 30)} where id = ${o.id}`);
    else if (r < 0.18) await db.execute(sql`update occurrences set window_end = null, window_start = null where id = ${o.id}`);
    const reports = next() < 0.45 ? [] : pick(scenarios);
    for (const [i, [status, review, movedTo]] of reports.entries()) {
      reportCount++;
      await db.execute(sql`insert into reports (id, occurrence_id, status, review_status, moved_to, author_id, created_at)
        values (${randomUUID()}, ${o.id}, ${status}, ${review}, ${movedTo}, ${author}, now() - ${`${10 - i} minutes`}::interval)`);
    }
  }
  // External participants: one executor of every third plan.
  const byPlan = new Map(occurrences.map((o) => [o.planId, o.executorKey]));
  for (const [i, [planId, key]] of [...byPlan].entries()) {
    if (i % 3 === 0)
      await db.execute(
        sql`insert into plan_external_executors (plan_id, executor_key, executor_label) values (${planId}, ${key}, ${key}) on conflict do nothing`,
      );
  }
  return { links: links.length, reportCount, occurrences: occurrences.length };
}

describe('the control list tally in SQL', () => {
  it('counts every plan exactly as the domain classifies its occurrences', { timeout: 300_000 }, async () => {
    const made = await vary();
    expect(made.links).toBeGreaterThan(0);
    expect(made.reportCount).toBeGreaterThan(100);
    const db = t.database.db;
    const planIds = rows<{ id: string }>(await db.execute(sql`select id from plans order by id`)).map((r) => r.id);
    const at = new Date();
    const today = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
    const fromSql = new Map((await planExecutionTallies(db, planIds, today)).map((r) => [r.planId, r]));
    const reference = await referenceTallies(planIds, at);
    // The data set really exercises the rules: rollups happened, every outcome occurs somewhere.
    expect([...reference.values()].reduce((a, c) => a + c.rolledUp, 0)).toBeGreaterThan(0);
    const seen = emptyTally();
    for (const c of reference.values()) for (const k of Object.keys(seen) as (keyof typeof seen)[]) seen[k] += c.tally[k];
    for (const k of Object.keys(seen) as (keyof typeof seen)[]) expect(seen[k], k).toBeGreaterThan(0);
    for (const id of planIds) {
      const want = reference.get(id)!;
      const got = fromSql.get(id);
      if (!want.tally.total) {
        expect(got).toBeUndefined();
        continue;
      }
      expect({ ...tallyOf(got!), overdueItems: got!.overdueItems }, id).toEqual({ ...want.tally, overdueItems: want.overdueItems.size });
    }
  });

  it('the control list answers with those counts', async () => {
    const admin = client(t, await t.login('admin'));
    const list = (await admin.get('/api/execution/plans')).body.plans as { id: string; occurrences: number; overdue: number; done: number }[];
    expect(list.length).toBeGreaterThan(0);
    const reference = await referenceTallies(
      list.map((p) => p.id),
      new Date(),
    );
    for (const p of list) {
      const want = reference.get(p.id)!.tally;
      expect([p.occurrences, p.overdue, p.done]).toEqual([want.total, want.overdue, want.done]);
    }
  });
});

describe('the national roll-up', () => {
  it('equals the per-plan tallies summed by region and commission level', { timeout: 300_000 }, async () => {
    const db = t.database.db;
    const admin = client(t, await t.login('admin'));
    const res = await admin.get('/api/chairman/national');
    expect(res.status).toBe(200);
    const body = res.body as {
      plans: number;
      occurrences: number;
      overdue: number;
      regions: {
        regionId: string | null;
        name: string;
        plans: number;
        occurrences: number;
        done: number;
        overdue: number;
        overdueItems: number;
        pendingReview: number;
        levels: { level: string; plans: number; occurrences: number; done: number; overdue: number; overdueItems: number; pendingReview: number }[];
      }[];
    };
    // The region of a plan found here by walking the directory upwards, not by the statement under test.
    const orgs = new Map(
      rows<{ id: string; kind: string; parentId: string | null; name: string }>(
        await db.execute(sql`select id, kind, parent_id as "parentId", coalesce(short_name, name) as name from organizations`),
      ).map((o) => [o.id, o]),
    );
    const regionOf = (orgId: string) => {
      for (let o = orgs.get(orgId); o; o = o.parentId ? orgs.get(o.parentId) : undefined) if (o.kind === 'regional') return o;
      return undefined;
    };
    const plans = rows<{ id: string; organizationId: string }>(
      await db.execute(sql`select id, organization_id as "organizationId" from plans where status <> 'draft' order by id`),
    );
    const reference = await referenceTallies(
      plans.map((p) => p.id),
      new Date(),
    );
    type Sum = { plans: number; occurrences: number; done: number; overdue: number; overdueItems: number; pendingReview: number };
    const want = new Map<string, Sum>();
    const add = (key: string, planId: string) => {
      const s = want.get(key) ?? { plans: 0, occurrences: 0, done: 0, overdue: 0, overdueItems: 0, pendingReview: 0 };
      const r = reference.get(planId)!;
      s.plans++;
      s.occurrences += r.tally.total;
      s.done += r.tally.done;
      s.overdue += r.tally.overdue;
      s.overdueItems += r.overdueItems.size;
      s.pendingReview += r.tally.pendingReview;
      want.set(key, s);
    };
    for (const p of plans) {
      const region = regionOf(p.organizationId)?.id ?? '-';
      add('total', p.id);
      add(region, p.id);
      add(`${region}/${orgs.get(p.organizationId)!.kind}`, p.id);
    }
    // The data set has plans in more than one region and at more than one level, with overdue work.
    expect(body.regions.filter((r) => r.regionId).length).toBeGreaterThan(1);
    expect(new Set(body.regions.flatMap((r) => r.levels.map((l) => l.level))).size).toBeGreaterThan(1);
    expect(want.get('total')!.overdue).toBeGreaterThan(0);
    const pick = ({ plans, occurrences, done, overdue, overdueItems, pendingReview }: Sum) => ({
      plans,
      occurrences,
      done,
      overdue,
      overdueItems,
      pendingReview,
    });
    expect(pick(body as unknown as Sum)).toEqual(want.get('total'));
    const got = new Map<string, Sum>();
    for (const r of body.regions) {
      const region = r.regionId ?? '-';
      if (r.regionId) expect(r.name).toBe(orgs.get(r.regionId)!.name);
      got.set(region, pick(r));
      for (const l of r.levels) got.set(`${region}/${l.level}`, pick(l));
    }
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].filter(([k]) => k !== 'total').sort()));
  });
});

describe('the consolidation dashboard', () => {
  it('counts each body as the domain classifies its plans and its share of the region’s plans', { timeout: 300_000 }, async () => {
    const db = t.database.db;
    const admin = client(t, await t.login('admin'));
    // Every region and every year its plans cover (the varied data set above).
    const regions = rows<{ id: string; year: number }>(
      await db.execute(sql`select distinct o.id, extract(year from p.period_start)::int as year
        from organizations o join plans p on p.organization_id = o.id or p.organization_id in (select id from organizations c where c.parent_id = o.id)
        where o.kind = 'regional' and p.period_start is not null order by 1, 2`),
    );
    // The bodies of every other regional plan marked external participants there: the dashboard must count them as
    // the control list does (not overdue), which the code it replaced did not.
    await db.execute(sql`
      insert into plan_external_executors (plan_id, executor_key, executor_label)
      select distinct o.plan_id, o.executor_key, o.executor_key from occurrences o
      join organizations body on body.id = o.organization_id
      join organizations region on region.id = body.parent_id and region.kind = 'regional'
      where o.plan_id in (select p.id from plans p join organizations r on r.id = p.organization_id where r.kind = 'regional' order by p.id limit 2)
      on conflict do nothing`);
    let compared = 0;
    for (const { id, year } of regions) {
      const bodies = await childOrganizations(db, id);
      const bodyPlans = (
        await plansOfOrganizationsInYear(
          db,
          bodies.map((b) => b.id),
          year,
        )
      ).filter((p) => isInForce(p.status));
      const regionPlans = (await plansOfOrganizationsInYear(db, [id], year)).filter((p) => isInForce(p.status));
      if (!bodyPlans.length && !regionPlans.length) continue;
      const res = await admin.get(`/api/organizations/${id}/consolidation?year=${year}`);
      expect(res.status).toBe(200);
      const own = await referenceTallies(
        bodyPlans.map((p) => p.id),
        new Date(),
      );
      const regional = await referenceTallies(
        regionPlans.map((p) => p.id),
        new Date(),
        (o) => `${o.planId}|${o.organizationId ?? ''}`,
      );
      for (const body of res.body.bodies as { organizationId: string; ownPlans: Record<string, number>; regionalItems: Record<string, number> }[]) {
        const sum = (entries: { tally: ReturnType<typeof emptyTally> }[]) => {
          const s = emptyTally();
          for (const e of entries) for (const k of Object.keys(s) as (keyof typeof s)[]) s[k] += e.tally[k];
          return { occurrences: s.total, done: s.done, partial: s.partial, overdue: s.overdue, pendingReview: s.pendingReview, awaiting: s.awaiting };
        };
        const mine = sum(bodyPlans.filter((p) => p.organizationId === body.organizationId).map((p) => own.get(p.id)!));
        const share = sum(regionPlans.flatMap((p) => regional.get(`${p.id}|${body.organizationId}`) ?? []));
        const { executedShare: _a, ...gotOwn } = body.ownPlans;
        const { executedShare: _b, ...gotShare } = body.regionalItems;
        expect(gotOwn, body.organizationId).toEqual(mine);
        expect(gotShare, body.organizationId).toEqual(share);
        compared += mine.occurrences + share.occurrences;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
