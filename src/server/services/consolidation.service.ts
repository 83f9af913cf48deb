import { randomUUID } from 'node:crypto';
import { consolidatedPlanTitle, pendingChange, REMOVED_ACKNOWLEDGED, selectNodes } from '../../domain/consolidation/consolidation.js';
import { computeNumbers } from '../../domain/plan/tree.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findConsolidatedPlan, itemLinksInto, itemSourcesOf, updateLinkSource } from '../repositories/consolidation.repository.js';
import {
  appendItems,
  findItem,
  insertExecutors,
  listExecutorsOfPlans,
  listItemsOfPlan,
  listItemsOfPlans,
  listTreeNodes,
  updateItemRow,
  writeTreePlacement,
} from '../repositories/item.repository.js';
import { findOrganization, lineIds, listOrganizations } from '../repositories/organization.repository.js';
import { isInForce } from '../../domain/plan/lifecycle.js';
import { insertPlanLinks } from '../repositories/plan-link.repository.js';
import { findPlan, findPlansByIds, insertPlan, listElectionsOfPlan, lockPlanRow } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { contentDigest } from './cascade.service.js';
import { syncOccurrences } from './occurrence-sync.js';
import { buildItemTree, type ItemNodeDto } from './plan.dto.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { openAmendmentIfApproved } from './plan-lifecycle.service.js';

export interface ConsolidationSource {
  planId: string;
  /** Items (or sections, with their items) to take; all when absent. */
  itemIds?: string[] | undefined;
  /** The heading the source's items go under; by default the lower body's name, none for the region's own plan. */
  sectionTitle?: string | null | undefined;
}

export interface ConsolidationInput {
  organizationId: string;
  period: { start: string; end: string };
  title?: string | undefined;
  sources: ConsolidationSource[];
}

/**
 * The consolidated plan («сводный план»): the region's own items and those of the
 * submitted lower plans, grouped as the planner chose, each linked to its source (body,
 * plan, printed number). Building again for the same period refreshes it: new items
 * are added, changed sources wait as updates to accept — nothing changes silently.
 */
export function createConsolidationService(db: Db, access: Access) {
  async function sourcesOf(tx: Db, planId: string, itemId?: string) {
    return (await itemSourcesOf(tx, planId, itemId)).map((l) => {
      const current = l.currentTitle === null ? null : { title: l.currentTitle, deadlineText: l.currentDeadlineText, fields: l.currentFields ?? {} };
      return { link: l, current, change: pendingChange(l, current ? contentDigest(current) : null) };
    });
  }

  function sourceDto(l: Awaited<ReturnType<typeof itemSourcesOf>>[number]) {
    return {
      planId: l.sourcePlanId,
      itemId: l.sourceItemId,
      number: l.sourceNumber,
      organizationId: l.sourceOrganizationId,
      organizationName: l.sourceOrganizationName,
      planTitle: l.sourcePlanTitle,
      kind: l.kind as 'cascaded' | 'consolidated_from',
    };
  }

  return {
    async build(ctx: RequestContext, input: ConsolidationInput) {
      if (input.period.start > input.period.end) throw new AppError('validation_failed', 'Начало периода плана позже его окончания', { field: 'period' });
      return db.transaction(async (tx) => {
        const organization = await findOrganization(tx, input.organizationId);
        if (!organization) throw new AppError('organization_not_found', 'Организация не найдена', { field: 'organizationId' });
        await access.assertOrg(tx, ctx.user, input.organizationId, 'create', 'plan');
        // Sources are read together: a region consolidates dozens of lower plans at once.
        const found = new Map(
          (
            await findPlansByIds(
              tx,
              input.sources.map((s) => s.planId),
            )
          ).map((p) => [p.id, p]),
        );
        const relations = await access.planRelationsMany(tx, ctx.user, [...found.values()]);
        const subtree = await lineIds(tx, input.organizationId, false);
        const bodies = new Map((await listOrganizations(tx)).filter((o) => subtree.has(o.id)).map((o) => [o.id, o]));
        const sources = [];
        for (const [index, s] of input.sources.entries()) {
          const plan = found.get(s.planId);
          if (!plan || !access.canRead(ctx.user, relations.get(plan.id)!))
            throw new AppError('plan_not_found', 'План-источник не найден', { field: `sources.${index}.planId` });
          const own = plan.organizationId === input.organizationId;
          if (!subtree.has(plan.organizationId)) {
            throw new AppError('forbidden', 'В сводный план включаются планы самой комиссии и нижестоящих комиссий', { field: `sources.${index}.planId` });
          }
          if (!own && !plan.submittedAt) {
            throw new AppError('conflict', `План «${plan.title}» еще не представлен в вышестоящую комиссию`, { field: `sources.${index}.planId` });
          }
          sources.push({ input: s, plan, own, body: bodies.get(plan.organizationId)! });
        }
        const sourceIds = sources.map((s) => s.plan.id);
        const allItems = await listItemsOfPlans(tx, sourceIds);
        const allExecutors = await listExecutorsOfPlans(tx, sourceIds);

        let plan = await findConsolidatedPlan(tx, input.organizationId, input.period);
        const selfIndex = plan ? input.sources.findIndex((s) => s.planId === plan!.id) : -1;
        if (selfIndex >= 0)
          throw new AppError('validation_failed', 'Сводный план не может быть источником самого себя', { field: `sources.${selfIndex}.planId` });
        const created = !plan;
        if (!plan) {
          plan = await insertPlan(tx, {
            organizationId: input.organizationId,
            kind: 'consolidated',
            title: input.title?.trim() || consolidatedPlanTitle(organization.name, input.period),
            periodStart: input.period.start,
            periodEnd: input.period.end,
            columns: sources.find((s) => s.own)?.plan.columns ?? sources[0]?.plan.columns ?? [],
            createdBy: ctx.user?.id ?? null,
          });
        } else {
          await access.assertPlan(tx, ctx.user, plan, 'update');
          await lockPlanRow(tx, plan.id);
          await openAmendmentIfApproved(tx, ctx, plan);
        }
        const planId = plan.id;
        const deadlines = deadlineContext(plan, [], organization.timeZone);
        const rows = created ? [] : await listTreeNodes(tx, planId);
        const taken = new Map((created ? [] : await itemLinksInto(tx, planId, 'consolidated_from')).map((l) => [l.sourceItemId, l.targetItemId]));
        const existingItems = created ? [] : await listItemsOfPlan(tx, planId);
        let rootPosition = rows.filter((r) => r.parentId === null).length;
        const items: Parameters<typeof appendItems>[1] = [];
        const executors: Parameters<typeof insertExecutors>[1] = [];
        const links: Parameters<typeof insertPlanLinks>[1] = [];
        const added: { planId: string; organizationId: string; items: number }[] = [];
        for (const source of sources) {
          const planItemsOf = allItems.filter((i) => i.planId === source.plan.id);
          const ids = new Set(planItemsOf.map((i) => i.id));
          const tree = buildItemTree(
            planItemsOf,
            allExecutors.filter((e) => ids.has(e.itemId)),
          );
          const selected = selectNodes(tree, source.input.itemIds?.length ? new Set(source.input.itemIds) : null);
          let count = 0;
          // The lower body's items go under a heading naming it (found again on refresh by its title).
          const heading = source.input.sectionTitle === null ? null : source.input.sectionTitle?.trim() || (source.own ? null : source.body.name);
          let parentId: string | null = null;
          let position = rootPosition;
          if (heading) {
            const existing =
              existingItems.find((i) => i.parentId === null && i.kind === 'section' && i.title === heading) ??
              items.find((i) => i.parentId === null && i.kind === 'section' && i.title === heading);
            if (existing) {
              parentId = existing.id!;
              position = rows.filter((r) => r.parentId === parentId).length + items.filter((i) => i.parentId === parentId).length;
            } else {
              parentId = randomUUID();
              items.push({ id: parentId, planId, parentId: null, position: rootPosition++, number: '', kind: 'section', title: heading, fields: {} });
              position = 0;
            }
          }
          const walk = (nodes: ReturnType<typeof selectNodes<ItemNodeDto>>, parent: string | null, startAt: number): number => {
            let pos = startAt;
            for (const { node, children } of nodes) {
              const already = taken.get(node.id);
              if (already) {
                // Taken before: its content waits as an update if changed; new sub-items join it.
                walk(children, already, rows.filter((r) => r.parentId === already).length);
                continue;
              }
              const id = randomUUID();
              items.push({
                id,
                planId,
                parentId: parent,
                position: pos++,
                number: '',
                kind: node.kind,
                title: node.title,
                deadlineText: node.deadlineText,
                deadline: resolveItemDeadline(node.deadlineText, deadlines),
                fields: node.fields,
                notes: node.notes,
              });
              if (source.own) {
                node.executors.forEach((e, p) =>
                  executors.push({
                    itemId: id,
                    position: p,
                    text: e.text,
                    kind: e.kind,
                    role: e.role,
                    organizationId: e.organizationId,
                    unitId: e.unitId,
                    personId: e.personId,
                  }),
                );
              } else if (node.kind !== 'section') {
                // The executors column names the body whose plan the item comes from.
                executors.push({
                  itemId: id,
                  position: 0,
                  text: source.body.shortName ?? source.body.name,
                  kind: 'organization',
                  role: 'responsible',
                  organizationId: source.body.id,
                });
              }
              links.push({
                kind: 'consolidated_from',
                sourcePlanId: source.plan.id,
                sourceItemId: node.id,
                sourceNumber: node.number,
                sourceOrganizationId: source.body.id,
                sourceDigest: contentDigest(node),
                targetPlanId: planId,
                targetItemId: id,
              });
              count++;
              walk(children, id, 0);
            }
            return pos;
          };
          const end = walk(selected, parentId, position);
          if (!parentId) rootPosition = end;
          added.push({ planId: source.plan.id, organizationId: source.body.id, items: count });
        }
        if (created)
          links.push(...sources.map((s) => ({ kind: 'consolidated_from', sourcePlanId: s.plan.id, sourceOrganizationId: s.body.id, targetPlanId: planId })));
        // Numbers of the whole tree, new items included, before they are written.
        const numbers = computeNumbers([...rows, ...items.map((i) => ({ id: i.id!, parentId: i.parentId ?? null, position: i.position }))]);
        for (const i of items) i.number = numbers.get(i.id!)!;
        await writeTreePlacement(
          tx,
          rows.filter((n) => n.number !== numbers.get(n.id)).map((n) => ({ ...n, number: numbers.get(n.id)! })),
        );
        for (let i = 0; i < items.length; i += 500) await appendItems(tx, items.slice(i, i + 500));
        for (let i = 0; i < executors.length; i += 1000) await insertExecutors(tx, executors.slice(i, i + 1000));
        for (let i = 0; i < links.length; i += 1000) await insertPlanLinks(tx, links.slice(i, i + 1000));
        if (items.length && isInForce(plan.status)) await syncOccurrences(tx, planId);
        const pendingUpdates = created ? 0 : (await sourcesOf(tx, planId)).filter((s) => s.change).length;
        await audit(tx, ctx, {
          action: 'plan.consolidate',
          entityType: 'plan',
          entityId: planId,
          planId,
          after: { created, period: input.period, sources: added, pendingUpdates },
        });
        return { id: planId, created, added: added.reduce((a, s) => a + s.items, 0), sources: added, pendingUpdates };
      });
    },

    /** Each derived item's source (body, plan, printed number). */
    async itemSources(ctx: RequestContext, planId: string) {
      const plan = await findPlan(db, planId);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      return { items: (await sourcesOf(db, planId)).map((s) => ({ itemId: s.link.targetItemId!, source: sourceDto(s.link), change: s.change })) };
    },

    /** Updates waiting in a derived plan: sources changed or deleted since the items were taken. */
    async updates(ctx: RequestContext, planId: string) {
      const plan = await findPlan(db, planId);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      const items = new Map((await listItemsOfPlan(db, planId)).map((i) => [i.id, i]));
      return {
        updates: (await sourcesOf(db, planId))
          .filter((s) => s.change && items.has(s.link.targetItemId!))
          .map((s) => {
            const item = items.get(s.link.targetItemId!)!;
            return {
              itemId: item.id,
              itemNumber: item.number,
              change: s.change!,
              source: sourceDto(s.link),
              current: { title: item.title, deadlineText: item.deadlineText, fields: item.fields },
              proposed: s.current ? { number: s.link.currentNumber, ...s.current } : null,
            };
          }),
      };
    },

    /**
     * Accepts one waiting update: the source's title, deadline and columns replace the
     * item's (an approved plan takes them as an amendment); a deleted source is only
     * acknowledged — the planner deletes the item if it is to go. Audited with both texts.
     */
    async acceptUpdate(ctx: RequestContext, planId: string, itemId: string) {
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'update', 'item');
        const item = await findItem(tx, itemId);
        if (!item || item.planId !== planId) throw new AppError('item_not_found', 'Пункт плана не найден');
        const [source] = await sourcesOf(tx, planId, itemId);
        if (!source?.change) throw new AppError('conflict', 'У пункта нет ожидающих изменений источника');
        await lockPlanRow(tx, planId);
        await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, planId))!);
        const before = { title: item.title, deadlineText: item.deadlineText, fields: item.fields };
        if (source.change === 'removed') {
          await updateLinkSource(tx, source.link.linkId, { sourceDigest: REMOVED_ACKNOWLEDGED });
        } else {
          const next = source.current!;
          const organization = await findOrganization(tx, plan.organizationId);
          const deadline = resolveItemDeadline(next.deadlineText, deadlineContext(plan, await listElectionsOfPlan(tx, planId), organization?.timeZone));
          await updateItemRow(tx, itemId, { title: next.title, deadlineText: next.deadlineText, deadline, fields: next.fields });
          await updateLinkSource(tx, source.link.linkId, { sourceDigest: contentDigest(next), sourceNumber: source.link.currentNumber });
          await syncOccurrences(tx, planId, [itemId]);
        }
        await audit(tx, ctx, {
          action: 'item.source_update.accept',
          entityType: 'item',
          entityId: itemId,
          planId,
          before,
          after: { change: source.change, source: sourceDto(source.link), ...(source.current ?? {}) },
        });
        return { itemId, change: source.change };
      });
    },
  };
}

export type ConsolidationService = ReturnType<typeof createConsolidationService>;
