import { describe, expect, it } from 'vitest';
import type { DraftSource } from '../../../../shared/plan-format';
import { columnRole, hasRowAction, parseSplit, toggleRowAction, withColumnRole, withSplit } from './overrides';

const source: DraftSource = {
  layout: 'table',
  columns: [
    { index: 0, title: '№', role: 'number' },
    { index: 1, title: 'Мероприятие', role: 'title' },
    { index: 2, title: 'Примечание', role: 'note' },
  ],
  rows: [3, 4, 5, 6].map((line) => ({ line, cells: [String(line), `строка ${line}`, ''] })),
};

describe('wizard overrides', () => {
  it('reads unknown importer roles as «другое» and the user’s choice over the reading', () => {
    expect(columnRole(source, {}, 2)).toBe('field');
    expect(columnRole(source, {}, 0)).toBe('number');
    const o = withColumnRole(withColumnRole({}, 2, 'deadline'), 2, 'ignore');
    expect(o.columns).toEqual([{ index: 2, role: 'ignore' }]);
    expect(columnRole(source, o, 2)).toBe('ignore');
  });

  it('toggles sections and deletions', () => {
    const on = toggleRowAction(source, {}, 4, 'section');
    expect(on.sectionRows).toEqual([4]);
    expect(hasRowAction(on, 4, 'section')).toBe(true);
    expect(toggleRowAction(source, on, 4, 'section').sectionRows).toEqual([]);
    expect(toggleRowAction(source, {}, 5, 'delete').deleteRows).toEqual([5]);
  });

  it('merging with the previous row grows one group, and un-merging cuts it there', () => {
    let o = toggleRowAction(source, {}, 5, 'merge');
    expect(o.mergeRows).toEqual([[4, 5]]);
    o = toggleRowAction(source, o, 6, 'merge');
    expect(o.mergeRows).toEqual([[4, 5, 6]]);
    expect(hasRowAction(o, 4, 'merge')).toBe(false);
    expect(hasRowAction(o, 6, 'merge')).toBe(true);
    expect(toggleRowAction(source, o, 6, 'merge').mergeRows).toEqual([[4, 5]]);
    expect(toggleRowAction(source, o, 5, 'merge').mergeRows).toEqual([[5, 6]]);
    // The first row has nothing above it to merge with.
    expect(toggleRowAction(source, {}, 3, 'merge')).toEqual({});
  });

  it('a split needs two parts; its text is one part per line, cells parted by «|»', () => {
    const parts = parseSplit('1 | Первое\n\n1.1 | Второе | \n');
    expect(parts).toEqual([
      ['1', 'Первое'],
      ['1.1', 'Второе', ''],
    ]);
    expect(withSplit({}, 4, parts).splitRows).toEqual([{ line: 4, rows: parts }]);
    expect(withSplit(withSplit({}, 4, parts), 4, [['1', 'Первое']]).splitRows).toEqual([]);
  });
});
