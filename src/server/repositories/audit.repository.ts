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

/** The journal row of an entry: absent plan, before and after are stored as null. */
function auditRow(entry: AuditEntry) {
  return {
    actorId: entry.actorId,
    organizationId: entry.organizationId,
    ip: entry.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    planId: entry.planId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

export async function insertAuditEvent(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(auditRow(entry));
}

/** Several journal rows in one statement (a cascade over many plans, a scheduled run's notices). */
export async function insertAuditEvents(db: Db, entries: AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await db.insert(auditEvents).values(entries.slice(i, i + 500).map(auditRow));
  }
}
