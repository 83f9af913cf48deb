import { describe, expect, it } from 'vitest';
import { demoOutcome, type DemoOutcome } from './living-demo-outcome.js';

const today = '2026-06-15';
const spread = (window: { windowStart: string | null; windowEnd: string | null }) => {
  const counts: Partial<Record<DemoOutcome, number>> = {};
  for (let i = 0; i < 100; i++) {
    const o = demoOutcome(window, today, i);
    counts[o] = (counts[o] ?? 0) + 1;
  }
  return counts;
};

describe('the living demo’s outcome of an occurrence', () => {
  it.each([
    ['past window: mostly accepted, some pending, returned, overdue', { windowStart: '2026-01-01', windowEnd: '2026-01-31' }, { accepted: 62, partial: 8, pending: 10, returned: 8, overdue: 12 }],
    ['current window: a third reported, no overdue', { windowStart: '2026-01-01', windowEnd: '2026-12-31' }, { accepted: 20, pending: 12, open: 68 }],
    ['future window: nothing yet', { windowStart: '2026-09-01', windowEnd: '2026-09-30' }, { open: 100 }],
    ['no date yet (election-relative): nothing', { windowStart: null, windowEnd: null }, { open: 100 }],
  ])('%s', (_name, window, expected) => {
    expect(spread(window)).toEqual(expected);
  });

});
