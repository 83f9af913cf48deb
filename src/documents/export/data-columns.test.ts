import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/locale.js';
import { BOM, planToCsv } from './csv.writer.js';
import { dataHeader, dataTexts } from './data-columns.js';
import { seedExportPlan } from './export-plan.fixture.js';
import { planRows } from './plan-rows.js';
import { planToXlsx } from './xlsx.writer.js';

const PLAN = 'kuzbass-public-hq-observation-2021.txt';

describe('data export column titles in the document language', () => {
  it.each<[Locale, string[], string, string, string]>([
    [
      'ru',
      [
        '№',
        'Уровень',
        'Вид',
        'Наименование',
        'Срок: вид',
        'Срок: начало',
        'Срок: окончание',
        'Срок: все периоды',
        'Периодичность',
        'Исполнитель 1',
        'Исполнитель 2',
        'Идентификатор пункта',
      ],
      'Данные',
      'Сокращения',
      'раздел',
    ],
    [
      'ky',
      [
        '№',
        'Деңгээл',
        'Түрү',
        'Наименование',
        'Мөөнөт: түрү',
        'Мөөнөт: башталышы',
        'Мөөнөт: аякталышы',
        'Мөөнөт: бардык мезгилдер',
        'Мезгилдүүлүк',
        'Аткаруучу 1',
        'Аткаруучу 2',
        'Пункттун идентификатору',
      ],
      'Маалыматтар',
      'Кыскартуулар',
      'бөлүм',
    ],
  ])('%s header, sheet names and kind', (lang, header, dataSheet, glossarySheet, section) => {
    expect(dataHeader([{ key: 'title', title: 'Наименование', role: 'title' }] as never, 2, lang)).toEqual(header);
    expect(dataTexts(lang).dataSheet).toBe(dataSheet);
    expect(dataTexts(lang).glossarySheet).toBe(glossarySheet);
    expect(dataTexts(lang).section).toBe(section);
  });

  it('Kyrgyz names every deadline kind and recurrence the Russian table names', () => {
    expect(Object.keys(dataTexts('ky').deadlineKinds).sort()).toEqual(Object.keys(dataTexts('ru').deadlineKinds).sort());
    expect(Object.keys(dataTexts('ky').every).sort()).toEqual(Object.keys(dataTexts('ru').every).sort());
    for (const [key, ru] of Object.entries(dataTexts('ru').deadlineKinds)) if (key !== 'date') expect(dataTexts('ky').deadlineKinds[key]).not.toBe(ru);
  });

  it.each<[Locale | undefined, string, string, string]>([
    [undefined, 'Данные', 'Срок: вид', 'периодически'],
    ['ru', 'Данные', 'Срок: вид', 'периодически'],
    ['ky', 'Маалыматтар', 'Мөөнөт: түрү', 'мезгил-мезгили менен'],
  ])('XLSX with lang %s: the data sheet, its headers and deadline kinds; the plan’s own texts as written', async (lang, sheetName, kindHeader, recurring) => {
    const plan = await seedExportPlan(PLAN);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planToXlsx(plan, lang ? { lang } : {})) as unknown as ArrayBuffer);
    const t = dataTexts(lang);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['План', t.dataSheet, t.glossarySheet]);
    const sheet = workbook.getWorksheet(sheetName)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toContain(kindHeader);
    const kindColumn = headers.indexOf(kindHeader) + 1;
    const kinds = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && kinds.add(String(row.getCell(kindColumn).value)));
    expect(kinds).toContain(recurring);
    // The start date column keeps its date format whatever its title.
    expect(sheet.getColumn(kindColumn + 1).numFmt).toBe('dd.mm.yyyy');
    const firstItem = [...planRows(plan.items)][0]!.item;
    expect(JSON.stringify(sheet.getRow(2).values)).toContain(JSON.stringify(firstItem.title).slice(1, 30));
    expect(workbook.getWorksheet(t.glossarySheet)!.getRow(1).values).toEqual([undefined, t.abbreviation, t.fullName]);
  });

  it('CSV in Kyrgyz: the header line and the kind column', async () => {
    const plan = await seedExportPlan(PLAN);
    const [head, first] = planToCsv(plan, { lang: 'ky' }).split('\r\n');
    expect(head!.startsWith(`${BOM}№;Деңгээл;Түрү;`)).toBe(true);
    expect(head).toContain('Мөөнөт: бардык мезгилдер;Мезгилдүүлүк;Пункттун идентификатору');
    expect(first).toMatch(/^[^;]+;1;(бөлүм|пункт);/);
    expect(planToCsv(plan).split('\r\n')[0]!.startsWith(`${BOM}№;Уровень;Вид;`)).toBe(true);
  });
});
