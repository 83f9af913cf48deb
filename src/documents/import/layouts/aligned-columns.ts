import { buildColumns, headerRole, isHeaderRow } from '../records/column-roles.js';
import { parseNumberCell } from '../records/numbering.js';
import type { SourceBlock, SourceCell, SourcePara } from '../readers/source-model.js';
import { isStopLine, type TableRegion } from './table.js';

/**
 * A table laid out in columns of spaces: what PDF-to-text converters («pdftotext -layout», «Save as text») and the
 * monospace copies of legal databases give. Every cell keeps its column's place on the line and wraps within it; the
 * headings are centred over their columns; the page header, the headings and the column-number row come back on
 * every page, and a converter lays each page out anew, so the columns move from page to page.
 *
 * On each page the columns are the stretches of the line that some text covers, parted by gutters no line of the
 * page prints anything in; the headings of that page's header line name them. A row starts where its number stands
 * in the first column, every other line goes on with the cells of the row above; a table without numbers starts its
 * rows where a capitalised title opens a line that fills other columns too (`opensUnnumbered`).
 */
interface Segment {
  start: number;
  end: number;
  text: string;
}

interface Line {
  para: SourcePara;
  text: string;
}

const GAP = / {2,}|\t/;
const COLUMN_NUMBERS = /^\s*1(?:\s+\d{1,2}){2,}\s*$/;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;
/** Gutters narrower than this are spaces between words, not between columns. */
const MIN_GUTTER = 2;

const expand = (text: string): string => text.replace(/\t/g, '        ');
/** The line as printed: the reader keeps a paragraph's indent apart from its text. */
const lineText = (p: SourcePara): string => ' '.repeat(p.indent ?? 0) + expand(p.text);
const flat = (text: string): string => text.trim().replace(/\s+/g, ' ');

function segments(line: string): Segment[] {
  const out: Segment[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Header lines tried before giving up: each try reads on to the end of the text, and a file may repeat its header. */
const MAX_TRIES = 5;

export function readAlignedColumns(blocks: readonly SourceBlock[]): TableRegion | null {
  let tries = 0;
  for (let i = 0; i < blocks.length && tries < MAX_TRIES; i++) {
    const b = blocks[i];
    if (b?.kind !== 'para' || !GAP.test(b.text.trim())) continue;
    const head = segments(lineText(b));
    if (head.length < 3 || !isHeaderRow(head.map((s) => s.text))) continue;
    tries++;
    const region = readFrom(blocks, i, head);
    if (region) return region;
  }
  return null;
}

/** Stretches of the line that some text of the page covers: the page's columns, left to right. */
function spansOf(lines: readonly string[]): { start: number; end: number }[] {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const used = new Array<boolean>(width).fill(false);
  for (const l of lines) for (const s of segments(l)) for (let k = s.start; k < s.end; k++) used[k] = true;
  const spans: { start: number; end: number }[] = [];
  let k = 0;
  while (k < width) {
    while (k < width && !used[k]) k++;
    if (k >= width) break;
    const start = k;
    // A span ends at a gutter of MIN_GUTTER free positions or more.
    for (;;) {
      while (k < width && used[k]) k++;
      let free = 0;
      while (k + free < width && !used[k + free]) free++;
      if (k + free >= width || free >= MIN_GUTTER) break;
      k += free;
    }
    spans.push({ start, end: k });
  }
  return spans;
}

/** The page's columns named by its header line: each heading over the span its middle falls in. */
function namedColumns(header: readonly Segment[], spans: readonly { start: number; end: number }[]): { start: number; end: number }[] | null {
  const columns: { start: number; end: number }[] = [];
  for (const h of header) {
    const middle = (h.start + h.end) / 2;
    let best = -1;
    let distance = Infinity;
    spans.forEach((s, k) => {
      const d = middle < s.start ? s.start - middle : middle > s.end ? middle - s.end : 0;
      if (d < distance) {
        distance = d;
        best = k;
      }
    });
    if (best < 0) return null;
    const span = spans[best]!;
    const last = columns[columns.length - 1];
    // Two headings over one stretch: the page printed nothing under one of them; the stretch is cut between them.
    if (last && last.end > span.start) {
      const cut = Math.floor((header[columns.length - 1]!.end + h.start) / 2);
      last.end = cut;
      columns.push({ start: cut, end: span.end });
    } else columns.push({ ...span });
  }
  // Text under no heading (a wide cell printed over a gutter) goes to the nearest column on the left.
  for (let k = 1; k < columns.length; k++) columns[k]!.start = Math.min(columns[k]!.start, columns[k - 1]!.end + 1);
  columns[0]!.start = 0;
  return columns;
}

function columnOf(segment: Segment, columns: readonly { start: number; end: number }[]): number {
  let k = 0;
  for (let j = 0; j < columns.length; j++) if (segment.start >= columns[j]!.start - 1) k = j;
  return k;
}

/** A row starts where its number stands in the first column. */
function opensNumbered(placed: readonly string[][]): boolean {
  const first = placed[0]!.join(' ');
  return first !== '' && parseNumberCell(first) !== null;
}

/**
 * Without numbers, a row starts on a line whose title begins with a capital and that holds the row's term (a converter
 * prints every cell of a row from its top line, and a term is short), or after a title that ended its sentence. A
 * wrapped title goes on in lower case or beside nothing but more names of who acts.
 */
function opensUnnumbered(placed: readonly string[][], titleAt: number, termAt: number, titleSoFar: readonly string[]): boolean {
  const title = placed[titleAt]!.join(' ');
  if (!/^[«"(А-ЯЁA-Z0-9]/.test(title)) return false;
  const withTerm = termAt >= 0 ? placed[termAt]!.length > 0 : placed.filter((w) => w.length > 0).length >= 2;
  return withTerm || /[.;!?]$/.test(titleSoFar[titleSoFar.length - 1] ?? '');
}

function isHeadingWrap(text: string): boolean {
  const segs = segments(text);
  // A heading goes on in lower case («строки», «или мероприятия», «п/п»); a row's cells open with capitals.
  return (
    segs.length > 0 && !parseNumberCell(segs[0]!.text) && segs.every((g) => headerRole(g.text) !== null || (g.text.length <= 20 && !/^[А-ЯЁA-Z]/.test(g.text)))
  );
}

function nearestHeading(g: Segment, head: readonly Segment[]): number {
  const middle = (g.start + g.end) / 2;
  let best = 0;
  head.forEach((h, k) => {
    if (Math.abs((h.start + h.end) / 2 - middle) < Math.abs((head[best]!.start + head[best]!.end) / 2 - middle)) best = k;
  });
  return best;
}

function readFrom(blocks: readonly SourceBlock[], headerIndex: number, head: Segment[]): TableRegion | null {
  const headerText = flat(head.map((s) => s.text).join(' '));
  const body: Line[] = [];
  let end = headerIndex + 1;
  for (let j = headerIndex + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'para' || isStopLine(b.text)) break;
    body.push({ para: b, text: lineText(b) });
    end = j + 1;
  }
  // Lines printed again on every page (a running header, «ПРОЕКТ»): not rows.
  const seen = new Map<string, number>();
  for (const { text } of body) seen.set(flat(text), (seen.get(flat(text)) ?? 0) + 1);
  const running = (text: string): boolean => (seen.get(flat(text)) ?? 0) >= 2 && segments(text).length === 1 && !parseNumberCell(flat(text));

  // Pages: the header line again starts a new one.
  const pages: { header: Segment[]; lines: Line[] }[] = [{ header: head, lines: [] }];
  for (const line of body) {
    const t = line.text;
    if (flat(t) === headerText) {
      pages.push({ header: segments(t), lines: [] });
      continue;
    }
    if (t.trim() === '' || COLUMN_NUMBERS.test(t) || PAGE_NUMBER.test(t) || running(t)) continue;
    pages[pages.length - 1]!.lines.push(line);
  }

  // Heading words wrapped under the header line («строки» under «Номер», «или мероприятия» under «Срок») stand
  // between it and row 1, and again under the headings of every page: set apart, they name the columns.
  const wrapped: string[] = [];
  const firstPage = pages[0]!.lines;
  while (firstPage.length > 0 && isHeadingWrap(firstPage[0]!.text)) wrapped.push(firstPage.shift()!.text);
  const wrappedText = new Set(wrapped.map(flat));
  for (const page of pages) page.lines = page.lines.filter((l) => !wrappedText.has(flat(l.text)));
  const titles = head.map((h) => [h.text]);
  for (const line of wrapped) for (const g of segments(line)) titles[nearestHeading(g, head)]!.push(g.text);
  const header = titles.map((t) => t.join(' '));
  const roles = buildColumns(header);
  const titleAt = roles.findIndex((c) => c.role === 'title');
  if (titleAt < 0) return null;
  const numberedPlan = roles[0]!.role === 'number';
  const termAt = roles.findIndex((c) => c.role === 'deadline');
  const rows: TableRegion['rows'] = [];
  let current: string[][] | null = null;
  let opened = 0;
  for (const page of pages) {
    if (page.lines.length === 0) continue;
    // A section row printed across the columns («1   Организация обучения …») covers their gutters: left out here.
    const middles = page.header.map((h) => (h.start + h.end) / 2);
    const crosses = (t: string): boolean => segments(t).some((g) => middles.filter((m) => m >= g.start && m <= g.end).length >= 2);
    const columns = namedColumns(page.header, spansOf(page.lines.map((l) => l.text).filter((t) => !crosses(t))));
    if (columns === null || columns.length !== head.length) return null;
    for (const { para, text } of page.lines) {
      const placed = columns.map(() => [] as string[]);
      for (const s of segments(text)) placed[columnOf(s, columns)]!.push(s.text);
      const opens = numberedPlan ? opensNumbered(placed) : current === null || opensUnnumbered(placed, titleAt, termAt, current[titleAt]!);
      if (opens || current === null) {
        if (opens) opened++;
        current = placed.map((w) => (w.length ? [w.join(' ')] : []));
        rows.push({ cells: [], line: para.line });
      } else {
        placed.forEach((words, k) => {
          if (words.length) current![k]!.push(words.join(' '));
        });
      }
      rows[rows.length - 1]!.cells = current.map((lines): SourceCell => ({ text: lines.join('\n'), bold: false }));
    }
  }
  if (opened < 2 || opened * 2 < rows.length) return null;
  const columns = buildColumns(header);
  return { columns, headerStart: headerIndex, end, rows, header };
}
