import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents, users } from '../db/schema/index.js';
import { subtreeSql } from './organization.repository.js';

export interface AuditFilter {
  planId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

/** Which events a reader may see: those of its organisation (and those below) or about their plans. */
export function auditVisibility(scope: { all: true } | { organizationId: string; below: boolean }): SQL | undefined {
  if ('all' in scope) return undefined;
  const orgs = scope.below ? subtreeSql(scope.organizationId) : sql`(select ${scope.organizationId}::uuid)`;
  return sql`(${auditEvents.organizationId} in ${orgs} or ${auditEvents.planId} in (select id from plans where organization_id in ${orgs}))`;
}

export function listAuditEvents(db: Db, visibility: SQL | undefined, f: AuditFilter) {
  const conditions: (SQL | undefined)[] = [visibility];
  if (f.planId) conditions.push(eq(auditEvents.planId, f.planId));
  if (f.entityType) conditions.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditEvents.entityId, f.entityId));
  if (f.actorId) conditions.push(eq(auditEvents.actorId, f.actorId));
  if (f.action) conditions.push(eq(auditEvents.action, f.action));
  if (f.from) conditions.push(gte(auditEvents.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) conditions.push(lte(auditEvents.at, new Date(`${f.to}T23:59:59.999Z`)));
  if (f.beforeId) conditions.push(lt(auditEvents.id, f.beforeId));
  return db
    .select({ event: auditEvents, actorLogin: users.login, actorName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(f.limit);
}
