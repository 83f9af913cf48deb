import type { Outcome } from './progress.js';

/**
 * «Просрочено» as a chairman reads it: one row per item, the executors inside —
 * who has not reported (and since when) and who has, for the same deadlines. A
 * «ТИК» item fanned out to thirty commissions is one row, not thirty.
 */
export interface OverdueSource {
  occurrenceId: string;
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  sectionKey: string;
  executorKey: string;
  executorLabel: string;
  outcome: Outcome;
  /** The deadline in force (window end or the date it was moved to). */
  dueDate: string | null;
  /** The end of the occurrence's own window (which deadline of the item it is). */
  windowEnd: string | null;
}

export interface OverdueExecutor {
  key: string;
  label: string;
  /** Occurrences of this item the executor has not reported on after their deadline. */
  overdue: number;
  /** The oldest missed deadline, or null when the executor reported on every one. */
  since: string | null;
  /** Of the same deadlines, how many the executor reported on (accepted or waiting for review). */
  reported: number;
  /** The occurrence to open: the oldest missed one, else the latest reported one. */
  occurrenceId: string;
}

export interface OverdueItem {
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  sectionKey: string;
  /** Overdue occurrences of the item (executor × deadline). */
  overdue: number;
  since: string;
  executors: OverdueExecutor[];
}

const reportedOutcomes = new Set<Outcome>(['done', 'partial', 'not_done', 'cancelled', 'submitted']);

/** Items with at least one overdue occurrence, in the order given (plan order), executors by name. */
export function groupOverdue(entries: readonly OverdueSource[]): OverdueItem[] {
  const missedWindows = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.outcome !== 'overdue') continue;
    const set = missedWindows.get(e.itemId) ?? new Set<string>();
    set.add(e.windowEnd ?? e.dueDate ?? '');
    missedWindows.set(e.itemId, set);
  }
  const items = new Map<string, OverdueItem>();
  const executors = new Map<string, Map<string, OverdueExecutor>>();
  for (const e of entries) {
    const windows = missedWindows.get(e.itemId);
    if (!windows || !windows.has(e.windowEnd ?? e.dueDate ?? '')) continue;
    const overdue = e.outcome === 'overdue';
    const reported = reportedOutcomes.has(e.outcome);
    if (!overdue && !reported) continue;
    let item = items.get(e.itemId);
    if (!item)
      items.set(
        e.itemId,
        (item = {
          itemId: e.itemId,
          itemNumber: e.itemNumber,
          itemTitle: e.itemTitle,
          sectionKey: e.sectionKey,
          overdue: 0,
          since: '9999-12-31',
          executors: [],
        }),
      );
    let byKey = executors.get(e.itemId);
    if (!byKey) executors.set(e.itemId, (byKey = new Map()));
    let x = byKey.get(e.executorKey);
    if (!x) byKey.set(e.executorKey, (x = { key: e.executorKey, label: e.executorLabel, overdue: 0, since: null, reported: 0, occurrenceId: e.occurrenceId }));
    if (overdue) {
      item.overdue++;
      const due = e.dueDate ?? '';
      if (due < item.since) item.since = due;
      if (x.since === null || due < x.since) {
        x.since = due;
        x.occurrenceId = e.occurrenceId;
      }
      x.overdue++;
    } else {
      x.reported++;
      if (x.since === null) x.occurrenceId = e.occurrenceId;
    }
  }
  for (const [itemId, item] of items) {
    item.executors = [...executors.get(itemId)!.values()].sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || a.label.localeCompare(b.label, 'ru'));
  }
  return [...items.values()];
}

export interface OverdueByExecutor {
  key: string;
  label: string;
  overdue: number;
  items: { itemId: string; itemNumber: string; itemTitle: string; overdue: number; since: string; occurrenceId: string }[];
}

/** The same rows turned round: per executor, the items it has not reported on. */
export function overdueByExecutor(items: readonly OverdueItem[]): OverdueByExecutor[] {
  const out = new Map<string, OverdueByExecutor>();
  for (const item of items) {
    for (const x of item.executors) {
      if (!x.overdue) continue;
      let g = out.get(x.key);
      if (!g) out.set(x.key, (g = { key: x.key, label: x.label, overdue: 0, items: [] }));
      g.overdue += x.overdue;
      g.items.push({
        itemId: item.itemId,
        itemNumber: item.itemNumber,
        itemTitle: item.itemTitle,
        overdue: x.overdue,
        since: x.since!,
        occurrenceId: x.occurrenceId,
      });
    }
  }
  return [...out.values()].sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'ru'));
}
