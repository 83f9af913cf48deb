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

// Expression queries without an index: plans are hundreds, items tens of thousands at most.
const planDocument = sql`coalesce(${plans.title}, '') || ' ' || coalesce(${plans.description}, '')`;
const itemDocument = sql`coalesce(${planItems.title}, '') || ' ' || coalesce(${planItems.deadlineText}, '') || ' ' || coalesce(${planItems.notes}, '') || ' ' ||
  coalesce((select string_agg(f.value, ' ') from jsonb_each_text(${planItems.fields}) f), '')`;

const query = (q: string) => sql`websearch_to_tsquery('russian', ${q})`;

export function searchPlans(db: Db, visibility: SQL | undefined, q: string, limit: number) {
  const tsq = query(q);
  const vector = sql`to_tsvector('russian', ${planDocument})`;
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
  const vector = sql`to_tsvector('russian', ${itemDocument})`;
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
