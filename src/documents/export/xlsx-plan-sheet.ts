import type ExcelJS from 'exceljs';
import { approvalLines } from './approval-block.js';
import type { ExportPlan } from './export-plan.js';
import { glossaryLines } from './glossary.js';
import { documentTexts } from './document-texts.js';
import type { Locale } from '../../shared/locale.js';
import { planRows } from './plan-rows.js';
import { cellText, columnWidths, numberColumnChars, tableColumns } from './table-columns.js';
import { cellLines, xmlSafe } from './xml-text.js';

/**
 * The first sheet of the XLSX: the plan as the commission prints it, like the DOCX —
 * the approval block top right, the title, the plan's own columns with the
 * column-number row, both repeated on every printed page, wrapped text, section
 * rows across the table, the glossary after it; A4 landscape, fitted to the page
 * width. Row heights are computed here rather than left to the reader: Excel does
 * not fit merged cells, and a row too short prints with its text cut.
 */
const FONT = 'Times New Roman';
const SIZE = 11;
// Total width in Excel's character units of a landscape A4 page with these margins (≈ 26.7 cm).
const PAGE_CHARS = 150;
const NUMBER_CHARS = 9.5;
// Points per wrapped line at 11 pt, with the cell's padding.
const LINE_PT = 14.5;
// Characters of Times New Roman 11 pt that fit one width unit (a Calibri digit), kept on the safe side.
const CHARS_PER_UNIT = 1.25;

type Worksheet = ExcelJS.Worksheet;

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** Lines a text takes in a column `width` units wide, wrapping at spaces as a spreadsheet does. */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor((width - 1) * CHARS_PER_UNIT));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let length = word.length;
      if (used > 0 && used + 1 + length <= capacity) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the column breaks across lines.
      while (length > capacity) {
        lines++;
        length -= capacity;
      }
      used = length;
    }
  }
  return lines;
}

const height = (lines: number, size = SIZE) => Math.ceil(lines * LINE_PT * (size / SIZE) + 3);

function text(value: string): string {
  const clean = cellLines(xmlSafe(value)).join('\n');
  return clean.length > 32_000 ? `${clean.slice(0, 31_999)}…` : clean;
}

/**
 * Options for addWorksheet: a streaming sheet writes its page set-up («fit to
 * page») with its opening, so it must be given when the sheet is created.
 */
export function planSheetOptions(
  plan: ExportPlan,
  opts: { draft: boolean; subsetLabel: string | null; lang?: Locale | undefined },
): Partial<ExcelJS.AddWorksheetOptions> {
  const approval = approvalLines(plan, opts.lang);
  // The two header rows (titles, column numbers) follow the approval block, a blank row, the title, the subset line and a blank row.
  const headerStart = (approval.length ? approval.length + 1 : 0) + 1 + (opts.subsetLabel ? 1 : 0) + 2;
  return {
    properties: { defaultRowHeight: LINE_PT } as ExcelJS.WorksheetProperties,
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerStart}:${headerStart + 1}`,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: opts.draft ? `&R&"Times New Roman,Bold"&12${documentTexts(opts.lang).draft}` : '',
      oddFooter: '&C&"Times New Roman"&P',
    },
  };
}

/** Writes the plan sheet, created with planSheetOptions. */
export function writePlanSheet(sheet: Worksheet, plan: ExportPlan, opts: { subsetLabel: string | null; lang?: Locale | undefined }) {
  const texts = documentTexts(opts.lang);
  const columns = tableColumns(plan, opts.lang);
  // Excel's width unit is about one character of the default font; bold Times needs a little more.
  const widths = columnWidths(columns, PAGE_CHARS, Math.max(NUMBER_CHARS, numberColumnChars(columns, plan.items) * 1.2 + 2));
  const n = columns.length;
  sheet.columns = widths.map((width) => ({ width }));
  const font = { name: FONT, size: SIZE };
  let rowNumber = 0;
  const approval = approvalLines(plan, opts.lang);

  const merged = (
    value: string,
    from: number,
    opts: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; border?: boolean; italic?: boolean; fill?: boolean },
  ) => {
    rowNumber++;
    const row = sheet.getRow(rowNumber);
    const span = widths.slice(from - 1).reduce((a, b) => a + b, 0);
    const cell = row.getCell(from);
    cell.value = value;
    cell.font = { ...font, size: opts.size ?? SIZE, bold: opts.bold ?? false, italic: opts.italic ?? false };
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: opts.align ?? 'left' };
    if (opts.border) for (let c = from; c <= n; c++) row.getCell(c).border = box;
    row.height = height(wrappedLines(value, span * (SIZE / (opts.size ?? SIZE))), opts.size);
    if (from < n) sheet.mergeCells(rowNumber, from, rowNumber, n);
    return row;
  };

  // The approval block over the right-hand columns that make about 38 % of the width.
  if (approval.length) {
    let from = n;
    let share = widths[n - 1]!;
    while (from > 2 && share < PAGE_CHARS * 0.38) share += widths[--from - 1]!;
    for (const line of approval) merged(text(line), from, {}).commit();
    rowNumber++;
  }
  merged(text(plan.title), 1, { bold: true, size: SIZE + 2, align: 'center' }).commit();
  if (opts.subsetLabel) merged(text(opts.subsetLabel), 1, { italic: true, align: 'center' }).commit();
  rowNumber++;

  rowNumber++;
  const titles = sheet.getRow(rowNumber);
  columns.forEach((c, i) => {
    const cell = titles.getCell(i + 1);
    cell.value = c.title;
    cell.font = { ...font, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = box;
  });
  titles.height = height(Math.max(...columns.map((c, i) => wrappedLines(c.title, widths[i]!))));
  titles.commit();
  rowNumber++;
  const numbers = sheet.getRow(rowNumber);
  columns.forEach((_, i) => {
    const cell = numbers.getCell(i + 1);
    cell.value = i + 1;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = box;
  });
  numbers.commit();

  let items = 0;
  for (const { item, level } of planRows(plan.items)) {
    items++;
    if (item.kind === 'section') {
      rowNumber++;
      const row = sheet.getRow(rowNumber);
      const numberCell = row.getCell(1);
      numberCell.value = item.number;
      numberCell.font = { ...font, bold: true };
      numberCell.alignment = { horizontal: 'center', vertical: 'top' };
      for (let c = 1; c <= n; c++) row.getCell(c).border = box;
      const titleCell = row.getCell(2);
      titleCell.value = text(item.title);
      titleCell.font = { ...font, bold: true };
      titleCell.alignment = { wrapText: true, vertical: 'top', horizontal: level === 1 ? 'center' : 'left' };
      row.height = height(
        wrappedLines(
          titleCell.value as string,
          widths.slice(1).reduce((a, b) => a + b, 0),
        ),
      );
      if (n > 2) sheet.mergeCells(rowNumber, 2, rowNumber, n);
      row.commit();
      continue;
    }
    rowNumber++;
    const row = sheet.getRow(rowNumber);
    let lines = 1;
    columns.forEach((c, i) => {
      const value = text(cellText(item, c, columns));
      const cell = row.getCell(i + 1);
      cell.value = value || null;
      cell.font = font;
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: c.role === 'number' || c.role === 'deadline' ? 'center' : 'left' };
      cell.border = box;
      lines = Math.max(lines, wrappedLines(value, widths[i]!));
    });
    row.height = height(lines);
    row.commit();
  }
  if (!items) merged(texts.emptySubset, 1, { italic: true }).commit();

  const glossary = glossaryLines(plan);
  if (glossary.length) {
    rowNumber++;
    merged(texts.glossaryHeading, 1, { bold: true }).commit();
    for (const line of glossary) merged(text(line), 1, {}).commit();
  }
}
