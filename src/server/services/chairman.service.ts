import { chairmanSummary, type ChairmanEntry } from '../../domain/execution/chairman.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { findOrganization } from '../repositories/organization.repository.js';
import type { ExecutionService } from './execution.service.js';

/**
 * The chairman's page: one summary over every plan in force the user controls or
 * watches (the same plans as «Контроль исполнения»), counted as the dashboards count.
 */
export function createChairmanService(db: Db, execution: ExecutionService, now: () => Date = () => new Date()) {
  return {
    async summary(ctx: RequestContext) {
      const { plans } = await execution.controlledPlans(ctx);
      const entries: ChairmanEntry[] = [];
      for (const plan of plans) {
        const { list } = await execution.planEntries(db, plan.id);
        for (const e of list) {
          const pending = e.dto.current?.reviewStatus === 'pending' && !e.dto.needsRework;
          entries.push({
            occurrenceId: e.dto.id,
            planId: plan.id,
            planTitle: plan.title,
            sectionKey: e.sectionKey,
            sectionLabel: e.sectionLabel,
            itemNumber: e.dto.itemNumber,
            itemTitle: e.dto.itemTitle,
            executorKey: e.dto.executorKey,
            executorLabel: e.dto.executorLabel,
            outcome: e.outcome,
            dueDate: e.dto.dueDate,
            pendingSince: pending ? e.dto.current!.createdAt : null,
          });
        }
      }
      const organization = await findOrganization(db, ctx.user!.organizationId);
      const today = todayIn(organization?.timeZone ?? 'Europe/Moscow', now());
      return { organizationName: organization?.name ?? '', plans: plans.length, ...chairmanSummary(entries, today) };
    },
  };
}

export type ChairmanService = ReturnType<typeof createChairmanService>;
