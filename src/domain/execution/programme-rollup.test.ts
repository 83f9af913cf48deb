import { describe, expect, it } from 'vitest';
import { addOutcome, emptyRollup, rollupState, sumRollups } from './programme-rollup.js';
import type { Outcome } from './progress.js';

const tally = (outcomes: Outcome[]) => {
  const t = emptyRollup();
  for (const o of outcomes) addOutcome(t, o);
  return t;
};

describe('programme roll-up', () => {
  it.each([
    ['in no annual plan', [], 0, 'no_annual'],
    ['in a draft annual plan (no occurrences)', [], 1, 'not_planned'],
    ['nothing reported yet', ['open', 'awaiting'], 1, 'not_started'],
    ['one accepted, one open', ['done', 'open'], 2, 'in_progress'],
    ['reported, waiting for review', ['submitted', 'open'], 1, 'in_progress'],
    ['late somewhere', ['done', 'overdue'], 2, 'overdue'],
    ['all accepted (partly counts as closed)', ['done', 'partial', 'cancelled'], 2, 'done'],
    ['accepted but one still under review', ['done', 'submitted'], 1, 'in_progress'],
  ] as const)('%s → %s', (_name, outcomes, annualItems, state) => {
    expect(rollupState(tally([...outcomes]), annualItems)).toBe(state);
  });

  it('counts each outcome in exactly one column', () => {
    const t = tally(['done', 'partial', 'not_done', 'submitted', 'overdue', 'open', 'moved', 'external', 'awaiting']);
    expect(t).toEqual({ total: 9, done: 1, closedOther: 2, submitted: 1, overdue: 1, open: 4 });
    expect(t.done + t.closedOther + t.submitted + t.overdue + t.open).toBe(t.total);
  });

  it('sums the annual items of a programme item', () => {
    expect(sumRollups([tally(['done']), tally(['overdue', 'open'])])).toEqual({ total: 3, done: 1, closedOther: 0, submitted: 0, overdue: 1, open: 1 });
  });
});
