/** One audit event as GET /api/audit returns it (newest first, keyset by id). */
export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: string; login: string | null; name: string | null } | null;
  organizationId: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  planId: string | null;
  before: unknown;
  after: unknown;
}

/** The filters of the page; they live in the address so that a link can carry them. */
export interface AuditFilters {
  planId?: string | undefined;
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const filterKeys = ['planId', 'actorId', 'entityType', 'entityId', 'action', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];
