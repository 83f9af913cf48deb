import type { Outcome } from './progress.js';

/**
 * A programme's progress rolled up from its annual plans: each programme item is
 * carried out by the annual items linked to it (annual_of), and those by their
 * occurrences. Pure: the caller gives the outcomes of the linked occurrences.
 */
export interface RollupTally {
  /** Occurrences of the linked annual items. */
  total: number;
  /** Report accepted: executed in full. */
  done: number;
  /** Report accepted: partly executed, not executed or cancelled. */
  closedOther: number;
  /** Reported, waiting for review. */
  submitted: number;
  overdue: number;
  /** Still to do: in time, moved, awaiting a date, an external participant's. */
  open: number;
}

export type RollupState = 'no_annual' | 'not_planned' | 'not_started' | 'in_progress' | 'overdue' | 'done';

export function emptyRollup(): RollupTally {
  return { total: 0, done: 0, closedOther: 0, submitted: 0, overdue: 0, open: 0 };
}

export function addOutcome(t: RollupTally, outcome: Outcome): void {
  t.total++;
  if (outcome === 'done') t.done++;
  else if (outcome === 'partial' || outcome === 'not_done' || outcome === 'cancelled') t.closedOther++;
  else if (outcome === 'submitted') t.submitted++;
  else if (outcome === 'overdue') t.overdue++;
  else t.open++;
}

export function sumRollups(list: readonly RollupTally[]): RollupTally {
  const t = emptyRollup();
  for (const x of list) for (const k of Object.keys(t) as (keyof RollupTally)[]) t[k] += x[k];
  return t;
}

/**
 * One word for a programme item: not in any annual plan yet; in one but with
 * nothing to execute (a draft annual plan); not started; in progress; overdue
 * (something is late, whatever else is done); done (every occurrence closed by an
 * accepted report).
 */
export function rollupState(t: RollupTally, annualItems: number): RollupState {
  if (!annualItems) return 'no_annual';
  if (!t.total) return 'not_planned';
  if (t.overdue) return 'overdue';
  if (t.done + t.closedOther === t.total) return 'done';
  if (t.done + t.closedOther + t.submitted) return 'in_progress';
  return 'not_started';
}
