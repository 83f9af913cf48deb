import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, SEED_FILES, seedExportPlan } from './export-plan.fixture.js';
import { planRows } from './plan-rows.js';
import { DATA_SHEET, planToXlsx } from './xlsx.writer.js';

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DATA_SHEET)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return { workbook, sheet, headers, rows };
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : null);

describe.each(SEED_FILES)('XLSX of seed %s', (file) => {
  it('one row per item with its number, level and the deadline windows', async () => {
    const plan = await seedExportPlan(file);
    const { rows, headers } = await read(await planToXlsx(plan));
    const expected = [...planRows(plan.items)];
    expect(rows).toHaveLength(expected.length);
    expected.forEach(({ item, level }, i) => {
      const row = rows[i]!;
      expect(row['№']).toBe(item.number);
      expect(row['Уровень']).toBe(level);
      const windows = item.deadline?.windows ?? [];
      expect(iso(row['Срок: начало'])).toBe(windows[0]?.start ?? null);
      expect(iso(row['Срок: окончание'])).toBe(windows.at(-1)?.end ?? null);
      item.executors.slice(0, 29).forEach((e, k) => expect(row[`Исполнитель ${k + 1}`]).toBe(e.text));
      expect(row['Идентификатор пункта']).toBe(item.id);
    });
    for (const column of plan.columns.filter((c) => c.role !== 'number')) expect(headers).toContain(column.title);
  });
});

describe('XLSX layout', () => {
  it('frozen header, filters, the glossary on a second sheet', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const { workbook, sheet, headers } = await read(await planToXlsx(plan));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(headers.length).letter}1`);
    const glossary = workbook.getWorksheet('Сокращения')!;
    expect(glossary.rowCount).toBe(plan.abbreviations.length + 1);
    expect(glossary.getRow(2).values).toEqual([undefined, plan.abbreviations[0]!.short, plan.abbreviations[0]!.full]);
  });

  it('a recurring deadline lists every window', async () => {
    const plan = await seedExportPlan('kuzbass-public-hq-observation-2021.txt');
    const { rows } = await read(await planToXlsx(plan));
    const monthly = rows.find((r) => r['Срок: вид'] === 'периодически')!;
    expect(String(monthly['Срок: все периоды']).split('; ')).toHaveLength(12);
  });

  it('5,000 items with very long cells and invalid characters: a valid file, cells cut at Excel’s limit', async () => {
    const plan: ExportPlan = generatedPlan(5000, { longCells: true });
    plan.items[0]!.children[0]!.title = 'Семинар\u0001 для ТИК\u000B';
    plan.items[0]!.children[1]!.title = 'я'.repeat(40_000);
    const { rows } = await read(await planToXlsx(plan));
    expect(rows).toHaveLength(5000);
    expect(rows[1]!['Наименование мероприятия']).toBe('Семинар для ТИК');
    expect(String(rows[2]!['Наименование мероприятия'])).toHaveLength(32_767);
    expect(rows.at(-1)!['№']).toBe('50.99');
  });

  it('the first sheet is the plan as printed: approval block, title, numbered columns, landscape, fitted to the width, headers repeated', async () => {
    const plan = await seedExportPlan('kaluga-program-and-plan-2022.txt');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planToXlsx(plan)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['План', 'Данные', 'Сокращения']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const texts: string[] = [];
    // Merged cells read back with the master's value in each: the distinct values of a row are its text.
    sheet.eachRow((row) => texts.push([...new Set((row.values as unknown[]).filter((v) => typeof v === 'string' || typeof v === 'number'))].join(' | ')));
    const titleRow = texts.findIndex((t) => t === plan.title);
    expect(titleRow).toBeGreaterThan(0);
    expect(texts.slice(0, titleRow).join(' ')).toContain('УТВЕРЖДЕН');
    const [from, to] = sheet.pageSetup.printTitlesRow!.split(':').map(Number);
    expect(to! - from!).toBe(1);
    expect((sheet.getRow(to!).values as unknown[]).slice(1, 4)).toEqual([1, 2, 3]);
    expect(sheet.getRow(from!).getCell(1).value).toBe('Номер строки');
    expect(sheet.getRow(to! + 1).getCell(2).alignment).toMatchObject({ wrapText: true });
    expect(texts.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // ids are on the data sheet only
  });

  it('row heights leave room for every wrapped line', async () => {
    const { wrappedLines } = await import('./xlsx-plan-sheet.js');
    expect(wrappedLines('Январь', 20)).toBe(1);
    expect(wrappedLines('один два три четыре пять шесть семь', 10)).toBe(4);
    expect(wrappedLines('строка\nещё строка', 40)).toBe(2);
    expect(wrappedLines('я'.repeat(50), 11)).toBe(5);
  });
});
