import type { Db } from '../db/client.js';
import { deleteItems, insertItems, listItemsOfPlan, replaceExecutors, updateItemRow } from '../repositories/item.repository.js';
import { listElectionsOfPlan, replaceAbbreviations, updatePlanRow, type PlanRow } from '../repositories/plan.repository.js';
import type { ItemNodeDto } from './plan.dto.js';
import type { PlanSnapshot } from './plan-snapshot.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';

/**
 * Puts the official snapshot back into the working tables. Item ids are kept, so
 * the occurrences and reports of unchanged items stay attached: items are updated
 * in place, re-inserted if the amendment deleted them (they had no reports, or the
 * deletion was refused), and items the amendment added are deleted last (after
 * the official items have moved back out from under them).
 */
export async function restoreOfficialText(tx: Db, plan: PlanRow, official: PlanSnapshot): Promise<PlanRow> {
  const restored = (await updatePlanRow(tx, plan.id, {
    title: official.title,
    kind: official.kind,
    periodStart: official.period?.start ?? null,
    periodEnd: official.period?.end ?? null,
    description: official.description,
    columns: official.columns,
    reportingPeriod: official.reportingPeriod,
    amendmentOpenedAt: null,
  }))!;
  await replaceAbbreviations(tx, plan.id, official.abbreviations);
  const ctx = deadlineContext(restored, await listElectionsOfPlan(tx, plan.id));
  const existing = new Set((await listItemsOfPlan(tx, plan.id)).map((i) => i.id));
  const kept = new Set<string>();
  // Pre-order: a parent is in place before its children.
  const walk = async (nodes: ItemNodeDto[]) => {
    for (const node of nodes) {
      const values = {
        parentId: node.parentId,
        position: node.position,
        number: node.number,
        sourceNumber: node.sourceNumber,
        kind: node.kind,
        title: node.title,
        deadlineText: node.deadlineText,
        deadline: resolveItemDeadline(node.deadlineText, ctx),
        fields: node.fields,
        notes: node.notes,
      };
      if (existing.has(node.id)) await updateItemRow(tx, node.id, values);
      else await insertItems(tx, [{ id: node.id, planId: plan.id, ...values }]);
      kept.add(node.id);
      await replaceExecutors(
        tx,
        node.id,
        node.executors.map((e) => ({ text: e.text, kind: e.kind, role: e.role, organizationId: e.organizationId, unitId: e.unitId, personId: e.personId })),
      );
      await walk(node.children);
    }
  };
  await walk(official.items);
  await deleteItems(
    tx,
    [...existing].filter((id) => !kept.has(id)),
  );
  return restored;
}
