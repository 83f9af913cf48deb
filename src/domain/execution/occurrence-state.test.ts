import { describe, expect, it } from 'vitest';
import { dueBucket, endOfWeek, occurrenceStatus, todayIn, type StateReport } from './occurrence-state.js';

let seq = 0;
const r = (status: string, reviewStatus = 'pending', movedTo: string | null = null): StateReport => ({
  id: `r${++seq}`,
  status,
  reviewStatus,
  movedTo,
  createdAt: new Date(Date.UTC(2022, 0, 1, 0, 0, seq)),
});

describe('state of an occurrence', () => {
  it.each([
    // [window end, reports, today, state, due date, needs rework]
    ['2022-06-30', [], '2022-06-30', 'due', '2022-06-30', false],
    ['2022-06-30', [], '2022-07-01', 'overdue', '2022-06-30', false],
    [null, [], '2022-07-01', 'awaiting', null, false],
    ['2022-06-30', [r('done')], '2022-07-01', 'done', '2022-06-30', false],
    ['2022-06-30', [r('not_done')], '2022-07-01', 'done', '2022-06-30', false],
    ['2022-06-30', [r('cancelled', 'accepted')], '2022-07-01', 'done', '2022-06-30', false],
    ['2022-06-30', [r('done', 'returned')], '2022-07-01', 'overdue', '2022-06-30', true],
    ['2022-06-30', [r('done', 'returned'), r('done')], '2022-07-01', 'done', '2022-06-30', false],
    ['2022-06-30', [r('moved', 'pending', '2022-09-30')], '2022-07-01', 'due', '2022-09-30', false],
    ['2022-06-30', [r('moved', 'accepted', '2022-09-30')], '2022-10-01', 'overdue', '2022-09-30', false],
    ['2022-06-30', [r('moved', 'accepted', '2022-09-30'), r('done')], '2022-10-01', 'done', '2022-06-30', false],
    [null, [r('moved', 'pending', '2022-09-30')], '2022-07-01', 'due', '2022-09-30', false],
    // Two reports of the same ТИК at once: the later one is current, both kept.
    ['2022-06-30', [r('partial'), r('done')], '2022-07-01', 'done', '2022-06-30', false],
  ] as const)('window end %s, %j, today %s → %s', (windowEnd, reports, today, state, dueDate, needsRework) => {
    const s = occurrenceStatus({ windowEnd }, [...reports], today);
    expect(s.state).toBe(state);
    expect(s.dueDate).toBe(dueDate);
    expect(s.needsRework).toBe(needsRework);
  });

  it('an approved extension moves the deadline in force; a later «перенесено» report moves it again', () => {
    expect(occurrenceStatus({ windowEnd: '2022-06-30', extendedTo: '2022-07-15' }, [], '2022-07-10')).toMatchObject({ state: 'due', dueDate: '2022-07-15' });
    expect(occurrenceStatus({ windowEnd: '2022-06-30', extendedTo: '2022-07-15' }, [], '2022-07-16')).toMatchObject({
      state: 'overdue',
      dueDate: '2022-07-15',
    });
    expect(occurrenceStatus({ windowEnd: '2022-06-30', extendedTo: '2022-07-15' }, [r('moved', 'pending', '2022-08-01')], '2022-07-16')).toMatchObject({
      state: 'due',
      dueDate: '2022-08-01',
    });
    expect(occurrenceStatus({ windowEnd: '2022-06-30', extendedTo: null }, [], '2022-07-10')).toMatchObject({ state: 'overdue', dueDate: '2022-06-30' });
  });

  it('reports are ordered by time whatever order they come in', () => {
    const a = r('partial');
    const b = r('done');
    expect(occurrenceStatus({ windowEnd: '2022-06-30' }, [b, a], '2022-07-01').current!.id).toBe(b.id);
  });
});

describe('today in the executor’s time zone', () => {
  // 2022-06-30 20:30 UTC is already 1 July in Novokuznetsk (UTC+7) but still 30 June in Moscow (UTC+3).
  const instant = new Date('2022-06-30T20:30:00Z');
  it.each([
    ['Europe/Moscow', '2022-06-30'],
    ['Asia/Novokuznetsk', '2022-07-01'],
    ['Asia/Bishkek', '2022-07-01'],
    ['Europe/Kaliningrad', '2022-06-30'],
  ])('%s → %s', (tz, date) => expect(todayIn(tz, instant)).toBe(date));

  it('the same window is overdue in Novokuznetsk and not yet in Moscow', () => {
    expect(occurrenceStatus({ windowEnd: '2022-06-30' }, [], todayIn('Asia/Novokuznetsk', instant)).state).toBe('overdue');
    expect(occurrenceStatus({ windowEnd: '2022-06-30' }, [], todayIn('Europe/Moscow', instant)).state).toBe('due');
  });

  it('an unknown time zone falls back to UTC', () => expect(todayIn('Mars/Olympus', instant)).toBe('2022-06-30'));
});

describe('headings of «Мои мероприятия»', () => {
  // 2026-11-24 is a Tuesday: the week ends on Sunday 29 November, the month on the 30th.
  it.each([
    ['2026-11-23', 'overdue'],
    ['2026-11-24', 'week'],
    ['2026-11-29', 'week'],
    ['2026-11-30', 'month'],
    ['2026-12-01', 'later'],
  ])('due %s → %s', (dueDate, bucket) => expect(dueBucket({ state: dueDate < '2026-11-24' ? 'overdue' : 'due', dueDate }, '2026-11-24')).toBe(bucket));
  it('done and awaiting keep their own headings', () => {
    expect(dueBucket({ state: 'done', dueDate: '2026-11-01' }, '2026-11-24')).toBe('done');
    expect(dueBucket({ state: 'awaiting', dueDate: null }, '2026-11-24')).toBe('awaiting');
  });
  it('a Sunday is the end of its own week', () => expect(endOfWeek('2026-11-29')).toBe('2026-11-29'));
});
