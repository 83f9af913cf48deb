import { describe, expect, it } from 'vitest';
import { dateChanges, type DueRow } from './date-changes.js';

const row = (itemId: string, executorKey: string, windowEnd: string | null): DueRow => ({
  itemId,
  executorKey,
  organizationId: 'org',
  personId: null,
  windowEnd,
});

describe('date changes of executors', () => {
  it.each([
    ['a moved date', [row('i', 'e', '2026-08-20')], [row('i', 'e', '2026-08-25')], [[['2026-08-20'], ['2026-08-25']]]],
    ['a date given to a waiting item', [row('i', 'e', null)], [row('i', 'e', '2026-08-25')], [[[], ['2026-08-25']]]],
    ['a date taken away', [row('i', 'e', '2026-08-20')], [row('i', 'e', null)], [[['2026-08-20'], []]]],
    ['nothing moved', [row('i', 'e', '2026-08-20')], [row('i', 'e', '2026-08-20')], []],
    ['an executor added is no date change', [], [row('i', 'e', '2026-08-20')], []],
    ['an executor removed is no date change', [row('i', 'e', '2026-08-20')], [], []],
    [
      'one of several occurrences moved',
      [row('i', 'e', '2026-03-31'), row('i', 'e', '2026-06-30')],
      [row('i', 'e', '2026-06-30'), row('i', 'e', '2026-04-02')],
      [
        [
          ['2026-03-31', '2026-06-30'],
          ['2026-04-02', '2026-06-30'],
        ],
      ],
    ],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(dateChanges(before, after).map((c) => [c.before, c.after])).toEqual(expected);
  });

  it('keeps executors apart', () => {
    const changes = dateChanges([row('i', 'a', '2026-08-20'), row('i', 'b', '2026-08-20')], [row('i', 'a', '2026-08-22'), row('i', 'b', '2026-08-20')]);
    expect(changes.map((c) => c.executorKey)).toEqual(['a']);
  });
});
