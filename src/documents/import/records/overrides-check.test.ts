import { describe, expect, it } from 'vitest';
import type { DraftSource, ImportOverrides } from '../../../shared/plan-format.js';
import { overridesProblem } from './overrides-check.js';

const source: DraftSource = {
  layout: 'table',
  columns: [
    { index: 0, title: '№', role: 'number' },
    { index: 1, title: 'Мероприятие', role: 'title' },
  ],
  rows: [
    { line: 5, cells: ['1', 'Первое'] },
    { line: 6, cells: ['2', 'Второе'] },
  ],
};

describe('overridesProblem', () => {
  const cases: [string, ImportOverrides, string | null][] = [
    ['no corrections', {}, null],
    [
      'known rows and columns',
      {
        columns: [{ index: 1, role: 'deadline' }],
        sectionRows: [5],
        deleteRows: [6],
        mergeRows: [[5, 6]],
        splitRows: [
          {
            line: 6,
            rows: [
              ['2', 'a'],
              ['3', 'b'],
            ],
          },
        ],
      },
      null,
    ],
    ['column out of range', { columns: [{ index: 2, role: 'title' }] }, 'Колонки № 3 нет: в прочитанной таблице колонок 2.'],
    [
      'column given twice',
      {
        columns: [
          { index: 0, role: 'title' },
          { index: 0, role: 'note' },
        ],
      },
      'Колонке № 1 роль задана дважды.',
    ],
    ['unknown section row', { sectionRows: [7] }, 'Строки 7 нет среди прочитанных строк таблицы.'],
    ['unknown deleted row', { deleteRows: [1] }, 'Строки 1 нет среди прочитанных строк таблицы.'],
    ['unknown merged row', { mergeRows: [[5, 9]] }, 'Строки 9 нет среди прочитанных строк таблицы.'],
    [
      'row in two merges',
      {
        mergeRows: [
          [5, 6],
          [6, 5],
        ],
      },
      'Строка 6 указана в объединении дважды.',
    ],
    ['unknown split row', { splitRows: [{ line: 8, rows: [['x']] }] }, 'Строки 8 нет среди прочитанных строк таблицы.'],
    ['split part wider than the table', { splitRows: [{ line: 5, rows: [['1', 'a', 'b']] }] }, 'Строка 5: в части после разделения 3 ячеек, а колонок 2.'],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(overridesProblem(source, overrides)).toBe(expected);
  });
});
