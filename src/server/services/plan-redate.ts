import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import type { PlanRow } from '../repositories/plan.repository.js';
import { audit, type AuditAction } from './audit.js';
import { syncOccurrencesWithNotices } from './date-change-notices.js';
import { reresolveDeadlines } from './plan.service.js';

export interface PlanDateChange {
  /** What moved the dates (an election's or an event's name): the executors' notices say it. */
  cause: string;
  action: AuditAction;
  before?: unknown;
  /** What changed, recorded with what happened to the occurrences and who was told. */
  after?: Record<string, unknown>;
}

/**
 * After an election or an event of the plan changed: every item counted from it gets its new deadline, the
 * occurrences follow, the executors whose dates moved are told, and the change is audited — all in the caller's
 * transaction, so a failure leaves the dates as they were.
 */
export async function redatePlan(tx: Db, ctx: RequestContext, plan: PlanRow, change: PlanDateChange) {
  await reresolveDeadlines(tx, plan);
  const { occurrences, notified } = await syncOccurrencesWithNotices(tx, plan.id, change.cause);
  await audit(tx, ctx, {
    action: change.action,
    entityType: 'plan',
    entityId: plan.id,
    planId: plan.id,
    ...(change.before !== undefined ? { before: change.before } : {}),
    after: { ...change.after, occurrences, notified },
  });
  return { occurrences, notified };
}
