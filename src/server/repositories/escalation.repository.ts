import { and, desc, eq, inArray } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { escalationNotices, occurrences, organizations, planItems, plans } from '../db/schema/index.js';

export type EscalationNoticeInsert = typeof escalationNotices.$inferInsert;

/** Stores the notices not stored yet (unique per occurrence, level, deadline) and returns only those. */
export async function insertEscalationNotices(db: Db, rows: EscalationNoticeInsert[]) {
  const out: (typeof escalationNotices.$inferSelect)[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    out.push(
      ...(await db
        .insert(escalationNotices)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing()
        .returning()),
    );
  }
  return out;
}

export function planEscalationSettings(db: Db, planIds: string[]) {
  if (!planIds.length) return Promise.resolve([] as { id: string; organizationId: string; escalationDays: number; status: string }[]);
  return db
    .select({ id: plans.id, organizationId: plans.organizationId, escalationDays: plans.escalationDays, status: plans.status })
    .from(plans)
    .where(anyOf(plans.id, planIds));
}

const noticeColumns = {
  id: escalationNotices.id,
  occurrenceId: escalationNotices.occurrenceId,
  planId: escalationNotices.planId,
  level: escalationNotices.level,
  recipientOrganizationId: escalationNotices.recipientOrganizationId,
  recipientName: organizations.name,
  dueDate: escalationNotices.dueDate,
  daysOverdue: escalationNotices.daysOverdue,
  createdAt: escalationNotices.createdAt,
  planTitle: plans.title,
  itemId: occurrences.itemId,
  itemNumber: planItems.number,
  itemTitle: planItems.title,
  executorLabel: occurrences.executorLabel,
};

function noticesWhere(db: Db, where: ReturnType<typeof and>, limit: number) {
  return db
    .select(noticeColumns)
    .from(escalationNotices)
    .innerJoin(occurrences, eq(occurrences.id, escalationNotices.occurrenceId))
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .innerJoin(plans, eq(plans.id, escalationNotices.planId))
    .innerJoin(organizations, eq(organizations.id, escalationNotices.recipientOrganizationId))
    .where(where)
    .orderBy(desc(escalationNotices.createdAt), desc(escalationNotices.daysOverdue), escalationNotices.id)
    .limit(limit);
}

/** Notices addressed to an organisation at the given levels, newest first. */
export function listNoticesForOrganization(db: Db, organizationId: string, levels: string[], limit = 500) {
  if (!levels.length) return Promise.resolve([]);
  return noticesWhere(db, and(eq(escalationNotices.recipientOrganizationId, organizationId), inArray(escalationNotices.level, levels)), limit);
}

export function listNoticesOfPlan(db: Db, planId: string, limit = 2000) {
  return noticesWhere(db, and(eq(escalationNotices.planId, planId)), limit);
}
