import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { insertAuditEvent } from '../repositories/audit.repository.js';

/** Call inside the transaction of the change it records. */
export function audit(
  tx: Db,
  ctx: RequestContext,
  event: { action: string; entityType: string; entityId: string | null; planId?: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  return insertAuditEvent(tx, {
    actorId: ctx.user?.id ?? null,
    organizationId: ctx.user?.organizationId ?? null,
    ip: ctx.ip,
    ...event,
  });
}
