import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { deadlineCells } from './deadline-cells.js';
import { isDraft, type ExportItem, type ExportPlan, type SubsetOptions } from './export-plan.js';
import { planRows, selectSubset, subsetLabel } from './plan-rows.js';
import { planSheetOptions, writePlanSheet } from './xlsx-plan-sheet.js';
import { dataCellText, dataHeader, dataTexts, kindLabel } from './data-columns.js';
import { tableColumns } from './table-columns.js';
import { xmlSafe } from './xml-text.js';

// Excel refuses longer cells ("repaired records"); the rest of a huge cell is cut, not the file.
const MAX_CELL = 32_767;
const MAX_EXECUTOR_COLUMNS = 30;

function text(value: string): string {
  const clean = xmlSafe(value);
  return clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL - 1)}…` : clean;
}

function utcDate(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function executorColumnCount(items: readonly ExportItem[]): number {
  let max = 0;
  for (const { item } of planRows(items)) max = Math.max(max, item.executors.length);
  return Math.min(Math.max(max, 1), MAX_EXECUTOR_COLUMNS);
}

/** The name of the Russian data sheet (the plan sheet comes first and is called «План»); see dataTexts for Kyrgyz. */
export const DATA_SHEET = dataTexts('ru').dataSheet;

/**
 * The first sheet is the plan as printed (xlsx-plan-sheet.ts). The second holds the
 * data: one row per item (sections included, marked by kind and level): the number,
 * the level, every column of the plan, the deadline as the engine read it (kind,
 * first and last day as dates, all windows, recurrence) and each executor in a
 * column of its own, so that filters work. A third sheet holds the glossary.
 * The streaming writer flushes rows as they are written, so memory stays flat
 * for plans of thousands of items.
 */
export async function writeXlsx(source: ExportPlan, options: SubsetOptions, stream: Writable): Promise<void> {
  const plan = selectSubset(source, options);
  const columns = tableColumns(plan, options.lang).filter((c) => c.role !== 'number');
  const executorCount = executorColumnCount(plan.items);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Planik';
  workbook.title = xmlSafe(plan.title).slice(0, 250);
  workbook.created = new Date(plan.updatedAt);

  const sheetOptions = { draft: isDraft(plan), subsetLabel: subsetLabel(source, options), lang: options.lang };
  const official = workbook.addWorksheet('План', planSheetOptions(plan, sheetOptions));
  writePlanSheet(official as unknown as ExcelJS.Worksheet, plan, sheetOptions);
  official.commit();

  const words = dataTexts(options.lang);
  const sheet = workbook.addWorksheet(words.dataSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headers = dataHeader(columns, executorCount, options.lang);
  // The deadline's first and last day follow the plan's columns and the deadline kind.
  const dateColumns = new Set([3 + columns.length + 1, 3 + columns.length + 2]);
  sheet.columns = headers.map((header, i) => ({
    header,
    width: i === 0 ? 10 : i < 3 ? 9 : columns[i - 3]?.role === 'title' ? 70 : 24,
    ...(dateColumns.has(i) ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

  for (const { item, level } of planRows(plan.items)) {
    const d = deadlineCells(item, options.lang);
    const executors = item.executors.map((e) => e.text);
    if (executors.length > executorCount) executors.splice(executorCount - 1, executors.length, executors.slice(executorCount - 1).join('; '));
    // Empty cells stay empty (not an empty string), as filters and the reading test expect.
    const row = sheet.addRow(
      [
        item.number,
        level,
        kindLabel(item, options.lang),
        ...columns.map((c) => text(dataCellText(item, c, columns))),
        d.kind,
        utcDate(d.start),
        utcDate(d.end),
        d.windows,
        d.recurrence,
        ...Array.from({ length: executorCount }, (_, i) => text(executors[i] ?? '')),
        item.id,
      ].map((v) => (v === '' ? null : v)),
    );
    if (item.kind === 'section') row.font = { bold: true };
    row.commit();
  }
  sheet.commit();

  const glossary = workbook.addWorksheet(words.glossarySheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  glossary.columns = [
    { header: words.abbreviation, width: 24 },
    { header: words.fullName, width: 100 },
  ];
  glossary.getRow(1).font = { bold: true };
  glossary.getRow(1).commit();
  for (const a of plan.abbreviations) glossary.addRow([text(a.short), text(a.full)]).commit();
  glossary.commit();
  await workbook.commit();
}

export async function planToXlsx(plan: ExportPlan, options: SubsetOptions = {}): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeXlsx(plan, options, stream);
  await ended;
  return Buffer.concat(chunks);
}
