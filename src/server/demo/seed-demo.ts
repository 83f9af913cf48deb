import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organizations } from '../db/schema/index.js';
import { insertOrganization, insertPerson, insertUnit } from '../repositories/organization.repository.js';
import { insertUser } from '../repositories/user.repository.js';
import { audit } from '../services/audit.js';
import { hashPassword } from '../services/password.js';
import { DEMO_PASSWORD, demoOrganizations, demoUsers } from './demo-directory.js';

export interface SeededDirectory {
  organizationIds: Map<string, string>;
  userIds: Map<string, string>;
}

/** True when the database holds no organisation yet (a fresh install). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return (rows[0]?.n ?? 0) === 0;
}

/** Creates the demo organisations, units, people and users in one transaction. */
export async function seedDemoDirectory(db: Db): Promise<SeededDirectory> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const organizationIds = new Map<string, string>();
    for (const o of demoOrganizations) {
      const row = await insertOrganization(tx, {
        kind: o.kind,
        name: o.name,
        shortName: o.shortName,
        timeZone: o.timeZone,
        defaultLocale: o.defaultLocale ?? 'ru',
        parentId: o.parent ? organizationIds.get(o.parent)! : null,
      });
      organizationIds.set(o.key, row.id);
      const unitIds = new Map<string, string>();
      for (const name of o.units ?? []) unitIds.set(name, (await insertUnit(tx, { organizationId: row.id, name })).id);
      for (const p of o.people ?? []) {
        await insertPerson(tx, { organizationId: row.id, fullName: p.fullName, shortName: p.shortName, position: p.position, unitId: p.unit ? (unitIds.get(p.unit) ?? null) : null });
      }
    }
    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const row = await insertUser(tx, {
        login: u.login,
        displayName: u.displayName,
        organizationId: organizationIds.get(u.organization)!,
        roles: u.roles,
        locale: u.locale ?? null,
        passwordHash,
      });
      userIds.set(u.login, row.id);
    }
    await audit(tx, { user: null, ip: null }, { action: 'demo.seed', entityType: 'system', entityId: null, after: { organizations: organizationIds.size, users: userIds.size } });
    return { organizationIds, userIds };
  });
}

/** Empties every table (used by `planik demo` to reset). */
export async function wipeAllData(db: Db): Promise<void> {
  await db.execute(sql`truncate table audit_events, reports, files, occurrences, imports, plan_versions, abbreviations, item_executors,
    plan_items, plan_elections, plans, elections, sessions, users, people, org_units, organizations restart identity cascade`);
}
