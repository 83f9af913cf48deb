import { describe, expect, it } from 'vitest';
import type { ExportColumn, ExportItem } from './export-plan.js';
import { columnWidths, numberColumnChars } from './table-columns.js';

const columns = (numberTitle: string): ExportColumn[] => [
  { key: 'n', title: numberTitle, role: 'number' },
  { key: 't', title: 'Наименование мероприятия', role: 'title' },
  { key: 'd', title: 'Срок', role: 'deadline' },
];

function item(number: string, children: ExportItem[] = []): ExportItem {
  return { number, children } as unknown as ExportItem;
}

describe('numberColumnChars: the number column holds its longest word on one line', () => {
  it.each([
    ['№ п/п', [item('1'), item('2')], 3],
    ['Номер строки', [item('1')], 6],
    ['N п/п', [item('1', [item('1.1', [item('1.1.12.')])])], 7],
    ['', [], 0],
  ])('heading «%s»', (title, items, chars) => {
    expect(numberColumnChars(columns(title), items)).toBe(chars);
  });

  it('a plan without a number column counts its numbers only', () => {
    expect(numberColumnChars(columns('x').slice(1), [item('10.2')])).toBe(4);
  });
});

describe('columnWidths', () => {
  it('gives the number column the width asked for and fills the total', () => {
    const widths = columnWidths(columns('№'), 10000, 1200);
    expect(widths[0]).toBe(1200);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
  });
});
