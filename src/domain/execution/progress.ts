import type { OccurrenceStatus } from './occurrence-state.js';

/**
 * Progress of a plan's execution, counted per occurrence. Every occurrence falls in
 * exactly one outcome, so the columns of a table add up to its total. «Исполнено»
 * (and «частично», «не исполнено», «отменено») means the report was accepted: a
 * report still waiting for review is «на проверке», whatever it claims. An external
 * participant (ЦИК России, a public organisation: the plan's owner reports on it)
 * that has not reported is «внешний участник», never «просрочено».
 */
export const outcomes = ['done', 'partial', 'not_done', 'cancelled', 'submitted', 'moved', 'overdue', 'open', 'external', 'awaiting'] as const;
export type Outcome = (typeof outcomes)[number];

export const outcomeNames: Record<Outcome, string> = {
  done: 'исполнено',
  partial: 'исполнено частично',
  not_done: 'не исполнено',
  cancelled: 'отменено',
  submitted: 'на проверке',
  moved: 'перенесено',
  overdue: 'просрочено',
  open: 'в работе',
  external: 'внешний участник',
  awaiting: 'ожидает даты',
};

export function outcomeOf(status: OccurrenceStatus, opts: { external?: boolean } = {}): Outcome {
  if (status.state === 'done') {
    if (status.current?.reviewStatus !== 'accepted') return 'submitted';
    const s = status.current.status;
    return s === 'partial' || s === 'not_done' || s === 'cancelled' ? s : 'done';
  }
  if (opts.external && !status.moved) return 'external';
  if (status.state === 'overdue') return 'overdue';
  if (status.state === 'awaiting') return 'awaiting';
  return status.moved ? 'moved' : 'open';
}

export type Tally = Record<Outcome, number> & { total: number; pendingReview: number; accepted: number; returned: number };

export function emptyTally(): Tally {
  const t = { total: 0, pendingReview: 0, accepted: 0, returned: 0 } as Tally;
  for (const o of outcomes) t[o] = 0;
  return t;
}

export interface ProgressEntry {
  status: OccurrenceStatus;
  sectionKey: string;
  sectionLabel: string;
  executorKey: string;
  executorLabel: string;
  /** YYYY-MM of the deadline in force, or null while awaiting a date. */
  month: string | null;
  /** The executor is an external participant the plan's owner reports on. */
  external?: boolean;
}

export function addToTally(t: Tally, status: OccurrenceStatus, external = false): void {
  t.total++;
  t[outcomeOf(status, { external })]++;
  if (status.needsRework) t.returned++;
  else if (status.current?.reviewStatus === 'pending') t.pendingReview++;
  else if (status.current?.reviewStatus === 'accepted') t.accepted++;
}

export interface Group {
  key: string;
  label: string;
  tally: Tally;
}

function groupBy(entries: readonly ProgressEntry[], key: (e: ProgressEntry) => [string, string]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of entries) {
    const [k, label] = key(e);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, label, tally: emptyTally() }));
    addToTally(g.tally, e.status, e.external);
  }
  return [...groups.values()];
}

export interface Progress {
  totals: Tally;
  bySection: Group[];
  byExecutor: Group[];
  byMonth: Group[];
}

/** Sections keep the plan's order (entries come in item order); executors by name; months by date. */
export function summarize(entries: readonly ProgressEntry[]): Progress {
  const totals = emptyTally();
  for (const e of entries) addToTally(totals, e.status, e.external);
  return {
    totals,
    bySection: groupBy(entries, (e) => [e.sectionKey, e.sectionLabel]),
    byExecutor: groupBy(entries, (e) => [e.executorKey, e.executorLabel]).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    byMonth: groupBy(entries, (e) => [e.month ?? 'none', e.month ?? 'без срока']).sort((a, b) =>
      a.key === 'none' ? 1 : b.key === 'none' ? -1 : a.key.localeCompare(b.key),
    ),
  };
}

/** Share of occurrences executed in full (report accepted), in percent with one decimal. */
export function executedShare(t: Tally): number {
  const counted = t.total - t.awaiting;
  return counted > 0 ? Math.round((t.done / counted) * 1000) / 10 : 0;
}
