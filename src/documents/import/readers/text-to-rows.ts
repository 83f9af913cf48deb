import { cleanInline, joinLines } from '../cell-text.js';
import { hasMarkup, htmlFragmentToText } from './html-to-rows.js';
import { FOOTNOTE_MARK, parseLeadingNumber, parseNumberCell } from '../records/numbering.js';
import { isSemicolonTable, quotedRow } from './delimited-cells.js';
import { assertBlockCount, countOccurrences } from './limits.js';
import type { SourceBlock, SourceCell } from './source-model.js';

/**
 * Plain text → blocks. Text plans come from "save as text" of Word tables (tab-separated cells,
 * or one cell per line when the converter flattened them), from pipe or box-drawing tables, or
 * from free layouts. This step only splits lines into paragraphs and rows; recognising what they
 * mean happens later, on the same model the HTML and DOCX readers produce.
 */
const BOX_SEPARATORS = /[│┃║¦]/;
const BORDER_LINE = /^[\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫+\-=|:_]+$/;
const BORDER_CHARS = /[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬+\-=]/g;

export function textToBlocks(text: string): SourceBlock[] {
  assertBlockCount(countOccurrences(text, '\n'));
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const blocks: SourceBlock[] = [];
  let tableId = 0;
  let inTable = false;
  let i = 0;
  const sep = isSemicolonTable(lines) ? ';' : '\t';
  while (i < lines.length) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (isGridLine(raw)) {
      const end = gridEnd(lines, i);
      tableId++;
      blocks.push(...gridRows(lines, i, end, tableId));
      inTable = false;
      i = end;
      continue;
    }
    if (raw.includes(sep)) {
      const quoted = quotedRow(lines, i, sep);
      const parts = quoted?.cells ?? raw.split(sep);
      const singleLeading = parts.length === 2 && parts[0]!.trim() === '';
      if (!singleLeading) {
        if (!inTable) {
          tableId++;
          inTable = true;
        }
        blocks.push({ kind: 'row', cells: parts.map(cellFromText), line: lineNo, table: tableId });
        i = quoted?.end ?? i + 1;
        continue;
      }
      blocks.push(paraFromText(parts[1] ?? '', lineNo, true));
      i++;
      continue;
    }
    if (raw.trim() === '') {
      blocks.push({ kind: 'para', text: '', bold: false, line: lineNo, cellStart: false, ...(raw !== '' ? { spaces: true } : {}) });
      i++;
      continue;
    }
    // «1.2. Обучение кадров …» or «ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ» with no tab between two tab rows: Word saves a merged row (a section
    // heading across the table) as one line without separators; it is a row of the same table,
    // not a continuation of the cell above.
    // The same line right above the first row («1. Организационно-методическое обеспечение» over
    // «1.1<tab>Анализ …») opens a table printed without its header row.
    if (isMergedHeadingRow(raw) && nextTabRow(lines, i + 1, !inTable)) {
      if (!inTable) {
        tableId++;
        inTable = true;
      }
      // Padded like a colspan cell of HTML or Word: the heading spans the row's columns.
      const width = Math.max(1, ...blocks.filter((b) => b.kind === 'row' && b.table === tableId).map((b) => (b.kind === 'row' ? b.cells.length : 0)));
      const cells = [cellFromText(raw), ...Array.from({ length: width - 1 }, () => ({ text: '', bold: false }))];
      blocks.push({ kind: 'row', cells, line: lineNo, table: tableId });
      i++;
      continue;
    }
    inTable = false;
    blocks.push(paraFromText(raw, lineNo, false));
    i++;
  }
  return blocks;
}

/** «1.2. Обучение кадров …», «Раздел I. …», «НАЗНАЧЕНИЕ ВЫБОРОВ»: a numbered heading or one in capitals. */
function isMergedHeadingRow(raw: string): boolean {
  const n = parseLeadingNumber(raw, { requireText: true });
  if (n && n.rest.length > 0) return true;
  const t = raw.trim();
  return t.length <= 200 && /[А-ЯЁ]{3,}/.test(t) && !/[a-zа-яё]/.test(t);
}

/** Whether the next row of cells (past blank lines and other merged headings) is a tab row — a numbered one when `numbered`. */
function nextTabRow(lines: readonly string[], from: number, numbered: boolean): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === '') continue;
    if (!line.includes('\t') && isMergedHeadingRow(line)) continue;
    const cells = line.split('\t').filter((p) => p.trim() !== '');
    if (cells.length < 2) return false;
    if (!numbered) return true;
    const n = parseNumberCell(cells[0]!);
    return !!n && (!n.rest || FOOTNOTE_MARK.test(n.rest));
  }
  return false;
}

export function cellFromText(raw: string): SourceCell {
  if (hasMarkup(raw)) {
    const { text, bold } = htmlFragmentToText(raw);
    return { text, bold };
  }
  const trimmed = raw.trim();
  const bold = /^\*\*[^*].*\*\*$/.test(trimmed) || /^\*\*\*[^*].*\*\*\*$/.test(trimmed);
  return { text: trimmed, bold };
}

function paraFromText(raw: string, line: number, cellStart: boolean): SourceBlock {
  if (hasMarkup(raw)) {
    const { text, bold } = htmlFragmentToText(raw);
    return { kind: 'para', text, bold, line, cellStart };
  }
  const trimmed = raw.trimEnd();
  const bare = trimmed.trim();
  const bold = /^\*\*[^*].*\*\*:?$/.test(bare) || /^\*\*\*[^*].*\*\*\*:?$/.test(bare);
  // Sites that drop a row's list number keep its indent: the indent still opens a row.
  const indent = trimmed.length - trimmed.trimStart().length;
  return { kind: 'para', text: trimmed.replace(/^\s+/, ''), bold, line, cellStart, ...(indent > 1 && bare ? { indent } : {}) };
}

/** A line of a pipe table or a box-drawing table (borders included). */
function isGridLine(raw: string): boolean {
  const t = raw.trim();
  if (!t) return false;
  if (BOX_SEPARATORS.test(t)) return true;
  if (BORDER_LINE.test(t) && (t.match(BORDER_CHARS)?.length ?? 0) >= 3 && /[┌├└╔╠╚+|]/.test(t[0]!)) return true;
  if (t.startsWith('|')) return t.split('|').length >= 3;
  // «1. | text | deadline | executors |»: cells between bars, the first bar missing.
  const bars = t.split(' | ').length - 1;
  return bars >= 2 && (t.endsWith('|') || bars >= 3);
}

/**
 * «1.» / «|» / «Салам-Алик айылдык кеңешинин … | Январь | … |»: a site that prints the number cell as
 * a paragraph of its own, then the bar that closes it, then the row's other cells between bars.
 * The number opens the row; it is not a line of its own.
 */
const NUMBER_CELL = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
function numberLead(lines: string[], i: number): boolean {
  if (!NUMBER_CELL.test(lines[i]?.trim() ?? '') || lines[i + 1]?.trim() !== '|' || i + 2 >= lines.length) return false;
  // The number and its bar already say «a row»: two bars make the rest its cells, the closing bar
  // may be missing (a page cut inside the last cell).
  const rest = lines[i + 2]!;
  return isGridLine(rest) || rest.split(' | ').length - 1 >= 2;
}

function gridEnd(lines: string[], start: number): number {
  let i = start;
  while (i < lines.length) {
    if (isGridLine(lines[i]!)) i++;
    else if (numberLead(lines, i)) i += 3;
    else if (spilledRow(lines, i) > 0) i += spilledRow(lines, i);
    else break;
  }
  return i;
}

/** Most lines a cell of a pipe table runs over before its closing bar (a dash list of a few points). */
const MAX_SPILLED_LINES = 12;

/**
 * «1.4. | Проведение собрания Клуба:» / «- выборы Председателя Клуба;» / … / «| сентябрь | руководитель |»:
 * inside a pipe table, a cell whose text runs over lines of its own (a list in the cell) leaves its
 * row open: the row goes on over the lines without a bar and ends on the line that opens with one.
 * The lines count as one row; the number of lines in it (0 when line `i` does not open such a row).
 */
function spilledRow(lines: string[], i: number): number {
  const first = lines[i]!.trim();
  if (!first.includes(' | ') || first.endsWith('|')) return 0;
  for (let j = i + 1; j < lines.length && j - i <= MAX_SPILLED_LINES; j++) {
    const t = lines[j]!.trim();
    if (t === '') return 0;
    if (t.startsWith('|')) return isGridLine(t) && t.endsWith('|') ? j - i + 1 : 0;
    if (t.includes('|')) return 0;
  }
  return 0;
}

const isBorder = (raw: string): boolean => {
  const t = raw.trim();
  return BORDER_LINE.test(t) && !/[A-Za-zА-Яа-яЁё0-9]/.test(t);
};

function splitGridCells(raw: string): string[] {
  let t = raw.trim();
  t = t.replace(/^[│┃║¦|]/, '').replace(/[│┃║¦|]$/, '');
  return t.split(/[│┃║¦|]/).map((c) => c.trim());
}

/**
 * Box tables draw a border under every row, so the lines between two borders are one row whose
 * cells wrap; tables with borders only around the header keep one row per line.
 */
function gridRows(lines: string[], start: number, end: number, table: number): SourceBlock[] {
  // Each part keeps its own line: a number printed on the line above its row («1.» / «|») opens the row there.
  const groups: { line: number; parts: string[][]; lines: number[] }[] = [];
  let current: { line: number; parts: string[][]; lines: number[] } | null = null;
  let borders = 0;
  let lead: { text: string; line: number } | null = null;
  for (let i = start; i < end; i++) {
    let raw = lines[i]!;
    const at = i;
    const spilled = spilledRow(lines, i);
    if (spilled > 0) {
      raw = lines.slice(i, i + spilled).join('\n');
      i += spilled - 1;
    }
    if (numberLead(lines, i)) {
      lead = { text: raw.trim(), line: i + 1 };
      i++;
      continue;
    }
    if (isBorder(raw)) {
      borders++;
      if (current) groups.push(current);
      current = null;
      continue;
    }
    if (!current) current = { line: lead?.line ?? at + 1, parts: [], lines: [] };
    current.parts.push(lead === null ? splitGridCells(raw) : [lead.text, ...splitGridCells(raw)]);
    current.lines.push(lead?.line ?? at + 1);
    lead = null;
  }
  if (current) groups.push(current);
  const contentLines = groups.reduce((n, g) => n + g.parts.length, 0);
  // Lines that leave the first cell (the number) empty continue the row above: the table
  // draws a border under each row, however many lines its cells wrap over.
  const continuation = groups.flatMap((g) => g.parts.slice(1));
  const wrapped = continuation.length > 0 && continuation.filter((p) => (p[0] ?? '').trim() === '').length >= continuation.length * 0.8;
  const rowBordered = (borders >= 3 && groups.length >= 2 && contentLines / groups.length <= 6) || (borders >= 2 && wrapped);
  const out: SourceBlock[] = [];
  for (const g of groups) {
    if (rowBordered) {
      const width = Math.max(...g.parts.map((p) => p.length));
      const cells: SourceCell[] = [];
      for (let c = 0; c < width; c++) {
        const text = joinLines(g.parts.map((p) => cleanInline(p[c] ?? '')));
        cells.push({ text, bold: false });
      }
      out.push({ kind: 'row', cells, line: g.line, table });
    } else {
      g.parts.forEach((p, k) => out.push({ kind: 'row', cells: p.map(cellFromText), line: g.lines[k]!, table }));
    }
  }
  return out;
}
