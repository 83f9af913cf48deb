import type { z } from 'zod';
import type { auditEventResponse } from '../../../../shared/plan-responses';

/** One audit event as GET /api/audit returns it (newest first, keyset by id); typed by its response contract. */
export type AuditEvent = z.infer<typeof auditEventResponse>;

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
