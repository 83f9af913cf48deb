import { and, eq } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { planExternalExecutors } from '../db/schema/index.js';

/** Executor keys of a plan (or of several) marked as external participants. */
export async function listExternalExecutors(db: Db, planIds: string[]) {
  if (!planIds.length) return [];
  return db
    .select({ planId: planExternalExecutors.planId, executorKey: planExternalExecutors.executorKey, executorLabel: planExternalExecutors.executorLabel })
    .from(planExternalExecutors)
    .where(anyOf(planExternalExecutors.planId, planIds));
}

export function insertExternalExecutor(db: Db, values: { planId: string; executorKey: string; executorLabel: string; markedBy: string }) {
  return db.insert(planExternalExecutors).values(values).onConflictDoNothing().returning();
}

export function deleteExternalExecutor(db: Db, planId: string, executorKey: string) {
  return db
    .delete(planExternalExecutors)
    .where(and(eq(planExternalExecutors.planId, planId), eq(planExternalExecutors.executorKey, executorKey)))
    .returning();
}
