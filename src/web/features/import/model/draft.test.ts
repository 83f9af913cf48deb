import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../../../shared/plan-format';
import { flattenDraft, mergeWithPrevious, setColumnRole, splitAt, unplacedWarnings } from './draft';

const item = (number: string | null, title: string, extra: Partial<DraftItem> = {}): DraftItem => ({
  number,
  title,
  deadline: null,
  executors: [],
  fields: {},
  children: [],
  ...extra,
});

const draft = (items: DraftItem[], warnings: PlanDraft['warnings'] = []): PlanDraft => ({
  title: 'План',
  kind: 'work_plan',
  period: { start: '2022-01-01', end: '2022-12-31' },
  approval: null,
  abbreviations: [],
  description: null,
  items,
  warnings,
  columns: [
    { key: 'c1', title: 'Наименование', role: 'title' },
    { key: 'c2', title: 'Срок', role: 'deadline' },
    { key: 'c3', title: 'Примечание', role: 'note' },
  ],
});

describe('import draft fix-ups', () => {
  it('attaches warnings to the row that starts at or before their line', () => {
    const rows = flattenDraft(draft([item('1', 'A', { line: 10 }), item('2', 'B', { line: 20 })], [{ message: 'Строка без номера', line: 23 }]));
    expect(rows[1]!.warnings).toHaveLength(1);
    expect(rows[0]!.warnings).toHaveLength(0);
  });

  it('merges a wrapped continuation into the row above', () => {
    const d = draft([
      item('1.2.1', 'Участие членов в обучающих мероприятиях,', { executors: [{ text: 'ЦИК РФ', kind: 'organization' }] }),
      item(null, 'проводимых ЦИК России', { executors: [{ text: 'ИККО', kind: 'group' }], children: [item('x', 'child')] }),
    ]);
    const merged = mergeWithPrevious(d, [1]);
    expect(merged.items).toHaveLength(1);
    expect(merged.items[0]!.title).toBe('Участие членов в обучающих мероприятиях, проводимых ЦИК России');
    expect(merged.items[0]!.executors.map((e) => e.text)).toEqual(['ЦИК РФ', 'ИККО']);
    expect(merged.items[0]!.children.map((c) => c.title)).toEqual(['child']);
    const first = draft([item('1', 'Раздел', { children: [item(null, 'продолжение', { children: [item('1.1', 'Пункт')] })] })]);
    const up = mergeWithPrevious(first, [0, 0]);
    expect(up.items[0]!.title).toBe('Раздел продолжение');
    expect(up.items[0]!.children.map((c) => c.title)).toEqual(['Пункт']);
  });

  it('splits a row at the cursor', () => {
    const d = splitAt(draft([item('1', 'Первое. Второе')]), [0], 8);
    expect(d.items.map((i) => i.title)).toEqual(['Первое.', 'Второе']);
  });

  it('moves values when a column changes role', () => {
    const d = draft([item('1', 'A', { deadline: { text: 'Март', kind: 'range', windows: [] }, fields: { c3: 'ТИК, ИКМО' } })]);
    const a = setColumnRole(d, 'c3', 'executors');
    expect(a.items[0]!.executors.map((e) => e.text)).toEqual(['ТИК', 'ИКМО']);
    expect(a.items[0]!.fields.c3).toBeUndefined();
    const b = setColumnRole(d, 'c3', 'deadline');
    expect(b.columns!.find((c) => c.key === 'c2')!.role).toBe('field');
    expect(b.items[0]!.fields.c2).toBe('Март');
    expect(b.items[0]!.deadline!.text).toBe('ТИК, ИКМО');
  });

  it('lists the warnings no row stands for: the whole document and the header above the first row', () => {
    const header = { message: 'header', line: 2 };
    const whole = { message: 'whole', line: null };
    const onRow = { message: 'row', line: 11 };
    const d = draft([item('1', 'Первый', { line: 10 })], [header, whole, onRow]);
    expect(unplacedWarnings(d)).toEqual([header, whole]);
  });
});
