import type { Db } from '../../src/server/db/client.js';
import { organizations, people } from '../../src/server/db/schema/index.js';
import { nextSeq } from './sequence.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

/** A commission of its own (a territorial one unless told), so a test does not lean on the demo directory. */
export async function createOrganization(db: Db, overrides: Partial<typeof organizations.$inferInsert> = {}): Promise<OrganizationRow> {
  const n = nextSeq();
  const [row] = await db
    .insert(organizations)
    .values({ kind: 'territorial', name: `Территориальная избирательная комиссия № ${n} (тест)`, shortName: `ТИК № ${n}`, ...overrides })
    .returning();
  return row!;
}

/** A person of an organisation (an executor named in plans, optionally a user's person). */
export async function createPerson(db: Db, organizationId: string, overrides: Partial<typeof people.$inferInsert> = {}): Promise<PersonRow> {
  const n = nextSeq();
  const [row] = await db
    .insert(people)
    .values({ organizationId, fullName: `Иванова Мария Петровна ${n}`, shortName: `Иванова М.П. ${n}`, ...overrides })
    .returning();
  return row!;
}
