import { sql, type SQL } from 'drizzle-orm';
import type { Outcome, Tally } from '../../domain/execution/progress.js';
import type { Db } from '../db/client.js';
import { arrayParam } from './sql-array.js';

/** One plan's occurrences in force counted by outcome, as `addToTally` of the domain counts them. */
export interface PlanTallyRow {
  planId: string;
  total: number;
  done: number;
  partial: number;
  notDone: number;
  cancelled: number;
  submitted: number;
  moved: number;
  overdue: number;
  open: number;
  external: number;
  awaiting: number;
  pendingReview: number;
  accepted: number;
  returned: number;
  overdueItems: number;
}

interface OutcomeCounts {
  outcome: Outcome;
  n: number;
  items: number;
  pending: number;
  accepted: number;
  returned: number;
}

const outcomeField: Record<Outcome, 'done' | 'partial' | 'notDone' | 'cancelled' | 'submitted' | 'moved' | 'overdue' | 'open' | 'external' | 'awaiting'> = {
  done: 'done',
  partial: 'partial',
  not_done: 'notDone',
  cancelled: 'cancelled',
  submitted: 'submitted',
  moved: 'moved',
  overdue: 'overdue',
  open: 'open',
  external: 'external',
  awaiting: 'awaiting',
};

export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/**
 * The execution tally of many plans in ONE statement (the control list of a region or the
 * whole country: millions of occurrences must not travel to Node). It restates in SQL the
 * domain's rules — `occurrenceStatus` (the latest report not returned is current, a returned
 * latest report means rework, «перенесено» moves the deadline, an approved extension moves
 * it too), `outcomeOf` (a report counts as done only once accepted, an external participant
 * without a report is never overdue) and the cascade rollup (a lower body's occurrence
 * without reports takes the state of its occurrence of the item cascaded into its own plan);
 * `test/api/execution-tally.test.ts` holds it to the domain's classification.
 * `today` is each time zone's calendar date, computed by the caller like `todayIn`.
 */
export async function planExecutionTallies(db: Db, planIds: string[], today: ReadonlyMap<string, string>): Promise<PlanTallyRow[]> {
  if (!planIds.length) return [];
  const byPlan = new Map<string, PlanTallyRow>();
  for (const r of await groupedOutcomes<{ planId: string }>(db, planIds, today, { keys: ['src.plan_id as "planId"'] })) {
    let t = byPlan.get(r.planId);
    if (!t) byPlan.set(r.planId, (t = emptyPlanTally(r.planId)));
    addOutcomeRow(t, r);
  }
  return [...byPlan.values()];
}

/** A plan's occurrences in force held by one executor organisation (a lower body's share of a regional plan). */
export interface ExecutorTallyRow extends PlanTallyRow {
  organizationId: string | null;
}

/** The same tally as `planExecutionTallies`, one row per plan and executor organisation. */
export async function planExecutionTalliesByExecutor(db: Db, planIds: string[], today: ReadonlyMap<string, string>): Promise<ExecutorTallyRow[]> {
  if (!planIds.length) return [];
  const out = new Map<string, ExecutorTallyRow>();
  const rows = await groupedOutcomes<{ planId: string; organizationId: string | null }>(db, planIds, today, {
    keys: ['src.plan_id as "planId"', 'src.executor_org as "organizationId"'],
  });
  for (const r of rows) {
    const key = `${r.planId}|${r.organizationId ?? ''}`;
    let t = out.get(key);
    if (!t) out.set(key, (t = { ...emptyPlanTally(r.planId), organizationId: r.organizationId }));
    addOutcomeRow(t, r);
  }
  return [...out.values()];
}

/** The tally of plans grouped by the region their owner belongs to and the owner's kind (the national roll-up). */
export interface RegionLevelTallyRow extends Omit<PlanTallyRow, 'planId'> {
  /** The regional commission the owner is or belongs to; null above the regions (the CEC). */
  regionId: string | null;
  level: string;
}

/**
 * The national roll-up in ONE statement: the rules of `planExecutionTallies`, grouped by
 * region and commission level instead of by plan (a country's 7,000 plans must not come
 * back as 7,000 rows to be summed in Node). Items belong to one plan, so `overdueItems`
 * of a group is the sum of its plans' figures.
 */
export async function regionLevelExecutionTallies(db: Db, planIds: string[], today: ReadonlyMap<string, string>): Promise<RegionLevelTallyRow[]> {
  if (!planIds.length) return [];
  const out = new Map<string, RegionLevelTallyRow>();
  const rows = await groupedOutcomes<{ regionId: string | null; level: string }>(db, planIds, today, {
    keys: [`${regionOfOwner} as "regionId"`, 'owner.kind as level'],
    joins: `join plans gp on gp.id = src.plan_id
      join organizations owner on owner.id = gp.organization_id
      left join organizations up1 on up1.id = owner.parent_id
      left join organizations up2 on up2.id = up1.parent_id`,
  });
  for (const r of rows) {
    const key = `${r.regionId ?? ''}|${r.level}`;
    let t = out.get(key);
    if (!t) {
      const { planId: _p, ...empty } = emptyPlanTally('');
      out.set(key, (t = { ...empty, regionId: r.regionId, level: r.level }));
    }
    addOutcomeRow(t, r);
  }
  return [...out.values()];
}

/** The nearest regional commission among the plan's owner and its two ancestors (a precinct sits under a ТИК). */
const regionOfOwner = `case when owner.kind = 'regional' then owner.id when up1.kind = 'regional' then up1.id when up2.kind = 'regional' then up2.id end`;

/** The same region of each plan's owner, for counting plans (plans without occurrences have no tally row). */
export async function planRegions(db: Db, planIds: string[]): Promise<{ planId: string; regionId: string | null; regionName: string | null; level: string }[]> {
  if (!planIds.length) return [];
  const name = (o: string) => `coalesce(${o}.short_name, ${o}.name)`;
  const regionName = `case when owner.kind = 'regional' then ${name('owner')} when up1.kind = 'regional' then ${name('up1')} when up2.kind = 'regional' then ${name('up2')} end`;
  return rowsOf(
    await db.execute(sql`
      select gp.id as "planId", ${sql.raw(regionOfOwner)} as "regionId", ${sql.raw(regionName)} as "regionName", owner.kind as level
      from plans gp
      join organizations owner on owner.id = gp.organization_id
      left join organizations up1 on up1.id = owner.parent_id
      left join organizations up2 on up2.id = up1.parent_id
      where gp.id = any(${arrayParam(planIds, 'uuid')})`),
  );
}

function addOutcomeRow(t: Omit<PlanTallyRow, 'planId'>, r: OutcomeCounts): void {
  const n = Number(r.n);
  t.total += n;
  t[outcomeField[r.outcome]] += n;
  t.pendingReview += Number(r.pending);
  t.accepted += Number(r.accepted);
  t.returned += Number(r.returned);
  if (r.outcome === 'overdue') t.overdueItems += Number(r.items);
}

/**
 * The one statement every tally above runs: the CTEs classify each occurrence in force of
 * the plans, then the rows are counted per outcome under the caller's grouping keys (fixed
 * SQL fragments of this file, never input). `joins` may add tables to `src` (the outcomes).
 */
async function groupedOutcomes<K>(
  db: Db,
  planIds: string[],
  today: ReadonlyMap<string, string>,
  grouping: { keys: string[]; joins?: string },
): Promise<(K & OutcomeCounts)[]> {
  const keyList = sql.raw(grouping.keys.join(', '));
  const groupList = sql.raw(grouping.keys.map((k) => k.replace(/ as .*$/, '')).join(', '));
  const aliasList = sql.raw(grouping.keys.map((k) => k.replace(/^.* as /, '')).join(', '));
  const joins = sql.raw(grouping.joins ?? '');
  return runTally<K & OutcomeCounts>(
    db,
    sql`
    ${classifiedOutcomes(planIds, today)},
    -- Grouped by outcome (each row classified once) and item (overdue items counted without a sort).
    by_item as (
      select ${keyList}, src.outcome, src.item_id, count(*) as n,
        count(*) filter (where src.last_review is distinct from 'returned' and src.cur_review = 'pending') as pending,
        count(*) filter (where src.last_review is distinct from 'returned' and src.cur_review = 'accepted') as accepted,
        count(*) filter (where src.last_review = 'returned') as returned
      from outcomes src ${joins} group by ${groupList}, src.outcome, src.item_id
    )
    select ${aliasList}, outcome, sum(n)::int as n, count(*)::int as items,
      sum(pending)::int as pending, sum(accepted)::int as accepted, sum(returned)::int as returned
    from by_item group by ${aliasList}, outcome`,
  );
}

/** Runs a statement built on `classifiedOutcomes` with the settings a country's data needs. */
export async function runTally<T>(db: Db, query: SQL): Promise<T[]> {
  // JIT compilation of this plan costs seconds on a country's data and saves nothing: the work is index probes.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    // The rows of a country are sorted by plan for the grouping: in memory, not in temporary files.
    await tx.execute(sql`set local work_mem = '64MB'`);
    return tx.execute(query);
  });
  return rowsOf<T>(result);
}

/**
 * The WITH list that classifies each occurrence in force of the plans by the domain's rules,
 * ending in the CTE `outcomes`: one row per occurrence with its plan, item, executor, outcome,
 * effective deadline (`due`, the domain's `dueDate`), the time zone whose «today» judged it
 * (`today_zone`: a cached figure holds only while that day lasts) and, for a report waiting for review,
 * when it came (`pending_since`). Every tally and summary of this file reads it — the rules
 * are written once. `recursive` opens the list with WITH RECURSIVE for callers that walk trees.
 */
export function classifiedOutcomes(planIds: string[], today: ReadonlyMap<string, string>, recursive = false, scope?: OutcomeScope): SQL {
  const zones = [...today.keys()];
  const plansParam = arrayParam(planIds, 'uuid');
  // The latest report of an occurrence (one index probe, like the hand-written aggregate of the
  // benchmark) and, only when that one was returned, the latest one not returned.
  const reportState = (occurrence: string) =>
    sql.raw(`
      left join lateral (
        select x.status, x.review_status, x.moved_to, x.created_at,
          case when x.review_status = 'returned' then (
            select array[y.status, y.review_status, y.moved_to::text] from reports y
            where y.occurrence_id = x.occurrence_id and y.review_status <> 'returned'
            order by y.created_at desc, y.id desc limit 1
          ) end as cur
        from reports x where x.occurrence_id = ${occurrence} order by x.created_at desc, x.id desc limit 1
      ) lr on true`);
  const current = (field: 'status' | 'review_status' | 'moved_to') => {
    const i = { status: 1, review_status: 2, moved_to: 3 }[field];
    return sql.raw(`case when lr.review_status = 'returned' then lr.cur[${i}]${field === 'moved_to' ? '::date' : ''} else lr.${field} end`);
  };
  return sql`
    ${sql.raw(recursive ? 'with recursive' : 'with')} zone_today(tz, today) as (
      select * from unnest(${arrayParam(zones, 'text')}, ${arrayParam(
        zones.map((z) => today.get(z)!),
        'date',
      )})
    ),
    ${scope ? sql`${scope.ctes},` : sql``}
    -- «today» of an executor's organisation, else of the plan's owner: two small lookups per occurrence.
    org_today as (select org.id, zt.tz, zt.today from organizations org join zone_today zt on zt.tz = org.time_zone),
    plan_today as (
      select p.id, ot.tz, ot.today from plans p join org_today ot on ot.id = p.organization_id where p.id = any(${plansParam})
    ),
    links as materialized (
      select l.source_item_id, l.target_item_id, tp.organization_id
      from plan_links l join plans tp on tp.id = l.target_plan_id
      where l.source_plan_id = any(${plansParam}) and l.kind = 'cascaded'
        and l.source_item_id is not null and l.target_item_id is not null${scope ? sql` and ${scope.links}` : sql``}
    ),
    candidates as (
      select s.id as occurrence_id, t.id, t.window_end, t.extended_to,
             (t.window_start is not distinct from s.window_start and t.window_end is not distinct from s.window_end) as same_window,
             count(*) over (partition by s.id) as candidate_count
      from links
      join occurrences s on s.item_id = links.source_item_id and s.organization_id = links.organization_id and s.retired_at is null
      join occurrences t on t.item_id = links.target_item_id and t.organization_id = links.organization_id and t.retired_at is null
      where not exists (select 1 from reports x where x.occurrence_id = s.id)
    ),
    matched as (
      select m.occurrence_id, coalesce(m.extended_to, m.window_end) as window_due,
             lr.review_status as last_review, lr.created_at as last_created, ${current('status')} as cur_status,
             ${current('review_status')} as cur_review, ${current('moved_to')} as cur_moved_to
      from (
        select distinct on (occurrence_id) * from candidates
        where same_window or candidate_count = 1
        order by occurrence_id, same_window desc, window_end asc nulls last, id
      ) m
      ${reportState('m.id')}
    ),
    effective as (
      select o.id as occurrence_id, o.plan_id, o.item_id, o.organization_id as executor_org, o.executor_key, o.executor_label,
             ext.plan_id is not null as external, coalesce(et.today, pt.today) as today, coalesce(et.tz, pt.tz) as today_zone,
             case when m.occurrence_id is null then coalesce(o.extended_to, o.window_end) else m.window_due end as window_due,
             case when m.occurrence_id is null then lr.review_status else m.last_review end as last_review,
             case when m.occurrence_id is null then lr.created_at else m.last_created end as last_created,
             case when m.occurrence_id is null then ${current('status')} else m.cur_status end as cur_status,
             case when m.occurrence_id is null then ${current('review_status')} else m.cur_review end as cur_review,
             case when m.occurrence_id is null then ${current('moved_to')} else m.cur_moved_to end as cur_moved_to
      from ${scope ? scope.occurrences : sql`occurrences`} o
      join plan_today pt on pt.id = o.plan_id
      left join org_today et on et.id = o.organization_id
      left join plan_external_executors ext on ext.plan_id = o.plan_id and ext.executor_key = o.executor_key
      left join matched m on m.occurrence_id = o.id
      ${reportState('o.id')}
      where o.plan_id = any(${plansParam}) and o.retired_at is null
    ),
    classified as (
      select e.*, coalesce(e.cur_status = 'moved', false) as moved,
             case when e.cur_status = 'moved' then e.cur_moved_to else e.window_due end as due
      from effective e
    ),
    outcomes as (
      select c.occurrence_id, c.plan_id, c.item_id, c.executor_org, c.executor_key, c.executor_label, c.last_review, c.cur_review, c.due, c.today_zone,
        -- The current report is the latest one unless that was returned: waiting for review since it came.
        case when c.last_review is distinct from 'returned' and c.cur_review = 'pending' then c.last_created end as pending_since,
        case
          when c.cur_status is not null and not c.moved then
            case when c.cur_review <> 'accepted' then 'submitted'
                 when c.cur_status in ('partial', 'not_done', 'cancelled') then c.cur_status
                 else 'done' end
          when c.external and not c.moved then 'external'
          when c.due is null then 'awaiting'
          when c.due < c.today then 'overdue'
          when c.moved then 'moved'
          else 'open'
        end as outcome
      from classified c
    )`;
}

/**
 * A part of the plans to classify (the tally cache's recompute of changed items): `ctes` open the
 * list after `zone_today`, `occurrences` replaces the table of occurrences (only the part's rows,
 * each still of one of the plans), `links` is a condition on the plans' cascade links `l`.
 */
export interface OutcomeScope {
  ctes: SQL;
  occurrences: SQL;
  links: SQL;
}

/** Every time zone an occurrence's «today» can be taken in (the directory holds a handful). */
export async function organizationTimeZoneList(db: Db): Promise<string[]> {
  const rows = rowsOf<{ tz: string }>(await db.execute(sql`select distinct time_zone as tz from organizations`));
  return rows.map((r) => r.tz);
}

/** A plan without occurrences in force (the aggregate has no row for it). */
export function emptyPlanTally(planId: string): PlanTallyRow {
  return {
    planId,
    total: 0,
    done: 0,
    partial: 0,
    notDone: 0,
    cancelled: 0,
    submitted: 0,
    moved: 0,
    overdue: 0,
    open: 0,
    external: 0,
    awaiting: 0,
    pendingReview: 0,
    accepted: 0,
    returned: 0,
    overdueItems: 0,
  };
}

/** The row as the domain's `Tally` (its outcomes keyed as `outcomes` spells them). */
export function tallyOf({ planId: _planId, notDone, overdueItems: _items, ...rest }: PlanTallyRow): Tally {
  return { ...rest, not_done: notDone };
}
