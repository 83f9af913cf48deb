import { describe, expect, it } from 'vitest';
import { allItems, byNumber } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';

// The wizard shows `draft.source` (rows and column roles); the user's corrections, sent back as
// overrides, rebuild the draft from the same bytes.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const text = [
  'План работы ТИК на 2025 год',
  '№\tМероприятие\tКогда\tКто\tПримечание',
  'Организационная работа\t\t\t\t',
  '1\tЗаседание комиссии\tежемесячно\tТИК\t',
  '2\tСеминар для членов УИК\tмарт\tТИК\tв онлайн-формате',
  '3\tПодготовка отчета о\tдекабрь\tТИК\t',
  '\tработе комиссии\t\t\t',
  '4\tЛишняя строка\tиюнь\tТИК\t',
].join('\n');

describe("re-reading an import with the user's corrections", () => {
  it('exposes the raw rows and the column roles', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.source!.layout).toBe('table');
    // «Кто» names no role the importer knows: the user will say what it is.
    expect(draft.source!.columns.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'field', 'note']);
    expect(draft.source!.rows.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(draft.source!.rows[1]!.cells).toEqual(['1', 'Заседание комиссии', 'ежемесячно', 'ТИК', '']);
  });

  it('applies column roles, headings, merges, splits and deletions', async () => {
    const draft = await importPlan(utf8(text), {
      overrides: {
        columns: [
          { index: 3, role: 'executors' },
          { index: 4, role: 'executors' },
        ],
        sectionRows: [3],
        mergeRows: [[6, 7]],
        splitRows: [
          {
            line: 5,
            rows: [
              ['2', 'Семинар для членов УИК', 'март', 'ТИК', ''],
              ['2.1', 'Онлайн-семинар', 'март', 'ТИК', 'Аппарат'],
            ],
          },
        ],
        deleteRows: [8],
      },
    });
    const all = allItems(draft.items);
    expect(all.find((i) => i.title === 'Организационная работа')?.kind).toBe('section');
    expect(byNumber(draft, '3').title).toBe('Подготовка отчета о работе комиссии');
    expect(byNumber(draft, '2.1').executors.map((e) => [e.text, e.column])).toEqual([
      ['ТИК', 'executors'],
      ['Аппарат', 'executors_2'],
    ]);
    expect(all.some((i) => i.title === 'Лишняя строка')).toBe(false);
    expect(draft.warnings.find((w) => w.line === 8)?.message).toMatch(/^строка 8: удалена при импорте — «4 \| Лишняя строка/);
  });

  it('an ignored column leaves the other cells under their own columns', async () => {
    // Blanked, the ignored cell made the reader move the row's cells by their content.
    const table = [
      'План на 2026 год',
      '№\tМероприятие\tКолонка А\tКолонка Б',
      '1\tОрганизационные мероприятия\t\t',
      '2\tПровести заседание\tянварь\tПредседатель',
    ].join('\n');
    const draft = await importPlan(utf8(table), { overrides: { columns: [{ index: 3, role: 'ignore' }] } });
    const item = allItems(draft.items).find((i) => i.number === '2')!;
    expect(item.title).toBe('Провести заседание');
    expect(item.fields).toEqual({ колонка_а: 'январь' });
    expect(draft.warnings).toContainEqual({ line: 4, message: 'строка 4: колонка не загружается по выбору пользователя — «Председатель»' });
  });

  it('never refuses a table whose header it cannot see', async () => {
    const headerless = ['1\tЗаседание комиссии\tянварь\tТИК', '2\tСеминар\tфевраль\tТИК', '3\tОтчёт\tдекабрь\tТИК'].join('\n');
    const draft = await importPlan(utf8(headerless));
    expect(draft.source!.layout).toBe('headerless');
    expect(allItems(draft.items).map((i) => i.title)).toEqual(['Заседание комиссии', 'Семинар', 'Отчёт']);
    expect(draft.warnings[0]!.message).toMatch(/^строка 1: у таблицы нет строки заголовков/);
  });
});
