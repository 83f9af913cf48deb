import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { t } from '../../../i18n/t';
import { ApiError } from '../../../lib/api-client';
import { createItem, type ItemCreateInput } from '../api/create-item';
import { deleteItem } from '../api/delete-item';
import { planKey } from '../api/get-plan';
import { moveItem } from '../api/move-item';
import { updateItem, type ItemPatch } from '../api/update-item';
import type { Executor, Plan, PlanItem, PlanNode } from './types';
import type { Placement } from './tree';

interface UndoEntry {
  label: string;
  run: () => Promise<unknown>;
}

const executorInput = (e: Executor): Omit<Executor, 'id'> => ({
  text: e.text,
  kind: e.kind,
  role: e.role,
  organizationId: e.organizationId,
  personId: e.personId,
  unitId: e.unitId,
});

/** The values a patch is about to overwrite, so that one undo restores them. */
function previousValues(item: PlanItem, patch: ItemPatch): ItemPatch {
  const out: ItemPatch = {};
  if (patch.title !== undefined) out.title = item.title;
  if (patch.kind !== undefined) out.kind = item.kind;
  if (patch.deadlineText !== undefined) out.deadlineText = item.deadlineText;
  if (patch.fields !== undefined) out.fields = item.fields;
  if (patch.notes !== undefined) out.notes = item.notes;
  if (patch.executors !== undefined) out.executors = item.executors.map(executorInput);
  return out;
}

function replaceNode(roots: PlanNode[], item: PlanItem): PlanNode[] {
  return roots.map((n) =>
    n.id === item.id ? { ...n, ...item, children: n.children } : n.children.length ? { ...n, children: replaceNode(n.children, item) } : n,
  );
}

export const createInputOf = (node: PlanNode, placement: Placement): ItemCreateInput => ({
  parentId: placement.parentId,
  position: placement.position,
  kind: node.kind,
  title: node.title,
  deadlineText: node.deadlineText,
  fields: node.fields,
  notes: node.notes,
  executors: node.executors.map(executorInput),
});

/**
 * Item edits of one plan: each change goes to the API with the version it
 * started from, the plan is refreshed (numbers are the server's), and the
 * inverse of the last change is kept for one-step undo.
 */
export function usePlanEditor(planId: string) {
  const client = useQueryClient();
  const [undoEntry, setUndoEntry] = useState<UndoEntry | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(() => client.invalidateQueries({ queryKey: planKey(planId) }), [client, planId]);

  const mutationKey = ['plan-editor', planId];
  const { mutateAsync } = useMutation({
    mutationKey,
    // One scope per plan: TanStack Query runs a plan's edits one after another, in the order they were made, so a
    // fast typist's changes reach the server in order.
    scope: { id: `plan-editor:${planId}` },
    mutationFn: (work: () => Promise<unknown>) => work(),
  });
  const busy = useIsMutating({ mutationKey }) > 0;

  const run = useCallback(
    <T>(work: () => Promise<T>, options: { silent?: boolean } = {}): Promise<T> => {
      if (!options.silent) setError(null);
      return (mutateAsync(work) as Promise<T>).catch((e: unknown) => {
        // A form that shows its own error next to its fields asks for silence here.
        if (!options.silent) setError(e);
        // After a conflict the table must show what the server has now.
        if (e instanceof ApiError && (e.status === 409 || e.status === 404)) void refresh();
        throw e;
      });
    },
    [mutateAsync, refresh],
  );

  const update = useCallback(
    (item: PlanItem, patch: ItemPatch, options: { silent?: boolean } = {}) =>
      run(async () => {
        const before = previousValues(item, patch);
        const saved = await updateItem(item.id, { ...patch, version: item.version });
        client.setQueryData<Plan>(planKey(planId), (plan) => (plan ? { ...plan, items: replaceNode(plan.items, saved) } : plan));
        setUndoEntry({
          label: t('undo.update', { number: item.number }),
          // With the saved version: if someone changed the item since, undo gets a conflict instead of overwriting them.
          run: () => updateItem(item.id, { ...before, version: saved.version }),
        });
        return saved;
      }, options),
    [client, planId, run],
  );

  const create = useCallback(
    (input: ItemCreateInput) =>
      run(async () => {
        const created = await createItem(planId, input);
        await refresh();
        setUndoEntry({ label: t('undo.create'), run: () => deleteItem(created.id) });
        return created;
      }),
    [planId, refresh, run],
  );

  const recreate = useCallback(
    async (node: PlanNode, placement: Placement) => {
      const created = await createItem(planId, createInputOf(node, placement));
      for (const [position, child] of node.children.entries()) await recreateRef.current(child, { parentId: created.id, position });
    },
    [planId],
  );
  const recreateRef = useRef(recreate);
  recreateRef.current = recreate;

  const remove = useCallback(
    (node: PlanNode) =>
      run(async () => {
        await deleteItem(node.id);
        await refresh();
        setUndoEntry({ label: t('undo.delete', { number: node.number }), run: () => recreate(node, { parentId: node.parentId, position: node.position }) });
      }),
    [recreate, refresh, run],
  );

  const move = useCallback(
    (node: PlanNode, target: Placement) =>
      run(async () => {
        const moved = await moveItem(node.id, target);
        await refresh();
        setUndoEntry({ label: t('undo.move', { number: node.number }), run: () => moveItem(node.id, { parentId: node.parentId, position: node.position }) });
        return moved;
      }),
    [refresh, run],
  );

  const undo = useCallback(() => {
    const entry = undoEntry;
    if (!entry) return Promise.resolve();
    return run(async () => {
      await entry.run();
      setUndoEntry(null);
      await refresh();
    });
  }, [refresh, run, undoEntry]);

  return { update, create, remove, move, undo, undoLabel: undoEntry?.label ?? null, busy, error, clearError: () => setError(null), refresh };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
