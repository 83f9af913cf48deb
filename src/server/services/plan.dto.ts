import type { ExecutorRow, ItemRow } from '../repositories/item.repository.js';
import type { PlanRow } from '../repositories/plan.repository.js';
import type { DeadlineResult } from '../../domain/deadline/deadline.types.js';
import type { PlanStatus } from '../../domain/plan/lifecycle.js';
import type { PlanKind } from '../../shared/plan-format.js';
import type { reportingPeriods } from '../../shared/plan-api.js';

// The columns are text, but every write goes through the request schemas' enums: the answer names the union.
type ReportingPeriod = (typeof reportingPeriods)[number];
type ItemKind = 'section' | 'item';

export function planDto(plan: PlanRow) {
  return {
    id: plan.id,
    organizationId: plan.organizationId,
    kind: plan.kind as PlanKind,
    title: plan.title,
    period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
    status: plan.status as PlanStatus,
    approval:
      plan.approvalAuthority || plan.approvalDate || plan.approvalNumber
        ? { kind: plan.approvalKind, authority: plan.approvalAuthority, date: plan.approvalDate, number: plan.approvalNumber, appendix: plan.approvalAppendix }
        : null,
    /** An open amendment: the items are a working copy; the official text is version `officialVersion`. */
    amendment: plan.amendmentOpenedAt ? { openedAt: plan.amendmentOpenedAt.toISOString() } : null,
    officialVersion: plan.officialVersion,
    revision: plan.revisionAct ? { kind: plan.revisionAct.kind, date: plan.revisionAct.date, number: plan.revisionAct.number } : null,
    description: plan.description,
    columns: plan.columns,
    reportingPeriod: plan.reportingPeriod as ReportingPeriod,
    programmeId: plan.programmeId,
    published: plan.published,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function executorDto(e: ExecutorRow) {
  return {
    id: e.id,
    text: e.text,
    kind: e.kind,
    role: e.role,
    organizationId: e.organizationId,
    unitId: e.unitId,
    personId: e.personId,
  };
}

/**
 * The resolved deadline without the engine's parse tree (`parsed`): clients need the
 * windows, kind and reason, and the tree tripled the size of a plan's JSON.
 */
function deadlineDto(deadline: ItemRow['deadline']): Omit<DeadlineResult, 'parsed'> | null {
  if (!deadline || typeof deadline !== 'object') return null;
  // The column holds the engine's DeadlineResult (item-deadline.repository.ts writes nothing else).
  const { parsed: _parsed, ...rest } = deadline as unknown as DeadlineResult;
  return rest;
}

export function itemDto(item: ItemRow, executors: ExecutorRow[]) {
  return {
    id: item.id,
    planId: item.planId,
    parentId: item.parentId,
    position: item.position,
    number: item.number,
    sourceNumber: item.sourceNumber,
    kind: item.kind as ItemKind,
    title: item.title,
    deadlineText: item.deadlineText,
    deadline: deadlineDto(item.deadline),
    fields: item.fields,
    notes: item.notes,
    version: item.version,
    executors: executors.map(executorDto),
  };
}

export type ItemDto = ReturnType<typeof itemDto>;
export type ItemNodeDto = ItemDto & { children: ItemNodeDto[] };

export function buildItemTree(items: ItemRow[], executors: ExecutorRow[]): ItemNodeDto[] {
  const byItem = new Map<string, ExecutorRow[]>();
  for (const e of executors) {
    const list = byItem.get(e.itemId) ?? [];
    list.push(e);
    byItem.set(e.itemId, list);
  }
  const nodes = new Map<string, ItemNodeDto>();
  for (const item of items) nodes.set(item.id, { ...itemDto(item, byItem.get(item.id) ?? []), children: [] });
  const roots: ItemNodeDto[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: ItemNodeDto[]) => {
    list.sort((a, b) => a.position - b.position);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
