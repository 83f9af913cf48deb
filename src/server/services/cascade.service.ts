import { createHash, randomUUID } from 'node:crypto';
import {
  canonicalContent,
  canSubmit,
  cascadedPlanTitle,
  executorClassNames,
  submissionStatus,
  type SourceContent,
} from '../../domain/consolidation/consolidation.js';
import { executorClass as executorClassOf, type ExecutorClass } from '../../domain/execution/executor-class.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { computeNumbers } from '../../domain/plan/tree.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  cascadeTargets,
  draftPlansFor,
  itemLinksFrom,
  linkedItemCounts,
  linkedPlanRows,
  organizationsOfKindUnder,
} from '../repositories/consolidation.repository.js';
import { appendItems, insertExecutors, listExecutorsOfPlan, listItemsOfPlan, listTreeNodes, type ItemRow } from '../repositories/item.repository.js';
import { findOrganization, type OrganizationRow } from '../repositories/organization.repository.js';
import { insertPlanLinks } from '../repositories/plan-link.repository.js';
import { findPlan, insertPlans, listElectionsOfPlan, lockPlanRow, updatePlanRow, type PlanRow } from '../repositories/plan.repository.js';
import { insertAuditEvents } from '../repositories/audit.repository.js';
import { isInForce } from '../../domain/plan/lifecycle.js';
import type { Access } from './access.service.js';
import { audit, auditEntry } from './audit.js';
import { syncOccurrences } from './occurrence-sync.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { openAmendmentIfApproved } from './plan-lifecycle.service.js';

export function contentDigest(c: SourceContent): string {
  return createHash('sha256').update(canonicalContent(c)).digest('hex').slice(0, 32);
}

export interface CascadeInput {
  executorClass: ExecutorClass;
  items?: string[] | undefined;
  /** The date the lower bodies are to submit their plans by («до 1 февраля»). */
  dueDate?: string | null | undefined;
}

/** A linked plan as the other side sees it: who, what status, submitted or late. */
export function linkedPlanDto(
  plan: PlanRow,
  organization: { name: string; shortName: string | null; timeZone: string },
  extra: { direction: 'down' | 'up'; kind: string; itemCount: number },
) {
  const { state, late } = submissionStatus(
    { status: plan.status, submittedAt: plan.submittedAt?.toISOString() ?? null, submissionDue: plan.submissionDue },
    todayIn(organization.timeZone),
  );
  return {
    id: plan.id,
    title: plan.title,
    organizationId: plan.organizationId,
    organizationName: organization.shortName ?? organization.name,
    status: plan.status,
    state,
    late,
    submittedAt: plan.submittedAt?.toISOString() ?? null,
    submissionDue: plan.submissionDue,
    period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
    direction: extra.direction,
    linkKind: extra.kind,
    linkedItems: extra.itemCount,
  };
}

/** Leaf items of the plan (an item with sub-items is their heading), in tree order. */
function leavesInOrder(items: ItemRow[], chosen: Set<string> | null): ItemRow[] {
  const byParent = new Map<string | null, ItemRow[]>();
  for (const i of items) byParent.set(i.parentId, [...(byParent.get(i.parentId) ?? []), i]);
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position);
  const out: ItemRow[] = [];
  const walk = (parentId: string | null, inChosen: boolean) => {
    for (const item of byParent.get(parentId) ?? []) {
      const taken = inChosen || (chosen?.has(item.id) ?? false);
      if (byParent.has(item.id)) walk(item.id, taken);
      else if (item.kind !== 'section' && (chosen === null || taken)) out.push(item);
    }
  };
  walk(null, false);
  return out;
}

/**
 * Cascade (issue #17): a regional plan's items assigned to a class of lower bodies go
 * into each body's own plan for the period — extended if it has a draft, created as a
 * draft otherwise — each linked to the regional item, its deadline counted for the body.
 * The lower body approves its plan by its own act and submits it up.
 */
export function createCascadeService(db: Db, access: Access) {
  async function linkedPlans(tx: Db, ctx: RequestContext, planId: string) {
    const rows = await linkedPlanRows(tx, planId);
    const counts = new Map((await linkedItemCounts(tx, planId)).map((c) => [c.targetPlanId, c.count]));
    const seen = new Set<string>();
    const out: ReturnType<typeof linkedPlanDto>[] = [];
    const relations = await access.planRelationsMany(
      tx,
      ctx.user,
      rows.map((r) => r.plan),
    );
    for (const r of rows) {
      const key = `${r.direction}/${r.plan.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Nobody sees sideways: a linked plan is listed only to those who may read it.
      if (!access.canRead(ctx.user, relations.get(r.plan.id)!)) continue;
      out.push(
        linkedPlanDto(
          r.plan,
          { name: r.organizationName, shortName: r.organizationShortName, timeZone: r.timeZone },
          { direction: r.direction, kind: r.kind, itemCount: r.direction === 'down' ? (counts.get(r.plan.id) ?? 0) : 0 },
        ),
      );
    }
    return out.sort((a, b) => a.direction.localeCompare(b.direction) || a.organizationName.localeCompare(b.organizationName, 'ru'));
  }

  return {
    linkedPlans: async (ctx: RequestContext, planId: string) => {
      const plan = await findPlan(db, planId);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      return { plans: await linkedPlans(db, ctx, planId) };
    },

    async cascade(ctx: RequestContext, planId: string, input: CascadeInput) {
      return db.transaction(async (tx) => {
        const source = await findPlan(tx, planId);
        if (!source) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, source, 'cascade');
        if (!source.periodStart || !source.periodEnd)
          throw new AppError('validation_failed', 'У плана не указан период: доводить пункты можно только из плана на период', { field: 'period' });
        const period = { start: source.periodStart, end: source.periodEnd };
        if (input.dueDate && input.dueDate > period.end)
          throw new AppError('validation_failed', 'Срок представления планов позже окончания периода плана', { field: 'dueDate' });
        const items = await listItemsOfPlan(tx, planId);
        const executors = await listExecutorsOfPlan(tx, planId);
        let chosen: ItemRow[];
        if (input.items?.length) {
          const ids = new Set(input.items);
          const known = new Set(items.map((i) => i.id));
          const missing = [...ids].find((id) => !known.has(id));
          if (missing) throw new AppError('item_not_found', 'Пункт не найден в этом плане', { field: 'items', itemId: missing });
          chosen = leavesInOrder(items, ids);
        } else {
          // Without a choice: the items whose executors name the class («ТИК», «территориальные избирательные комиссии»).
          const classed = new Set(executors.filter((e) => executorClassOf(e.text) === input.executorClass).map((e) => e.itemId));
          chosen = leavesInOrder(items, null).filter((i) => classed.has(i.id));
        }
        if (!chosen.length) {
          throw new AppError(
            'validation_failed',
            `В плане нет пунктов для ${executorClassNames[input.executorClass]}: выберите пункты или укажите исполнителя «${executorClassNames[input.executorClass]}»`,
            { field: 'items' },
          );
        }
        const bodies = await organizationsOfKindUnder(tx, source.organizationId, input.executorClass);
        if (!bodies.length)
          throw new AppError('validation_failed', `Под организацией нет комиссий вида «${executorClassNames[input.executorClass]}»`, {
            field: 'executorClass',
          });
        const owner = (await findOrganization(tx, source.organizationId))!;
        const elections = await listElectionsOfPlan(tx, planId);

        // Each body's plan: one already cascaded from this plan, else its draft for the period, else a new draft.
        const already = new Map<string, PlanRow>();
        for (const p of await cascadeTargets(tx, planId)) if (!already.has(p.organizationId)) already.set(p.organizationId, p);
        const drafts = new Map<string, PlanRow>();
        for (const p of await draftPlansFor(
          tx,
          bodies.filter((b) => !already.has(b.id)).map((b) => b.id),
          period,
        ))
          if (!drafts.has(p.organizationId)) drafts.set(p.organizationId, p);

        // New plans in one statement; existing ones get the due date if it changed.
        const fresh = await insertPlans(
          tx,
          bodies
            .filter((b) => !already.has(b.id) && !drafts.has(b.id))
            .map((body) => ({
              organizationId: body.id,
              kind: 'work_plan',
              title: cascadedPlanTitle(body.name, period),
              periodStart: period.start,
              periodEnd: period.end,
              columns: source.columns,
              reportingPeriod: source.reportingPeriod,
              submissionDue: input.dueDate ?? null,
              createdBy: ctx.user?.id ?? null,
            })),
        );
        const freshByOrg = new Map(fresh.map((p) => [p.organizationId, p]));
        const targets: { body: OrganizationRow; plan: PlanRow; created: boolean }[] = [];
        const planLinks: Parameters<typeof insertPlanLinks>[1] = [];
        for (const body of bodies) {
          let plan = already.get(body.id) ?? drafts.get(body.id);
          const created = !plan;
          if (!plan) plan = freshByOrg.get(body.id)!;
          else if (input.dueDate !== undefined && input.dueDate !== plan.submissionDue)
            plan = (await updatePlanRow(tx, plan.id, { submissionDue: input.dueDate }))!;
          if (!already.has(body.id))
            planLinks.push({ kind: 'cascaded', sourcePlanId: planId, targetPlanId: plan.id, sourceOrganizationId: source.organizationId });
          targets.push({ body, plan, created });
        }
        await insertPlanLinks(tx, planLinks);

        const present = new Set(
          (
            await itemLinksFrom(
              tx,
              planId,
              'cascaded',
              targets.map((t) => t.plan.id),
            )
          ).map((l) => `${l.targetPlanId}/${l.sourceItemId}`),
        );
        const newItems: Parameters<typeof appendItems>[1] = [];
        const newExecutors: Parameters<typeof insertExecutors>[1] = [];
        const itemLinks: Parameters<typeof insertPlanLinks>[1] = [];
        const perPlan: { planId: string; organizationId: string; created: boolean; added: number }[] = [];
        const touched: PlanRow[] = [];
        const digests = new Map(chosen.map((i) => [i.id, contentDigest(i)]));
        // Deadlines are counted per time zone and phrase once, not per body.
        const resolved = new Map<string, Record<string, unknown> | null>();
        for (const { body, plan, created } of targets) {
          const missing = chosen.filter((i) => !present.has(`${plan.id}/${i.id}`));
          perPlan.push({ planId: plan.id, organizationId: body.id, created, added: missing.length });
          if (!missing.length) continue;
          touched.push(plan);
          let nodes: { id: string; parentId: string | null; position: number }[] = [];
          if (!created) {
            // An approved plan takes new items as an amendment: its official text changes only by its own act.
            await lockPlanRow(tx, plan.id);
            await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, plan.id))!);
            nodes = await listTreeNodes(tx, plan.id);
          }
          const appended: typeof newItems = [];
          let position = nodes.filter((n) => n.parentId === null).length;
          for (const item of missing) {
            const id = randomUUID();
            const key = `${body.timeZone}|${item.deadlineText ?? ''}`;
            if (!resolved.has(key)) resolved.set(key, resolveItemDeadline(item.deadlineText, deadlineContext(plan, elections, body.timeZone)));
            appended.push({
              id,
              planId: plan.id,
              parentId: null,
              position: position++,
              number: '',
              kind: 'item',
              title: item.title,
              deadlineText: item.deadlineText,
              deadline: resolved.get(key) ?? null,
              fields: item.fields,
              notes: item.notes,
            });
            // The body itself answers for the item in its own plan.
            newExecutors.push({
              itemId: id,
              position: 0,
              text: body.shortName ?? body.name,
              kind: 'organization',
              role: 'responsible',
              organizationId: body.id,
            });
            itemLinks.push({
              kind: 'cascaded',
              sourcePlanId: planId,
              sourceItemId: item.id,
              sourceNumber: item.number,
              sourceOrganizationId: source.organizationId,
              sourceDigest: digests.get(item.id)!,
              targetPlanId: plan.id,
              targetItemId: id,
            });
          }
          // Appended at the root: the numbers of the items already there do not change.
          const numbers = computeNumbers([...nodes, ...appended.map((a) => ({ id: a.id!, parentId: null, position: a.position }))]);
          for (const a of appended) a.number = numbers.get(a.id!)!;
          newItems.push(...appended);
        }
        for (let i = 0; i < newItems.length; i += 500) await appendItems(tx, newItems.slice(i, i + 500));
        for (let i = 0; i < newExecutors.length; i += 1000) await insertExecutors(tx, newExecutors.slice(i, i + 1000));
        for (let i = 0; i < itemLinks.length; i += 1000) await insertPlanLinks(tx, itemLinks.slice(i, i + 1000));
        // Only plans in force have occurrences (a new or draft plan has none until approved).
        for (const plan of touched) if (isInForce(plan.status)) await syncOccurrences(tx, plan.id);
        await insertAuditEvents(
          tx,
          touched.map((plan) =>
            auditEntry(ctx, {
              action: 'plan.cascade',
              entityType: 'plan',
              entityId: plan.id,
              planId: plan.id,
              after: { sourcePlanId: planId, sourceOrganization: owner.shortName ?? owner.name, added: perPlan.find((p) => p.planId === plan.id)!.added },
            }),
          ),
        );
        await audit(tx, ctx, {
          action: 'plan.cascade',
          entityType: 'plan',
          entityId: planId,
          planId,
          after: { executorClass: input.executorClass, items: chosen.map((i) => i.number), dueDate: input.dueDate ?? null, plans: perPlan },
        });
        return {
          items: chosen.length,
          added: newItems.length,
          plans: (await linkedPlans(tx, ctx, planId)).filter((p) => p.direction === 'down' && p.linkKind === 'cascaded'),
        };
      });
    },

    /** A lower body submits its plan (in force) to the body above it. */
    async submit(ctx: RequestContext, planId: string) {
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'submit');
        if (!canSubmit(plan.status))
          throw new AppError('conflict', 'Представить можно только утвержденный план: сначала утвердите его актом комиссии', { status: plan.status });
        const organization = (await findOrganization(tx, plan.organizationId))!;
        if (!organization.parentId) throw new AppError('conflict', 'У комиссии нет вышестоящей комиссии, которой представляется план');
        const parent = (await findOrganization(tx, organization.parentId))!;
        const updated = (await updatePlanRow(tx, planId, { submittedAt: new Date(), submittedBy: ctx.user?.id ?? null }))!;
        await audit(tx, ctx, {
          action: 'plan.submit',
          entityType: 'plan',
          entityId: planId,
          planId,
          before: { submittedAt: plan.submittedAt?.toISOString() ?? null },
          after: { submittedAt: updated.submittedAt!.toISOString(), to: parent.shortName ?? parent.name, submissionDue: plan.submissionDue },
        });
        return linkedPlanDto(updated, organization, { direction: 'up', kind: 'submitted', itemCount: 0 });
      });
    },
  };
}

export type CascadeService = ReturnType<typeof createCascadeService>;
