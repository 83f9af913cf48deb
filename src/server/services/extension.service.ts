import { can } from '../../domain/auth/policy.js';
import { extensionViolation } from '../../domain/execution/extension-rules.js';
import { occurrenceStatus, todayIn } from '../../domain/execution/occurrence-state.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  decideExtension,
  findExtension,
  insertExtension,
  listExtensionsOfOccurrence,
  listExtensionsOfPlan,
  lockExtension,
  setOccurrenceExtendedTo,
  type ExtensionListRow,
} from '../repositories/extension.repository.js';
import { findOccurrence } from '../repositories/occurrence.repository.js';
import { listReportStates } from '../repositories/report.repository.js';
import { audit } from './audit.js';
import { assigneeOf, type ExecutionService } from './execution.service.js';

const notFound = () => new AppError('occurrence_not_found', 'Мероприятие не найдено');
const extensionNotFound = () => new AppError('not_found', 'Запрос на перенос срока не найден');

export const extensionStatusNames: Record<string, string> = { pending: 'на рассмотрении', approved: 'согласован', refused: 'отказано' };

function dto(r: ExtensionListRow) {
  const e = r.extension;
  return {
    id: e.id,
    occurrenceId: e.occurrenceId,
    planId: e.planId,
    itemNumber: r.itemNumber,
    itemTitle: r.itemTitle,
    executorLabel: r.executorLabel,
    previousDate: e.previousDate,
    requestedDate: e.requestedDate,
    reason: e.reason,
    status: e.status,
    statusName: extensionStatusNames[e.status] ?? e.status,
    requestedByName: r.requestedByName,
    decidedByName: r.decidedByName,
    decisionComment: e.decisionComment,
    decidedAt: e.decidedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}

/**
 * Deadline extension requests (issue #18): the executor asks, with a reason, to
 * move the deadline in force; the plan's planner or controller approves (the
 * occurrence's deadline becomes the new date, the request stays as its history)
 * or refuses with a comment. Both steps are audited in their transaction.
 */
export function createExtensionService(db: Db, execution: ExecutionService, now: () => Date = () => new Date()) {
  /** The occurrence with the user's relations; unreadable is 404, as everywhere in execution control. */
  async function occurrenceFor(tx: Db, ctx: RequestContext, occurrenceId: string, needed: 'report' | 'read' | 'review') {
    const found = await findOccurrence(tx, occurrenceId, assigneeOf(ctx.user));
    if (!found) throw notFound();
    const rels = await execution.occurrenceRelations(tx, ctx.user, found.assigned, found.plan, needed);
    const withoutAssigned = new Set(rels);
    withoutAssigned.delete('assigned');
    const canReport = can(ctx.user, 'report', 'item', rels);
    const canReview = can(ctx.user, 'review', 'report', withoutAssigned);
    if (!canReport && !can(ctx.user, 'read', 'report', rels)) throw notFound();
    return { ...found, canReport, canReview };
  }

  return {
    async list(ctx: RequestContext, occurrenceId: string) {
      const { canReport, canReview } = await occurrenceFor(db, ctx, occurrenceId, 'read');
      return { canRequest: canReport, canDecide: canReview, extensions: (await listExtensionsOfOccurrence(db, occurrenceId)).map(dto) };
    },

    async planList(ctx: RequestContext, planId: string, status?: string) {
      await execution.planForDashboard(ctx, planId);
      return { extensions: (await listExtensionsOfPlan(db, planId, status)).map(dto) };
    },

    async request(ctx: RequestContext, occurrenceId: string, input: { newDate: string; reason: string }) {
      return db.transaction(async (tx) => {
        const { occurrence, plan, timeZone, canReport } = await occurrenceFor(tx, ctx, occurrenceId, 'report');
        if (!canReport) throw new AppError('forbidden', 'Просить перенос срока может только исполнитель мероприятия');
        if (occurrence.retiredAt || plan.status === 'closed') throw new AppError('conflict', 'Мероприятие исключено из плана или план закрыт');
        const status = occurrenceStatus(occurrence, await listReportStates(tx, [occurrenceId]), todayIn(timeZone, now()));
        const violation = extensionViolation(input, status, plan);
        if (violation) throw new AppError(violation.conflict ? 'conflict' : 'validation_failed', violation.message, { field: violation.field });
        const row = await insertExtension(tx, {
          occurrenceId,
          planId: plan.id,
          previousDate: status.dueDate!,
          requestedDate: input.newDate,
          reason: input.reason.trim(),
          requestedBy: ctx.user!.id,
        });
        if (!row) throw new AppError('conflict', 'Запрос на перенос этого срока уже ждет решения');
        await audit(tx, ctx, {
          action: 'extension.request',
          entityType: 'deadline_extension',
          entityId: row.id,
          planId: plan.id,
          after: { occurrenceId, previousDate: row.previousDate, requestedDate: row.requestedDate, reason: row.reason },
        });
        return dto((await listExtensionsOfOccurrence(tx, occurrenceId)).find((r) => r.extension.id === row.id)!);
      });
    },

    async decide(ctx: RequestContext, extensionId: string, input: { decision: 'approve' | 'refuse'; comment?: string | null | undefined }) {
      return db.transaction(async (tx) => {
        const found = await findExtension(tx, extensionId);
        if (!found) throw extensionNotFound();
        let target;
        try {
          target = await occurrenceFor(tx, ctx, found.occurrenceId, 'review');
        } catch (error) {
          if (error instanceof AppError && error.code === 'occurrence_not_found') throw extensionNotFound();
          throw error;
        }
        if (!target.canReview) throw new AppError('forbidden', 'Решение о переносе срока принимает составитель плана или контролирующая комиссия');
        const comment = input.comment?.trim() || null;
        if (input.decision === 'refuse' && !comment) throw new AppError('validation_failed', 'Укажите причину отказа', { field: 'comment' });
        const locked = await lockExtension(tx, extensionId);
        if (!locked || locked.status !== 'pending')
          throw new AppError('conflict', `По запросу уже принято решение: ${extensionStatusNames[locked?.status ?? ''] ?? ''}`);
        const status = input.decision === 'approve' ? 'approved' : 'refused';
        await decideExtension(tx, extensionId, { status, decidedBy: ctx.user!.id, decisionComment: comment });
        if (status === 'approved') await setOccurrenceExtendedTo(tx, found.occurrenceId, found.requestedDate);
        await audit(tx, ctx, {
          action: status === 'approved' ? 'extension.approve' : 'extension.refuse',
          entityType: 'deadline_extension',
          entityId: extensionId,
          planId: found.planId,
          before: { status: 'pending', deadline: found.previousDate },
          after: { status, deadline: status === 'approved' ? found.requestedDate : found.previousDate, comment },
        });
        return dto((await listExtensionsOfOccurrence(tx, found.occurrenceId)).find((r) => r.extension.id === extensionId)!);
      });
    },
  };
}

export type ExtensionService = ReturnType<typeof createExtensionService>;
