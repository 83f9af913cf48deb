import { allowedRelations } from '../../domain/auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { auditVisibility, listAuditEvents, type AuditFilter } from '../repositories/audit-query.repository.js';

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Cells starting with = + - @ are formulas to Excel: neutralise them (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Browsing and exporting the audit trail, filtered in SQL by what the reader may see. */
export function createAuditLogService(db: Db) {
  function visibility(ctx: RequestContext) {
    const relations = allowedRelations(ctx.user, 'read', 'audit');
    if (relations.has('any')) return auditVisibility({ all: true });
    if (!ctx.user || !relations.has('own')) throw new AppError('forbidden', 'Недостаточно прав для просмотра журнала');
    return auditVisibility({ organizationId: ctx.user.organizationId, below: relations.has('below') });
  }

  async function list(ctx: RequestContext, filter: AuditFilter) {
    const rows = await listAuditEvents(db, visibility(ctx), filter);
    return rows.map(({ event, actorLogin, actorName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      actor: event.actorId ? { id: event.actorId, login: actorLogin, name: actorName } : null,
      organizationId: event.organizationId,
      ip: event.ip,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      planId: event.planId,
      before: event.before,
      after: event.after,
    }));
  }

  return {
    list,
    /**
     * The whole selection as CSV, read page by page (keyset on the id) and yielded
     * as it goes: memory stays bounded however long the journal, and nothing is cut off.
     * Access is checked before the first line, so a refusal is still a clean 403.
     */
    csv(ctx: RequestContext, filter: Omit<AuditFilter, 'limit' | 'beforeId'>, pageSize = 1000): AsyncGenerator<string> {
      const scope = visibility(ctx);
      const header = ['id', 'время', 'пользователь', 'ip', 'действие', 'объект', 'идентификатор', 'план', 'до', 'после'];
      return (async function* () {
        // BOM so that Excel opens UTF-8 Cyrillic correctly; semicolons as Russian Excel expects.
        yield `\uFEFF${header.join(';')}\r\n`;
        let beforeId: number | undefined;
        for (;;) {
          const rows = await listAuditEvents(db, scope, { ...filter, beforeId, limit: pageSize });
          if (rows.length === 0) return;
          yield rows
            .map(
              ({ event: e, actorLogin }) =>
                [e.id, e.at.toISOString(), actorLogin ?? 'система', e.ip, e.action, e.entityType, e.entityId, e.planId, e.before, e.after]
                  .map(csvCell)
                  .join(';') + '\r\n',
            )
            .join('');
          if (rows.length < pageSize) return;
          beforeId = rows[rows.length - 1]!.event.id;
        }
      })();
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
