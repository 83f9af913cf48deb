import { describe, expect, it } from 'vitest';
import { chairmanSummary, type ChairmanEntry } from './chairman.js';

let n = 0;
const e = (over: Partial<ChairmanEntry>): ChairmanEntry => ({
  occurrenceId: `o${++n}`,
  planId: 'p',
  planTitle: 'План',
  sectionKey: 's1',
  sectionLabel: '1. Раздел',
  itemNumber: '1.1',
  itemTitle: 'Пункт',
  executorKey: 'tik-a',
  executorLabel: 'ТИК А',
  outcome: 'open',
  dueDate: '2026-12-01',
  pendingSince: null,
  ...over,
});
const today = '2026-11-27';

describe('the chairman’s summary', () => {
  const entries = [
    e({ outcome: 'overdue', dueDate: '2026-10-01', itemNumber: '1.1' }),
    e({ outcome: 'overdue', dueDate: '2026-11-01', itemNumber: '1.2' }),
    e({
      outcome: 'overdue',
      dueDate: '2026-11-20',
      itemNumber: '2.1',
      executorKey: 'tik-b',
      executorLabel: 'ТИК Б',
      sectionKey: 's2',
      sectionLabel: '2. Обучение',
    }),
    e({ outcome: 'submitted', dueDate: '2026-11-10', pendingSince: '2026-11-12T10:00:00Z' }),
    e({ outcome: 'open', dueDate: '2026-12-05' }),
    e({ outcome: 'open', dueDate: '2026-12-31' }),
    e({ outcome: 'done', dueDate: '2026-09-30' }),
    e({ outcome: 'done', dueDate: '2026-03-31' }),
    e({ outcome: 'overdue', dueDate: '2026-04-30' }),
    e({ outcome: 'external', dueDate: '2026-04-30', executorKey: 'cec', executorLabel: 'ЦИК России' }),
  ];
  const s = chairmanSummary(entries, today);

  it('overdue by body, the most first, with how long the oldest has waited', () => {
    expect(s.byBody.map((b) => [b.label, b.overdue, b.items, b.oldestDays])).toEqual([
      ['ТИК А', 3, 2, 211], // item 1.1 twice (two deadlines), 1.2 once
      ['ТИК Б', 1, 1, 7],
    ]);
  });

  it('overdue by section of each plan', () => {
    expect(s.bySection.map((x) => [x.label, x.overdue])).toEqual([
      ['1. Раздел', 3],
      ['2. Обучение', 1],
    ]);
  });

  it('waiting for review and due within two weeks (today to today + 14)', () => {
    expect(s.waiting.map((w) => w.dueDate)).toEqual(['2026-11-10']);
    expect(s.soon.map((w) => w.dueDate)).toEqual(['2026-12-05']);
    expect(s.totals).toMatchObject({ overdue: 4, pendingReview: 1, dueSoon: 1 });
  });

  it('trend: the current half-year so far against the previous one, external participants left out', () => {
    // II 2026 up to 26.11: 4 fell due (10-01, 11-01, 11-20 overdue; 11-10 submitted; 09-30 done) → 1 of 5 = 20 %.
    expect(s.trend.current).toMatchObject({ total: 5, done: 1, overdue: 3, share: 20 });
    // I 2026: done 03-31, overdue 04-30 → 50 %.
    expect(s.trend.previous).toMatchObject({ label: 'I полугодие 2026 г.', total: 2, done: 1, overdue: 1, share: 50 });
    expect(s.trend.delta).toBe(-30);
  });

  it('no deadlines in a period: no share and no trend, not a zero', () => {
    const empty = chairmanSummary([e({ outcome: 'done', dueDate: '2022-06-30' })], today);
    expect(empty.trend.current.share).toBeNull();
    expect(empty.trend.delta).toBeNull();
  });
});
