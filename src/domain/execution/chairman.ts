import { addDays } from './occurrence-state.js';
import type { Outcome } from './progress.js';
import { periodContaining, reportingPeriodLabel } from './reporting-periods.js';

/**
 * The chairman's page (issue #18): across the plans a commission head controls —
 * overdue by body and by section, what waits for review, what falls due in the
 * next two weeks, and the executed share against the previous half-year.
 */
export interface ChairmanEntry {
  occurrenceId: string;
  planId: string;
  planTitle: string;
  sectionKey: string;
  sectionLabel: string;
  itemNumber: string;
  itemTitle: string;
  executorKey: string;
  executorLabel: string;
  outcome: Outcome;
  dueDate: string | null;
  /** A report waiting for review (not returned) and when it came. */
  pendingSince: string | null;
}

export interface PeriodFigures {
  label: string;
  from: string;
  to: string;
  /** Occurrences whose deadline fell in the period (external and awaiting ones left out). */
  total: number;
  done: number;
  overdue: number;
  /** Done (accepted) share in per cent, one decimal; null when nothing fell due. */
  share: number | null;
}

const LIST = 10;

function share(done: number, total: number): number | null {
  return total ? Math.round((done / total) * 1000) / 10 : null;
}

function periodFigures(entries: readonly ChairmanEntry[], from: string, to: string, today: string): PeriodFigures {
  // The current period counts only what has fallen due by today, so it compares like with like.
  const end = to < today ? to : addDays(today, -1);
  const inside = entries.filter((e) => e.dueDate && e.dueDate >= from && e.dueDate <= end && e.outcome !== 'external' && e.outcome !== 'awaiting');
  const done = inside.filter((e) => e.outcome === 'done').length;
  return {
    label: reportingPeriodLabel({ start: from, end: to }),
    from,
    to,
    total: inside.length,
    done,
    overdue: inside.filter((e) => e.outcome === 'overdue').length,
    share: share(done, inside.length),
  };
}

export function chairmanSummary(entries: readonly ChairmanEntry[], today: string) {
  const overdue = entries.filter((e) => e.outcome === 'overdue');
  const age = (due: string | null) => (due ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000) : 0);

  const bodies = new Map<string, { key: string; label: string; overdue: number; items: Set<string>; oldestDays: number }>();
  const sections = new Map<string, { key: string; planId: string; planTitle: string; label: string; overdue: number; items: Set<string> }>();
  for (const e of overdue) {
    const b = bodies.get(e.executorKey) ?? { key: e.executorKey, label: e.executorLabel, overdue: 0, items: new Set<string>(), oldestDays: 0 };
    b.overdue++;
    b.items.add(`${e.planId}/${e.itemNumber}`);
    b.oldestDays = Math.max(b.oldestDays, age(e.dueDate));
    bodies.set(e.executorKey, b);
    const sk = `${e.planId}/${e.sectionKey}`;
    const s = sections.get(sk) ?? { key: sk, planId: e.planId, planTitle: e.planTitle, label: e.sectionLabel, overdue: 0, items: new Set<string>() };
    s.overdue++;
    s.items.add(e.itemNumber);
    sections.set(sk, s);
  }

  const waiting = entries.filter((e) => e.pendingSince).sort((a, b) => a.pendingSince!.localeCompare(b.pendingSince!));
  const soonEnd = addDays(today, 14);
  const soon = entries
    .filter((e) => e.outcome === 'open' && e.dueDate && e.dueDate >= today && e.dueDate <= soonEnd)
    .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!));

  const current = periodContaining(today, 'half_year');
  const previous = periodContaining(addDays(current.start, -1), 'half_year');
  const now = periodFigures(entries, current.start, current.end, today);
  const before = periodFigures(entries, previous.start, previous.end, today);
  const line = (e: ChairmanEntry) => ({
    occurrenceId: e.occurrenceId,
    planId: e.planId,
    itemNumber: e.itemNumber,
    itemTitle: e.itemTitle,
    executorLabel: e.executorLabel,
    dueDate: e.dueDate,
    pendingSince: e.pendingSince,
  });
  const sortedBodies = [...bodies.values()].sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'ru'));
  const sortedSections = [...sections.values()].sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'ru'));
  const doneAll = entries.filter((e) => e.outcome === 'done').length;
  const counted = entries.filter((e) => e.outcome !== 'awaiting' && e.outcome !== 'external').length;
  return {
    today,
    totals: {
      overdue: overdue.length,
      overdueItems: new Set(overdue.map((e) => `${e.planId}/${e.itemNumber}`)).size,
      pendingReview: waiting.length,
      dueSoon: soon.length,
      executedShare: share(doneAll, counted) ?? 0,
    },
    byBody: sortedBodies.slice(0, LIST).map(({ items, ...b }) => ({ ...b, items: items.size })),
    moreBodies: Math.max(0, sortedBodies.length - LIST),
    bySection: sortedSections.slice(0, LIST).map(({ items, ...s }) => ({ ...s, items: items.size })),
    moreSections: Math.max(0, sortedSections.length - LIST),
    waiting: waiting.slice(0, LIST).map(line),
    soon: soon.slice(0, LIST).map(line),
    trend: { current: now, previous: before, delta: now.share !== null && before.share !== null ? Math.round((now.share - before.share) * 10) / 10 : null },
  };
}

export type ChairmanSummary = ReturnType<typeof chairmanSummary>;
