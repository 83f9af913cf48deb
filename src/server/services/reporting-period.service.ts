import { can } from '../../domain/auth/policy.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { closeViolation, missedClosure } from '../../domain/execution/period-closure.js';
import { reportingPeriodLabel } from '../../domain/execution/reporting-periods.js';
import type { Db } from '../db/client.js';
import type { PlanAct } from '../db/schema/index.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { insertClosure, listClosures, lockPlanClosures } from '../repositories/period-closure.repository.js';
import { findPlan } from '../repositories/plan.repository.js';
import type { OccurrenceRow } from '../repositories/occurrence.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';

type Closure = Awaited<ReturnType<typeof listClosures>>[number];

function closureDto(c: Closure) {
  return {
    id: c.id,
    from: c.periodStart,
    to: c.periodEnd,
    label: reportingPeriodLabel({ start: c.periodStart, end: c.periodEnd }),
    act: c.act,
    closedByName: c.closedByName,
    closedAt: c.closedAt.toISOString(),
  };
}

/** The closed period a report on this occurrence misses (it came after the closing), if any. */
export async function lateClosure(tx: Db, occurrence: Pick<OccurrenceRow, 'planId' | 'windowEnd' | 'extendedTo'>, report: { createdAt: Date }) {
  const closures = await listClosures(tx, occurrence.planId);
  if (!closures.length) return null;
  const closure = missedClosure(occurrence.extendedTo ?? occurrence.windowEnd, report.createdAt, closures);
  return closure ? closureDto(closure) : null;
}

export { closureDto, listClosures };

/**
 * Closing a reporting period (issue #18): after the half-year or annual report was
 * adopted, the controller closes its period citing the act. Reports that come
 * later on deadlines inside it are late: only the controller accepts them, and the
 * next execution report lists them.
 */
export function createReportingPeriodService(db: Db, access: Access, now: () => Date = () => new Date()) {
  async function planWithRights(tx: Db, ctx: RequestContext, planId: string) {
    const plan = await findPlan(tx, planId);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    const rels = await access.assertPlan(tx, ctx.user, plan, 'read');
    rels.delete('assigned');
    if (!can(ctx.user, 'read', 'report', rels)) throw new AppError('forbidden', 'Отчетные периоды плана доступны его составителям и контролирующим комиссиям');
    return { plan, canClose: can(ctx.user, 'close', 'report', rels) };
  }

  return {
    async list(ctx: RequestContext, planId: string) {
      const { canClose } = await planWithRights(db, ctx, planId);
      return { canClose, closed: (await listClosures(db, planId)).map(closureDto) };
    },

    async close(ctx: RequestContext, planId: string, input: { from: string; to: string; act: PlanAct }) {
      return db.transaction(async (tx) => {
        const { plan, canClose } = await planWithRights(tx, ctx, planId);
        if (!canClose) throw new AppError('forbidden', 'Закрыть отчетный период может контролирующая комиссия');
        if (plan.status === 'draft' || plan.status === 'review') throw new AppError('conflict', 'План еще не утвержден: отчетных периодов у него нет');
        await lockPlanClosures(tx, planId);
        const owner = await findOrganization(tx, plan.organizationId);
        const closed = await listClosures(tx, planId);
        const violation = closeViolation(input, todayIn(owner?.timeZone ?? 'Europe/Moscow', now()), plan, closed);
        if (violation) throw new AppError('validation_failed', violation.message, { field: violation.field });
        const row = await insertClosure(tx, { planId, periodStart: input.from, periodEnd: input.to, act: input.act, closedBy: ctx.user!.id });
        if (!row) throw new AppError('conflict', 'Этот период уже закрыт');
        const dto = closureDto({ ...row, closedByName: ctx.user!.displayName });
        await audit(tx, ctx, { action: 'plan.period.close', entityType: 'plan', entityId: planId, planId, after: dto });
        return dto;
      });
    },
  };
}

export type ReportingPeriodService = ReturnType<typeof createReportingPeriodService>;
