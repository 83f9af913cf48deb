import { randomUUID } from 'node:crypto';
import { carriedOverMark, isUnfinished, shiftTitleYears, type OccurrenceOutcome } from '../../domain/plan/carry-over.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { insertExecutors, insertItems } from '../repositories/item.repository.js';
import { insertPlanLinks, occurrenceOutcomes } from '../repositories/plan-link.repository.js';
import { findPlan, insertPlan, replaceAbbreviations } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import type { ItemNodeDto } from './plan.dto.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { officialText } from './plan-lifecycle.service.js';
import { planSnapshot } from './plan-snapshot.js';

export interface CopyInput {
  period: { start: string; end: string };
  carryOver: boolean;
}

/** Per item: the outcomes of its occurrences (returned reports do not count). */
async function outcomesByItem(tx: Db, planId: string): Promise<Map<string, OccurrenceOutcome[]>> {
  const byOccurrence = new Map<string, { itemId: string; outcome: OccurrenceOutcome }>();
  for (const row of await occurrenceOutcomes(tx, planId)) {
    let entry = byOccurrence.get(row.occurrenceId);
    if (!entry) {
      entry = { itemId: row.itemId, outcome: { retired: row.retiredAt !== null, reportStatuses: [] } };
      byOccurrence.set(row.occurrenceId, entry);
    }
    if (row.status && row.reviewStatus !== 'returned') entry.outcome.reportStatuses.push(row.status);
  }
  const out = new Map<string, OccurrenceOutcome[]>();
  for (const { itemId, outcome } of byOccurrence.values()) out.set(itemId, [...(out.get(itemId) ?? []), outcome]);
  return out;
}

/**
 * «Создать план на следующий год»: a draft with the official text's structure,
 * items, executors, columns and glossary; deadlines read again for the new period
 * (election-relative ones keep their wording and wait for the new election); with
 * carry-over, the items left unfinished are marked and linked to their source.
 */
export function createPlanCopyService(db: Db, access: Access) {
  return {
    async copy(ctx: RequestContext, sourceId: string, input: CopyInput) {
      if (input.period.start > input.period.end) throw new AppError('validation_failed', 'Начало периода плана позже его окончания', { field: 'period' });
      return db.transaction(async (tx) => {
        const source = await findPlan(tx, sourceId);
        if (!source) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, source, 'read');
        await access.assertOrg(tx, ctx.user, source.organizationId, 'create', 'plan');
        const official = await officialText(tx, source, await planSnapshot(tx, source));
        const outcomes = input.carryOver ? await outcomesByItem(tx, sourceId) : new Map<string, OccurrenceOutcome[]>();
        const plan = await insertPlan(tx, {
          organizationId: source.organizationId,
          kind: official.kind,
          title: shiftTitleYears(official.title, official.period, input.period),
          periodStart: input.period.start,
          periodEnd: input.period.end,
          // The description is the old resolution's text; the new plan gets its own act.
          description: null,
          columns: official.columns,
          reportingPeriod: official.reportingPeriod,
          createdBy: ctx.user?.id ?? null,
        });
        await replaceAbbreviations(tx, plan.id, official.abbreviations);
        const deadlines = deadlineContext(plan, []);
        const items: Parameters<typeof insertItems>[1] = [];
        const executors: Parameters<typeof insertExecutors>[1] = [];
        const links: Parameters<typeof insertPlanLinks>[1] = [{ kind: 'next_period_of', sourcePlanId: sourceId, targetPlanId: plan.id }];
        const walk = (nodes: ItemNodeDto[], parentId: string | null) => {
          for (const node of nodes) {
            const id = randomUUID();
            const carried = node.kind !== 'section' && isUnfinished(outcomes.get(node.id) ?? []);
            const mark = carried ? carriedOverMark(official.period, node.number) : null;
            items.push({
              id,
              planId: plan.id,
              parentId,
              position: node.position,
              number: node.number,
              kind: node.kind,
              title: node.title,
              deadlineText: node.deadlineText,
              deadline: resolveItemDeadline(node.deadlineText, deadlines),
              fields: node.fields,
              notes: mark ? [mark, node.notes].filter(Boolean).join('\n') : node.notes,
            });
            node.executors.forEach((e, position) =>
              executors.push({ itemId: id, position, text: e.text, kind: e.kind, role: e.role, organizationId: e.organizationId, unitId: e.unitId, personId: e.personId }),
            );
            if (carried) links.push({ kind: 'carried_over', sourcePlanId: sourceId, sourceItemId: node.id, sourceNumber: node.number, targetPlanId: plan.id, targetItemId: id });
            walk(node.children, id);
          }
        };
        walk(official.items, null);
        // Pre-order: parents precede their children in every chunk.
        for (let i = 0; i < items.length; i += 500) await insertItems(tx, items.slice(i, i + 500));
        for (let i = 0; i < executors.length; i += 1000) await insertExecutors(tx, executors.slice(i, i + 1000));
        await insertPlanLinks(tx, links);
        const carriedOver = links.length - 1;
        await audit(tx, ctx, {
          action: 'plan.copy',
          entityType: 'plan',
          entityId: plan.id,
          planId: plan.id,
          after: { sourceId, title: plan.title, period: input.period, itemCount: items.length, carriedOver: links.slice(1).map((l) => l.sourceNumber) },
        });
        return { id: plan.id, itemCount: items.length, carriedOver };
      });
    },
  };
}

export type PlanCopyService = ReturnType<typeof createPlanCopyService>;
