import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organizations, orgUnits, people } from '../db/schema/index.js';

export type OrganizationRow = typeof organizations.$inferSelect;

export function findOrganization(db: Db, id: string) {
  return db.query.organizations.findFirst({ where: eq(organizations.id, id) });
}

export function listOrganizations(db: Db) {
  return db
    .select()
    .from(organizations)
    .orderBy(sql`${organizations.name} collate "und-x-icu"`);
}

/** Ids of the organisation and all organisations under it (UNION, not UNION ALL: a cycle, should one ever exist, ends the walk instead of looping). */
export function subtreeSql(rootId: string) {
  return sql`(with recursive sub(id) as (
      select id from organizations where id = ${rootId}
      union
      select o.id from organizations o join sub on o.parent_id = sub.id
    ) select id from sub)`;
}

export async function isInSubtree(db: Db, rootId: string, orgId: string): Promise<boolean> {
  const rows = await db.select({ found: sql<boolean>`exists(select 1 from ${subtreeSql(rootId)} s where s.id = ${orgId})` }).from(sql`(select 1) as one`);
  return Boolean(rows[0]?.found);
}

const ORGANIZATION_TREE_LOCK = 0x504c4e4b_4f524754n.toString(); // 'PLNKORGT'

/**
 * Serialises changes of the organisation tree's shape for the rest of the
 * transaction: two concurrent re-parentings (A under B, B under A) would each
 * pass the cycle check made before the other's write.
 */
export async function lockOrganizationTree(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(${ORGANIZATION_TREE_LOCK}::bigint)`);
}

export function insertOrganization(db: Db, values: typeof organizations.$inferInsert) {
  return db
    .insert(organizations)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function insertUnit(db: Db, values: typeof orgUnits.$inferInsert) {
  return db
    .insert(orgUnits)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function insertPerson(db: Db, values: typeof people.$inferInsert) {
  return db
    .insert(people)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function listPeople(db: Db, organizationId?: string) {
  const q = db.select().from(people);
  return (organizationId ? q.where(eq(people.organizationId, organizationId)) : q).orderBy(asc(people.shortName));
}

export function listUnits(db: Db) {
  return db.select().from(orgUnits).orderBy(asc(orgUnits.name));
}

export function updateOrganization(db: Db, id: string, values: Partial<typeof organizations.$inferInsert>) {
  return db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning()
    .then((r) => r[0]);
}

export function deleteOrganization(db: Db, id: string) {
  return db.delete(organizations).where(eq(organizations.id, id));
}

/** What still refers to an organisation (deleting it would orphan official records). */
export async function organizationUsage(db: Db, id: string) {
  const rows = await db.execute<{ children: number; plans: number; users: number }>(sql`select
      (select count(*)::int from organizations where parent_id = ${id}) as children,
      (select count(*)::int from plans where organization_id = ${id}) as plans,
      (select count(*)::int from users where organization_id = ${id}) as users`);
  return (rows as unknown as { rows: { children: number; plans: number; users: number }[] }).rows[0]!;
}

export function findUnit(db: Db, id: string) {
  return db.query.orgUnits.findFirst({ where: eq(orgUnits.id, id) });
}

export function updateUnit(db: Db, id: string, values: Partial<typeof orgUnits.$inferInsert>) {
  return db
    .update(orgUnits)
    .set(values)
    .where(eq(orgUnits.id, id))
    .returning()
    .then((r) => r[0]);
}

export function deleteUnit(db: Db, id: string) {
  return db.delete(orgUnits).where(eq(orgUnits.id, id));
}

export function findPerson(db: Db, id: string) {
  return db.query.people.findFirst({ where: eq(people.id, id) });
}

export function updatePerson(db: Db, id: string, values: Partial<typeof people.$inferInsert>) {
  return db
    .update(people)
    .set(values)
    .where(eq(people.id, id))
    .returning()
    .then((r) => r[0]);
}

export function deletePerson(db: Db, id: string) {
  return db.delete(people).where(eq(people.id, id));
}

/** Ids of the organisations in the subtree of `rootId` and, with ancestors, above it. */
export async function lineIds(db: Db, rootId: string, withAncestors: boolean): Promise<Set<string>> {
  const rows = await db.execute<{ id: string }>(sql`with recursive sub(id) as (
      select id from organizations where id = ${rootId}
      union
      select o.id from organizations o join sub on o.parent_id = sub.id
    ), up(id, parent_id) as (
      select id, parent_id from organizations where id = ${rootId}
      union
      select o.id, o.parent_id from organizations o join up on o.id = up.parent_id
    ) select id from sub ${withAncestors ? sql`union select id from up` : sql``}`);
  return new Set((rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
}
