import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { calendarTokens, itemExecutors, planItems, plans, users } from '../db/schema/index.js';

export type CalendarTokenRow = typeof calendarTokens.$inferSelect;

export function insertCalendarToken(db: Db, values: typeof calendarTokens.$inferInsert) {
  return db
    .insert(calendarTokens)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function listCalendarTokensOf(db: Db, userId: string) {
  return db
    .select()
    .from(calendarTokens)
    .where(and(eq(calendarTokens.createdBy, userId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt));
}

export function revokeCalendarToken(db: Db, id: string, userId: string) {
  return db
    .update(calendarTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarTokens.id, id), eq(calendarTokens.createdBy, userId), isNull(calendarTokens.revokedAt)))
    .returning()
    .then((r) => r[0]);
}

export async function findActiveCalendarToken(db: Db, tokenHash: string) {
  const rows = await db
    .select({ token: calendarTokens, user: users })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.createdBy))
    .where(and(eq(calendarTokens.tokenHash, tokenHash), isNull(calendarTokens.revokedAt)))
    .limit(1);
  return rows[0];
}

export function markCalendarTokenUsed(db: Db, id: string) {
  return db.update(calendarTokens).set({ lastUsedAt: new Date() }).where(eq(calendarTokens.id, id));
}

/** Plans (among those `visible` admits) with an item executed by the organisation, newest first. */
export async function planIdsWithExecutor(db: Db, organizationId: string, visible: SQL | undefined, limit: number) {
  const assigned = sql`${plans.id} in (select ${planItems.planId} from ${planItems} inner join ${itemExecutors} on ${itemExecutors.itemId} = ${planItems.id} where ${itemExecutors.organizationId} = ${organizationId})`;
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(visible ? and(visible, assigned) : assigned)
    .orderBy(desc(plans.updatedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
