import type { OccurrenceStatus } from '../execution/occurrence-state.js';
import type { ExecutorClass } from '../execution/executor-class.js';
import { bodyGenitive } from '../plan/act.js';
import { isInForce } from '../plan/lifecycle.js';

/**
 * Consolidation of plans across the commission hierarchy (issue #17): a regional
 * plan's items cascaded to the lower commissions' plans, lower plans submitted up,
 * a consolidated («сводный») plan gathering items with their sources, and execution
 * rolled up from a lower commission's item to the regional item it came from.
 */

/** What of a source item a derived item takes, and what a later change in it is judged by. */
export interface SourceContent {
  title: string;
  deadlineText: string | null;
  fields: Record<string, string>;
}

/**
 * The canonical text of a source item's content: equal content gives an equal text
 * whatever the order of its columns, so a digest of it changes only when the content does.
 */
export function canonicalContent(c: SourceContent): string {
  const fields = Object.keys(c.fields)
    .sort()
    .filter((k) => (c.fields[k] ?? '').trim() !== '')
    .map((k) => [k, c.fields[k]!.trim()]);
  return JSON.stringify([c.title.trim(), (c.deadlineText ?? '').trim(), fields]);
}

/** Marker digest of a link whose source item was deleted and the planner has taken note of it. */
export const REMOVED_ACKNOWLEDGED = 'removed';

export type SourceChange = 'changed' | 'removed';

/** Whether a derived item has an update waiting: its source changed (or went away) since it was taken. */
export function pendingChange(link: { sourceDigest: string | null; sourceItemId: string | null }, currentDigest: string | null): SourceChange | null {
  if (link.sourceItemId === null || currentDigest === null) return link.sourceDigest === REMOVED_ACKNOWLEDGED ? null : 'removed';
  if (link.sourceDigest === null) return null; // taken before digests were kept: nothing to compare with
  return link.sourceDigest === currentDigest ? null : 'changed';
}

/** The classes of lower bodies a regional planner cascades to, by the names used in plans. */
export const executorClassNames: Record<ExecutorClass, string> = {
  territorial: 'ТИК',
  municipal: 'ИКМО',
  precinct: 'УИК',
};

const classByName: Record<string, ExecutorClass> = { ТИК: 'territorial', ИКМО: 'municipal', УИК: 'precinct' };

export function parseExecutorClass(value: string): ExecutorClass | null {
  if (value === 'territorial' || value === 'municipal' || value === 'precinct') return value;
  return classByName[value.trim().toUpperCase()] ?? null;
}

/** Where a lower commission's plan stands for the body above it. */
export type SubmissionState = 'draft' | 'review' | 'approved' | 'submitted';

export interface SubmissionInput {
  status: string;
  submittedAt: string | null;
  submissionDue: string | null;
}

/**
 * The plan's state as the region sees it, and whether it is late: submitted after the
 * due date, or not submitted while the due date has passed (`today` in the region's zone).
 */
export function submissionStatus(p: SubmissionInput, today: string): { state: SubmissionState; late: boolean } {
  const state: SubmissionState = p.submittedAt ? 'submitted' : p.status === 'review' ? 'review' : isInForce(p.status) ? 'approved' : 'draft';
  if (!p.submissionDue) return { state, late: false };
  const late = p.submittedAt ? p.submittedAt.slice(0, 10) > p.submissionDue : today > p.submissionDue;
  return { state, late };
}

/** A plan can be submitted up once it is in force (approved by its own act). */
export function canSubmit(status: string): boolean {
  return isInForce(status) && status !== 'archived';
}

/**
 * The status that counts for a regional occurrence of a lower body: its own report
 * when it has one (or a returned one waiting for rework), otherwise the status of the
 * body's occurrence of the cascaded item, so reporting in its own plan is enough.
 */
export function rolledUpStatus(own: OccurrenceStatus, cascaded: OccurrenceStatus | undefined): OccurrenceStatus {
  if (!cascaded || own.current || own.needsRework) return own;
  return cascaded;
}

/**
 * Which of the body's occurrences of the cascaded item stands for the regional
 * occurrence: the one with the same window, else the only one there is.
 */
export function matchingOccurrence<T extends { windowStart: string | null; windowEnd: string | null }>(
  regional: { windowStart: string | null; windowEnd: string | null },
  candidates: readonly T[],
): T | undefined {
  const same = candidates.find((c) => c.windowStart === regional.windowStart && c.windowEnd === regional.windowEnd);
  if (same) return same;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A title for a lower body's plan created by a cascade: «План работы ТИК … на 2026 год». */
export function cascadedPlanTitle(name: string, period: { start: string; end: string } | null): string {
  // «План работы» governs the genitive: «Территориальной избирательной комиссии …», not the directory's nominative.
  const organizationName = bodyGenitive(name) ?? name;
  if (!period) return `План работы ${organizationName}`;
  const [y1, y2] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  if (period.start.endsWith('-01-01') && period.end.endsWith('-12-31')) {
    return y1 === y2 ? `План работы ${organizationName} на ${y1} год` : `План работы ${organizationName} на ${y1}–${y2} годы`;
  }
  return `План работы ${organizationName} на период с ${period.start.split('-').reverse().join('.')} по ${period.end.split('-').reverse().join('.')}`;
}

export function consolidatedPlanTitle(name: string, period: { start: string; end: string }): string {
  const organizationName = bodyGenitive(name) ?? name;
  const [y1, y2] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  return y1 === y2 ? `Сводный план мероприятий ${organizationName} на ${y1} год` : `Сводный план мероприятий ${organizationName} на ${y1}–${y2} годы`;
}

export interface SelectableNode {
  id: string;
  children: SelectableNode[];
}

/**
 * The part of a tree a planner chose: a chosen node comes with its subtree; a node
 * not chosen but with chosen descendants is left out and they take its place.
 * Without a choice, everything.
 */
export function selectNodes<T extends SelectableNode>(
  nodes: readonly T[],
  chosen: ReadonlySet<string> | null,
): { node: T; children: ReturnType<typeof selectNodes<T>> }[] {
  const out: { node: T; children: ReturnType<typeof selectNodes<T>> }[] = [];
  for (const node of nodes) {
    if (!chosen || chosen.has(node.id)) out.push({ node, children: selectNodes(node.children as T[], null) });
    else out.push(...selectNodes(node.children as T[], chosen));
  }
  return out;
}
