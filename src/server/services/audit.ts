import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { insertAuditEvent, type AuditEntry } from '../repositories/audit.repository.js';

/** Every action the journal records; the web app's journal labels follow these names. */
export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.locked'
  | 'auth.logout'
  | 'auth.password_change'
  | 'auth.require_password_change'
  | 'calendar_feed.create'
  | 'calendar_feed.revoke'
  | 'demo.seed'
  | 'escalation.notice'
  | 'escalations.run'
  | 'extension.request'
  | 'extension.approve'
  | 'extension.refuse'
  | 'file.upload'
  | 'import.create'
  | 'import.update'
  | 'import.confirm'
  | 'import.delete'
  | 'item.create'
  | 'item.update'
  | 'item.move'
  | 'item.delete'
  | 'organization.create'
  | 'organization.update'
  | 'organization.delete'
  | 'person.create'
  | 'person.update'
  | 'person.delete'
  | 'plan.create'
  | 'plan.import'
  | 'plan.update'
  | 'plan.delete'
  | 'plan.election.attach'
  | 'plan.election.update'
  | 'plan.election.delete'
  | 'plan.event.set'
  | 'plan.event.delete'
  | 'plan.executor.external'
  | 'plan.executor.internal'
  | 'plan.approve'
  | 'plan.amendment.open'
  | 'plan.amendment.approve'
  | 'plan.amendment.discard'
  | 'plan.copy'
  | 'plan.annual'
  | 'plan.cascade'
  | 'plan.submit'
  | 'plan.consolidate'
  | 'item.source_update.accept'
  | 'plan.execute'
  | 'plan.archive'
  | 'plan.reopen'
  | 'plan.unarchive'
  | 'plan.indicators'
  | 'plan.escalation'
  | 'plan.period.close'
  | 'reminders.run'
  | 'reminders.opt_in'
  | 'reminders.opt_out'
  | 'report.create'
  | 'report.accept'
  | 'report.return'
  | 'report.accept_late'
  | 'system.backup'
  | 'system.restore'
  | 'token.create'
  | 'token.revoke'
  | 'unit.create'
  | 'unit.update'
  | 'unit.delete'
  | 'user.create'
  | 'user.update'
  | 'user.disable'
  | 'user.enable'
  | 'user.password_reset'
  | 'user.locale';

export interface AuditEvent {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  planId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The journal row for an event done by the request's user: every audit write is built here. */
export function auditEntry(ctx: RequestContext, event: AuditEvent): AuditEntry {
  return {
    actorId: ctx.user?.id ?? null,
    organizationId: ctx.user?.organizationId ?? null,
    ip: ctx.ip,
    ...event,
  };
}

/** Call inside the transaction of the change it records. */
export function audit(tx: Db, ctx: RequestContext, event: AuditEvent): Promise<void> {
  return insertAuditEvent(tx, auditEntry(ctx, event));
}
