import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../shared/plan-format.js';
import { allItems, executorTexts } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';
import { isSemicolonTable, quotedRow } from './delimited-cells.js';

const read = (text: string, fileName = 'plan.txt') => importPlan(new TextEncoder().encode(text), { fileName });
const rows = (d: PlanDraft) => allItems(d.items).map((i) => [i.kind, i.number, i.title, i.deadline?.text ?? null, executorTexts(i).join('; ')]);

describe('quotedRow', () => {
  it.each([
    ['no quote: not its business', ['1\tЗаседание\tянварь'], '\t', null],
    ['a quoted cell over two lines', ['2\t"Обучение', 'членов УИК"\tмарт'], '\t', { cells: ['2', 'Обучение\nчленов УИК', 'март'], end: 2 }],
    ['a doubled quote inside', ['3\t"Акция ""Знаю законы"""\tмай'], '\t', { cells: ['3', 'Акция "Знаю законы"', 'май'], end: 1 }],
    ['the last cell quoted, then an empty one', ['4;"а; б";'], ';', { cells: ['4', 'а; б', ''], end: 1 }],
    ['a cell merely in quotes keeps them (Word, not Excel)', ['7\t"Молодежный парламент"\tмай'], '\t', null],
    ['a title that opens with its own quote', ['5\t"Горячая линия" для избирателей\tиюнь'], '\t', null],
    ['a quote never closed', ['6\t"Семинар', 'без конца'], '\t', null],
  ])('%s', (_, lines, sep, expected) => {
    expect(quotedRow(lines, 0, sep)).toEqual(expected);
  });
});

describe('isSemicolonTable', () => {
  it.each([
    ['a CSV of Russian Excel', ['№;Мероприятие;Срок;Ответственный', '1;Заседание;январь;ТИК', '2;Семинар;март;ТИК'], true],
    [
      'prose with semicolons',
      ['Утвердить план; поручить ТИК; опубликовать.', 'Контроль возложить на секретаря.', 'Решение вступает в силу; опубликовать; направить.'],
      false,
    ],
    ['a tab table with semicolons in its cells', ['1\tа; б; в\tянварь', '2\tг; д; е\tмарт', '3\tж; з; и\tмай'], false],
  ])('%s', (_, lines, expected) => {
    expect(isSemicolonTable(lines)).toBe(expected);
  });
});

describe('a table copied from a spreadsheet', () => {
  it('a cell with line breaks in quotes stays one cell of its row (Excel’s clipboard)', async () => {
    const draft = await read(
      'План работы ТИК Северного района на 2026 год\n\n№\tМероприятие\tСрок\tОтветственный\n1\tЗаседания комиссии\tежемесячно\tПредседатель ТИК\n' +
        '2\t"Обучение членов УИК\nпо программе"\tфевраль - март\t"Иванов И.И.\nПетров П.П."\n3\tОтчет о работе\tдекабрь\tСекретарь ТИК\n',
    );
    expect(rows(draft)).toEqual([
      ['item', '1', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'],
      ['item', '2', 'Обучение членов УИК по программе', 'февраль - март', 'Иванов И.И.; Петров П.П.'],
      ['item', '3', 'Отчет о работе', 'декабрь', 'Секретарь ТИК'],
    ]);
  });

  it('a «;»-separated CSV is a table, not a file without a plan', async () => {
    const draft = await read(
      'План работы ТИК на 2026 год;;;\n№;Мероприятие;Срок;Ответственный\n1;Заседания комиссии;ежемесячно;Председатель ТИК\n' +
        '2;"Обучение членов УИК; тестирование";февраль - март;Иванов И.И.\n3;Отчет о работе;декабрь;Секретарь ТИК\n',
      'plan.csv',
    );
    expect(draft.title).toBe('План работы ТИК на 2026 год');
    expect(rows(draft)).toEqual([
      ['item', '1', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'],
      ['item', '2', 'Обучение членов УИК; тестирование', 'февраль - март', 'Иванов И.И.'],
      ['item', '3', 'Отчет о работе', 'декабрь', 'Секретарь ТИК'],
    ]);
  });
});
