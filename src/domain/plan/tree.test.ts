import { describe, expect, it } from 'vitest';
import { computeNumbers, indentNode, insertNode, moveNode, outdentNode, removeNode, TreeError, type TreeNode } from './tree.js';

/** Builds nodes from an outline like ['a', ' b', ' c', 'd'] (one space per level). */
function outline(lines: string[]): TreeNode[] {
  const nodes: TreeNode[] = [];
  const stack: string[] = [];
  const counters = new Map<string | null, number>();
  for (const line of lines) {
    const depth = line.length - line.trimStart().length;
    const id = line.trim();
    stack.length = depth;
    const parentId = depth === 0 ? null : stack[depth - 1]!;
    const position = counters.get(parentId) ?? 0;
    counters.set(parentId, position + 1);
    nodes.push({ id, parentId, position });
    stack[depth] = id;
  }
  return nodes;
}

function numbered(nodes: TreeNode[]): string {
  const numbers = computeNumbers(nodes);
  return [...numbers.entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'en', { numeric: true }))
    .map(([id, n]) => `${n}=${id}`)
    .join(' ');
}

const base = outline(['a', ' a1', ' a2', '  a2x', 'b', ' b1', 'c']);

describe('computeNumbers', () => {
  it.each([
    [[], ''],
    [['a'], '1=a'],
    [['a', 'b', 'c'], '1=a 2=b 3=c'],
    [['a', ' a1', ' a2', 'b'], '1=a 1.1=a1 1.2=a2 2=b'],
    [['a', ' a1', '  a1x', '   deep', 'b'], '1=a 1.1=a1 1.1.1=a1x 1.1.1.1=deep 2=b'],
  ])('%j → %s', (lines, expected) => {
    expect(numbered(outline(lines))).toBe(expected);
  });
});

describe('tree operations renumber', () => {
  it.each<[string, (n: TreeNode[]) => TreeNode[], string]>([
    ['insert at the end of the top level', (n) => insertNode(n, { id: 'new', parentId: null }), '1=a 1.1=a1 1.2=a2 1.2.1=a2x 2=b 2.1=b1 3=c 4=new'],
    ['insert first under a', (n) => insertNode(n, { id: 'new', parentId: 'a' }, 0), '1=a 1.1=new 1.2=a1 1.3=a2 1.3.1=a2x 2=b 2.1=b1 3=c'],
    [
      'insert with position beyond the end is clamped',
      (n) => insertNode(n, { id: 'new', parentId: 'b' }, 99),
      '1=a 1.1=a1 1.2=a2 1.2.1=a2x 2=b 2.1=b1 2.2=new 3=c',
    ],
    ['remove a subtree', (n) => removeNode(n, 'a').nodes, '1=b 1.1=b1 2=c'],
    ['remove a middle sibling', (n) => removeNode(n, 'a1').nodes, '1=a 1.1=a2 1.1.1=a2x 2=b 2.1=b1 3=c'],
    ['move a subtree under b', (n) => moveNode(n, 'a2', 'b', 0), '1=a 1.1=a1 2=b 2.1=a2 2.1.1=a2x 2.2=b1 3=c'],
    ['move to the top level first', (n) => moveNode(n, 'b1', null, 0), '1=b1 2=a 2.1=a1 2.2=a2 2.2.1=a2x 3=b 4=c'],
    ['move down among siblings', (n) => moveNode(n, 'a', null, 2), '1=b 1.1=b1 2=c 3=a 3.1=a1 3.2=a2 3.2.1=a2x'],
    ['indent b under a', (n) => indentNode(n, 'b'), '1=a 1.1=a1 1.2=a2 1.2.1=a2x 1.3=b 1.3.1=b1 2=c'],
    ['indent a first child is a no-op', (n) => indentNode(n, 'a1'), '1=a 1.1=a1 1.2=a2 1.2.1=a2x 2=b 2.1=b1 3=c'],
    ['outdent a2x', (n) => outdentNode(n, 'a2x'), '1=a 1.1=a1 1.2=a2 1.3=a2x 2=b 2.1=b1 3=c'],
    ['outdent a1 follows its parent', (n) => outdentNode(n, 'a1'), '1=a 1.1=a2 1.1.1=a2x 2=a1 3=b 3.1=b1 4=c'],
    ['outdent at top level is a no-op', (n) => outdentNode(n, 'c'), '1=a 1.1=a1 1.2=a2 1.2.1=a2x 2=b 2.1=b1 3=c'],
  ])('%s', (_name, op, expected) => {
    expect(numbered(op(base))).toBe(expected);
  });

  it.each<[string, () => unknown, string]>([
    ['move into own descendant', () => moveNode(base, 'a', 'a2x', 0), 'cycle'],
    ['move under itself', () => moveNode(base, 'a', 'a', 0), 'cycle'],
    ['move unknown item', () => moveNode(base, 'zzz', null, 0), 'item_not_found'],
    ['move under unknown parent', () => moveNode(base, 'a', 'zzz', 0), 'parent_not_found'],
    ['insert under unknown parent', () => insertNode(base, { id: 'n', parentId: 'zzz' }), 'parent_not_found'],
  ])('%s is refused', (_name, op, code) => {
    expect(op).toThrow(TreeError);
    try {
      op();
    } catch (e) {
      expect((e as TreeError).code).toBe(code);
    }
  });
});
