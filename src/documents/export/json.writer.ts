import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { deadlineKinds, executorKinds, planKinds, type DeadlineKind } from '../../shared/plan-format.js';
import type { ExportItem, ExportPlan, SubsetOptions } from './export-plan.js';
import { selectSubset } from './plan-rows.js';
import { xmlSafe } from './xml-text.js';

const asDeadlineKind = (k: string): DeadlineKind => ((deadlineKinds as readonly string[]).includes(k) ? (k as DeadlineKind) : 'unknown');
const asExecutorKind = (k: string) => ((executorKinds as readonly string[]).includes(k) ? (k as (typeof executorKinds)[number]) : 'unknown');

function draftItem(item: ExportItem): DraftItem {
  return {
    number: item.number,
    kind: item.kind,
    title: xmlSafe(item.title),
    deadline: item.deadlineText
      ? { text: xmlSafe(item.deadlineText), kind: asDeadlineKind(item.deadline?.kind ?? 'unknown'), windows: item.deadline?.windows ?? [] }
      : null,
    executors: item.executors
      .filter((e) => e.text.trim())
      .map((e) => ({ text: xmlSafe(e.text), kind: asExecutorKind(e.kind), ...(e.role === 'co_executor' ? { role: 'co_executor' as const } : {}) })),
    fields: Object.fromEntries(Object.entries(item.fields).map(([k, v]) => [k, xmlSafe(v)])),
    children: item.children.map(draftItem),
  };
}

/**
 * The plan in the interchange format of docs/plan-format.md: what the importer
 * reads back (export → import gives the same plan) and what open data publishes.
 */
export function planToDraft(source: ExportPlan, options: SubsetOptions = {}): PlanDraft {
  const plan = selectSubset(source, options);
  return {
    title: xmlSafe(plan.title),
    kind: (planKinds as readonly string[]).includes(plan.kind) ? (plan.kind as PlanDraft['kind']) : 'other',
    period: plan.period,
    approval: plan.approval,
    abbreviations: plan.abbreviations.map((a) => ({ short: xmlSafe(a.short), full: xmlSafe(a.full) })),
    description: plan.description === null ? null : xmlSafe(plan.description),
    columns: plan.columns.map((c) => ({ key: c.key, title: xmlSafe(c.title), role: c.role })),
    elections: plan.elections.map((e) => ({
      name: e.name,
      votingDay: e.votingDay,
      ...(e.votingDays !== undefined && e.votingDays > 1 ? { votingDays: e.votingDays } : {}),
    })),
    items: plan.items.map(draftItem),
    warnings: [],
  };
}

export function planToJson(plan: ExportPlan, options: SubsetOptions = {}): string {
  return `${JSON.stringify(planToDraft(plan, options), null, 2)}\n`;
}
