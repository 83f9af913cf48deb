import { describe, expect, it } from 'vitest';
import { filterTree, organizationTree, subtreeIds } from './organization-tree';
import type { Organization } from './types';

const org = (id: string, parentId: string | null, name: string, shortName: string | null = null): Organization => ({
  id,
  parentId,
  name,
  shortName,
  kind: 'other',
  timeZone: 'Europe/Moscow',
});

const cec = org('cec', null, 'Центральная избирательная комиссия', 'ЦИК России');
const kaluga = org('k', 'cec', 'Избирательная комиссия Калужской области', 'ИККО');
const kuzbass = org('z', 'cec', 'Избирательная комиссия Кузбасса', 'ИКК');
const tikB = org('kb', 'k', 'ТИК Бабынинского района');
const tikA = org('ka', 'k', 'ТИК Боровского района');

describe('organizationTree', () => {
  it.each([
    [
      'a single root with sorted children',
      [tikB, kuzbass, cec, kaluga, tikA],
      ['ЦИК России', '  ИКК', '  ИККО', '    ТИК Бабынинского района', '    ТИК Боровского района'],
    ],
    ['an organisation whose parent is not visible becomes a root', [kaluga, tikA], ['ИККО', '  ТИК Боровского района']],
    ['a parent cycle does not loop', [org('a', 'b', 'A'), org('b', 'a', 'B'), org('c', null, 'C')], ['C']],
    ['empty', [], []],
  ])('%s', (_name, list, expected) => {
    const lines: string[] = [];
    const walk = (nodes: ReturnType<typeof organizationTree>) =>
      nodes.forEach((n) => (lines.push(`${'  '.repeat(n.depth)}${n.organization.shortName ?? n.organization.name}`), walk(n.children)));
    walk(organizationTree(list));
    expect(lines).toEqual(expected);
  });
});

describe('subtreeIds', () => {
  it.each([
    ['cec', ['cec', 'k', 'z', 'kb', 'ka']],
    ['k', ['k', 'kb', 'ka']],
    ['kb', ['kb']],
  ])('below %s', (root, expected) => {
    expect([...subtreeIds([cec, kaluga, kuzbass, tikB, tikA], root)].sort()).toEqual([...expected].sort());
  });
});

describe('filterTree', () => {
  const tree = organizationTree([cec, kaluga, kuzbass, tikA, tikB]);
  it.each([
    ['', 5],
    ['боровск', 3], // ЦИК → ИККО → ТИК Боровского
    ['икко', 4], // ИККО matches: its whole subtree is kept
    ['нет такой', 0],
  ])('«%s» keeps %i nodes', (query, count) => {
    const countNodes = (nodes: ReturnType<typeof organizationTree>): number => nodes.reduce((s, n) => s + 1 + countNodes(n.children), 0);
    expect(countNodes(filterTree(tree, query))).toBe(count);
  });
});
