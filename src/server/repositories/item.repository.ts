import { and, asc, eq, sql } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { itemExecutors, planItems } from '../db/schema/index.js';

export type ItemRow = typeof planItems.$inferSelect;
export type ExecutorRow = typeof itemExecutors.$inferSelect;

export function findItem(db: Db, id: string) {
  return db.query.planItems.findFirst({ where: eq(planItems.id, id) });
}

export function listItemsOfPlan(db: Db, planId: string) {
  return db.select().from(planItems).where(eq(planItems.planId, planId)).orderBy(asc(planItems.parentId), asc(planItems.position));
}

/** The items of several plans at once (a consolidated plan reads all its sources). */
export function listItemsOfPlans(db: Db, planIds: string[]) {
  if (!planIds.length) return Promise.resolve([] as ItemRow[]);
  return db.select().from(planItems).where(anyOf(planItems.planId, planIds)).orderBy(asc(planItems.parentId), asc(planItems.position));
}

export function listExecutorsOfPlans(db: Db, planIds: string[]) {
  if (!planIds.length) return Promise.resolve([] as ExecutorRow[]);
  return db
    .select({ executor: itemExecutors })
    .from(itemExecutors)
    .innerJoin(planItems, eq(planItems.id, itemExecutors.itemId))
    .where(anyOf(planItems.planId, planIds))
    .orderBy(asc(itemExecutors.position))
    .then((rows) => rows.map((r) => r.executor));
}

export function listTreeNodes(db: Db, planId: string) {
  return db
    .select({ id: planItems.id, parentId: planItems.parentId, position: planItems.position, number: planItems.number })
    .from(planItems)
    .where(eq(planItems.planId, planId));
}

export function listExecutorsOfItems(db: Db, itemIds: string[]) {
  if (!itemIds.length) return Promise.resolve([] as ExecutorRow[]);
  return db.select().from(itemExecutors).where(anyOf(itemExecutors.itemId, itemIds)).orderBy(asc(itemExecutors.position));
}

export function listExecutorsOfPlan(db: Db, planId: string) {
  return db
    .select({ executor: itemExecutors })
    .from(itemExecutors)
    .innerJoin(planItems, eq(planItems.id, itemExecutors.itemId))
    .where(eq(planItems.planId, planId))
    .orderBy(asc(itemExecutors.position))
    .then((rows) => rows.map((r) => r.executor));
}

export function insertItems(db: Db, values: (typeof planItems.$inferInsert)[]) {
  return db.insert(planItems).values(values).returning();
}

/** Inserts items whose rows the caller already has (bulk derivations: cascade, consolidation): nothing is read back. */
export function appendItems(db: Db, values: (typeof planItems.$inferInsert)[]) {
  if (!values.length) return Promise.resolve();
  return db
    .insert(planItems)
    .values(values)
    .then(() => undefined);
}

/** Updates the item and bumps its version; with `expectedVersion`, only if it is still that version (else undefined). */
export function updateItemRow(db: Db, id: string, values: Partial<typeof planItems.$inferInsert>, expectedVersion?: number) {
  return db
    .update(planItems)
    .set({ ...values, updatedAt: new Date(), version: sql`${planItems.version} + 1` })
    .where(expectedVersion === undefined ? eq(planItems.id, id) : and(eq(planItems.id, id), eq(planItems.version, expectedVersion)))
    .returning()
    .then((r) => r[0]);
}

export function deleteItems(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve();
  return db
    .delete(planItems)
    .where(anyOf(planItems.id, ids))
    .then(() => undefined);
}

/** Writes parents, positions and numbers of many items in one statement (parameterised VALUES list). */
export async function writeTreePlacement(db: Db, rows: { id: string; parentId: string | null; position: number; number: string }[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}::uuid, ${r.parentId}::uuid, ${r.position}::int, ${r.number}::text)`),
      sql`, `,
    );
    await db.execute(sql`update plan_items set parent_id = v.parent_id, position = v.position, number = v.number
      from (values ${values}) as v(id, parent_id, position, number) where plan_items.id = v.id`);
  }
}

export async function replaceExecutors(db: Db, itemId: string, list: Omit<typeof itemExecutors.$inferInsert, 'itemId'>[]) {
  await db.delete(itemExecutors).where(eq(itemExecutors.itemId, itemId));
  if (list.length) await db.insert(itemExecutors).values(list.map((e, position) => ({ ...e, itemId, position })));
}

export function insertExecutors(db: Db, values: (typeof itemExecutors.$inferInsert)[]) {
  if (!values.length) return Promise.resolve();
  return db
    .insert(itemExecutors)
    .values(values)
    .then(() => undefined);
}
