import { describe, expect, it } from 'vitest';
import { chairmanSummaryOf, chairmanWindow, type ChairmanFigures } from './chairman.js';

const today = '2026-11-27';
const figures = (over: Partial<ChairmanFigures>): ChairmanFigures => ({
  overdue: 0,
  overdueItems: 0,
  pendingReview: 0,
  dueSoon: 0,
  done: 0,
  counted: 0,
  current: { total: 0, done: 0, overdue: 0 },
  previous: { total: 0, done: 0, overdue: 0 },
  bodies: [],
  bodyCount: 0,
  sections: [],
  sectionCount: 0,
  waiting: [],
  soon: [],
  ...over,
});
const body = (label: string, overdue: number, oldestDue: string | null = '2026-11-20') => ({ key: label, label, overdue, items: 1, oldestDue });

describe('the dates the summary counts against', () => {
  it.each([
    // today, soon until, current half-year counted up to, previous half-year
    ['2026-11-27', '2026-12-11', ['2026-07-01', '2026-11-26'], ['2026-01-01', '2026-06-30']],
    ['2026-07-01', '2026-07-15', ['2026-07-01', '2026-06-30'], ['2026-01-01', '2026-06-30']],
    ['2027-01-10', '2027-01-24', ['2027-01-01', '2027-01-09'], ['2026-07-01', '2026-12-31']],
  ])('on %s', (day, soonEnd, [from, end], [pFrom, pEnd]) => {
    const w = chairmanWindow(day);
    expect([w.soonEnd, w.current.from, w.current.end, w.previous.from, w.previous.end]).toEqual([soonEnd, from, end, pFrom, pEnd]);
  });
});

describe('the summary from counted figures', () => {
  it('orders bodies by overdue, then by name in Russian order, and cuts at ten with the rest counted', () => {
    const bodies = [body('ТИК Б', 3), body('ТИК А', 3), ...Array.from({ length: 10 }, (_, i) => body(`ТИК ${i}`, 1)), body('ТИК Я', 5)];
    const s = chairmanSummaryOf(figures({ bodies, bodyCount: 40 }), today);
    expect(s.byBody.map((b) => b.label).slice(0, 3)).toEqual(['ТИК Я', 'ТИК А', 'ТИК Б']);
    expect(s.byBody).toHaveLength(10);
    expect(s.moreBodies).toBe(30);
  });

  it.each([
    ['2026-10-01', 57],
    ['2026-11-27', 0],
    // Overdue in an executor's zone a day ahead: never a negative age.
    ['2026-11-28', 0],
  ])('the oldest overdue deadline %s has waited %i days', (due, days) => {
    expect(chairmanSummaryOf(figures({ bodies: [body('ТИК', 1, due)], bodyCount: 1 }), today).byBody[0]!.oldestDays).toBe(days);
  });

  it.each([
    [{ done: 1, counted: 4 }, 25],
    [{ done: 0, counted: 0 }, 0],
    [{ done: 2, counted: 3 }, 66.7],
  ])('executed share of %o is %s %%', (f, share) => {
    expect(chairmanSummaryOf(figures(f), today).totals.executedShare).toBe(share);
  });

  it('trend: shares of both half-years and their difference; none without deadlines', () => {
    const s = chairmanSummaryOf(figures({ current: { total: 5, done: 1, overdue: 3 }, previous: { total: 2, done: 1, overdue: 1 } }), today);
    expect(s.trend.current).toMatchObject({ from: '2026-07-01', to: '2026-12-31', share: 20 });
    expect(s.trend.previous).toMatchObject({ label: 'I полугодие 2026 г.', share: 50 });
    expect(s.trend.delta).toBe(-30);
    expect(chairmanSummaryOf(figures({}), today).trend.delta).toBeNull();
  });
});
