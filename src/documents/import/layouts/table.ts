import { cleanCell } from '../cell-text.js';
import { buildColumns, isHeaderRow, isSubHeaderRow, type Column } from '../records/column-roles.js';
import { isColumnNumberRow } from '../records/cell-classify.js';
import type { SourceBlock, SourceCell, SourcePara } from '../readers/source-model.js';
import { isLegalDatabaseNote } from './legal-database.js';

/**
 * Finds the plan table in a document: the header row (a row of tab/HTML cells, or — in text
 * where the converter put one cell per line — a run of tab-led lines), the rows that belong to
 * the table across page breaks, and the blocks before and after it (title, approval, glossary).
 */
export interface TableRegion {
  columns: Column[];
  /** Index of the first block of the header. */
  headerStart: number;
  /** Blocks after this index are not part of the table. */
  end: number;
  rows: { cells: SourceCell[]; line: number }[];
  header: string[];
  /** Lines inside the table that are not rows (legal-database notes): listed in warnings. */
  notes?: { line: number; text: string }[];
  /** Rows of a small table printed after the plan (signatures): not items, listed in a warning. */
  trailing?: { line: number; text: string }[];
  /** Rows were cut by counting cells, not by numbers or borders: the reading is a guess. */
  positional?: boolean;
  /** Cells after the title were run together by the source (one space between cells): kept in one column, with a warning. */
  runOn?: boolean;
  /** With `runOn`: the columns from this one on were read apart on every row (the organisers closing it). */
  runOnUntil?: number;
  /** With `runOn` and no column-number row: the term was found by its opening words, the executors by their capital letter. */
  runOnByWords?: boolean;
  /** The page ended inside the row at this line (a cell left open where bars close every cell): its missing cells are the page's cut. */
  cutInsideRow?: number;
  /** The user set the column roles in the wizard: each cell stays under its own column, never moved by its content. */
  pinned?: boolean;
}

const STOP_LINE = /^(?:\**\s*)?(?:принятые|используемые|список|перечень)\s+сокращени|^\**\s*примечани|^\**\s*сокращения\s*:?\**$/i;

export function isStopLine(text: string): boolean {
  return STOP_LINE.test(text.trim());
}

const texts = (cells: readonly SourceCell[]): string[] => cells.map((c) => cleanCell(c.text));

export function findTableRegion(blocks: readonly SourceBlock[]): TableRegion | null {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'row' && isHeaderRow(texts(block.cells))) return rowTable(blocks, i);
    if (block.kind === 'para' && block.cellStart) {
      const run = cellStartRun(blocks, i);
      if (run.length >= 2 && isHeaderRow(run.map((p) => cleanCell(p.text)))) return flattenedTable(blocks, i, run);
      i += Math.max(0, run.length - 1);
    }
  }
  return null;
}

function cellStartRun(blocks: readonly SourceBlock[], start: number): SourcePara[] {
  const run: SourcePara[] = [];
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'para' || !b.cellStart) break;
    run.push(b);
  }
  return run;
}

function rowTable(blocks: readonly SourceBlock[], headerIndex: number): TableRegion {
  const headerBlock = blocks[headerIndex] as Extract<SourceBlock, { kind: 'row' }>;
  const header = texts(headerBlock.cells);
  let i = headerIndex + 1;
  let subHeader: string[] | null = null;
  const next = blocks[i];
  if (next?.kind === 'row' && isSubHeaderRow(texts(next.cells), header) && !isColumnNumberRow(texts(next.cells))) {
    subHeader = texts(next.cells);
    i++;
  }
  const columns = buildColumns(header, subHeader);
  const rows: TableRegion['rows'] = [];
  let lastRowIndex = i - 1;
  let pendingParas: SourcePara[] = [];
  const notes: { line: number; text: string }[] = [];
  let trailing: TableRegion['trailing'];
  let table = headerBlock.table;
  let lastWide: number | undefined;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'row') {
      if (b.table !== table) {
        lastWide ??= lastWideRow(blocks, header.length);
        trailing = trailingTable(blocks, i, header.length, lastWide);
        if (trailing) break;
        table = b.table;
      }
      // Short paragraphs between parts of the table are headings typed outside the grid.
      for (const p of pendingParas) rows.push({ cells: [{ text: p.text, bold: p.bold }], line: p.line });
      pendingParas = [];
      if (subHeader && sameRow(texts(b.cells), subHeader)) continue;
      rows.push({ cells: b.cells, line: b.line });
      lastRowIndex = i;
      continue;
    }
    if (b.text.trim() === '') continue;
    if (isStopLine(b.text)) break;
    if (isLegalDatabaseNote(b.text)) {
      notes.push({ line: b.line, text: b.text.trim() });
      continue;
    }
    pendingParas.push(b);
    if (pendingParas.length > 3 || b.text.length > 300 || !nextRowWithin(blocks, i, 6)) break;
  }
  const lead = leadingSection(blocks, headerIndex, rows);
  if (lead) rows.unshift({ cells: [{ text: lead.text, bold: lead.bold }], line: lead.line });
  const headerStart = lead ? blocks.indexOf(lead) : headerIndex;
  return { columns, headerStart, end: lastRowIndex + 1, rows, header, notes, ...(trailing ? { trailing } : {}) };
}

const FIRST_SECTION = /^(?:раздел\s+)?(?:1|I)\.?\s+[«"А-ЯЁA-Z]/i;
const SECOND_SECTION = /^(?:раздел\s+)?(?:2|II)\.?\s+\S/i;

/**
 * Word plans with a table per section print the FIRST section's heading above the header row («1. Организационные
 * мероприятия», then the table of 1.1, 1.2 …) and the later ones between the tables. Left above the header it fell into
 * the preamble and its items lost their section. Taken only when the plan proves it: a second section «2.» / «II»
 * between tables, or items numbered under it (1.1).
 */
function leadingSection(blocks: readonly SourceBlock[], headerIndex: number, rows: TableRegion['rows']): SourcePara | null {
  let j = headerIndex - 1;
  while (j >= 0 && blocks[j]!.kind === 'para' && (blocks[j] as SourcePara).text.trim() === '') j--;
  const b = blocks[j];
  if (b?.kind !== 'para' || b.text.length > 200 || !FIRST_SECTION.test(b.text.trim()) || /[:;]$/.test(b.text.trim())) return null;
  const second = rows.some((r) => r.cells.length === 1 && SECOND_SECTION.test(r.cells[0]!.text.trim()));
  const firstNumber = rows.map((r) => cleanCell(r.cells[0]?.text ?? '')).find((t) => /^\d/.test(t)) ?? '';
  return second || /^1\.\d/.test(firstNumber) ? b : null;
}

const ITEM_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)$/;

/**
 * Word plans often end with a second, small table: the signatures («Секретарь ТИК | И.И. Петрова»), a
 * «согласовано» block. Read as rows of the plan it glued a name to the last item's executors. Such a
 * table is narrower than the plan by two cells or more, a few rows long, numbers nothing, and no row as
 * wide as the plan comes after it; a plan continued in a second table (a page break, a table per section)
 * keeps its width or its numbers.
 */
function trailingTable(blocks: readonly SourceBlock[], start: number, width: number, lastWide: number): TableRegion['trailing'] {
  if (lastWide >= start) return undefined;
  const id = (blocks[start] as Extract<SourceBlock, { kind: 'row' }>).table;
  const rows: { line: number; text: string }[] = [];
  for (let j = start; j < blocks.length && rows.length <= 4; j++) {
    const b = blocks[j]!;
    if (b.kind === 'para') {
      if (b.text.trim() === '') continue;
      break;
    }
    if (b.table !== id) break;
    const cells = texts(b.cells).filter((t) => t !== '');
    if (ITEM_NUMBER.test(cells[0] ?? '')) return undefined;
    if (cells.length > 0) rows.push({ line: b.line, text: cells.join(' · ') });
  }
  return rows.length === 0 || rows.length > 4 ? undefined : rows;
}

/** Index of the last row as wide as the plan (cells enough to be one of its rows), or -1. */
function lastWideRow(blocks: readonly SourceBlock[], width: number): number {
  for (let j = blocks.length - 1; j >= 0; j--) {
    const b = blocks[j]!;
    if (b.kind === 'row' && b.cells.length > width - 2) return j;
  }
  return -1;
}

function nextRowWithin(blocks: readonly SourceBlock[], index: number, distance: number): boolean {
  for (let j = index + 1; j < blocks.length && j <= index + distance; j++) if (blocks[j]!.kind === 'row') return true;
  return false;
}

const sameRow = (a: readonly string[], b: readonly string[]): boolean => {
  const norm = (xs: readonly string[]) =>
    xs
      .map((x) => x.toLowerCase().replace(/\s+/g, ' ').trim())
      .filter((x) => x)
      .join('|');
  return norm(a) === norm(b);
};

/**
 * «Save as text» of a table can put every cell on its own tab-led line, rows separated by blank
 * lines. Lines without a tab continue the cell above (a second paragraph of that cell).
 */
function flattenedTable(blocks: readonly SourceBlock[], headerIndex: number, headerRun: SourcePara[]): TableRegion {
  const header = headerRun.map((p) => cleanCell(p.text));
  const columns = buildColumns(header);
  const rows: TableRegion['rows'] = [];
  let i = headerIndex + headerRun.length;
  let current: { cells: SourceCell[]; line: number } | null = null;
  let last = i - 1;
  const flush = (): void => {
    if (current && current.cells.some((c) => c.text.trim() !== '')) rows.push(current);
    current = null;
  };
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'row') {
      flush();
      rows.push({ cells: b.cells, line: b.line });
      last = i;
      continue;
    }
    if (b.text.trim() === '') {
      flush();
      continue;
    }
    if (isStopLine(b.text)) break;
    if (b.cellStart) {
      if (!current) current = { cells: [], line: b.line };
      current.cells.push({ text: b.text.trim(), bold: b.bold });
    } else if (current && current.cells.length > 0) {
      const cell = current.cells[current.cells.length - 1]!;
      cell.text = cell.text ? `${cell.text}\n${b.text.trim()}` : b.text.trim();
    } else {
      const prev = current ?? rows[rows.length - 1];
      const cell = prev?.cells[prev.cells.length - 1];
      if (!cell) {
        current = { cells: [{ text: b.text.trim(), bold: b.bold }], line: b.line };
      } else {
        cell.text = cell.text ? `${cell.text}\n${b.text.trim()}` : b.text.trim();
      }
    }
    last = i;
  }
  flush();
  return { columns, headerStart: headerIndex, end: last + 1, rows, header };
}
