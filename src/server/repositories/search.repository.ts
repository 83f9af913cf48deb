import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { planItems, plans } from '../db/schema/index.js';

/**
 * ts_headline wraps matches in these markers; they are characters that do not
 * occur in plan texts, so the service can split the snippet into plain segments
 * and no client ever has to inject server HTML.
 */
export const MATCH_START = '\u27ea';
export const MATCH_STOP = '\u27eb';
const headlineOptions = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Matching and ranking read the stored, GIN-indexed `search_vector` columns
 * (migration 0006), built from capped text when a row is written, so one
 * oversized row can neither fail nor slow every search. Only the snippet is
 * computed at query time, for the returned rows, from text capped the same way.
 */
const planVector = sql.raw('"plans"."search_vector"');
const itemVector = sql.raw('"plan_items"."search_vector"');
/** Snippets come from the start of the text: enough for a hit's context, bounded in cost. */
const HEADLINE_TEXT_MAX = 20_000;
const planDocument = sql`left(coalesce(${plans.title}, '') || ' ' || coalesce(${plans.description}, ''), ${sql.raw(String(HEADLINE_TEXT_MAX))})`;
const itemDocument = sql`left(coalesce(${planItems.title}, '') || ' ' || coalesce(${planItems.deadlineText}, '') || ' ' || coalesce(${planItems.notes}, '') || ' ' ||
  coalesce((select string_agg(f.value, ' ') from jsonb_each_text(${planItems.fields}) f), ''), ${sql.raw(String(HEADLINE_TEXT_MAX))})`;

const query = (q: string) => sql`websearch_to_tsquery('russian', ${q})`;

export function searchPlans(db: Db, visibility: SQL | undefined, q: string, limit: number) {
  const tsq = query(q);
  const vector = planVector;
  return db
    .select({
      planId: plans.id,
      planTitle: plans.title,
      snippet: sql<string>`ts_headline('russian', ${planDocument}, ${tsq}, ${headlineOptions})`,
      rank: sql<number>`ts_rank(${vector}, ${tsq})`,
    })
    .from(plans)
    .where(and(visibility, sql`${vector} @@ ${tsq}`))
    .orderBy(desc(sql`ts_rank(${vector}, ${tsq})`), plans.id)
    .limit(limit);
}

export function searchItems(db: Db, visibility: SQL | undefined, q: string, limit: number) {
  const tsq = query(q);
  const vector = itemVector;
  return db
    .select({
      planId: plans.id,
      planTitle: plans.title,
      itemId: planItems.id,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
      snippet: sql<string>`ts_headline('russian', ${itemDocument}, ${tsq}, ${headlineOptions})`,
      rank: sql<number>`ts_rank(${vector}, ${tsq})`,
    })
    .from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .where(and(visibility, sql`${vector} @@ ${tsq}`))
    .orderBy(desc(sql`ts_rank(${vector}, ${tsq})`), planItems.id)
    .limit(limit);
}
