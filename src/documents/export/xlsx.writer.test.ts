import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, SEED_FILES, seedExportPlan } from './export-plan.fixture.js';
import { planRows } from './plan-rows.js';
import { planToXlsx } from './xlsx.writer.js';

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('План')!;
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
});
