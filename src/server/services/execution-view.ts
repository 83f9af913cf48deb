import { dueBucket, occurrenceStatus, todayIn, type OccurrenceStatus } from '../../domain/execution/occurrence-state.js';
import type { ReportStatus } from '../../domain/execution/report-rules.js';
import type { OccurrenceListRow } from '../repositories/occurrence.repository.js';

/** Natural order of hierarchical numbers: 2.10 after 2.9, 10 after 9. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10));
  const pb = b.split('.').map((x) => Number.parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const c = String(a).localeCompare(String(b));
      if (c) return c;
    } else if (x !== y) return x - y;
  }
  return 0;
}

export interface ReportStateRow {
  id: string;
  occurrenceId: string;
  status: string;
  reviewStatus: string;
  movedTo: string | null;
  createdAt: Date;
  text: string | null;
  metrics: Record<string, number>;
}

export function groupReports<T extends { occurrenceId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.occurrenceId) ?? [];
    list.push(r);
    out.set(r.occurrenceId, list);
  }
  return out;
}

/** An occurrence in a list, with its state as of today in the executor's time zone. */
export function occurrenceListDto(row: OccurrenceListRow, reports: readonly ReportStateRow[], now: Date) {
  const today = todayIn(row.timeZone, now);
  const status: OccurrenceStatus = occurrenceStatus(row, reports, today);
  const current = status.current as ReportStateRow | null;
  return {
    id: row.id,
    planId: row.planId,
    planTitle: row.planTitle,
    ownerName: row.ownerName,
    itemId: row.itemId,
    itemNumber: row.itemNumber,
    itemTitle: row.itemTitle,
    deadlineText: row.deadlineText,
    executorKey: row.executorKey,
    executorLabel: row.executorLabel,
    organizationId: row.organizationId,
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    retired: row.retiredAt !== null,
    timeZone: row.timeZone,
    today,
    state: status.state,
    bucket: dueBucket(status, today),
    dueDate: status.dueDate,
    moved: status.moved,
    needsRework: status.needsRework,
    reportCount: reports.length,
    current: current
      ? {
          id: current.id,
          // Written through reportBody's enum: the text column holds nothing else.
          status: current.status as ReportStatus,
          reviewStatus: current.reviewStatus,
          movedTo: current.movedTo,
          text: current.text,
          metrics: current.metrics,
          createdAt: current.createdAt.toISOString(),
        }
      : null,
    /** The latest report when it was returned: its comment says what to fix. */
    lastReportId: reports.length ? reports[reports.length - 1]!.id : null,
    _status: status,
  };
}

export type OccurrenceListDto = ReturnType<typeof occurrenceListDto>;

export function publicListDto({ _status, ...rest }: OccurrenceListDto) {
  return rest;
}

/** A section's name in lists: its number and title, or «Без раздела» for items at the top level. */
export function sectionLabel(section: { number: string; title: string } | null): string {
  return section ? `${section.number}. ${section.title}` : 'Без раздела';
}
