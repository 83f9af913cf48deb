import { randomUUID } from 'node:crypto';
import { carriedOverMark, isUnfinished, shiftTitleYears, type OccurrenceOutcome } from '../../domain/plan/carry-over.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { insertExecutors, insertItems } from '../repositories/item.repository.js';
import { insertPlanLinks, occurrenceOutcomes } from '../repositories/plan-link.repository.js';
import { findPlan, insertPlan, replaceAbbreviations } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { audit, type AuditAction } from './audit.js';
import type { ItemNodeDto } from './plan.dto.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { officialText } from './plan-lifecycle.service.js';
import { planSnapshot } from './plan-snapshot.js';

export interface CopyInput {
  period: { start: string; end: string };
  carryOver: boolean;
  /** The unfinished items the planner chose to carry over; absent: all of them. */
  carryOverItemIds?: string[] | undefined;
}

/** What an annual plan of a programme changes in the copy. */
interface DeriveOptions extends CopyInput {
  title?: string;
  include?: (node: ItemNodeDto) => boolean;
  dropColumn?: (column: { key: string; role: string }) => boolean;
  itemLinkKind?: string;
  planLinkKind?: string;
  programmeId?: string;
  auditAction?: AuditAction;
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
  async function derive(ctx: RequestContext, sourceId: string, input: DeriveOptions) {
    if (input.period.start > input.period.end) throw new AppError('validation_failed', 'Начало периода плана позже его окончания', { field: 'period' });
    return db.transaction(async (tx) => {
      const source = await findPlan(tx, sourceId);
      if (!source) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(tx, ctx.user, source, 'read');
      await access.assertOrg(tx, ctx.user, source.organizationId, 'create', 'plan');
      const official = await officialText(tx, source, await planSnapshot(tx, source));
      const outcomes = input.carryOver ? await outcomesByItem(tx, sourceId) : new Map<string, OccurrenceOutcome[]>();
      const chosen = input.carryOver && input.carryOverItemIds ? new Set(input.carryOverItemIds) : null;
      if (chosen) {
        const unfinished = new Set(unfinishedNodes(official.items, outcomes).map((n) => n.id));
        const stray = [...chosen].filter((id) => !unfinished.has(id));
        if (stray.length) {
          throw new AppError('validation_failed', 'Переносить можно только незавершенные пункты этого плана: список устарел, откройте его снова', {
            field: 'carryOverItemIds',
            itemIds: stray,
          });
        }
      }
      const plan = await insertPlan(tx, {
        organizationId: source.organizationId,
        kind: official.kind,
        title: input.title ?? shiftTitleYears(official.title, official.period, input.period),
        periodStart: input.period.start,
        periodEnd: input.period.end,
        // The description is the old resolution's text; the new plan gets its own act.
        description: null,
        columns: input.dropColumn ? official.columns.filter((c) => !input.dropColumn!(c)) : official.columns,
        programmeId: input.programmeId ?? null,
        reportingPeriod: official.reportingPeriod,
        createdBy: ctx.user?.id ?? null,
      });
      await replaceAbbreviations(tx, plan.id, official.abbreviations);
      const deadlines = deadlineContext(plan, []);
      const items: Parameters<typeof insertItems>[1] = [];
      const executors: Parameters<typeof insertExecutors>[1] = [];
      const links: Parameters<typeof insertPlanLinks>[1] = [{ kind: input.planLinkKind ?? 'next_period_of', sourcePlanId: sourceId, targetPlanId: plan.id }];
      const walk = (nodes: ItemNodeDto[], parentId: string | null) => {
        let position = 0;
        for (const node of nodes) {
          if (input.include && !input.include(node)) continue;
          const id = randomUUID();
          const carried = node.kind !== 'section' && isUnfinished(outcomes.get(node.id) ?? []) && (!chosen || chosen.has(node.id));
          const mark = carried ? carriedOverMark(official.period, node.number) : null;
          items.push({
            id,
            planId: plan.id,
            parentId,
            position: position++,
            number: node.number,
            kind: node.kind,
            title: node.title,
            deadlineText: node.deadlineText,
            deadline: resolveItemDeadline(node.deadlineText, deadlines),
            fields: node.fields,
            notes: mark ? [mark, node.notes].filter(Boolean).join('\n') : node.notes,
          });
          node.executors.forEach((e, position) =>
            executors.push({
              itemId: id,
              position,
              text: e.text,
              kind: e.kind,
              role: e.role,
              organizationId: e.organizationId,
              unitId: e.unitId,
              personId: e.personId,
            }),
          );
          if (carried)
            links.push({
              kind: 'carried_over',
              sourcePlanId: sourceId,
              sourceItemId: node.id,
              sourceNumber: node.number,
              targetPlanId: plan.id,
              targetItemId: id,
            });
          else if (input.itemLinkKind)
            links.push({
              kind: input.itemLinkKind,
              sourcePlanId: sourceId,
              sourceItemId: node.id,
              sourceNumber: node.number,
              targetPlanId: plan.id,
              targetItemId: id,
            });
          walk(node.children, id);
        }
      };
      walk(official.items, null);
      // Pre-order: parents precede their children in every chunk.
      for (let i = 0; i < items.length; i += 500) await insertItems(tx, items.slice(i, i + 500));
      for (let i = 0; i < executors.length; i += 1000) await insertExecutors(tx, executors.slice(i, i + 1000));
      await insertPlanLinks(tx, links);
      const carriedOver = links.filter((l) => l.kind === 'carried_over').length;
      await audit(tx, ctx, {
        action: input.auditAction ?? 'plan.copy',
        entityType: 'plan',
        entityId: plan.id,
        planId: plan.id,
        after: {
          sourceId,
          title: plan.title,
          period: input.period,
          itemCount: items.length,
          carriedOver: links.filter((l) => l.kind === 'carried_over').map((l) => l.sourceNumber),
        },
      });
      return { id: plan.id, itemCount: items.length, carriedOver };
    });
  }

  return {
    copy: (ctx: RequestContext, sourceId: string, input: CopyInput) => derive(ctx, sourceId, input),

    /** What a copy with carry-over would carry: the official text's unfinished items, for the planner to choose from. */
    async unfinished(ctx: RequestContext, id: string) {
      const plan = await findPlan(db, id);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      const official = await officialText(db, plan, await planSnapshot(db, plan));
      const outcomes = await outcomesByItem(db, id);
      return {
        items: unfinishedNodes(official.items, outcomes).map((n) => ({
          id: n.id,
          number: n.number,
          title: n.title,
          deadlineText: n.deadlineText,
          executors: n.executors.map((e) => e.text).join(', '),
        })),
      };
    },

    /**
     * An annual plan of a multi-year programme: the programme's items for that year
     * (items with per-year marks only where the year is marked; the others every
     * year), each linked to its programme item (annual_of).
     */
    async annualPlan(ctx: RequestContext, programmeId: string, year: number) {
      const programme = await findPlan(db, programmeId);
      if (!programme) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, programme, 'read');
      // Permission before validation: a caller who may not create plans here learns nothing about the period.
      await access.assertOrg(db, ctx.user, programme.organizationId, 'create', 'plan');
      const first = programme.periodStart ? Number(programme.periodStart.slice(0, 4)) : null;
      const last = programme.periodEnd ? Number(programme.periodEnd.slice(0, 4)) : null;
      if (first === null || last === null || year < first || year > last) {
        throw new AppError('validation_failed', `Год ${year} вне периода программы`, { field: 'year' });
      }
      const marks = programme.columns.filter((c) => c.role === 'year_mark').map((c) => c.key);
      const mark = marks[year - first];
      return derive(ctx, programmeId, {
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        carryOver: false,
        title: `${programme.title} (${year} год)`,
        include: (node) => includesYear(node, marks, mark),
        dropColumn: (c) => c.role === 'year_mark',
        itemLinkKind: 'annual_of',
        planLinkKind: 'annual_of',
        programmeId,
        auditAction: 'plan.annual',
      });
    },
  };
}

/** The items (not headings) left unfinished, in the plan's order. */
function unfinishedNodes(nodes: ItemNodeDto[], outcomes: Map<string, OccurrenceOutcome[]>): ItemNodeDto[] {
  return nodes.flatMap((n) => [...(n.kind !== 'section' && isUnfinished(outcomes.get(n.id) ?? []) ? [n] : []), ...unfinishedNodes(n.children, outcomes)]);
}

/** A node is in the year's plan when it is unmarked, marked for the year, or a heading of such items. */
function includesYear(node: ItemNodeDto, marks: string[], mark: string | undefined): boolean {
  if (node.children.length) return node.children.some((c) => includesYear(c, marks, mark));
  // A dash in a year column means «not this year», as an empty cell does.
  const marked = marks.filter((k) => !/^[\s\-–—]*$/.test(node.fields[k] ?? ''));
  return !marked.length || (mark !== undefined && marked.includes(mark));
}

export type PlanCopyService = ReturnType<typeof createPlanCopyService>;
