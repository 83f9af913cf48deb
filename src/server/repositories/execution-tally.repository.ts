import { sql } from 'drizzle-orm';
import type { Tally } from '../../domain/execution/progress.js';
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

function rowsOf<T>(result: unknown): T[] {
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
  const zones = [...today.keys()];
  const plansParam = arrayParam(planIds, 'uuid');
  const result = await db.execute(sql`
    with zone_today(tz, today) as (
      select * from unnest(${arrayParam(zones, 'text')}, ${arrayParam(
        zones.map((z) => today.get(z)!),
        'date',
      )})
    ),
    own as (
      select o.id, o.plan_id, o.item_id, o.organization_id, o.executor_key, o.window_start, o.window_end, o.extended_to,
             coalesce(eo.time_zone, ow.time_zone) as tz, r.*
      from occurrences o
      join plans p on p.id = o.plan_id
      join organizations ow on ow.id = p.organization_id
      left join organizations eo on eo.id = o.organization_id
      left join lateral (
        select count(*) as report_count,
               (array_agg(x.review_status order by x.created_at desc, x.id desc))[1] as last_review,
               (array_agg(x.status order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_status,
               (array_agg(x.review_status order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_review,
               (array_agg(x.moved_to order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_moved_to
        from reports x where x.occurrence_id = o.id
      ) r on true
      where o.plan_id = any(${plansParam}) and o.retired_at is null
    ),
    links as materialized (
      select l.source_item_id, l.target_item_id, tp.organization_id
      from plan_links l join plans tp on tp.id = l.target_plan_id
      where l.source_plan_id = any(${plansParam}) and l.kind = 'cascaded'
        and l.source_item_id is not null and l.target_item_id is not null
    ),
    candidates as (
      select own.id as occurrence_id, t.id, t.window_end, t.extended_to,
             (t.window_start is not distinct from own.window_start and t.window_end is not distinct from own.window_end) as same_window,
             count(*) over (partition by own.id) as candidate_count
      from own
      join links on links.source_item_id = own.item_id and links.organization_id = own.organization_id
      join occurrences t on t.item_id = links.target_item_id and t.organization_id = own.organization_id and t.retired_at is null
      where own.report_count = 0
    ),
    matched as (
      select distinct on (occurrence_id) *
      from candidates
      where same_window or candidate_count = 1
      order by occurrence_id, same_window desc, window_end asc nulls last, id
    ),
    effective as (
      select own.id, own.plan_id, own.item_id, own.tz,
             exists (select 1 from plan_external_executors e where e.plan_id = own.plan_id and e.executor_key = own.executor_key) as external,
             case when m.id is null then coalesce(own.extended_to, own.window_end) else coalesce(m.extended_to, m.window_end) end as window_due,
             case when m.id is null then own.last_review else mr.last_review end as last_review,
             case when m.id is null then own.cur_status else mr.cur_status end as cur_status,
             case when m.id is null then own.cur_review else mr.cur_review end as cur_review,
             case when m.id is null then own.cur_moved_to else mr.cur_moved_to end as cur_moved_to
      from own
      left join matched m on m.occurrence_id = own.id
      left join lateral (
        select (array_agg(x.review_status order by x.created_at desc, x.id desc))[1] as last_review,
               (array_agg(x.status order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_status,
               (array_agg(x.review_status order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_review,
               (array_agg(x.moved_to order by x.created_at desc, x.id desc) filter (where x.review_status <> 'returned'))[1] as cur_moved_to
        from reports x where m.id is not null and x.occurrence_id = m.id
      ) mr on true
    ),
    classified as (
      select e.plan_id, e.item_id, e.external, e.last_review, e.cur_status, e.cur_review,
             coalesce(e.cur_status = 'moved', false) as moved,
             case when coalesce(e.cur_status = 'moved', false) then e.cur_moved_to else e.window_due end as due,
             zt.today
      from effective e left join zone_today zt on zt.tz = e.tz
    ),
    outcomes as (
      select c.plan_id, c.item_id, c.last_review, c.cur_review,
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
    )
    select plan_id as "planId",
      count(*)::int as "total",
      count(*) filter (where outcome = 'done')::int as "done",
      count(*) filter (where outcome = 'partial')::int as "partial",
      count(*) filter (where outcome = 'not_done')::int as "notDone",
      count(*) filter (where outcome = 'cancelled')::int as "cancelled",
      count(*) filter (where outcome = 'submitted')::int as "submitted",
      count(*) filter (where outcome = 'moved')::int as "moved",
      count(*) filter (where outcome = 'overdue')::int as "overdue",
      count(*) filter (where outcome = 'open')::int as "open",
      count(*) filter (where outcome = 'external')::int as "external",
      count(*) filter (where outcome = 'awaiting')::int as "awaiting",
      count(*) filter (where last_review is distinct from 'returned' and cur_review = 'pending')::int as "pendingReview",
      count(*) filter (where last_review is distinct from 'returned' and cur_review = 'accepted')::int as "accepted",
      count(*) filter (where last_review = 'returned')::int as "returned",
      count(distinct item_id) filter (where outcome = 'overdue')::int as "overdueItems"
    from outcomes
    group by plan_id`);
  return rowsOf<PlanTallyRow>(result);
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
