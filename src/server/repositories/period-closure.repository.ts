import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { reportingPeriodClosures, users } from '../db/schema/index.js';

export type ClosureRow = typeof reportingPeriodClosures.$inferSelect;

export function listClosures(db: Db, planId: string) {
  return db
    .select({ closure: reportingPeriodClosures, closedByName: users.displayName })
    .from(reportingPeriodClosures)
    .leftJoin(users, eq(users.id, reportingPeriodClosures.closedBy))
    .where(eq(reportingPeriodClosures.planId, planId))
    .orderBy(asc(reportingPeriodClosures.periodStart))
    .then((rows) => rows.map((r) => ({ ...r.closure, closedByName: r.closedByName })));
}

export function insertClosure(db: Db, values: typeof reportingPeriodClosures.$inferInsert) {
  return db
    .insert(reportingPeriodClosures)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0] ?? null);
}

/** Serialises closings of one plan so that two overlapping periods cannot both pass the overlap check. */
export async function lockPlanClosures(db: Db, planId: string) {
  await db.execute(sql`select id from plans where id = ${planId} for update`);
}
