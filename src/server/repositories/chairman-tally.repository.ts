import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { classifiedOutcomes, runTally } from './execution-tally.repository.js';

/** The dates the chairman's summary counts against (the user's «today», computed by the domain). */
export interface ChairmanWindow {
  today: string;
  soonEnd: string;
  current: { from: string; end: string };
  previous: { from: string; end: string };
  /** How many lines a list shows. */
  list: number;
}

/** One row of the summary statement: `kind` says which part of the summary it belongs to. */
export interface ChairmanRow {
  kind: 'totals' | 'body' | 'section' | 'waiting' | 'soon';
  key: string | null;
  planId: string | null;
  occurrenceId: string | null;
  label: string | null;
  due: string | null;
  since: Date | string | null;
  number: string | null;
  title: string | null;
  planTitle: string | null;
  figures: Record<string, number> | null;
}

/** Occurrences the summary counts: an external participant's and one without a date are outside its figures. */
export const counted = sql`src.outcome not in ('external', 'awaiting')`;

/** Counted occurrences falling due within a half-year of the summary's window. */
export const inPeriod = (p: { from: string; end: string }) => sql`src.due >= ${p.from}::date and src.due <= ${p.end}::date and ${counted}`;

/**
 * CTEs after `classifiedOutcomes(…, recursive = true)`: the overdue occurrences with their item numbers
 * (`overdue`) and each overdue item's section, its top-level ancestor (`roots`; none when the item is itself
 * at the top). Shared by the live summary and the tally cache's recompute.
 */
export const overdueWithSections = sql.raw(`overdue as materialized (
      select src.plan_id, src.item_id, src.executor_key, src.executor_label, src.due, i.number
      from outcomes src join plan_items i on i.id = src.item_id where src.outcome = 'overdue'
    ),
    up(item_id, node_id, parent_id, depth) as (
      select i.id, i.id, i.parent_id, 0 from plan_items i where i.id in (select item_id from overdue)
      union all
      select up.item_id, p.id, p.parent_id, up.depth + 1 from up join plan_items p on p.id = up.parent_id where up.depth < 64
    ),
    roots as (select distinct on (item_id) item_id, node_id as root_id from up order by item_id, depth desc)`);

/**
 * The chairman's summary over many plans in ONE statement on the control list's
 * classification (`classifiedOutcomes`): the counters, overdue grouped by body and by
 * section (the top of each list with ties, so the caller's ordering by name is exact),
 * and the first lines of the review queue and of what falls due soon (ORDER BY … LIMIT).
 * Nothing per occurrence comes back beyond the lists' lines.
 */
export async function chairmanRows(db: Db, planIds: string[], today: ReadonlyMap<string, string>, w: ChairmanWindow): Promise<ChairmanRow[]> {
  if (!planIds.length) return [];
  return runTally<ChairmanRow>(
    db,
    sql`
    ${classifiedOutcomes(planIds, today, true)},
    ${overdueWithSections},
    bodies as (
      select o.executor_key as key, min(o.executor_label collate "C") as label, count(*)::int as n,
             count(distinct o.plan_id::text || '/' || o.number)::int as items, min(o.due)::text as oldest
      from overdue o group by o.executor_key
    ),
    sections as (
      select o.plan_id, nullif(r.root_id, o.item_id) as section_id, count(*)::int as n, count(distinct o.number)::int as items
      from overdue o join roots r on r.item_id = o.item_id group by 1, 2
    )
    select 'totals' as kind, null::text as key, null::uuid as "planId", null::uuid as "occurrenceId", null::text as label,
      null::text as due, null::timestamptz as since, null::text as number, null::text as title, null::text as "planTitle",
      json_build_object(
        'overdue', count(*) filter (where src.outcome = 'overdue'),
        'overdueItems', (select count(distinct o.plan_id::text || '/' || o.number) from overdue o),
        'pendingReview', count(src.pending_since),
        'dueSoon', count(*) filter (where src.outcome = 'open' and src.due >= ${w.today}::date and src.due <= ${w.soonEnd}::date),
        'done', count(*) filter (where src.outcome = 'done'),
        'counted', count(*) filter (where ${counted}),
        'currentTotal', count(*) filter (where ${inPeriod(w.current)}),
        'currentDone', count(*) filter (where ${inPeriod(w.current)} and src.outcome = 'done'),
        'currentOverdue', count(*) filter (where ${inPeriod(w.current)} and src.outcome = 'overdue'),
        'previousTotal', count(*) filter (where ${inPeriod(w.previous)}),
        'previousDone', count(*) filter (where ${inPeriod(w.previous)} and src.outcome = 'done'),
        'previousOverdue', count(*) filter (where ${inPeriod(w.previous)} and src.outcome = 'overdue'),
        'bodies', (select count(*) from bodies),
        'sections', (select count(*) from sections)
      ) as figures
    from outcomes src
    union all (
      select 'body', b.key, null, null, b.label, b.oldest, null, null, null, null, json_build_object('n', b.n, 'items', b.items)
      from bodies b order by b.n desc fetch first ${w.list} rows with ties
    )
    union all (
      select 'section', s.section_id::text, s.plan_id, null, null, null, null, si.number, si.title, p.title, json_build_object('n', s.n, 'items', s.items)
      from sections s join plans p on p.id = s.plan_id left join plan_items si on si.id = s.section_id
      order by s.n desc fetch first ${w.list} rows with ties
    )
    union all (
      select 'waiting', null, src.plan_id, src.occurrence_id, src.executor_label, src.due::text, src.pending_since, i.number, i.title, null, null
      from outcomes src join plan_items i on i.id = src.item_id
      where src.pending_since is not null order by src.pending_since, src.occurrence_id limit ${w.list}
    )
    union all (
      select 'soon', null, src.plan_id, src.occurrence_id, src.executor_label, src.due::text, null, i.number, i.title, null, null
      from outcomes src join plan_items i on i.id = src.item_id
      where src.outcome = 'open' and src.due >= ${w.today}::date and src.due <= ${w.soonEnd}::date
      order by src.due, src.occurrence_id limit ${w.list}
    )`,
  );
}
