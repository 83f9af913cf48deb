import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organizations, orgUnits, people } from '../db/schema/index.js';

export type OrganizationRow = typeof organizations.$inferSelect;

export function findOrganization(db: Db, id: string) {
  return db.query.organizations.findFirst({ where: eq(organizations.id, id) });
}

export function listOrganizations(db: Db) {
  return db.select().from(organizations).orderBy(sql`${organizations.name} collate "und-x-icu"`);
}

/** Ids of the organisation and all organisations under it. */
export function subtreeSql(rootId: string) {
  return sql`(with recursive sub(id) as (
      select id from organizations where id = ${rootId}
      union all
      select o.id from organizations o join sub on o.parent_id = sub.id
    ) select id from sub)`;
}

export async function isInSubtree(db: Db, rootId: string, orgId: string): Promise<boolean> {
  const rows = await db
    .select({ found: sql<boolean>`exists(select 1 from ${subtreeSql(rootId)} s where s.id = ${orgId})` })
    .from(sql`(select 1) as one`);
  return Boolean(rows[0]?.found);
}

export function insertOrganization(db: Db, values: typeof organizations.$inferInsert) {
  return db.insert(organizations).values(values).returning().then((r) => r[0]!);
}

export function insertUnit(db: Db, values: typeof orgUnits.$inferInsert) {
  return db.insert(orgUnits).values(values).returning().then((r) => r[0]!);
}

export function insertPerson(db: Db, values: typeof people.$inferInsert) {
  return db.insert(people).values(values).returning().then((r) => r[0]!);
}

export function listPeople(db: Db, organizationId?: string) {
  const q = db.select().from(people);
  return (organizationId ? q.where(eq(people.organizationId, organizationId)) : q).orderBy(asc(people.shortName));
}

export function listUnits(db: Db) {
  return db.select().from(orgUnits).orderBy(asc(orgUnits.name));
}
