import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { HiddenPlans } from './plan.repository.js';

/**
 * ts_headline wraps matches in these markers; they are characters that do not
 * occur in plan texts, so the service can split the snippet into plain segments
 * and no client ever has to inject server HTML.
 */
export const MATCH_START = '\u27ea';
export const MATCH_STOP = '\u27eb';
const headlineOptions = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/** Snippets come from the start of the text: enough for a hit's context, bounded in cost. */
const HEADLINE_TEXT_MAX = 20_000;

/**
 * How many matching items (and plans) a search ranks at most. Ranking reads each match's row; a
 * common word matches 20,000-28,000 items of a country's 432,000, most of the table's pages, which
 * no ranking can read within 100 ms. Past the cap the page holds the best of the first matches
 * the index yields among the plans the caller may read (access is applied before the cap).
 * Each candidate is one heap page read, most of the ranking's time: 1,000 instead of 2,000 took
 * 12-15 ms off a national search at 90 regions (load 12), and the first page of 50 of the ten bench
 * phrases had the same ranks with either cap at 90 regions (at 20, one phrase's sum of the page's
 * ranks was 21.95 instead of 23.63; ranking every match gives 23.98). See docs/performance.md.
 */
export const SEARCH_CANDIDATES = 1_000;

/** A plan or an item of the page; an item carries its number and title. */
export interface SearchHit {
  planId: string;
  planTitle: string;
  item: { id: string; number: string; title: string } | null;
  snippet: string;
}

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** Which plans a search may show: the visibility condition, and for a wide subtree its complement (hiddenPlansShortcut). */
export interface SearchAccess {
  plans: SQL | undefined;
  hidden?: HiddenPlans | undefined;
}

/**
 * Plans and items matching `q` among the plans `access.plans` admits, best first, in one statement.
 *
 * Matching and ranking read the stored, GIN-indexed `search_vector` columns (migration 0009),
 * built from capped text when a row is written. The shape is what keeps a common phrase fast
 * at national scale (issue #19: 2,000-28,000 matching items of 432,000):
 * - the plans the caller may read are found once, and the matches are checked against them as a
 *   hashed set, not as a join the planner could turn into one GIN scan per visible plan or a
 *   sequential scan of plan_items (both seen on the national data set); for a national user, whose
 *   visible set is every plan of the country, the few plans it may not read instead (access.hidden);
 * - access comes before the cap (SEARCH_CANDIDATES), so another region's matches never take
 *   the places of the caller's own;
 * - snippets (ts_headline re-parses the text, the costly part) are made for the returned page only.
 * Equal ranks put plans before items and then order by id, so the order is stable across calls.
 */
export async function searchPlansAndItems(db: Db, access: SearchAccess, q: string, limit: number, candidates = SEARCH_CANDIDATES): Promise<SearchHit[]> {
  const tsq = sql`websearch_to_tsquery('russian', ${q})`;
  const visibility = access.plans;
  const shortcut = visibility ? access.hidden : undefined;
  // Only the branch CASE takes runs, and a CTE is computed when first read: a national user's search
  // never builds the visible set (every plan of the country), a region's never looks for hidden plans.
  const admitted = (id: SQL) =>
    shortcut
      ? sql`case when (select wide from scope) then not coalesce(${id} in (select id from hidden), false) else coalesce(${id} in (select id from visible), false) end`
      : sql`coalesce(${id} in (select id from visible), false)`;
  const statement = sql`
    with ${
      shortcut
        ? sql`outside as materialized (${shortcut.outside}),
      scope as materialized (select (select count(*) from outside) * 2 < (select count(*) from organizations) as wide),
      hidden as materialized (${shortcut.hiddenAmong(sql`outside`)}),`
        : sql``
    } ${visibility ? sql`visible as materialized (select plans.id from plans where ${visibility}),` : sql``} item_hits as materialized (
      select i.id, i.plan_id, ts_rank(i.search_vector, ${tsq}) as rank
      from plan_items i where i.search_vector @@ ${tsq} ${visibility ? sql`and ${admitted(sql`i.plan_id`)}` : sql``}
      limit ${candidates}
    ), plan_hits as materialized (
      select p.id, ts_rank(p.search_vector, ${tsq}) as rank
      from plans p where p.search_vector @@ ${tsq} ${visibility ? sql`and ${admitted(sql`p.id`)}` : sql``}
      limit ${candidates}
    ), page as materialized (
      select * from (
        select 0 as kind, h.id as plan_id, null::uuid as item_id, h.rank from plan_hits h
        union all
        select 1 as kind, h.plan_id, h.id as item_id, h.rank from item_hits h
      ) hits
      order by rank desc, kind, coalesce(item_id, plan_id)
      limit ${limit}
    )
    select case when page.kind = 0 then 'plan' else 'item' end as type, p.id as plan_id, p.title as plan_title,
      i.id as item_id, i.number as item_number, i.title as item_title,
      case when page.kind = 0
        then ts_headline('russian', left(coalesce(p.title, '') || ' ' || coalesce(p.description, ''), ${sql.raw(String(HEADLINE_TEXT_MAX))}), ${tsq}, ${headlineOptions})
        else ts_headline('russian', left(coalesce(i.title, '') || ' ' || coalesce(i.deadline_text, '') || ' ' || coalesce(i.notes, '') || ' ' ||
          coalesce((select string_agg(f.value, ' ') from jsonb_each_text(i.fields) f), ''), ${sql.raw(String(HEADLINE_TEXT_MAX))}), ${tsq}, ${headlineOptions})
      end as snippet
    from page
    join plans p on p.id = page.plan_id
    left join plan_items i on i.id = page.item_id
    order by page.rank desc, page.kind, coalesce(page.item_id, page.plan_id)`;
  // JIT is off for the app's connections (db/client.ts): it took 90 ms of a 150 ms search here.
  const result = await db.execute(statement);
  return rowsOf<{
    type: 'plan' | 'item';
    plan_id: string;
    plan_title: string;
    item_id: string | null;
    item_number: string | null;
    item_title: string | null;
    snippet: string;
  }>(result).map((r) => ({
    planId: r.plan_id,
    planTitle: r.plan_title,
    item: r.type === 'item' && r.item_id ? { id: r.item_id, number: r.item_number ?? '', title: r.item_title ?? '' } : null,
    snippet: r.snippet,
  }));
}
