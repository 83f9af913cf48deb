import { describe, expect, it } from 'vitest';
import { carriedOverMark, isUnfinished, periodLabel, shiftTitleYears } from './carry-over.js';

const y2026 = { start: '2026-01-01', end: '2026-12-31' };
const y2027 = { start: '2027-01-01', end: '2027-12-31' };

describe('isUnfinished', () => {
  it.each([
    ['no occurrences', [], false],
    ['reported done', [{ retired: false, reportStatuses: ['done'] }], false],
    ['cancelled', [{ retired: false, reportStatuses: ['cancelled'] }], false],
    ['no report', [{ retired: false, reportStatuses: [] }], true],
    ['partial', [{ retired: false, reportStatuses: ['partial'] }], true],
    ['not done', [{ retired: false, reportStatuses: ['not_done'] }], true],
    ['moved', [{ retired: false, reportStatuses: ['moved'] }], true],
    ['moved, then done', [{ retired: false, reportStatuses: ['moved', 'done'] }], false],
    [
      'one of two executors open',
      [
        { retired: false, reportStatuses: ['done'] },
        { retired: false, reportStatuses: [] },
      ],
      true,
    ],
    ['open but retired (no longer called for)', [{ retired: true, reportStatuses: [] }], false],
  ] as const)('%s → %s', (_name, outcomes, unfinished) => {
    expect(isUnfinished(outcomes.map((o) => ({ retired: o.retired, reportStatuses: [...o.reportStatuses] })))).toBe(unfinished);
  });
});

describe('titles and marks', () => {
  it.each([
    ['План работы Избирательной комиссии Калужской области на 2026 год', y2026, y2027, 'План работы Избирательной комиссии Калужской области на 2027 год'],
    [
      'План мероприятий на 2022-2023 годы',
      { start: '2022-01-01', end: '2023-12-31' },
      { start: '2024-01-01', end: '2025-12-31' },
      'План мероприятий на 2024-2025 годы',
    ],
    ['План по исполнению Федерального закона 2002 года на 2026 год', y2026, y2027, 'План по исполнению Федерального закона 2002 года на 2027 год'],
    ['План работы', y2026, y2027, 'План работы'],
    ['План на 2026 год', null, y2027, 'План на 2026 год'],
  ])('%s', (title, from, to, expected) => {
    expect(shiftTitleYears(title, from, to)).toBe(expected);
  });

  it('marks a carried-over item with the plan and its number', () => {
    expect(carriedOverMark(y2026, '2.3')).toBe('перенесено из плана на 2026 год, п. 2.3');
    expect(carriedOverMark({ start: '2022-01-01', end: '2023-12-31' }, '1')).toBe('перенесено из плана на 2022–2023 годы, п. 1');
    expect(carriedOverMark(null, '4')).toBe('перенесено из плана, п. 4');
    expect(periodLabel(null)).toBeNull();
  });
});
