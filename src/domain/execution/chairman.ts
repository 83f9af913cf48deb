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
    // One body may be spelled differently in different plans («Государственные органы», «государственные органы»):
    // the smallest spelling by code point is shown, whatever the order the rows came in (the SQL summary does the same).
    if (e.executorLabel < b.label) b.label = e.executorLabel;
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

/** The dates the summary counts against, as `chairmanSummary` takes them from `today`. */
export function chairmanWindow(today: string) {
  const current = periodContaining(today, 'half_year');
  const previous = periodContaining(addDays(current.start, -1), 'half_year');
  // The current period counts only what has fallen due by today, so it compares like with like.
  const until = (to: string) => (to < today ? to : addDays(today, -1));
  return {
    today,
    soonEnd: addDays(today, 14),
    list: LIST,
    current: { from: current.start, to: current.end, end: until(current.end) },
    previous: { from: previous.start, to: previous.end, end: until(previous.end) },
  };
}

/** A line of the review queue or of what falls due soon. */
export interface ChairmanLine {
  occurrenceId: string;
  planId: string;
  itemNumber: string;
  itemTitle: string;
  executorLabel: string;
  dueDate: string | null;
  pendingSince: string | null;
}

/**
 * The summary counted elsewhere (the SQL aggregate over a country's plans): the same
 * figures `chairmanSummary` derives from every occurrence. The groups are the top of
 * each list with ties (ordered here by name, as `chairmanSummary` orders them), the
 * lines the first ones of each list in order.
 */
export interface ChairmanFigures {
  overdue: number;
  overdueItems: number;
  pendingReview: number;
  dueSoon: number;
  done: number;
  /** Occurrences neither awaiting a date nor an external participant's. */
  counted: number;
  current: { total: number; done: number; overdue: number };
  previous: { total: number; done: number; overdue: number };
  bodies: { key: string; label: string; overdue: number; items: number; oldestDue: string | null }[];
  bodyCount: number;
  sections: { key: string; planId: string; planTitle: string; label: string; overdue: number; items: number }[];
  sectionCount: number;
  waiting: ChairmanLine[];
  soon: ChairmanLine[];
}

export function chairmanSummaryOf(f: ChairmanFigures, today: string): ChairmanSummary {
  const w = chairmanWindow(today);
  const age = (due: string | null) => (due ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000) : 0);
  const period = (p: { from: string; to: string }, c: ChairmanFigures['current']): PeriodFigures => ({
    label: reportingPeriodLabel({ start: p.from, end: p.to }),
    from: p.from,
    to: p.to,
    ...c,
    share: share(c.done, c.total),
  });
  const now = period(w.current, f.current);
  const before = period(w.previous, f.previous);
  const bodies = f.bodies
    .map(({ oldestDue, ...b }) => ({ ...b, oldestDays: Math.max(0, age(oldestDue)) }))
    .sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'ru'))
    .slice(0, LIST)
    .map(({ key, label, overdue, oldestDays, items }) => ({ key, label, overdue, oldestDays, items }));
  const sections = [...f.sections].sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'ru')).slice(0, LIST);
  return {
    today,
    totals: {
      overdue: f.overdue,
      overdueItems: f.overdueItems,
      pendingReview: f.pendingReview,
      dueSoon: f.dueSoon,
      executedShare: share(f.done, f.counted) ?? 0,
    },
    byBody: bodies,
    moreBodies: Math.max(0, f.bodyCount - LIST),
    bySection: sections.map(({ key, planId, planTitle, label, overdue, items }) => ({ key, planId, planTitle, label, overdue, items })),
    moreSections: Math.max(0, f.sectionCount - LIST),
    waiting: f.waiting.slice(0, LIST),
    soon: f.soon.slice(0, LIST),
    trend: { current: now, previous: before, delta: now.share !== null && before.share !== null ? Math.round((now.share - before.share) * 10) / 10 : null },
  };
}
