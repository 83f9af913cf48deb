import { describe, expect, it } from 'vitest';
import { importPlan } from './import-plan.js';
import { isImportError } from './import-error.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a table whose header arrived without rows', () => {
  it.each([
    [
      'bar-closed cells, one a long heading no pattern knows',
      [
        'УТВЕРЖДЕН',
        'решением территориальной избирательной комиссии',
        'План работы территориальной избирательной комиссии на 2025 год',
        'Наименование мероприятия |',
        'Срок исполнения |',
        'Лица, ответственные за подготовку и проведение мероприятия от аппарата и членов комиссии с правом решающего голоса |',
        'Ожидаемый результат |',
      ],
      [
        'Наименование мероприятия',
        'Срок исполнения',
        'Лица, ответственные за подготовку и проведение мероприятия от аппарата и членов комиссии с правом решающего голоса',
        'Ожидаемый результат',
      ],
    ],
    [
      'one cell per line',
      ['План мероприятий на 2024 год', '', '№ п/п', 'Содержание мероприятия', 'Сроки проведения', 'Исполнители'],
      ['№ п/п', 'Содержание мероприятия', 'Сроки проведения', 'Исполнители'],
    ],
    ['one line with bars', ['План обучения на 2026 год', '№ | Наименование | Срок | Ответственные'], ['№', 'Наименование', 'Срок', 'Ответственные']],
  ])('%s: kept as a plan with its columns, no items and a warning at the header', async (_name, lines, columns) => {
    const draft = await importPlan(utf8(lines.join('\n')));
    expect(draft.columns?.map((c) => c.title)).toEqual(columns);
    expect(draft.items).toEqual([]);
    expect(draft.warnings.some((w) => /только шапка таблицы/.test(w.message) && w.line !== null)).toBe(true);
  });

  it('a file with a title and no table at all is still refused, with what its header said', async () => {
    const error = await importPlan(
      utf8(
        'УТВЕРЖДЕН\nпостановлением Избирательной комиссии Тверской области\nот 10 января 2025 г. № 1/2-7\nПлан работы на 2025 год\nКомиссия работает по плану.',
      ),
    ).catch((e: unknown) => e);
    expect(isImportError(error) && error.code).toBe('import_not_a_plan');
  });

  it('a catalogue card of «Label: | value |» lines is no table header', async () => {
    const card = [
      'Дата опубликования: | 18 мая 2000г. |',
      'Статус нормативности: | Ненормативный |',
      'Принявший орган: | ЦЕНТРАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ РФ |',
      'Раздел на сайте: | Нормативные правовые акты |',
      'Тип документа: | Постановления |',
      'ПОСТАНОВЛЕНИЕ',
      'О КОМПЛЕКСЕ МЕР ПО ОБУЧЕНИЮ ОРГАНИЗАТОРОВ ВЫБОРОВ НА 2000-2005 ГОДЫ',
    ];
    const error = await importPlan(utf8(card.join('\n'))).catch((e: unknown) => e);
    expect(isImportError(error) && error.code).toBe('import_not_a_plan');
    expect(isImportError(error) && error.header?.period).toEqual({ start: '2000-01-01', end: '2005-12-31' });
  });
});
