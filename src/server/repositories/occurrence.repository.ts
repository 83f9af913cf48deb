import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { DesiredOccurrence, ExistingOccurrence, OccurrenceSync } from '../../domain/execution/occurrences.js';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { assignedTo, type Assignee } from './assignment.sql.js';
import { occurrences, organizations, planItems, plans } from '../db/schema/index.js';

export type OccurrenceRow = typeof occurrences.$inferSelect;

const owner = alias(organizations, 'owner');
const executorOrg = alias(organizations, 'eo');

/** Items of a plan (or some of them) as occurrence generation reads them. */
export function generationItems(db: Db, planId: string, itemIds?: string[]) {
  const scope = itemIds ? anyOf(planItems.id, itemIds) : undefined;
  return db
    .select({
      id: planItems.id,
      kind: planItems.kind,
      deadline: planItems.deadline,
      hasChildren: sql<boolean>`exists(select 1 from plan_items c where c.parent_id = "plan_items"."id")`,
    })
    .from(planItems)
    .where(and(eq(planItems.planId, planId), scope));
}

export async function existingOccurrences(db: Db, planId: string, itemIds?: string[]): Promise<ExistingOccurrence[]> {
  const scope = itemIds ? anyOf(occurrences.itemId, itemIds) : undefined;
  const rows = await db
    .select({
      id: occurrences.id,
      itemId: occurrences.itemId,
      executorId: occurrences.executorId,
      organizationId: occurrences.organizationId,
      personId: occurrences.personId,
      executorKey: occurrences.executorKey,
      executorLabel: occurrences.executorLabel,
      windowStart: occurrences.windowStart,
      windowEnd: occurrences.windowEnd,
      retiredAt: occurrences.retiredAt,
      reportCount: sql<number>`(select count(*)::int from reports r where r.occurrence_id = "occurrences"."id")`,
    })
    .from(occurrences)
    .where(and(eq(occurrences.planId, planId), scope));
  return rows.map(({ retiredAt, ...r }) => ({ ...r, retired: retiredAt !== null, reportCount: Number(r.reportCount) }));
}

/** Writes a sync computed by the domain; insert conflicts (a concurrent sync got there first) are skipped. */
export async function applyOccurrenceSync(db: Db, planId: string, sync: OccurrenceSync): Promise<void> {
  const rows = sync.insert.map((d: DesiredOccurrence) => ({ planId, ...d }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(occurrences)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
  }
  for (const u of sync.update) await db.update(occurrences).set(u.values).where(eq(occurrences.id, u.id));
  if (sync.remove.length) {
    for (let i = 0; i < sync.remove.length; i += 1000) await db.delete(occurrences).where(anyOf(occurrences.id, sync.remove.slice(i, i + 1000)));
  }
  if (sync.retire.length) await db.update(occurrences).set({ retiredAt: new Date() }).where(anyOf(occurrences.id, sync.retire));
  if (sync.revive.length) await db.update(occurrences).set({ retiredAt: null }).where(anyOf(occurrences.id, sync.revive));
}

/**
 * An occurrence with what access checks and state need: its plan, item, the executor's time zone and whether it
 * is assigned to `assignee` (false without one).
 */
export async function findOccurrence(db: Db, id: string, assignee: Assignee | null) {
  const rows = await db
    .select({
      occurrence: occurrences,
      assigned: assignee ? sql<boolean>`coalesce(${assignedTo(occurrences, assignee)}, false)` : sql<boolean>`false`,
      plan: plans,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
      itemKind: planItems.kind,
      deadlineText: planItems.deadlineText,
      timeZone: sql<string>`coalesce(${executorOrg.timeZone}, ${owner.timeZone})`,
    })
    .from(occurrences)
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .innerJoin(plans, eq(plans.id, occurrences.planId))
    .innerJoin(owner, eq(owner.id, plans.organizationId))
    .leftJoin(executorOrg, eq(executorOrg.id, occurrences.organizationId))
    .where(eq(occurrences.id, id));
  return rows[0] ?? null;
}

const listColumns = {
  id: occurrences.id,
  planId: occurrences.planId,
  itemId: occurrences.itemId,
  organizationId: occurrences.organizationId,
  personId: occurrences.personId,
  executorKey: occurrences.executorKey,
  executorLabel: occurrences.executorLabel,
  windowStart: occurrences.windowStart,
  windowEnd: occurrences.windowEnd,
  extendedTo: occurrences.extendedTo,
  retiredAt: occurrences.retiredAt,
  itemNumber: planItems.number,
  itemTitle: planItems.title,
  deadlineText: planItems.deadlineText,
  planTitle: plans.title,
  planOrganizationId: plans.organizationId,
  planStatus: plans.status,
  timeZone: sql<string>`coalesce(${executorOrg.timeZone}, ${owner.timeZone})`,
  ownerName: sql<string>`coalesce(${owner.shortName}, ${owner.name})`,
};

export type OccurrenceListRow = Awaited<ReturnType<typeof listOccurrencesWhere>>[number];

function listOccurrencesWhere(db: Db, where: SQL | undefined, limit: number) {
  return db
    .select(listColumns)
    .from(occurrences)
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .innerJoin(plans, eq(plans.id, occurrences.planId))
    .innerJoin(owner, eq(owner.id, plans.organizationId))
    .leftJoin(executorOrg, eq(executorOrg.id, occurrences.organizationId))
    .where(where)
    .orderBy(sql`${occurrences.windowEnd} asc nulls last`, asc(plans.title), asc(occurrences.id))
    .limit(limit);
}

/** Occurrences assigned to an organisation (and a person), across every plan. */
export function listAssignedOccurrences(
  db: Db,
  q: { organizationId: string; personId: string | null; planId?: string | undefined; includeRetired: boolean; limit: number },
) {
  const assigned = assignedTo(occurrences, { organizationId: q.organizationId, personId: q.personId });
  return listOccurrencesWhere(
    db,
    and(
      assigned,
      q.planId ? eq(occurrences.planId, q.planId) : undefined,
      q.includeRetired ? undefined : isNull(occurrences.retiredAt),
      sql`${plans.status} not in ('closed', 'archived')`,
    ),
    q.limit,
  );
}

/** A plan's occurrences in force (retired ones only with `includeRetired`). */
export function listPlanOccurrences(db: Db, planId: string, opts: { includeRetired?: boolean; limit?: number } = {}) {
  return listOccurrencesWhere(db, and(eq(occurrences.planId, planId), opts.includeRetired ? undefined : isNull(occurrences.retiredAt)), opts.limit ?? 100_000);
}

/** The occurrences in force of several plans (the control list counts them). */
export function listOccurrencesOfPlans(db: Db, planIds: string[], limit = 200_000) {
  if (!planIds.length) return Promise.resolve([] as OccurrenceListRow[]);
  return listOccurrencesWhere(db, and(anyOf(occurrences.planId, planIds), isNull(occurrences.retiredAt)), limit);
}

/** Open occurrences of plans that are not closed, with due dates up to `until` (for reminders). */
export function listOccurrencesForReminders(db: Db, limit = 200_000) {
  return listOccurrencesWhere(
    db,
    and(
      isNull(occurrences.retiredAt),
      sql`${plans.status} not in ('closed', 'archived')`,
      sql`${occurrences.windowEnd} is not null or exists(select 1 from reports r where r.occurrence_id = "occurrences"."id" and r.status = 'moved')`,
    ),
    limit,
  );
}

/** The items of a plan as a lightweight tree (sections and numbers for grouping). */
export function listItemOutline(db: Db, planId: string) {
  return db
    .select({
      id: planItems.id,
      parentId: planItems.parentId,
      position: planItems.position,
      number: planItems.number,
      kind: planItems.kind,
      title: planItems.title,
      deadlineText: planItems.deadlineText,
    })
    .from(planItems)
    .where(eq(planItems.planId, planId));
}

export function organizationTimeZones(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([] as { id: string; timeZone: string }[]);
  return db.select({ id: organizations.id, timeZone: organizations.timeZone }).from(organizations).where(anyOf(organizations.id, ids));
}

/** The occurrences in force of some items (a regional plan's cascaded items in the lower plans: the rollup). */
export function listOccurrencesOfItems(db: Db, itemIds: string[], limit = 200_000) {
  if (!itemIds.length) return Promise.resolve([] as OccurrenceListRow[]);
  return listOccurrencesWhere(db, and(anyOf(occurrences.itemId, itemIds), isNull(occurrences.retiredAt)), limit);
}
