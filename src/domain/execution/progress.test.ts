import { describe, expect, it } from 'vitest';
import { executorDigest, reviewerDigest } from './digest.js';
import { occurrenceStatus } from './occurrence-state.js';
import { executedShare, outcomeOf, outcomes, summarize, type ProgressEntry } from './progress.js';

const today = '2022-07-10';
const rep = (status: string, reviewStatus = 'pending', movedTo: string | null = null) => ({
  id: status,
  status,
  reviewStatus,
  movedTo,
  createdAt: '2022-07-01T00:00:00Z',
});
const entry = (section: string, executor: string, windowEnd: string | null, reports: ReturnType<typeof rep>[]): ProgressEntry => {
  const status = occurrenceStatus({ windowEnd }, reports, today);
  return {
    status,
    sectionKey: section,
    sectionLabel: `Раздел ${section}`,
    executorKey: executor,
    executorLabel: executor,
    month: status.dueDate?.slice(0, 7) ?? null,
  };
};

describe('progress', () => {
  const entries = [
    entry('1', 'ТИК Б', '2022-06-30', [rep('done', 'accepted')]),
    entry('1', 'ТИК О', '2022-06-30', [rep('partial')]),
    entry('1', 'ТИК Б', '2022-06-30', []),
    entry('2', 'ИККО', '2022-12-31', []),
    entry('2', 'ИККО', '2022-06-30', [rep('moved', 'pending', '2022-09-30')]),
    entry('2', 'ТИК О', '2022-06-30', [rep('done', 'returned')]),
    entry('2', 'ТИК О', null, []),
  ];

  it('each occurrence counts once', () => {
    const p = summarize(entries);
    expect(p.totals).toMatchObject({
      total: 7,
      done: 1,
      partial: 0,
      submitted: 1,
      overdue: 2,
      open: 1,
      moved: 1,
      awaiting: 1,
      pendingReview: 2,
      accepted: 1,
      returned: 1,
    });
    const sum = outcomes.reduce((a, k) => a + p.totals[k], 0);
    expect(sum).toBe(p.totals.total);
  });

  it('a report waiting for review is «на проверке», not done; accepted, it counts as what it says', () => {
    const waiting = occurrenceStatus({ windowEnd: '2022-06-30' }, [rep('done')], today);
    expect(outcomeOf(waiting)).toBe('submitted');
    expect(outcomeOf(occurrenceStatus({ windowEnd: '2022-06-30' }, [rep('done', 'accepted')], today))).toBe('done');
    expect(outcomeOf(occurrenceStatus({ windowEnd: '2022-06-30' }, [rep('not_done', 'accepted')], today))).toBe('not_done');
    expect(outcomeOf(occurrenceStatus({ windowEnd: '2022-06-30' }, [rep('not_done')], today))).toBe('submitted');
    expect(executedShare(summarize([entry('1', 'ТИК Б', '2022-06-30', [rep('done')])]).totals)).toBe(0);
  });

  it('an external participant without a report is neither overdue nor open; its report counts as any other', () => {
    const ext = (windowEnd: string, reports: ReturnType<typeof rep>[]) => ({ ...entry('1', 'ЦИК России', windowEnd, reports), external: true });
    const p = summarize([ext('2022-06-30', []), ext('2022-12-31', []), ext('2022-06-30', [rep('done', 'accepted')]), entry('1', 'ТИК Б', '2022-06-30', [])]);
    expect(p.totals).toMatchObject({ total: 4, external: 2, overdue: 1, open: 0, done: 1 });
    expect(p.byExecutor.find((g) => g.label === 'ЦИК России')!.tally.overdue).toBe(0);
  });

  it('groups by section in plan order, by executor by name, by month by date', () => {
    const p = summarize(entries);
    expect(p.bySection.map((g) => [g.key, g.tally.total])).toEqual([
      ['1', 3],
      ['2', 4],
    ]);
    expect(p.byExecutor.map((g) => g.label)).toEqual(['ИККО', 'ТИК Б', 'ТИК О']);
    expect(p.byMonth.map((g) => g.key)).toEqual(['2022-06', '2022-09', '2022-12', 'none']);
  });

  it('outcomes and the executed share', () => {
    expect(entries.map((e) => outcomeOf(e.status))).toEqual(['done', 'submitted', 'overdue', 'open', 'moved', 'overdue', 'awaiting']);
    expect(executedShare(summarize(entries).totals)).toBe(16.7);
  });
});

describe('digests', () => {
  it('an executor digest lists overdue first, grouped by plan, with the link to «Мои мероприятия»', () => {
    const d = executorDigest({
      displayName: 'Исполнитель ТИК',
      days: 7,
      appUrl: 'https://planik.example/',
      occurrences: [
        {
          planTitle: 'План А',
          itemNumber: '2.1.4',
          itemTitle: 'Тестирование членов ТИК',
          dueDate: '2022-07-15',
          executorLabel: 'ТИК Б',
          overdue: false,
          moved: false,
          needsRework: false,
        },
        {
          planTitle: 'План А',
          itemNumber: '1.4',
          itemTitle: 'Представить план',
          dueDate: '2022-02-01',
          executorLabel: 'ТИК Б',
          overdue: true,
          moved: false,
          needsRework: true,
        },
      ],
    });
    expect(d.subject).toBe('Planik: просрочено мероприятий — 1, скоро срок — 1');
    expect(d.text.indexOf('1.4')).toBeLessThan(d.text.indexOf('2.1.4'));
    expect(d.text).toContain('срок 01.02.2022');
    expect(d.text).toContain('отчет возвращен на доработку');
    expect(d.text).toContain('https://planik.example/my');
    expect(d.itemCount).toBe(2);
  });

  it('a reviewer digest counts the reports awaiting review', () => {
    const d = reviewerDigest({
      displayName: 'Планировщик',
      appUrl: null,
      reports: [
        { planTitle: 'План А', itemNumber: '2.1.4', itemTitle: 'Тестирование', executorLabel: 'ТИК Б', statusName: 'исполнено', submittedAt: '2022-07-01' },
      ],
    });
    expect(d.subject).toBe('Planik: отчетов на проверке — 1');
    expect(d.text).toContain('ТИК Б: исполнено (01.07.2022)');
  });
});
