import { describe, expect, it } from 'vitest';
import { periodContaining, reportingPeriodLabel, splitByReportingPeriod } from './reporting-periods.js';

describe('reporting periods', () => {
  it.each([
    ['2022-05-15', 'half_year', '2022-01-01', '2022-06-30'],
    ['2022-07-01', 'half_year', '2022-07-01', '2022-12-31'],
    ['2022-02-28', 'quarter', '2022-01-01', '2022-03-31'],
    ['2022-11-30', 'quarter', '2022-10-01', '2022-12-31'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
  ] as const)('%s in a %s → %s..%s', (date, kind, start, end) => expect(periodContaining(date, kind)).toEqual({ start, end }));

  it('a three-year window splits into six half-years', () => {
    expect(splitByReportingPeriod({ start: '2023-01-01', end: '2025-12-31' }, 'half_year')).toHaveLength(6);
  });
  it('an inverted window gives nothing', () => expect(splitByReportingPeriod({ start: '2022-02-01', end: '2022-01-01' }, 'month')).toEqual([]));

  it.each([
    ['2022-01-01', '2022-06-30', 'I полугодие 2022 г.'],
    ['2022-07-01', '2022-12-31', 'II полугодие 2022 г.'],
    ['2022-01-01', '2022-12-31', '2022 год'],
    ['2022-07-01', '2022-09-30', 'III квартал 2022 г.'],
    ['2022-03-01', '2022-03-31', 'март 2022 г.'],
    ['2022-01-01', '2022-09-30', 'январь – сентябрь 2022 г.'],
    ['2022-01-15', '2022-06-30', 'период с 15.01.2022 по 30.06.2022'],
  ])('%s..%s → «%s»', (start, end, label) => expect(reportingPeriodLabel({ start, end })).toBe(label));
});
