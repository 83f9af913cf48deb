import { describe, expect, it } from 'vitest';
import { columnTitle } from './document-texts.js';
import { tableColumns } from './table-columns.js';

describe('column titles in Kyrgyz', () => {
  it.each([
    ['Наименование мероприятия', 'title', 'Иш-чаранын аталышы'],
    ['Срок исполнения', 'deadline', 'Аткаруу мөөнөтү'],
    ['Источники финансирования', 'financing', 'Каржылоо булактары'],
    ['Сроки исполнения по годам: 2023 – 2024-2025 — II Год', 'year_mark', 'II жыл (2023 – 2024-2025)'],
    ['Ответственные за исполнение', 'executors', 'Аткарууга жооптуулар'],
    // Unknown Russian wording of a known role → the role's Kyrgyz name; unknown role → as written.
    ['Кто делает', 'executors', 'Аткаруучулар'],
    ['Особая отметка', 'field', 'Особая отметка'],
    // Already Kyrgyz: as written.
    ['Аткаруу мөөнөттөрү (облустар боюнча)', 'deadline', 'Аткаруу мөөнөттөрү (облустар боюнча)'],
  ])('%s → %s', (title, role, expected) => expect(columnTitle({ key: 'k', title, role }, 'ky')).toBe(expected));

  it('Russian documents keep the titles as they are', () => {
    expect(columnTitle({ key: 'k', title: 'Срок исполнения', role: 'deadline' }, 'ru')).toBe('Срок исполнения');
    expect(tableColumns({ columns: [] }).map((c) => c.title)).toEqual(['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнители']);
    expect(tableColumns({ columns: [] }, 'ky').map((c) => c.title)).toEqual(['№', 'Иш-чаранын аталышы', 'Аткаруу мөөнөтү', 'Аткаруучулар']);
  });
});
