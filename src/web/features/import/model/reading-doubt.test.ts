import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../../shared/plan-format';
import { messageAtRow, pageCount, pageOfRow, readingUnsure, warningsByLine } from './reading-doubt';

const draft = (source: PlanDraft['source'], items = 1): PlanDraft =>
  ({
    title: 'План',
    kind: 'work',
    period: null,
    approval: null,
    abbreviations: [],
    items: Array.from({ length: items }, () => ({})),
    warnings: [],
    columns: [],
    source,
  }) as unknown as PlanDraft;

const columns = (roles: string[]) => roles.map((role, index) => ({ index, title: `c${index}`, role }));
const rows = [{ line: 4, cells: ['1', 'a'] }];

describe('readingUnsure', () => {
  it.each([
    ['a table whose header was matched', draft({ layout: 'table', columns: columns(['number', 'title']), rows }), false],
    ['a table without a header', draft({ layout: 'headerless', columns: columns(['number', 'title']), rows }), true],
    ['numbered lines read as free text', draft({ layout: 'free-text', columns: columns(['number', 'title']), rows }), true],
    ['no column read as the title', draft({ layout: 'line-cells', columns: columns(['number', 'field']), rows }), true],
    ['rows but no items', draft({ layout: 'table', columns: columns(['number', 'title']), rows }, 0), true],
    ['a header without rows: nothing to correct', draft({ layout: 'header-only', columns: columns(['title']), rows: [] }, 0), false],
    ['a JSON draft: no source', draft(undefined), false],
  ])('%s', (_, d, unsure) => {
    expect(readingUnsure(d)).toBe(unsure);
  });
});

describe('warnings at their rows', () => {
  it('groups by line and leaves out warnings of the whole document', () => {
    const byLine = warningsByLine([
      { line: 4, message: 'a' },
      { line: null, message: 'b' },
      { line: 4, message: 'c' },
      { line: 7, message: 'd' },
    ]);
    expect([...byLine.keys()]).toEqual([4, 7]);
    expect(byLine.get(4)!.map((w) => w.message)).toEqual(['a', 'c']);
  });

  it.each([
    ['строка 14: две колонки исполнителей', 14, 'две колонки исполнителей'],
    ['строка 14: две колонки исполнителей', 15, 'строка 14: две колонки исполнителей'],
    ['Номер постановления не найден', 14, 'Номер постановления не найден'],
  ])('%s at row %i', (message, line, shown) => {
    expect(messageAtRow(message, line)).toBe(shown);
  });
});

describe('paging', () => {
  it.each([
    [0, 0],
    [49, 0],
    [50, 1],
    [1999, 39],
  ])('row %i is on page %i', (index, page) => {
    expect(pageOfRow(index)).toBe(page);
  });
  it('a 2,000-row import has 40 pages, an empty one still has one', () => {
    expect(pageCount(2000)).toBe(40);
    expect(pageCount(0)).toBe(1);
  });
});
