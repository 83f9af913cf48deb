import type { ExportDeadline, ExportItem, ExportPlan } from '../../documents/export/export-plan.js';
import type { ItemNodeDto } from './plan.dto.js';
import type { PlanService } from './plan.service.js';

export type PlanDetail = Awaited<ReturnType<PlanService['getOfficial']>>;

const isWindow = (w: unknown): w is { start: string; end: string } =>
  typeof w === 'object' && w !== null && typeof (w as { start?: unknown }).start === 'string' && typeof (w as { end?: unknown }).end === 'string';

/** The stored engine result is JSON of an older or newer engine: take only what the writers read, defensively. */
function deadlineOf(stored: Record<string, unknown> | null): ExportDeadline | null {
  if (!stored) return null;
  const windows = Array.isArray(stored.windows) ? stored.windows.filter(isWindow).map((w) => ({ start: w.start, end: w.end })) : [];
  const recurrence = stored.recurrence as { every?: unknown } | null | undefined;
  return {
    kind: typeof stored.kind === 'string' ? stored.kind : 'unknown',
    windows,
    recurrence: recurrence && typeof recurrence.every === 'string' ? { every: recurrence.every } : null,
  };
}

function itemOf(node: ItemNodeDto): ExportItem {
  return {
    id: node.id,
    number: node.number,
    kind: node.kind === 'section' ? 'section' : 'item',
    title: node.title,
    deadlineText: node.deadlineText,
    deadline: deadlineOf(node.deadline),
    executors: node.executors.map((e) => ({ text: e.text, kind: e.kind, role: e.role, organizationId: e.organizationId })),
    fields: node.fields,
    children: node.children.map(itemOf),
  };
}

export function toExportPlan(
  plan: PlanDetail,
  elections: { name: string | null; votingDay: string; votingDays?: number }[],
  organization: { name: string; timeZone: string } | null,
): ExportPlan {
  return {
    id: plan.id,
    title: plan.title,
    kind: plan.kind,
    status: plan.status,
    period: plan.period,
    approval: plan.approval,
    // Snapshots taken before amendments existed have no revision.
    revision: plan.revision ?? null,
    description: plan.description,
    columns: plan.columns,
    abbreviations: plan.abbreviations,
    // One voting day stays implicit, so plans of single-day elections export as before.
    elections: elections.map((e) => ({
      name: e.name,
      votingDay: e.votingDay,
      ...(e.votingDays !== undefined && e.votingDays > 1 ? { votingDays: e.votingDays } : {}),
    })),
    items: plan.items.map(itemOf),
    updatedAt: plan.updatedAt,
    organization,
  };
}
