import { randomUUID } from 'node:crypto';
import { computeNumbers, insertNode, moveNode, removeNode, TreeError, type TreeNode } from '../../domain/plan/tree.js';
import { matchOrganization } from '../../domain/executor/normalize.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { listOrganizations } from '../repositories/organization.repository.js';
import {
  deleteItems,
  findItem,
  insertItems,
  listExecutorsOfItems,
  listTreeNodes,
  replaceExecutors,
  updateItemRow,
  writeTreePlacement,
  type ItemRow,
} from '../repositories/item.repository.js';
import { findPlan, listAbbreviations, listElectionsOfPlan, lockPlanRow, touchPlan, type PlanRow } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { refuseIfReported, syncOccurrences } from './occurrence-sync.js';
import { openAmendmentIfApproved } from './plan-lifecycle.service.js';
import { assertExecutorReferences, planExecutorScope } from './reference-guard.js';
import { itemDto } from './plan.dto.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { listEventsOfPlan } from '../repositories/plan-event.repository.js';

export interface ExecutorInput {
  text: string;
  kind?: string | undefined;
  role?: string | undefined;
  organizationId?: string | null | undefined;
  unitId?: string | null | undefined;
  personId?: string | null | undefined;
}

export interface ItemInput {
  parentId?: string | null | undefined;
  position?: number | undefined;
  kind?: 'section' | 'item' | undefined;
  title: string;
  deadlineText?: string | null | undefined;
  fields?: Record<string, string> | undefined;
  notes?: string | null | undefined;
  executors?: ExecutorInput[] | undefined;
}

export type ItemPatch = Partial<Omit<ItemInput, 'parentId' | 'position'>> & { version?: number | undefined };

function treeError(error: unknown): never {
  if (error instanceof TreeError) {
    if (error.code === 'item_not_found') throw new AppError('item_not_found', error.message);
    throw new AppError('validation_failed', error.message, { field: 'parentId' });
  }
  throw error;
}

export function createItemService(db: Db, access: Access) {
  /** Loads the item and its plan, and checks the action; unreadable → 404. */
  async function loadForAction(tx: Db, ctx: RequestContext, id: string, action: 'read' | 'update' | 'delete') {
    const item = await findItem(tx, id);
    if (!item) throw new AppError('item_not_found', 'Пункт плана не найден');
    const plan = (await findPlan(tx, item.planId))!;
    await access.assertPlan(tx, ctx.user, plan, action, 'item', 'item_not_found');
    return { item, plan };
  }

  /** Recomputes numbers for the whole plan and writes only what changed. */
  async function placeTree(tx: Db, nodes: TreeNode[], previous: Map<string, { parentId: string | null; position: number; number: string }>) {
    const numbers = computeNumbers(nodes);
    const changed = nodes
      .map((n) => ({ ...n, number: numbers.get(n.id)! }))
      .filter((n) => {
        const p = previous.get(n.id);
        return !p || p.parentId !== n.parentId || p.position !== n.position || p.number !== n.number;
      });
    await writeTreePlacement(tx, changed);
    return numbers;
  }

  async function executorRows(tx: Db, plan: PlanRow, executors: ExecutorInput[]) {
    const listed = executors.filter((e) => e.text.trim());
    // Sequential: all run on the transaction's one connection.
    const line = await planExecutorScope(tx, plan.organizationId);
    await assertExecutorReferences(tx, line, listed);
    // Matching by text keeps to the same line: «ИККО» in a Kuzbass plan must not reach the Kaluga commission.
    const orgs = (await listOrganizations(tx)).filter((o) => line.has(o.id));
    const glossary = await listAbbreviations(tx, plan.id);
    return listed.map((e) => ({
      text: e.text.trim(),
      kind: e.kind ?? 'unknown',
      role: e.role === 'co_executor' ? 'co_executor' : 'responsible',
      organizationId: e.organizationId ?? (e.kind === 'person' ? null : (matchOrganization(e.text, orgs, glossary)?.id ?? null)),
      unitId: e.unitId ?? null,
      personId: e.personId ?? null,
    }));
  }

  async function deadlineFor(tx: Db, plan: PlanRow, text: string | null | undefined) {
    return resolveItemDeadline(text, deadlineContext(plan, await listElectionsOfPlan(tx, plan.id), undefined, await listEventsOfPlan(tx, plan.id)));
  }

  async function dto(tx: Db, item: ItemRow) {
    return itemDto(item, await listExecutorsOfItems(tx, [item.id]));
  }

  function previousOf(rows: { id: string; parentId: string | null; position: number; number: string }[]) {
    return new Map(rows.map((r) => [r.id, r]));
  }

  return {
    async get(ctx: RequestContext, id: string) {
      const { item } = await loadForAction(db, ctx, id, 'read');
      return dto(db, item);
    },

    async create(ctx: RequestContext, planId: string, input: ItemInput) {
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'create', 'item');
        await lockPlanRow(tx, planId);
        await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, planId))!);
        const rows = await listTreeNodes(tx, planId);
        const id = randomUUID();
        let nodes: TreeNode[];
        try {
          nodes = insertNode(rows, { id, parentId: input.parentId ?? null }, input.position);
        } catch (error) {
          treeError(error);
        }
        const numbers = computeNumbers(nodes);
        const self = nodes.find((n) => n.id === id)!;
        // Insert with its final place first; placeTree then rewrites the siblings that shifted.
        await insertItems(tx, [
          {
            id,
            planId,
            parentId: self.parentId,
            position: self.position,
            number: numbers.get(id)!,
            kind: input.kind ?? 'item',
            title: input.title,
            deadlineText: input.deadlineText ?? null,
            deadline: await deadlineFor(tx, plan, input.deadlineText),
            fields: input.fields ?? {},
            notes: input.notes ?? null,
          },
        ]);
        await placeTree(tx, nodes, previousOf(rows));
        if (input.executors?.length) await replaceExecutors(tx, id, await executorRows(tx, plan, input.executors));
        // Execution control: the new item's occurrences; its parent is now a heading.
        await syncOccurrences(tx, planId, [id, self.parentId]);
        await touchPlan(tx, planId);
        const result = await dto(tx, (await findItem(tx, id))!);
        await audit(tx, ctx, { action: 'item.create', entityType: 'item', entityId: id, planId, after: result });
        return result;
      });
    },

    async update(ctx: RequestContext, id: string, patch: ItemPatch) {
      return db.transaction(async (tx) => {
        const { plan: seen } = await loadForAction(tx, ctx, id, 'update');
        // Plan row first (the order every structural change takes), then plan and item as they are now:
        // two edits of the same version queue here and the second sees the first's version.
        await lockPlanRow(tx, seen.id);
        await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, seen.id))!);
        const plan = (await findPlan(tx, seen.id))!;
        const item = await findItem(tx, id);
        if (!item) throw new AppError('item_not_found', 'Пункт плана не найден');
        const conflict = () => new AppError('version_conflict', 'Пункт уже изменен другим пользователем. Обновите данные и повторите изменение.');
        if (patch.version !== undefined && patch.version !== item.version) throw conflict();
        const before = await dto(tx, item);
        const updated = await updateItemRow(
          tx,
          id,
          {
            ...(patch.title !== undefined ? { title: patch.title } : {}),
            ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
            ...(patch.fields !== undefined ? { fields: patch.fields } : {}),
            ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
            ...(patch.deadlineText !== undefined ? { deadlineText: patch.deadlineText, deadline: await deadlineFor(tx, plan, patch.deadlineText) } : {}),
          },
          patch.version,
        );
        if (!updated) throw conflict();
        if (patch.executors !== undefined) await replaceExecutors(tx, id, await executorRows(tx, plan, patch.executors));
        await syncOccurrences(tx, plan.id, [id]);
        await touchPlan(tx, plan.id);
        const after = await dto(tx, updated);
        await audit(tx, ctx, { action: 'item.update', entityType: 'item', entityId: id, planId: plan.id, before, after });
        return after;
      });
    },

    async remove(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const { item, plan } = await loadForAction(tx, ctx, id, 'delete');
        await lockPlanRow(tx, plan.id);
        await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, plan.id))!);
        const rows = await listTreeNodes(tx, plan.id);
        const { nodes, removed } = removeNode(rows, id);
        await refuseIfReported(tx, plan.id, [...removed]);
        const before = { ...(await dto(tx, item)), removedIds: [...removed] };
        await deleteItems(tx, [...removed]);
        await placeTree(tx, nodes, previousOf(rows));
        await syncOccurrences(tx, plan.id, [item.parentId]);
        await touchPlan(tx, plan.id);
        await audit(tx, ctx, { action: 'item.delete', entityType: 'item', entityId: id, planId: plan.id, before });
      });
    },

    async move(ctx: RequestContext, id: string, target: { parentId: string | null; position: number }) {
      return db.transaction(async (tx) => {
        const { item, plan } = await loadForAction(tx, ctx, id, 'update');
        await lockPlanRow(tx, plan.id);
        await openAmendmentIfApproved(tx, ctx, (await findPlan(tx, plan.id))!);
        const rows = await listTreeNodes(tx, plan.id);
        let nodes: TreeNode[];
        try {
          nodes = moveNode(rows, id, target.parentId, target.position);
        } catch (error) {
          treeError(error);
        }
        const numbers = await placeTree(tx, nodes, previousOf(rows));
        await touchPlan(tx, plan.id);
        const moved = nodes.find((n) => n.id === id)!;
        await syncOccurrences(tx, plan.id, [id, item.parentId, moved.parentId]);
        const after = { parentId: moved.parentId, position: moved.position, number: numbers.get(id)! };
        await audit(tx, ctx, {
          action: 'item.move',
          entityType: 'item',
          entityId: id,
          planId: plan.id,
          before: { parentId: item.parentId, position: item.position, number: item.number },
          after,
        });
        return dto(tx, (await findItem(tx, id))!);
      });
    },
  };
}

export type ItemService = ReturnType<typeof createItemService>;
