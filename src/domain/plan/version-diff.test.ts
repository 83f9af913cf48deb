import { describe, expect, it } from 'vitest';
import { diffVersions, type SnapshotItem } from './version-diff.js';

const item = (id: string, number: string, title: string, extra: Partial<SnapshotItem> = {}): SnapshotItem => ({ id, number, title, ...extra });

const v1 = [
  item('s', '1', 'Раздел', {
    kind: 'section',
    children: [item('a', '1.1', 'Семинар', { deadlineText: 'Март' }), item('b', '1.2', 'Конкурс', { executors: [{ text: 'ТИК' }] })],
  }),
  item('c', '2', 'Отчет'),
];

describe('diffVersions', () => {
  it('identical versions have no differences', () => {
    expect(diffVersions(v1, v1)).toEqual({ added: [], removed: [], changed: [], renumbered: [] });
  });

  it.each<[string, SnapshotItem[], (d: ReturnType<typeof diffVersions>) => void]>([
    ['an added item', [...v1, item('d', '3', 'Новый пункт')], (d) => expect(d.added).toEqual([{ id: 'd', number: '3', title: 'Новый пункт' }])],
    [
      'a removed item renumbers the next one',
      [item('s', '1', 'Раздел', { kind: 'section', children: [item('b', '1.1', 'Конкурс', { executors: [{ text: 'ТИК' }] })] }), item('c', '2', 'Отчет')],
      (d) => {
        expect(d.removed).toEqual([{ id: 'a', number: '1.1', title: 'Семинар' }]);
        expect(d.renumbered).toEqual([{ id: 'b', title: 'Конкурс', from: '1.2', to: '1.1' }]);
        expect(d.changed).toEqual([]);
      },
    ],
    [
      'a changed deadline and executors',
      [
        item('s', '1', 'Раздел', {
          kind: 'section',
          children: [item('a', '1.1', 'Семинар', { deadlineText: 'Апрель' }), item('b', '1.2', 'Конкурс', { executors: [{ text: 'ТИК' }, { text: 'ИКМО' }] })],
        }),
        item('c', '2', 'Отчет'),
      ],
      (d) =>
        expect(d.changed).toEqual([
          { id: 'a', number: '1.1', changes: { Срок: { before: 'Март', after: 'Апрель' } } },
          { id: 'b', number: '1.2', changes: { Исполнители: { before: 'ТИК', after: 'ТИК, ИКМО' } } },
        ]),
    ],
  ])('%s', (_name, v2, check) => check(diffVersions(v1, v2)));
});
