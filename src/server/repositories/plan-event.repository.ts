import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { planEvents } from '../db/schema/index.js';

export type PlanEventRow = typeof planEvents.$inferSelect;

export async function listEventsOfPlan(db: Db, planId: string): Promise<PlanEventRow[]> {
  return db.select().from(planEvents).where(eq(planEvents.planId, planId)).orderBy(asc(planEvents.createdAt), asc(planEvents.key));
}

export async function findPlanEvent(db: Db, planId: string, key: string): Promise<PlanEventRow | undefined> {
  return db
    .select()
    .from(planEvents)
    .where(and(eq(planEvents.planId, planId), eq(planEvents.key, key)))
    .then((r) => r[0]);
}

export async function upsertPlanEvent(db: Db, planId: string, values: { key: string; label: string; date: string | null }): Promise<PlanEventRow> {
  return db
    .insert(planEvents)
    .values({ planId, ...values })
    .onConflictDoUpdate({ target: [planEvents.planId, planEvents.key], set: { label: values.label, date: values.date, updatedAt: sql`now()` } })
    .returning()
    .then((r) => r[0]!);
}

export async function deletePlanEvent(db: Db, planId: string, key: string): Promise<void> {
  await db.delete(planEvents).where(and(eq(planEvents.planId, planId), eq(planEvents.key, key)));
}
