import { desiredOccurrences, planOccurrenceSync, type GenerationDeadline, type GenerationExecutor } from '../../domain/execution/occurrences.js';
import { isInForce } from '../../domain/plan/lifecycle.js';
import type { Db } from '../db/client.js';
import { listExecutorsOfItems } from '../repositories/item.repository.js';
import { applyOccurrenceSync, existingOccurrences, generationItems } from '../repositories/occurrence.repository.js';
import { listOrganizations } from '../repositories/organization.repository.js';
import { findPlan } from '../repositories/plan.repository.js';
import { countReportsOf } from '../repositories/report.repository.js';
import { AppError } from '../errors.js';

/**
 * Regenerates the occurrences of a plan (or of some of its items) from the items'
 * resolved deadlines and executors, inside the caller's transaction. Occurrences
 * with reports are never deleted: no longer called for, they are retired.
 * Only plans in force (approved and after) have occurrences.
 */
export async function syncOccurrences(tx: Db, planId: string, itemIds?: (string | null | undefined)[]) {
  const plan = await findPlan(tx, planId);
  if (!plan) return { inserted: 0, removed: 0, retired: 0, revived: 0, updated: 0 };
  // An open amendment is a working copy: executors keep the official text's due dates until it is approved.
  if (plan.amendmentOpenedAt) return { inserted: 0, removed: 0, retired: 0, revived: 0, updated: 0 };
  const scope = itemIds ? [...new Set(itemIds.filter((id): id is string => Boolean(id)))] : undefined;
  if (scope && !scope.length) return { inserted: 0, removed: 0, retired: 0, revived: 0, updated: 0 };
  // One after another: inside a transaction the queries share one connection.
  const items = await generationItems(tx, planId, scope);
  const orgs = await listOrganizations(tx);
  const existing = await existingOccurrences(tx, planId, scope);
  const executors = await listExecutorsOfItems(
    tx,
    items.map((i) => i.id),
  );
  const byItem = new Map<string, GenerationExecutor[]>();
  for (const e of executors) {
    const list = byItem.get(e.itemId) ?? [];
    list.push({ id: e.id, text: e.text, kind: e.kind, organizationId: e.organizationId, unitId: e.unitId, personId: e.personId });
    byItem.set(e.itemId, list);
  }
  // A draft (or one under review) is not in force: nobody is due to execute it until it is approved.
  const inForce = isInForce(plan.status);
  const desired = !inForce
    ? []
    : desiredOccurrences(
        items.map((i) => ({
          id: i.id,
          kind: i.kind,
          hasChildren: Boolean(i.hasChildren),
          deadline: (i.deadline as GenerationDeadline | null) ?? null,
          executors: byItem.get(i.id) ?? [],
        })),
        {
          organizationId: plan.organizationId,
          period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
          reportingPeriod: plan.reportingPeriod,
        },
        orgs,
      );
  const sync = planOccurrenceSync(desired, existing);
  await applyOccurrenceSync(tx, planId, sync);
  return { inserted: sync.insert.length, removed: sync.remove.length, retired: sync.retire.length, revived: sync.revive.length, updated: sync.update.length };
}

/**
 * Executors' reports are official records of the plan's execution: deleting the
 * items (or the plan) they were made on would lose them, so it is refused.
 */
export async function refuseIfReported(tx: Db, planId: string, itemIds?: string[]) {
  const count = await countReportsOf(tx, planId, itemIds);
  if (!count) return;
  const what = itemIds ? 'пункт: по нему или его подпунктам' : 'план: по нему';
  throw new AppError('conflict', `Нельзя удалить ${what} уже есть отчеты исполнителей (${count}). Они нужны для отчета об исполнении плана.`, {
    reports: count,
  });
}
