import { describe, expect, it } from 'vitest';
import { dropTarget, flattenTree, indentTarget, monthsOf, outdentTarget, shiftTarget } from './tree';
import type { PlanNode } from './types';

const node = (id: string, title: string, children: PlanNode[] = [], extra: Partial<PlanNode> = {}): PlanNode => ({
  id,
  parentId: null,
  position: 0,
  number: id,
  kind: children.length ? 'section' : 'item',
  title,
  deadlineText: null,
  deadline: null,
  fields: {},
  notes: null,
  version: 1,
  executors: [],
  children,
  ...extra,
});

const tree = () => [
  node('1', 'Раздел I', [
    node('1.1', 'Обучение', [], {
      executors: [{ text: 'ТИК', kind: 'organization', role: 'responsible', organizationId: null, personId: null, unitId: null }],
    }),
    node('1.2', 'Семинар'),
  ]),
  node('2', 'Раздел II', [node('2.1', 'День молодого избирателя', [], { deadline: { kind: 'range', windows: [{ start: '2022-02-01', end: '2022-02-28' }] } })]),
];

describe('flattenTree', () => {
  it('hides collapsed subtrees', () => {
    expect(flattenTree(tree(), new Set()).map((r) => r.node.id)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    expect(flattenTree(tree(), new Set(['1'])).map((r) => r.node.id)).toEqual(['1', '2', '2.1']);
  });

  it('keeps ancestors of matches as context and opens collapsed sections while filtering', () => {
    const rows = flattenTree(tree(), new Set(['2']), { text: 'молодого' });
    expect(rows.map((r) => [r.node.id, r.context])).toEqual([
      ['2', true],
      ['2.1', false],
    ]);
    expect(flattenTree(tree(), new Set(), { executor: 'ТИК' }).map((r) => r.node.id)).toEqual(['1', '1.1']);
    expect(flattenTree(tree(), new Set(), { month: '2022-02' }).map((r) => r.node.id)).toEqual(['2', '2.1']);
    expect(flattenTree(tree(), new Set(), { month: '2022-03' })).toEqual([]);
  });
});

describe('tree moves', () => {
  it('indents under the previous sibling and outdents after the parent', () => {
    expect(indentTarget(tree(), '1.2')).toEqual({ parentId: '1.1', position: 0 });
    expect(indentTarget(tree(), '1.1')).toBeNull();
    expect(outdentTarget(tree(), '1.2')).toEqual({ parentId: null, position: 1 });
    expect(outdentTarget(tree(), '1')).toBeNull();
  });

  it('shifts among siblings and drops after a target', () => {
    expect(shiftTarget(tree(), '1.2', -1)).toEqual({ parentId: '1', position: 0 });
    expect(shiftTarget(tree(), '1.2', 1)).toBeNull();
    expect(dropTarget(tree(), '1.1', '1.2')).toEqual({ parentId: '1', position: 1 });
    expect(dropTarget(tree(), '2.1', '1.1')).toEqual({ parentId: '1', position: 1 });
    expect(dropTarget(tree(), '1', '1.1')).toBeNull();
  });

  it('lists the months of a period', () => {
    expect(monthsOf({ start: '2022-11-15', end: '2023-02-01' })).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
});
