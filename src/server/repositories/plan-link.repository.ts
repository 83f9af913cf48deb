import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { occurrences, planLinks, reports } from '../db/schema/index.js';

export type PlanLinkRow = typeof planLinks.$inferSelect;

export function insertPlanLinks(db: Db, values: (typeof planLinks.$inferInsert)[]) {
  if (!values.length) return Promise.resolve();
  return db
    .insert(planLinks)
    .values(values)
    .then(() => undefined);
}

/** Links into a plan (its items' sources and the plan's own predecessor). */
export function listLinksInto(db: Db, planId: string) {
  return db.select().from(planLinks).where(eq(planLinks.targetPlanId, planId)).orderBy(asc(planLinks.createdAt));
}

export function findPlanLevelLink(db: Db, planId: string) {
  return db.query.planLinks.findFirst({ where: and(eq(planLinks.targetPlanId, planId), isNull(planLinks.targetItemId)) });
}

/** Every occurrence of a plan with the statuses of its reports that were not returned, oldest first. */
export function occurrenceOutcomes(db: Db, planId: string) {
  return db
    .select({
      occurrenceId: occurrences.id,
      itemId: occurrences.itemId,
      retiredAt: occurrences.retiredAt,
      status: reports.status,
      reviewStatus: reports.reviewStatus,
    })
    .from(occurrences)
    .leftJoin(reports, eq(reports.occurrenceId, occurrences.id))
    .where(eq(occurrences.planId, planId))
    .orderBy(asc(occurrences.id), asc(reports.createdAt));
}

/** Links of one kind out of a plan (a programme's annual items, a plan's copies). */
export function listLinksFrom(db: Db, sourcePlanId: string, kind: string) {
  return db
    .select()
    .from(planLinks)
    .where(and(eq(planLinks.sourcePlanId, sourcePlanId), eq(planLinks.kind, kind)))
    .orderBy(asc(planLinks.createdAt));
}
