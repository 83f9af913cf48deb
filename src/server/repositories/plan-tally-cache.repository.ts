import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { counted, inPeriod, overdueWithSections, type ChairmanRow, type ChairmanWindow } from './chairman-tally.repository.js';
import { classifiedOutcomes, rowsOf, type PlanTallyRow, type RegionLevelTallyRow } from './execution-tally.repository.js';
import { arrayParam } from './sql-array.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * The per-plan cache of classified figures (`plan_tally_cache`) behind the national roll-up
 * and the chairman's summary. Classifying a country's 3 million occurrences takes 15–20 s;
 * a plan's figures change only when something it reads is written (the triggers of
 * migration 0022 append the plan to `plan_tally_changes`) or when a day ends in a time
 * zone its occurrences are judged in. A read recomputes the stale plans with the live
 * statement and then sums the cache: the answer is the live classification's, exactly.
 */

/** The figures of a plan counted in `plan_tally_cache.figures`, as `PlanTallyRow` names them. */
const tallyFields = [
  'total',
  'done',
  'partial',
  'notDone',
  'cancelled',
  'submitted',
  'moved',
  'overdue',
  'open',
  'external',
  'awaiting',
  'pendingReview',
  'accepted',
  'returned',
  'overdueItems',
] as const;

/** What the reader's day adds: the summary's «due soon» list and half-years. */
export type TallyWindow = ChairmanWindow;

/**
 * Brings the plans' cache rows up to date inside the caller's transaction and returns how many
 * were recomputed. Stale rows are locked (FOR UPDATE, in plan order) before the recompute, so
 * two readers never recompute the same plan at once: the second waits and then finds it fresh,
 * or recomputes it again from a later snapshot. The recompute deletes only the change rows its
 * own snapshot sees, in the same statement that classifies: a write committed after that
 * snapshot keeps its row and the plan stays stale — a recompute from an older snapshot can
 * never mark a plan fresh over a newer write.
 */
export async function refreshPlanTallies(tx: Tx, planIds: string[], today: ReadonlyMap<string, string>, w: TallyWindow, parts = true): Promise<number> {
  if (!planIds.length) return 0;
  await ensureRows(tx, planIds);
  const stale = rowsOf<{ planId: string }>(
    await tx.execute(sql`
      with ${zoneToday(today)}
      select c.plan_id as "planId" from plan_tally_cache c
      where c.plan_id = any(${arrayParam(planIds, 'uuid')}) and (${staleCondition(w.today)}${parts ? sql` or c.parts_stale` : sql``})
      order by c.plan_id
      for update of c`),
  ).map((r) => r.planId);
  await recompute(tx, stale, today, w, parts);
  return stale.length;
}

/**
 * The same for a reader of the tally alone (the control list): its figures do not depend on the
 * reader's day, only on the zones' days, so a row kept for another reader's day is not stale for
 * it, and a changed row is recomputed for the day it was kept for (`windowOf(as_of)`) — the
 * summary's parts stay those of the national reader the warm job keeps them for.
 */
export async function refreshPlanFigures(
  tx: Tx,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  readerDay: string,
  windowOf: (day: string) => TallyWindow,
): Promise<number> {
  if (!planIds.length) return 0;
  await ensureRows(tx, planIds);
  const stale = rowsOf<{ planId: string; asOf: string | null }>(
    await tx.execute(sql`
      with ${zoneToday(today)}
      select c.plan_id as "planId", c.as_of::text as "asOf" from plan_tally_cache c
      where c.plan_id = any(${arrayParam(planIds, 'uuid')}) and (${staleCondition(null)})
      order by c.plan_id
      for update of c`),
  );
  const byDay = new Map<string, string[]>();
  for (const r of stale) byDay.set(r.asOf ?? readerDay, [...(byDay.get(r.asOf ?? readerDay) ?? []), r.planId]);
  for (const [day, ids] of byDay) await recompute(tx, ids, today, windowOf(day), false);
  return stale.length;
}

async function ensureRows(tx: Tx, planIds: string[]) {
  await tx.execute(sql`
    insert into plan_tally_cache (plan_id)
    select p.id from plans p
    where p.id = any(${arrayParam(planIds, 'uuid')}) and not exists (select 1 from plan_tally_cache c where c.plan_id = p.id)
    on conflict do nothing`);
}

/**
 * The locked stale plans reclassified — only their changed items when that suffices, the tally moved
 * by those items' differences — then, for a reader of the summary's parts (`parts`) or a plan
 * reclassified whole, the plan rows re-derived from their item rows.
 */
async function recompute(tx: Tx, planIds: string[], today: ReadonlyMap<string, string>, w: TallyWindow, parts: boolean) {
  if (!planIds.length) return;
  const whole = rowsOf<{ planId: string }>(await tx.execute(itemRecomputeStatement(planIds, today, w))).map((r) => r.planId);
  const derive = parts ? planIds : whole;
  if (derive.length) await tx.execute(planDeriveStatement(derive, today, w));
}

function zoneToday(today: ReadonlyMap<string, string>): SQL {
  const zones = [...today.keys()];
  return sql`zone_today(tz, today) as (select * from unnest(${arrayParam(zones, 'text')}, ${arrayParam(
    zones.map((z) => today.get(z)!),
    'date',
  )}))`;
}

/**
 * A cache row is stale when it was never computed, for another reader's day (`asOf`; null: any
 * day will do), before a change, or before a day ended in one of its zones.
 */
function staleCondition(asOf: string | null): SQL {
  return sql`${asOf === null ? sql`c.as_of is null` : sql`c.as_of is distinct from ${asOf}::date`}
    or exists (select 1 from plan_tally_changes d where d.plan_id = c.plan_id)
    or ${dayEnded}`;
}

const dayEnded = sql`exists (
      select 1 from unnest(c.zones, c.days) z(tz, day) left join zone_today zt on zt.tz = z.tz
      where zt.today is distinct from z.day
    )`;

/** Figures of an item's occurrences that a plan's figures are the sums of (`overdueItems` and `overdueNumbers` are counted from the items). */
const summedFields = [
  ...tallyFields.filter((f) => f !== 'overdueItems'),
  'dueSoon',
  'counted',
  'currentTotal',
  'currentDone',
  'currentOverdue',
  'previousTotal',
  'previousDone',
  'previousOverdue',
] as const;

/**
 * ONE statement per batch of stale plans: which part to reclassify — the whole plan when it was
 * never computed, was kept for another reader's day, a day ended in one of its zones, or a change
 * names no item; otherwise only the items its change rows name — decided from the same snapshot
 * that deletes those change rows (`consumed`), so a change committed later is neither deleted nor
 * missed. The part is classified by the live statement (`classifiedOutcomes`) and grouped per item
 * into what the plan's row is derived from; item rows left without occurrences in force go.
 */
function itemRecomputeStatement(planIds: string[], today: ReadonlyMap<string, string>, w: TallyWindow): SQL {
  const ids = arrayParam(planIds, 'uuid');
  const soon = sql`src.outcome = 'open' and src.due >= ${w.today}::date and src.due <= ${w.soonEnd}::date`;
  const outcome = (o: string) => sql`count(*) filter (where src.outcome = ${o})`;
  const itemCount: Record<(typeof summedFields)[number], SQL> = {
    total: sql`count(*)`,
    done: outcome('done'),
    partial: outcome('partial'),
    notDone: outcome('not_done'),
    cancelled: outcome('cancelled'),
    submitted: outcome('submitted'),
    moved: outcome('moved'),
    overdue: outcome('overdue'),
    open: outcome('open'),
    external: outcome('external'),
    awaiting: outcome('awaiting'),
    pendingReview: sql`count(*) filter (where src.last_review is distinct from 'returned' and src.cur_review = 'pending')`,
    accepted: sql`count(*) filter (where src.last_review is distinct from 'returned' and src.cur_review = 'accepted')`,
    returned: sql`count(*) filter (where src.last_review = 'returned')`,
    dueSoon: sql`count(*) filter (where ${soon})`,
    counted: sql`count(*) filter (where ${counted})`,
    currentTotal: sql`count(*) filter (where ${inPeriod(w.current)})`,
    currentDone: sql`count(*) filter (where ${inPeriod(w.current)} and src.outcome = 'done')`,
    currentOverdue: sql`count(*) filter (where ${inPeriod(w.current)} and src.outcome = 'overdue')`,
    previousTotal: sql`count(*) filter (where ${inPeriod(w.previous)})`,
    previousDone: sql`count(*) filter (where ${inPeriod(w.previous)} and src.outcome = 'done')`,
    previousOverdue: sql`count(*) filter (where ${inPeriod(w.previous)} and src.outcome = 'overdue')`,
  };
  const deltas = sql.raw(summedFields.map((f, i) => `'${f}', sum(d.sign * d.counts[${i + 1}])`).join(', '));
  // The plan's zones so far and its changed items' (the old ones keep their day: a row whose day ended is reclassified whole).
  const zoneUnion = sql`(select distinct x.tz from unnest(c.zones || coalesce((select dz.zones from delta_zones dz where dz.plan_id = c.plan_id), '{}')) x(tz))`;
  const scope = {
    ctes: sql`
    changed as materialized (select plan_id, item_id from plan_tally_changes where plan_id = any(${ids})),
    whole as materialized (
      select c.plan_id from plan_tally_cache c
      where c.plan_id = any(${ids}) and (
        c.computed_at is null or c.as_of is distinct from ${w.today}::date or ${dayEnded}
        or exists (select 1 from changed d where d.plan_id = c.plan_id and d.item_id is null)
      )
    ),
    scope_items as materialized (
      select distinct d.plan_id, d.item_id from changed d
      where d.item_id is not null and d.plan_id not in (select plan_id from whole)
    ),
    scoped_occurrences as (
      select o.* from occurrences o where o.plan_id in (select plan_id from whole)
      union all
      select o.* from scope_items s join occurrences o on o.item_id = s.item_id and o.plan_id = s.plan_id
    )`,
    occurrences: sql`scoped_occurrences`,
    links: sql`(l.source_plan_id in (select plan_id from whole) or (l.source_plan_id, l.source_item_id) in (select plan_id, item_id from scope_items))`,
  };
  return sql`
    ${classifiedOutcomes(planIds, today, true, scope)},
    consumed as (delete from plan_tally_changes where plan_id = any(${ids})),
    ${overdueWithSections},
    figures as (
      select src.plan_id, src.item_id, array_agg(distinct src.today_zone order by src.today_zone) as zones,
        array[${sql.join(
          summedFields.map((f) => itemCount[f]),
          sql`, `,
        )}]::int[] as counts
      from outcomes src group by src.plan_id, src.item_id
    ),
    -- The number and the top section matter only for overdue items (the summary counts those by printed number).
    placed as (
      select o.plan_id, o.item_id, min(o.number) as number, (array_agg(nullif(r.root_id, o.item_id)))[1] as section_id
      from overdue o join roots r on r.item_id = o.item_id group by 1, 2
    ),
    bodies as (
      select b.plan_id, b.item_id, jsonb_agg(jsonb_build_object('key', b.key, 'label', b.label, 'n', b.n, 'oldest', b.oldest)) as list
      from (
        select o.plan_id, o.item_id, o.executor_key as key, min(o.executor_label collate "C") as label, count(*) as n, min(o.due) as oldest
        from overdue o group by 1, 2, 3
      ) b group by 1, 2
    ),
    waiting as (
      select l.plan_id, l.item_id, jsonb_agg(jsonb_build_object('occurrence', l.occurrence_id, 'item', l.item_id, 'label', l.executor_label, 'due', l.due, 'since', l.pending_since)) as list,
        min(l.pending_since) filter (where l.rn = 1) as first_key, (array_agg(l.occurrence_id) filter (where l.rn = 1))[1] as first_id
      from (
        select src.*, row_number() over (partition by src.plan_id, src.item_id order by src.pending_since, src.occurrence_id) as rn
        from outcomes src where src.pending_since is not null
      ) l where l.rn <= ${w.list} group by 1, 2
    ),
    soon as (
      select l.plan_id, l.item_id, jsonb_agg(jsonb_build_object('occurrence', l.occurrence_id, 'item', l.item_id, 'label', l.executor_label, 'due', l.due)) as list,
        min(l.due) filter (where l.rn = 1) as first_key, (array_agg(l.occurrence_id) filter (where l.rn = 1))[1] as first_id
      from (
        select src.*, row_number() over (partition by src.plan_id, src.item_id order by src.due, src.occurrence_id) as rn
        from outcomes src where ${soon}
      ) l where l.rn <= ${w.list} group by 1, 2
    ),
    -- Two deletes, each by its own index path (one condition with OR scans the table).
    gone_plans as (
      delete from plan_item_tally t where t.plan_id in (select plan_id from whole)
        and not exists (select 1 from figures f where f.plan_id = t.plan_id and f.item_id = t.item_id)
    ),
    gone_items as (
      delete from plan_item_tally t using scope_items s where t.plan_id = s.plan_id and t.item_id = s.item_id
        and not exists (select 1 from figures f where f.plan_id = t.plan_id and f.item_id = t.item_id)
    ),
    -- A plan reclassified in part: its tally moved by the items' new counts less their old ones (the snapshot's rows).
    item_delta as (
      select f.plan_id, f.counts, 1 as sign from figures f where f.plan_id not in (select plan_id from whole)
      union all
      select o.plan_id, o.counts, -1 from scope_items s join plan_item_tally o on o.plan_id = s.plan_id and o.item_id = s.item_id
    ),
    plan_delta as (
      select d.plan_id, jsonb_build_object(${deltas}) || jsonb_build_object('overdueItems', sum(d.sign * (${overdueOf('d')} > 0)::int)) as delta
      from item_delta d group by d.plan_id
    ),
    delta_zones as (
      select f.plan_id, array_agg(distinct z.tz) as zones from figures f, unnest(f.zones) z(tz)
      where f.plan_id not in (select plan_id from whole) group by f.plan_id
    ),
    moved as (
      update plan_tally_cache c set
        figures = c.figures || (select jsonb_object_agg(e.key, coalesce((c.figures->>e.key)::int, 0) + e.value::int) from jsonb_each_text(d.delta) e),
        zones = (select array_agg(u.tz order by u.tz) from ${zoneUnion} u(tz)),
        days = (select array_agg(zt.today order by u.tz) from ${zoneUnion} u(tz) join zone_today zt on zt.tz = u.tz),
        computed_at = now(), parts_stale = true
      from plan_delta d where d.plan_id = c.plan_id
    ),
    written as (
    insert into plan_item_tally as t (plan_id, item_id, number, section_id, zones, counts, bodies, waiting, soon, waiting_since, waiting_first, soon_due, soon_first)
    select f.plan_id, f.item_id, pl.number, pl.section_id, f.zones, f.counts, b.list, wt.list, so.list, wt.first_key, wt.first_id, so.first_key, so.first_id
    from figures f
    left join placed pl on pl.plan_id = f.plan_id and pl.item_id = f.item_id
    left join bodies b on b.plan_id = f.plan_id and b.item_id = f.item_id
    left join waiting wt on wt.plan_id = f.plan_id and wt.item_id = f.item_id
    left join soon so on so.plan_id = f.plan_id and so.item_id = f.item_id
    on conflict (plan_id, item_id) do update set number = excluded.number, section_id = excluded.section_id, zones = excluded.zones,
      counts = excluded.counts, bodies = excluded.bodies, waiting = excluded.waiting, soon = excluded.soon,
      waiting_since = excluded.waiting_since, waiting_first = excluded.waiting_first, soon_due = excluded.soon_due, soon_first = excluded.soon_first
    )
    select plan_id as "planId" from whole`;
}

/**
 * The plans' rows re-derived from their item rows (read after the item statement, in the same
 * transaction and under the same row locks): sums; overdue items and printed numbers counted over
 * the items with overdue occurrences; overdue by executor key and by top section, with their
 * items counted by printed number; each plan's first lines of the review queue and of «due soon»
 * (an item's first ten hold the plan's first ten).
 */
function planDeriveStatement(planIds: string[], today: ReadonlyMap<string, string>, w: TallyWindow): SQL {
  const ids = arrayParam(planIds, 'uuid');
  const overdue = sql`${overdueOf('t')} > 0`;
  const sums = sql.raw(summedFields.map((f, i) => `'${f}', sum(t.counts[${i + 1}])`).join(', '));
  return sql`
    with ${zoneToday(today)},
    t as materialized (select * from plan_item_tally where plan_id = any(${ids})),
    figures as (
      -- jsonb_build_object takes at most 100 arguments: the sums and the two counts of overdue items are built apart.
      select t.plan_id, jsonb_build_object(${sums}) || jsonb_build_object(
          'overdueItems', count(*) filter (where ${overdue}), 'overdueNumbers', count(distinct t.number) filter (where ${overdue})
        ) as figures
      from t group by t.plan_id
    ),
    zones as (select t.plan_id, array_agg(distinct z.tz order by z.tz) as zones from t, unnest(t.zones) z(tz) group by t.plan_id),
    bodies as (
      select b.plan_id, jsonb_agg(jsonb_build_object('key', b.key, 'label', b.label, 'n', b.n, 'items', b.items, 'oldest', b.oldest)) as list
      from (
        select t.plan_id, b.key, min(b.label collate "C") as label, sum(b.n) as n, count(distinct t.number) as items, min(b.oldest) as oldest
        from t, jsonb_to_recordset(t.bodies) as b(key text, label text, n int, oldest date) where t.bodies is not null group by 1, 2
      ) b group by b.plan_id
    ),
    sections as (
      select s.plan_id, jsonb_agg(jsonb_build_object('section', s.section_id, 'n', s.n, 'items', s.items)) as list, max(s.n) as top, count(*) as count
      from (
        select t.plan_id, t.section_id, sum(${overdueOf('t')}) as n, count(distinct t.number) as items
        from t where ${overdue} group by 1, 2
      ) s group by s.plan_id
    ),
    -- Only the items whose first line is among the plan's first ten first lines can hold one of its first ten lines.
    waiting_items as (
      select f.plan_id, f.waiting from (
        select t.plan_id, t.waiting, row_number() over (partition by t.plan_id order by t.waiting_since, t.waiting_first) as rn
        from t where t.waiting is not null
      ) f where f.rn <= ${w.list}
    ),
    waiting as (
      select l.plan_id, jsonb_agg(jsonb_build_object('occurrence', l.occurrence, 'item', l.item, 'label', l.label, 'due', l.due, 'since', l.since)) as list,
        min(l.since) filter (where l.rn = 1) as first_key, (array_agg(l.occurrence) filter (where l.rn = 1))[1] as first_id
      from (
        select t.plan_id, l.*, row_number() over (partition by t.plan_id order by l.since, l.occurrence) as rn
        from waiting_items t, jsonb_to_recordset(t.waiting) as l(occurrence uuid, item uuid, label text, due date, since timestamptz)
      ) l where l.rn <= ${w.list} group by l.plan_id
    ),
    soon_items as (
      select f.plan_id, f.soon from (
        select t.plan_id, t.soon, row_number() over (partition by t.plan_id order by t.soon_due, t.soon_first) as rn
        from t where t.soon is not null
      ) f where f.rn <= ${w.list}
    ),
    soon as (
      select l.plan_id, jsonb_agg(jsonb_build_object('occurrence', l.occurrence, 'item', l.item, 'label', l.label, 'due', l.due)) as list,
        min(l.due) filter (where l.rn = 1) as first_key, (array_agg(l.occurrence) filter (where l.rn = 1))[1] as first_id
      from (
        select t.plan_id, l.*, row_number() over (partition by t.plan_id order by l.due, l.occurrence) as rn
        from soon_items t, jsonb_to_recordset(t.soon) as l(occurrence uuid, item uuid, label text, due date)
      ) l where l.rn <= ${w.list} group by l.plan_id
    )
    insert into plan_tally_cache as c (plan_id, as_of, zones, days, computed_at, parts_stale, figures, bodies, sections, waiting, soon,
      section_top, section_count, waiting_since, waiting_first, soon_due, soon_first)
    select p.id, ${w.today}::date, coalesce(z.zones, '{}'),
      coalesce((select array_agg(zt.today order by x.ord) from unnest(z.zones) with ordinality x(tz, ord) join zone_today zt on zt.tz = x.tz), '{}'),
      now(), false, coalesce(f.figures, '{}'), coalesce(b.list, '[]'), coalesce(s.list, '[]'), coalesce(wt.list, '[]'), coalesce(so.list, '[]'),
      s.top, coalesce(s.count, 0), wt.first_key, wt.first_id, so.first_key, so.first_id
    from plans p
    left join figures f on f.plan_id = p.id
    left join zones z on z.plan_id = p.id
    left join bodies b on b.plan_id = p.id
    left join sections s on s.plan_id = p.id
    left join waiting wt on wt.plan_id = p.id
    left join soon so on so.plan_id = p.id
    where p.id = any(${ids})
    on conflict (plan_id) do update set as_of = excluded.as_of, zones = excluded.zones, days = excluded.days, computed_at = excluded.computed_at,
      parts_stale = false, figures = excluded.figures, bodies = excluded.bodies, sections = excluded.sections, waiting = excluded.waiting, soon = excluded.soon,
      section_top = excluded.section_top, section_count = excluded.section_count, waiting_since = excluded.waiting_since,
      waiting_first = excluded.waiting_first, soon_due = excluded.soon_due, soon_first = excluded.soon_first`;
}

/** An item row's count of overdue occurrences (`alias.counts` in `summedFields` order). */
function overdueOf(alias: string): SQL {
  return sql.raw(`${alias}.counts[${summedFields.indexOf('overdue') + 1}]`);
}

/** The cached figures are read in the refresh's transaction, with the settings a country's recompute needs. */
async function withFreshTallies<T>(
  db: Db,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  w: TallyWindow,
  parts: boolean,
  read: (tx: Tx) => Promise<T>,
) {
  return db.transaction(async (tx) => {
    // JIT compilation of the classification costs seconds on a country's data and saves nothing.
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    const recomputed = await refreshPlanTallies(tx, planIds, today, w, parts);
    return { recomputed, result: await read(tx) };
  });
}

const regionOfOwner = `case when owner.kind = 'regional' then owner.id when up1.kind = 'regional' then up1.id when up2.kind = 'regional' then up2.id end`;

/** `regionLevelExecutionTallies` from the cache: the stale plans recomputed, then the plans' rows summed by region and level. */
export async function cachedRegionLevelTallies(
  db: Db,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  w: TallyWindow,
): Promise<{ rows: RegionLevelTallyRow[]; recomputed: number }> {
  if (!planIds.length) return { rows: [], recomputed: 0 };
  const { recomputed, result } = await withFreshTallies(db, planIds, today, w, false, async (tx) =>
    rowsOf<RegionLevelTallyRow>(await tx.execute(regionLevelCacheQuery(planIds))),
  );
  return { rows: result, recomputed };
}

/** The roll-up's read of the cache: the plans' cached figures summed by region and level. */
export function regionLevelCacheQuery(planIds: string[]): SQL {
  const sums = sql.raw(tallyFields.map((f) => `sum((c.figures->>'${f}')::int)::int as "${f}"`).join(', '));
  return sql`
    select ${sql.raw(regionOfOwner)} as "regionId", owner.kind as level, ${sums}
    from plan_tally_cache c
    join plans gp on gp.id = c.plan_id
    join organizations owner on owner.id = gp.organization_id
    left join organizations up1 on up1.id = owner.parent_id
    left join organizations up2 on up2.id = up1.parent_id
    where c.plan_id = any(${arrayParam(planIds, 'uuid')}) and (c.figures->>'total')::int > 0
    group by 1, 2`;
}

/** `chairmanRows` from the cache: the same rows, summed over the plans' cached parts. */
export async function cachedChairmanRows(
  db: Db,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  w: TallyWindow,
): Promise<{ rows: ChairmanRow[]; recomputed: number }> {
  if (!planIds.length) return { rows: [], recomputed: 0 };
  const { recomputed, result } = await withFreshTallies(db, planIds, today, w, true, async (tx) =>
    rowsOf<ChairmanRow>(await tx.execute(chairmanCacheQuery(planIds, w))),
  );
  return { rows: result, recomputed };
}

/**
 * `planExecutionTallies` from the cache (the control list of a region or a body): the stale plans
 * recomputed — for the day their summary parts were kept for — then each plan's tally read. Rows
 * only for plans with occurrences in force, like the live statement.
 */
export async function cachedPlanTallies(
  db: Db,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  readerDay: string,
  windowOf: (day: string) => TallyWindow,
): Promise<{ rows: PlanTallyRow[]; recomputed: number }> {
  if (!planIds.length) return { rows: [], recomputed: 0 };
  const fields = sql.raw(tallyFields.map((f) => `(c.figures->>'${f}')::int as "${f}"`).join(', '));
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    const recomputed = await refreshPlanFigures(tx, planIds, today, readerDay, windowOf);
    const rows = rowsOf<PlanTallyRow>(
      await tx.execute(sql`
        select c.plan_id as "planId", ${fields} from plan_tally_cache c
        where c.plan_id = any(${arrayParam(planIds, 'uuid')}) and (c.figures->>'total')::int > 0`),
    );
    return { rows, recomputed };
  });
}

/**
 * The summary's read of the cache: the plans' counters and bodies summed; the sections and the two lists
 * unpacked only from the plans that can hold one of the first ten (`section_top`, the first lines' keys):
 * a plan whose largest section is below the tenth largest plan's has none of the ten largest sections, and a
 * plan whose first line is not among the first ten first lines has none of the first ten lines.
 */
export function chairmanCacheQuery(planIds: string[], w: TallyWindow): SQL {
  // The summary's counters and the figure each is the sum of: an item overdue is counted by its printed number.
  const counters: [name: string, figure: string][] = [
    ['overdue', 'overdue'],
    ['overdueItems', 'overdueNumbers'],
    ['pendingReview', 'pendingReview'],
    ['dueSoon', 'dueSoon'],
    ['done', 'done'],
    ['counted', 'counted'],
    ['currentTotal', 'currentTotal'],
    ['currentDone', 'currentDone'],
    ['currentOverdue', 'currentOverdue'],
    ['previousTotal', 'previousTotal'],
    ['previousDone', 'previousDone'],
    ['previousOverdue', 'previousOverdue'],
  ];
  const fields = counters.map(([, figure]) => figure);
  const sums = sql.raw(counters.map(([name, figure]) => `'${name}', coalesce(sum(c."${figure}"), 0)`).join(', '));
  // The counters are taken out of each row's figures once (jsonb_to_record): thirteen ->> lookups a row cost more than the whole read of the lists.
  return sql`
        with c as materialized (
          select pc.plan_id, f.*, pc.bodies, pc.section_top, pc.section_count, pc.waiting_since, pc.waiting_first, pc.soon_due, pc.soon_first
          from plan_tally_cache pc, jsonb_to_record(pc.figures) as f(${sql.raw(fields.map((f) => `"${f}" int`).join(', '))})
          where pc.plan_id = any(${arrayParam(planIds, 'uuid')})
        ),
        bodies as (
          select b.key, min(b.label collate "C") as label, sum(b.n)::int as n, sum(b.items)::int as items, min(b.oldest)::text as oldest
          from c, jsonb_to_recordset(c.bodies) as b(key text, label text, n int, items int, oldest date) group by b.key
        ),
        section_plans as (select c.plan_id from c where c.section_top is not null order by c.section_top desc fetch first ${w.list} rows with ties),
        sections as (
          select pc.plan_id, s.section, s.n, s.items from section_plans sp join plan_tally_cache pc on pc.plan_id = sp.plan_id,
            jsonb_to_recordset(pc.sections) as s(section uuid, n int, items int)
        ),
        waiting_plans as (select c.plan_id from c where c.waiting_since is not null order by c.waiting_since, c.waiting_first limit ${w.list}),
        waiting as (
          select pc.plan_id, l.* from waiting_plans wp join plan_tally_cache pc on pc.plan_id = wp.plan_id,
            jsonb_to_recordset(pc.waiting) as l(occurrence uuid, item uuid, label text, due date, since timestamptz)
        ),
        soon_plans as (select c.plan_id from c where c.soon_due is not null order by c.soon_due, c.soon_first limit ${w.list}),
        soon as (
          select pc.plan_id, l.* from soon_plans sp join plan_tally_cache pc on pc.plan_id = sp.plan_id,
            jsonb_to_recordset(pc.soon) as l(occurrence uuid, item uuid, label text, due date)
        )
        select 'totals' as kind, null::text as key, null::uuid as "planId", null::uuid as "occurrenceId", null::text as label,
          null::text as due, null::timestamptz as since, null::text as number, null::text as title, null::text as "planTitle",
          json_build_object(
            ${sums},
            'bodies', (select count(*) from bodies), 'sections', coalesce(sum(c.section_count), 0)
          ) as figures
        from c
        union all (
          select 'body', b.key, null, null, b.label, b.oldest, null, null, null, null, json_build_object('n', b.n, 'items', b.items)
          from bodies b order by b.n desc fetch first ${w.list} rows with ties
        )
        union all (
          -- The lines are cut first and named after: thousands of plans' parts, ten names.
          select 'section', s.section::text, s.plan_id, null, null, null, null, si.number, si.title, p.title, json_build_object('n', s.n, 'items', s.items)
          from (select * from sections order by n desc fetch first ${w.list} rows with ties) s
          join plans p on p.id = s.plan_id left join plan_items si on si.id = s.section
          order by s.n desc
        )
        union all (
          select 'waiting', null, l.plan_id, l.occurrence, l.label, l.due::text, l.since, i.number, i.title, null, null
          from (select * from waiting order by since, occurrence limit ${w.list}) l join plan_items i on i.id = l.item
          order by l.since, l.occurrence
        )
        union all (
          select 'soon', null, l.plan_id, l.occurrence, l.label, l.due::text, null, i.number, i.title, null, null
          from (select * from soon order by due, occurrence limit ${w.list}) l join plan_items i on i.id = l.item
          order by l.due, l.occurrence
        )`;
}

/**
 * The plans past their draft with the zone of the top of their tree (the national reader whose
 * day the summary's parts are cached for: the CEC of Russia for its plans, the CEC of Kyrgyzstan for its own).
 */
export async function plansByReaderZone(db: Db): Promise<Map<string, string[]>> {
  const found = rowsOf<{ id: string; tz: string }>(
    await db.execute(sql`
      select p.id, coalesce(up3.time_zone, up2.time_zone, up1.time_zone, owner.time_zone) as tz
      from plans p
      join organizations owner on owner.id = p.organization_id
      left join organizations up1 on up1.id = owner.parent_id
      left join organizations up2 on up2.id = up1.parent_id
      left join organizations up3 on up3.id = up2.parent_id
      where p.status <> 'draft'
      order by p.id`),
  );
  const out = new Map<string, string[]>();
  for (const r of found) out.set(r.tz, [...(out.get(r.tz) ?? []), r.id]);
  return out;
}

/** Recomputes what is stale among the plans, a batch per transaction (row locks held for one batch, progress kept). */
export async function warmPlanTallies(db: Db, planIds: string[], today: ReadonlyMap<string, string>, w: TallyWindow, batch = 500): Promise<number> {
  let recomputed = 0;
  for (let i = 0; i < planIds.length; i += batch) {
    const slice = planIds.slice(i, i + batch);
    recomputed += await db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      return refreshPlanTallies(tx, slice, today, w);
    });
  }
  return recomputed;
}

/**
 * Forgets what no national reader reads: change rows of deleted plans and of drafts (a draft's items are
 * edited all day) go, and with them any cache row of those plans — a cache row must never outlive change
 * rows deleted without a recompute, or a plan approved again would read as fresh.
 */
export async function purgeUnreadTallies(db: Db): Promise<void> {
  await db.execute(sql`
    with gone as (
      delete from plan_tally_changes d
      where not exists (select 1 from plans p where p.id = d.plan_id and p.status <> 'draft')
      returning d.plan_id
    )
    , gone_items as (delete from plan_item_tally t where t.plan_id in (select plan_id from gone))
    delete from plan_tally_cache c where c.plan_id in (select plan_id from gone)`);
}
