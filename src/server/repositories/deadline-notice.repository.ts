import { and, desc, eq, isNull } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { DateChange, DueRow } from '../../domain/execution/date-changes.js';
import type { Db } from '../db/client.js';
import { deadlineNotices, occurrences, planItems, plans } from '../db/schema/index.js';

/** The due dates of a plan's live occurrences, per item and executor, for finding what a re-dating moved. */
export function dueRowsOfPlan(db: Db, planId: string): Promise<DueRow[]> {
  return db
    .select({
      itemId: occurrences.itemId,
      executorKey: occurrences.executorKey,
      organizationId: occurrences.organizationId,
      personId: occurrences.personId,
      windowEnd: occurrences.windowEnd,
    })
    .from(occurrences)
    .where(and(eq(occurrences.planId, planId), isNull(occurrences.retiredAt)));
}

export async function insertDeadlineNotices(db: Db, planId: string, cause: string, changes: readonly DateChange[]): Promise<void> {
  const rows = changes.map((c) => ({
    planId,
    cause,
    itemId: c.itemId,
    executorKey: c.executorKey,
    organizationId: c.organizationId,
    personId: c.personId,
    before: c.before,
    after: c.after,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(deadlineNotices).values(rows.slice(i, i + 500));
}

export type DeadlineNoticeRow = typeof deadlineNotices.$inferSelect;

/** Notices on the given items, newest first (the caller keeps the latest per item and executor). */
export function noticesOfItems(db: Db, itemIds: readonly string[]): Promise<DeadlineNoticeRow[]> {
  if (!itemIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(deadlineNotices)
    .where(anyOf(deadlineNotices.itemId, [...itemIds]))
    .orderBy(desc(deadlineNotices.createdAt));
}

/** Notices no reminder e-mail has told yet, with what the e-mail names. */
export function unmailedNotices(db: Db) {
  return db
    .select({
      id: deadlineNotices.id,
      organizationId: deadlineNotices.organizationId,
      personId: deadlineNotices.personId,
      executorKey: deadlineNotices.executorKey,
      before: deadlineNotices.before,
      after: deadlineNotices.after,
      cause: deadlineNotices.cause,
      planTitle: plans.title,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
    })
    .from(deadlineNotices)
    .innerJoin(plans, eq(plans.id, deadlineNotices.planId))
    .innerJoin(planItems, eq(planItems.id, deadlineNotices.itemId))
    .where(isNull(deadlineNotices.mailedRunKey))
    .orderBy(deadlineNotices.createdAt);
}

export async function markNoticesMailed(db: Db, ids: readonly string[], runKey: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    await db
      .update(deadlineNotices)
      .set({ mailedRunKey: runKey })
      .where(anyOf(deadlineNotices.id, ids.slice(i, i + 1000)));
  }
}
