import { auditEvents } from '../db/schema/index.js';
import type { Db } from '../db/client.js';

export interface AuditEntry {
  actorId: string | null;
  organizationId: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  planId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function insertAuditEvent(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    organizationId: entry.organizationId,
    ip: entry.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    planId: entry.planId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Many events of one change (a scheduled run's notices) in one statement per 500 rows. */
export async function insertAuditEvents(db: Db, entries: AuditEntry[]): Promise<void> {
  const rows = entries.map((e) => ({ actorId: e.actorId, organizationId: e.organizationId, ip: e.ip, action: e.action, entityType: e.entityType, entityId: e.entityId, planId: e.planId ?? null, before: e.before ?? null, after: e.after ?? null }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(auditEvents).values(rows.slice(i, i + 500));
}
