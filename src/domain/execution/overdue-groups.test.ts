import { describe, expect, it } from 'vitest';
import { groupOverdue, overdueByExecutor, type OverdueSource } from './overdue-groups.js';
import type { Outcome } from './progress.js';

const row = (item: string, executor: string, outcome: Outcome, windowEnd = '2022-06-30', dueDate: string | null = windowEnd): OverdueSource => ({
  occurrenceId: `${item}/${executor}/${windowEnd}`,
  itemId: item,
  itemNumber: item,
  itemTitle: `Мероприятие ${item}`,
  sectionKey: 's',
  executorKey: executor,
  executorLabel: executor,
  outcome,
  dueDate,
  windowEnd,
});

describe('overdue grouped by item', () => {
  const entries = [
    row('2.1', 'ТИК Б', 'overdue'),
    row('2.1', 'ТИК О', 'submitted'),
    row('2.1', 'ТИК К', 'done'),
    row('2.1', 'ТИК Д', 'overdue'),
    row('2.1', 'ТИК Д', 'open', '2022-12-31'),
    row('2.1', 'ТИК Б', 'overdue', '2022-03-31'),
    row('2.2', 'ТИК Б', 'done'),
    row('2.3', 'ЦИК России', 'external'),
    row('2.4', 'ТИК О', 'overdue', '2022-06-30', '2022-06-30'),
  ];
  const items = groupOverdue(entries);

  it('one row per item; inside, who has not reported (first) and who has', () => {
    expect(items.map((i) => [i.itemNumber, i.overdue, i.since])).toEqual([
      ['2.1', 3, '2022-03-31'],
      ['2.4', 1, '2022-06-30'],
    ]);
    expect(items[0]!.executors.map((x) => [x.label, x.overdue, x.reported, x.since])).toEqual([
      ['ТИК Б', 2, 0, '2022-03-31'],
      ['ТИК Д', 1, 0, '2022-06-30'],
      ['ТИК К', 0, 1, null],
      ['ТИК О', 0, 1, null],
    ]);
    expect(items[0]!.executors[0]!.occurrenceId).toBe('2.1/ТИК Б/2022-03-31');
  });

  it('items with nothing overdue, and external participants, are not listed', () => {
    expect(items.some((i) => i.itemNumber === '2.2' || i.itemNumber === '2.3')).toBe(false);
  });

  it('turned round by executor', () => {
    expect(overdueByExecutor(items).map((g) => [g.label, g.overdue, g.items.map((i) => i.itemNumber)])).toEqual([
      ['ТИК Б', 2, ['2.1']],
      ['ТИК Д', 1, ['2.1']],
      ['ТИК О', 1, ['2.4']],
    ]);
  });
});
