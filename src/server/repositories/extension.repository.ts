import { and, asc, desc, eq } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { deadlineExtensions, occurrences, planItems, users } from '../db/schema/index.js';

export type ExtensionRow = typeof deadlineExtensions.$inferSelect;

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

const columns = {
  extension: deadlineExtensions,
  requestedByName: requester.displayName,
  decidedByName: decider.displayName,
  itemNumber: planItems.number,
  itemTitle: planItems.title,
  executorLabel: occurrences.executorLabel,
  organizationId: occurrences.organizationId,
};

function listWhere(db: Db, where: ReturnType<typeof and>) {
  return db
    .select(columns)
    .from(deadlineExtensions)
    .innerJoin(occurrences, eq(occurrences.id, deadlineExtensions.occurrenceId))
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .leftJoin(requester, eq(requester.id, deadlineExtensions.requestedBy))
    .leftJoin(decider, eq(decider.id, deadlineExtensions.decidedBy))
    .where(where);
}

export type ExtensionListRow = Awaited<ReturnType<typeof listWhere>>[number];

export function listExtensionsOfOccurrence(db: Db, occurrenceId: string) {
  return listWhere(db, and(eq(deadlineExtensions.occurrenceId, occurrenceId))).orderBy(asc(deadlineExtensions.createdAt), asc(deadlineExtensions.id));
}

export function listExtensionsOfPlan(db: Db, planId: string, status?: string) {
  return listWhere(db, and(eq(deadlineExtensions.planId, planId), status ? eq(deadlineExtensions.status, status) : undefined))
    .orderBy(desc(deadlineExtensions.createdAt), asc(deadlineExtensions.id))
    .limit(2000);
}

/** Approved extensions of many occurrences, oldest first (the deadline's history in reports). */
export function listApprovedExtensions(db: Db, occurrenceIds: string[]) {
  if (!occurrenceIds.length) return Promise.resolve([] as ExtensionRow[]);
  return db
    .select()
    .from(deadlineExtensions)
    .where(and(anyOf(deadlineExtensions.occurrenceId, occurrenceIds), eq(deadlineExtensions.status, 'approved')))
    .orderBy(asc(deadlineExtensions.decidedAt), asc(deadlineExtensions.id));
}

export function findExtension(db: Db, id: string) {
  return db
    .select()
    .from(deadlineExtensions)
    .where(eq(deadlineExtensions.id, id))
    .then((r) => r[0] ?? null);
}

/** Locks the request for its decision (two controllers deciding at once: the second sees it decided). */
export function lockExtension(db: Db, id: string) {
  return db
    .select()
    .from(deadlineExtensions)
    .where(eq(deadlineExtensions.id, id))
    .for('update')
    .then((r) => r[0] ?? null);
}

export function insertExtension(db: Db, values: typeof deadlineExtensions.$inferInsert) {
  return db
    .insert(deadlineExtensions)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((r) => r[0] ?? null);
}

export function decideExtension(db: Db, id: string, values: { status: 'approved' | 'refused'; decidedBy: string; decisionComment: string | null }) {
  return db
    .update(deadlineExtensions)
    .set({ ...values, decidedAt: new Date() })
    .where(and(eq(deadlineExtensions.id, id), eq(deadlineExtensions.status, 'pending')))
    .returning()
    .then((r) => r[0] ?? null);
}

export function setOccurrenceExtendedTo(db: Db, occurrenceId: string, date: string) {
  return db.update(occurrences).set({ extendedTo: date }).where(eq(occurrences.id, occurrenceId));
}
