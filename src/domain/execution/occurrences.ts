import { normalizeName } from '../executor/normalize.js';
import { executorClass } from './executor-class.js';
import { isReportingPeriod, splitByReportingPeriod, type DateWindow, type ReportingPeriod } from './reporting-periods.js';

/**
 * Occurrence generation: the unit of execution control is item × executor × window.
 * Pure: the service loads the plan, its items, executors and the directory, calls
 * `desiredOccurrences`, compares with what is stored (`planOccurrenceSync`) and
 * writes the difference.
 */

export interface GenerationOrganization {
  id: string;
  kind: string;
  parentId: string | null;
  name: string;
  shortName: string | null;
}

export interface GenerationExecutor {
  id: string;
  text: string;
  kind: string;
  organizationId: string | null;
  unitId: string | null;
  personId: string | null;
}

/** The stored deadline-engine result (only what generation reads). */
export interface GenerationDeadline {
  kind: string;
  windows?: DateWindow[] | undefined;
  needs?: string[] | undefined;
}

export interface GenerationItem {
  id: string;
  kind: string;
  /** Items with child items are headings of their sub-items: only leaves are executed. */
  hasChildren: boolean;
  deadline: GenerationDeadline | null;
  executors: GenerationExecutor[];
}

export interface GenerationPlan {
  organizationId: string;
  period: DateWindow | null;
  reportingPeriod: string;
}

export interface DesiredOccurrence {
  itemId: string;
  executorId: string | null;
  organizationId: string | null;
  personId: string | null;
  executorKey: string;
  executorLabel: string;
  windowStart: string | null;
  windowEnd: string | null;
}

/** Where the windows of an item come from, for explanations and the «awaiting a date» list. */
export type WindowPlan = { type: 'dated'; windows: DateWindow[]; perReportingPeriod: boolean } | { type: 'awaiting'; needs: string[] };

/** Deadline kinds without dates of their own: reported on once per reporting period of the plan. */
const openEnded = new Set(['whole_period', 'on_demand', 'external_schedule']);

export function windowPlan(deadline: GenerationDeadline | null, plan: GenerationPlan): WindowPlan {
  const kind: ReportingPeriod = isReportingPeriod(plan.reportingPeriod) ? plan.reportingPeriod : 'half_year';
  const perPeriod = (spans: DateWindow[]): WindowPlan => ({
    type: 'dated',
    windows: spans.flatMap((w) => splitByReportingPeriod(w, kind)),
    perReportingPeriod: true,
  });
  if (deadline === null || openEnded.has(deadline.kind)) {
    const windows = deadline?.kind === 'whole_period' ? (deadline.windows ?? []) : [];
    if (windows.length) return perPeriod(windows);
    if (plan.period) return perPeriod([plan.period]);
    return { type: 'awaiting', needs: deadline?.needs?.length ? deadline.needs : ['period'] };
  }
  if (deadline.kind === 'unknown') return { type: 'awaiting', needs: ['deadline'] };
  const windows = deadline.windows ?? [];
  if (!windows.length) return { type: 'awaiting', needs: deadline.needs?.length ? deadline.needs : ['deadline'] };
  return { type: 'dated', windows, perReportingPeriod: false };
}

interface Target {
  key: string;
  label: string;
  executorId: string | null;
  organizationId: string | null;
  personId: string | null;
}

function descendantsOfKind(root: string, kind: string, orgs: readonly GenerationOrganization[]): GenerationOrganization[] {
  const children = new Map<string, GenerationOrganization[]>();
  for (const o of orgs) {
    if (!o.parentId) continue;
    const list = children.get(o.parentId) ?? [];
    list.push(o);
    children.set(o.parentId, list);
  }
  const out: GenerationOrganization[] = [];
  const stack = [...(children.get(root) ?? [])];
  const seen = new Set<string>();
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    if (o.kind === kind) out.push(o);
    stack.push(...(children.get(o.id) ?? []));
  }
  return out.sort((a, b) => (a.shortName ?? a.name).localeCompare(b.shortName ?? b.name, 'ru'));
}

/**
 * Who must report for an item. A named organisation reports for itself; a class
 * («ТИК», «ИКМО») fans out to each such organisation under the plan's owner;
 * departments, people, groups and unmatched names are the owner's own staff, so
 * the owner's organisation answers for them. No executor at all: the owner.
 */
export function executorTargets(executors: readonly GenerationExecutor[], plan: GenerationPlan, organizations: readonly GenerationOrganization[]): Target[] {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const label = (o: GenerationOrganization | undefined) => (o ? (o.shortName ?? o.name) : '');
  const owner = byId.get(plan.organizationId);
  const out: Target[] = [];
  const seen = new Set<string>();
  const push = (t: Target) => {
    if (seen.has(t.key)) return;
    seen.add(t.key);
    out.push(t);
  };
  for (const e of executors) {
    if (e.organizationId) {
      push({
        key: `org:${e.organizationId}`,
        label: label(byId.get(e.organizationId)) || e.text,
        executorId: e.id,
        organizationId: e.organizationId,
        personId: null,
      });
      continue;
    }
    const cls = e.kind === 'person' ? null : executorClass(e.text);
    if (cls) {
      const members = descendantsOfKind(plan.organizationId, cls, organizations);
      for (const m of members) push({ key: `org:${m.id}`, label: label(m), executorId: e.id, organizationId: m.id, personId: null });
      if (members.length) continue;
    }
    if (e.personId) {
      push({ key: `person:${e.personId}`, label: e.text, executorId: e.id, organizationId: plan.organizationId, personId: e.personId });
      continue;
    }
    if (e.unitId) {
      push({ key: `unit:${e.unitId}`, label: e.text, executorId: e.id, organizationId: plan.organizationId, personId: null });
      continue;
    }
    const text = normalizeName(e.text);
    if (!text) continue;
    push({ key: `text:${text}`, label: e.text.trim(), executorId: e.id, organizationId: plan.organizationId, personId: null });
  }
  // No executor: the owner answers, under the same identity as when it is named («ИККО»).
  if (!out.length) push({ key: `org:${plan.organizationId}`, label: label(owner), executorId: null, organizationId: plan.organizationId, personId: null });
  return out;
}

/** Every occurrence the plan's items call for (sections and headings of sub-items call for none). */
export function desiredOccurrences(
  items: readonly GenerationItem[],
  plan: GenerationPlan,
  organizations: readonly GenerationOrganization[],
): DesiredOccurrence[] {
  const out: DesiredOccurrence[] = [];
  for (const item of items) {
    if (item.kind !== 'item' || item.hasChildren) continue;
    const wp = windowPlan(item.deadline, plan);
    const windows: (DateWindow | null)[] = wp.type === 'dated' ? wp.windows : [null];
    for (const t of executorTargets(item.executors, plan, organizations)) {
      for (const w of windows) {
        out.push({
          itemId: item.id,
          executorId: t.executorId,
          organizationId: t.organizationId,
          personId: t.personId,
          executorKey: t.key,
          executorLabel: t.label,
          windowStart: w?.start ?? null,
          windowEnd: w?.end ?? null,
        });
      }
    }
  }
  return out;
}

export interface ExistingOccurrence extends DesiredOccurrence {
  id: string;
  retired: boolean;
  /** Reports made on it: such an occurrence is never deleted, only retired. */
  reportCount: number;
}

export interface OccurrenceSync {
  insert: DesiredOccurrence[];
  /** Same identity, other executor row, organisation or label (an executor renamed or re-matched). */
  update: { id: string; values: Pick<DesiredOccurrence, 'executorId' | 'organizationId' | 'personId' | 'executorLabel'> }[];
  /** No longer called for and never reported on. */
  remove: string[];
  /** No longer called for but reported on: kept with their reports, out of the control lists. */
  retire: string[];
  /** Called for again after having been retired. */
  revive: string[];
}

export function occurrenceIdentity(o: Pick<DesiredOccurrence, 'itemId' | 'executorKey' | 'windowStart' | 'windowEnd'>): string {
  return `${o.itemId}|${o.executorKey}|${o.windowStart ?? ''}|${o.windowEnd ?? ''}`;
}

/** The difference between what the items call for and what is stored; reports are never lost. */
export function planOccurrenceSync(desired: readonly DesiredOccurrence[], existing: readonly ExistingOccurrence[]): OccurrenceSync {
  const stored = new Map(existing.map((e) => [occurrenceIdentity(e), e]));
  const sync: OccurrenceSync = { insert: [], update: [], remove: [], retire: [], revive: [] };
  const wanted = new Set<string>();
  for (const d of desired) {
    const key = occurrenceIdentity(d);
    if (wanted.has(key)) continue;
    wanted.add(key);
    const e = stored.get(key);
    if (!e) {
      sync.insert.push(d);
      continue;
    }
    if (e.retired) sync.revive.push(e.id);
    if (e.executorId !== d.executorId || e.organizationId !== d.organizationId || e.personId !== d.personId || e.executorLabel !== d.executorLabel) {
      sync.update.push({
        id: e.id,
        values: { executorId: d.executorId, organizationId: d.organizationId, personId: d.personId, executorLabel: d.executorLabel },
      });
    }
  }
  for (const [key, e] of stored) {
    if (wanted.has(key)) continue;
    if (e.reportCount > 0) {
      if (!e.retired) sync.retire.push(e.id);
    } else sync.remove.push(e.id);
  }
  return sync;
}
