import { cleanInline, endsDangling } from '../cell-text.js';
import { COMMON_ABBREVIATIONS, isDeadlineLike, isExecutorLike, isLegalBasisLike, isMonthHeading, type ExecutorVocabulary } from '../records/cell-classify.js';
import { toDraftDeadline } from '../records/deadline-adapter.js';
import { latinHeadingRole, mayBeLatinHeading } from '../languages/latin-headings.js';
import { mayBeTurkicHeading } from '../languages/turkic-headings.js';
import { isTurkicSectionLine } from '../languages/turkic-sections.js';
import { buildColumns, headerRole, isHeaderRow } from '../records/column-roles.js';
import { FOOTNOTE_MARK, numberDepth, parseLeadingNumber, parentNumber } from '../records/numbering.js';
import type { SourceBlock, SourceCell } from '../readers/source-model.js';
import { isStopLine, type TableRegion } from './table.js';
import { isLegalDatabaseNote } from './legal-database.js';
import { isHeadingCell, rowsByGaps } from './cell-paragraphs.js';
import { withoutCitedLaw } from '../records/heading-law.js';
import { joinTermParagraphs } from '../records/term-paragraphs.js';

/**
 * Tables that a site or a converter flattened to one cell per line, without tabs: the header
 * cells each on a line (often broken: «NN» / «пп»), a column-number row «1 2 3 4», then every
 * cell of every row on lines of its own, with blank lines and wrapped lines inside cells.
 * A row starts at its number; the lines up to the next number are that row's cells, joined
 * where a line plainly continues the one above (lowercase start, hyphen, dangling word) and
 * then placed under the columns by what they read like (align-cells).
 */
interface Line {
  text: string;
  line: number;
  block: number;
  bold: boolean;
  /** A `|` closed the cell: the text is a whole cell, nothing is glued to it. */
  closed?: boolean;
  /** A bar opened the cell («| Срок исполнения»): the text starts a cell of its own. */
  opens?: boolean;
  /** The line before cleaning, with its runs of spaces (a signature's gap). */
  raw?: string;
  /** Blank lines right above it: where one blank parts the cells, a wider gap parts the rows. */
  gap?: number;
  /** A line of spaces printed for an empty cell comes right after it. */
  beforeEmptyCell?: boolean;
  /** The text above was wrapped at a fixed width and goes on here (see markHardWraps). */
  wrapped?: boolean;
  /** Where bars open the cells, a line without one goes on with the cell a bar opened above it. */
  insideBarCell?: boolean;
  /** A lone «|» with no cell open before it: an empty cell (text is ''). */
  emptyCell?: boolean;
  /** Among bar-closed cells, the file ended before a bar closed this one: the page was cut inside it. */
  cutOpen?: boolean;
  /** «1. Городовиковский район | |||»: the cell is closed and only empty cells follow on its line (merged across the row). */
  mergedAfter?: boolean;
}

const MAX_HEADER_CELLS = 12;
/** «01.08», «22.08.2023»: a term cell that is a day alone. */
const DAY_MONTH_CELL = /^\d{1,2}\.\d{2}(?:\.\d{2,4})?$/;

export function readLineCells(blocks: readonly SourceBlock[]): TableRegion | null {
  const lines = toLines(blocks);
  markHardWraps(lines);
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const region = readBody(lines, header, blocks.length);
    if (region) return region;
  }
  const numbered = numberedRowsAt(lines) ?? midTableRowsAt(lines);
  return numbered ? readBody(lines, numbered, blocks.length) : null;
}

/** Fewest bar-closed cells a row of a page cut out of a table needs: its number, the measure, a term and one more. */
const MIN_MID_TABLE_CELLS = 4;

/**
 * «23» / «|» / «Səsvermə üçün …» / «|» / «Mərkəzi Seçki Komissiyası, …» / «|» / … / «2009-cu il noyabrın 3-dək» / «|»: a
 * mirror that splits a long document into pages starts a page inside the table — no heading, the rows numbered on from
 * the page before. Taken only where the page opens with the row's number and every cell is closed by a bar (the bars
 * are the table's own), with a term among the cells; the columns are named by what the first row's cells read like,
 * the last term being the plan's and a cell citing articles the legal basis.
 */
function midTableRowsAt(lines: readonly (Line | null)[]): Header | null {
  const start = lines.findIndex((l) => l !== null);
  const first = lines[start];
  // «23» / «|»: the bar under the number closes it (read as an empty cell after it).
  if (!first || !/^[1-9]\d{0,3}$/.test(first.text) || !(first.closed || lines[start + 1]?.emptyCell)) return null;
  // The number on a line of its own: a row whose cells share its line is a table's row (tabs, Word, HTML), read as one.
  if (lines.some((l, k) => k > start && l !== null && l.line === first.line)) return null;
  const cells: Line[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    if (!l.closed || l.text === String(Number(first.text) + 1)) break;
    if (l.text) cells.push(l);
  }
  if (cells.length + 1 < MIN_MID_TABLE_CELLS) return null;
  const firstLine = (l: Line): string => l.text.split('\n')[0]!;
  const terms = cells.map((l, k) => (isDeadlineLike(firstLine(l), true) ? k : -1)).filter((k) => k >= 0);
  if (terms.length === 0 || isDeadlineLike(firstLine(cells[0]!), true)) return null;
  const own = terms[terms.length - 1]!;
  let executors = false;
  const names = cells.map((l, k) => {
    if (k === 0) return 'Наименование мероприятия';
    if (k === own) return 'Срок исполнения';
    if (l.text.split('\n').some((line) => isLegalBasisLike(line))) return 'Правовое основание';
    if (terms.includes(k)) return 'Срок по закону';
    if (executors) return `Колонка ${k + 2}`;
    executors = true;
    return 'Исполнители';
  });
  return { cells: ['№ п/п', ...names], start, next: start, startBlock: first.block, closedCells: true };
}

/** Fewest rows that make a run of bare numbers a table rather than a list of figures. */
const MIN_HEADERLESS_ROWS = 3;
/** Most lines a row of a flattened plan takes (a term, a title of two lines, executors …). */
const MAX_ROW_LINES = 6;

/**
 * «1» / «Январь» / «Исторический час …» / «2» / «Февраль» / …: the table's header row is not in the
 * file, yet every row starts with its number alone on a line, counting 1, 2, 3 … with a few lines
 * of cells between. Those numbers are the rows; the columns are named by what the cells of most rows
 * read like, in their order (a term before or after the title). Only a plain count from 1 is taken:
 * scattered figures on lines of their own do not count up one by one.
 */
function numberedRowsAt(lines: readonly (Line | null)[]): Header | null {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.text !== '1') continue;
    const starts = [i];
    for (let j = i + 1; j < lines.length && j - starts[starts.length - 1]! <= MAX_ROW_LINES; j++) {
      const l = lines[j];
      if (!l) break;
      if (l.text === String(starts.length + 1)) starts.push(j);
    }
    if (starts.length < MIN_HEADERLESS_ROWS) continue;
    // Numbers on consecutive lines are a column-number row or a list of figures, not rows with cells.
    if (starts.some((s, k) => k > 0 && s - starts[k - 1]! < 2)) continue;
    const shapes = new Map<string, number>();
    for (let k = 0; k + 1 < starts.length; k++) {
      const cells = lines.slice(starts[k]! + 1, starts[k + 1]).filter((l): l is Line => !!l);
      const shape = cells.map((l) => (isDeadlineLike(l.text, true) || isMonthHeading(l.text) ? 'deadline' : 'title'));
      // A title of two lines is one cell: the shape counts each role once, in its order.
      const key = shape.filter((r, n) => r !== shape[n - 1]).join(' ');
      shapes.set(key, (shapes.get(key) ?? 0) + 1);
    }
    const [best] = [...shapes.entries()].sort((a, b) => b[1] - a[1]);
    if (!best || !best[0].includes('title') || !best[0].includes('deadline')) continue;
    const names = { title: 'Наименование мероприятия', deadline: 'Срок исполнения' } as const;
    const cells = ['№ п/п', ...best[0].split(' ').map((r) => names[r as keyof typeof names])];
    return { cells, start: i, next: i, startBlock: lines[i]!.block, closedCells: false };
  }
  return null;
}

const PIPE_END = /(?:^|\s)\|$/;
/** Bars that make a page of bar-closed cells: one row of five cells (a mirror's page may hold no more), or a quarter of the lines. */
const MIN_PIPE_LINES = 5;

/** Widest text a mirror or a converter wraps at; cells printed one per line run far longer. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 50;

/**
 * «1. Осуществление контроля за соблюдением избирательных прав граждан» / «Российской Федерации
 * при подготовке …» / …: a cell a mirror wrapped at a fixed width, with no blank line between its
 * lines. Its lines run to nearly the same width and each stops only because the next word would
 * not fit, so a line going on in capitals is still the same cell. Marked only in runs of at least
 * three lines where two and most of the longer ones reach the width: two cells of similar length
 * are not a paragraph.
 */
function markHardWraps(lines: readonly (Line | null)[]): void {
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    if (l && i > start && !l.gap && !l.closed && !l.opens && !lines[i - 1]!.closed) continue;
    markRun(lines, start, i);
    start = l ? i : i + 1;
  }
}

function markRun(lines: readonly (Line | null)[], from: number, to: number): void {
  if (to - from < 3) return;
  const run = lines.slice(from, to) as Line[];
  const width = Math.max(...run.map((l) => l.text.length));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return;
  const full = (l: Line): boolean => l.text.length >= width * 0.85;
  // Wrapped text fills its lines; cells one per line vary in length (a term, a name, a title).
  const texts = run.filter((l) => l.text.length >= 20);
  const fullCount = run.filter(full).length;
  if (fullCount < 2 || fullCount * 2 < texts.length) return;
  for (let k = 1; k < run.length; k++) {
    const above = run[k - 1]!;
    const firstWord = run[k]!.text.split(/\s/)[0]!;
    if (full(above) && above.text.length + 1 + firstWord.length > width && !isDeadlineLike(run[k]!.text, true)) run[k]!.wrapped = true;
  }
}

function toLines(blocks: readonly SourceBlock[]): (Line | null)[] {
  const out: (Line | null)[] = [];
  // A row the text reader split at bars («3. | Образование … | Не позднее … | Глава … |») is,
  // among cells closed one per line, just several closed cells on one line.
  const texts = blocks.map((b) => (b.kind === 'para' ? cleanInline(b.text) : `${b.cells.map((c) => cleanInline(c.text)).join(' | ')} |`));
  const filled = texts.filter((t) => t !== '');
  // Some sites end every cell with « |» or put «|» alone on the line after it.
  // Other sites start every cell with «| » instead, and put two short cells on a line between bars;
  // their lone «|» ending each row is not a closing bar, however many short rows (headings) there are.
  const opening = filled.filter((t) => BAR_START.test(t)).length;
  const closing = filled.filter((t) => PIPE_END.test(t) && !/^\|+$/.test(t)).length;
  const opensCells = opening >= 3 && opening > 2 * closing;
  // Rows a file parts into cells itself (Word, HTML, tabs) are joined with bars above: a page of them needs a row more
  // than a mirror's page of typed bars does.
  const typedBars = blocks.some((b, k) => b.kind === 'para' && PIPE_END.test(texts[k]!));
  const pipeMode =
    !opensCells && filled.filter((t) => PIPE_END.test(t)).length >= Math.max(typedBars ? MIN_PIPE_LINES : MIN_PIPE_LINES + 1, filled.length * 0.25);
  const barOpens = !pipeMode && opening >= 3;
  let afterBar = false;
  let inBarCell = false;
  let blank = 0;
  let open: Line | null = null;
  // Lines before the first bar are the document's preamble, except a short header cell
  // broken over the lines just above it («N» / «п/п» / «|»).
  // «УТВЕРЖДЕН решением … № 91/485 |» over a title of lines without bars: a гриф the site set in a
  // cell of its own is not where the table starts; the table's bars come close together.
  const firstBar = texts.findIndex((t, k) => PIPE_END.test(t) && barredSoon(texts, k));
  let barsFrom = firstBar;
  for (let k = firstBar - 1, taken = 0; pipeMode && k >= 0 && taken < 3; k--) {
    if (!texts[k]) continue;
    // «ПЕНЗЕНСКОЙ ОБЛАСТИ» above «N» / «п/п |» ends the title, it does not start a header cell.
    if (texts[k]!.length > 20 || !(HEADER_HINT.test(texts[k]!) || /^[a-zа-яё(/]/.test(texts[k]!))) break;
    barsFrom = k;
    taken++;
  }
  blocks.forEach((b, block) => {
    if (b.kind !== 'para' && (!pipeMode || block < barsFrom)) {
      if (open) out.push(open);
      open = null;
      out.push(null);
      return;
    }
    const bold = b.kind === 'para' && b.bold;
    const text = texts[block]!;
    if (!text) {
      blank++;
      if (b.kind === 'para' && b.spaces && out.length > 0 && out[out.length - 1]) out[out.length - 1]!.beforeEmptyCell = true;
      return;
    }
    const gap = blank;
    blank = 0;
    if (!pipeMode || block < barsFrom) {
      if (b.kind !== 'para') return;
      if (barOpens) {
        const parts = splitAtBars(text, b.line, block, b.bold);
        // A lone «|» is only a boundary: the line after it starts a cell.
        if (parts[0] && afterBar) parts[0].opens = true;
        // «| В соответствии» / «с Календарным» / «Центральной» / «Федерации»: a capital does not
        // start a cell where bars do (a wrapped deadline must not spill into the executors).
        else if (parts[0] && inBarCell && !BAR_START.test(text) && !BARE_NUMBER.test(parts[0].text)) parts[0].insideBarCell = true;
        afterBar = parts.length === 0;
        inBarCell = parts.length > 0 && (inBarCell || parts.some((p) => p.opens));
        out.push(...parts);
      } else out.push({ text, line: b.line, block, bold: b.bold, raw: b.text, gap });
      return;
    }
    // Every bar closes the cell open before it: «1. | Принятие решения … |» is two closed cells,
    // «|||» (empty merged cells) closes what is open and adds nothing. A bar that opens the line
    // only marks where the cell starts.
    const onlyBars = /^\|+$/.test(text);
    // «4 |» / «|» / «Назначение выборов |»: a lone bar with nothing open closes an empty cell (the
    // row's number left blank); readBody decides whether it opens a row.
    if (text === '|' && !open) out.push({ text: '', line: b.line, block, bold, closed: true, emptyCell: true });
    const segments = text.split('|');
    segments.forEach((segment, k) => {
      const body = segment.trim();
      if (body) {
        if (open) open.text = `${open.text}\n${body}`;
        else open = { text: body, line: b.line, block, bold, closed: true };
        open.block = block;
      }
      const closedByBar = k < segments.length - 1 && (k > 0 || body !== '' || onlyBars);
      if (closedByBar && open) {
        // Two or more empty cells after it on its line: the rest of the row is merged into this cell.
        if (segments.length - k >= 3 && segments.slice(k + 1).every((x) => !x.trim())) open.mergedAfter = true;
        out.push(open);
        open = null;
      }
    });
  });
  // Among bar-closed cells, a cell still open when the file ends was cut there, not closed.
  if (open) out.push(pipeMode ? { ...(open as Line), cutOpen: true } : open);
  return out;
}

const BAR_START = /^\|\s*[^\s|]/;

/** Another bar-closed line among the next few lines: the bar at `k` is part of a run of cells. */
function barredSoon(texts: readonly string[], k: number): boolean {
  const next = texts
    .slice(k + 1)
    .filter((t) => t !== '')
    .slice(0, 4);
  return next.length === 0 || next.some((t) => PIPE_END.test(t) || /^\|+$/.test(t));
}

/** «Мероприятия | Срок исполнения»: each bar starts a cell; a lone «|» only closes one. */
function splitAtBars(text: string, line: number, block: number, bold: boolean): Line[] {
  const out: Line[] = [];
  text.split(/\s*\|\s*/).forEach((part, k) => {
    if (part) out.push({ text: part, line, block, bold, opens: k > 0, raw: part });
  });
  return out;
}

interface Header {
  cells: string[];
  start: number;
  /** Index in `lines` of the first line after the header. */
  next: number;
  startBlock: number;
  /** Cells were closed by `|`: their bounds are explicit. */
  closedCells: boolean;
}

/** Header cells on consecutive lines; lowercase lines finish the cell above («Срок» / «исполнения»). */
function headerAt(lines: readonly (Line | null)[], start: number): Header | null {
  const first = lines[start];
  const spaced = first ? spacedHeader(first.text) : null;
  if (spaced) return { cells: spaced, start, next: start + 1, startBlock: first!.block, closedCells: false };
  if (!first || first.text.length > 60 || !isHeaderStart(first.text)) return null;
  // Where bars close the cells, the header is closed too: an open line above it is the title.
  if (!first.closed && lines[start + 1]?.closed) return null;
  const cells: string[] = [];
  let i = start;
  let lastGood = -1;
  let lastGoodCount = 0;
  for (; i < lines.length && cells.length <= MAX_HEADER_CELLS; i++) {
    const l = lines[i];
    if (!l) break;
    // Header cells name columns: no dates, no sentences («День голосования – 2 марта 2008 года.»).
    // «Наименование мероприятия |»: outside a page of bars (too few lines end with one) the bar that
    // closes a heading is still its border, not a word of it.
    const flat = l.text.replace(/\n/g, ' ').replace(/\s+\|+$/, '');
    // A year is a header's word too («Сроки в 2013 году»), and so is the number of the law a term column cites.
    const digits = withoutCitedLaw(l.text).replace(/\b(?:19|20)\d\d\b/g, '');
    if (
      flat.length > (digits.length < l.text.length ? 320 : 160) ||
      (/\d/.test(digits) && !BARE_NUMBER.test(l.text) && !/^№/.test(l.text)) ||
      (/[.!?]$/.test(l.text) && !isNumberHeader(flat))
    )
      break;
    // «Исполнители» / «(органы, организации» / … / «Комплекса мер в»: a bracket left open, or a
    // line inside a cell a bar opened, goes on with the heading above.
    const prev = cells[cells.length - 1] ?? '';
    const goesOn = /^[a-zа-яё(/]/.test(l.text) || endsDangling(prev) || openBrackets(prev) > 0 || !!l.insideBarCell;
    if (cells.length > 0 && !l.closed && !l.opens && goesOn) {
      cells[cells.length - 1] = `${cells[cells.length - 1]} ${flat}`;
    } else {
      if (/^\d/.test(l.text) && !/^№/.test(l.text)) break;
      if (parseLeadingNumber(l.text, { requireText: true })) break;
      cells.push(flat);
    }
    if (headerRole(cells[cells.length - 1]!) !== null || isNumberHeader(cells[cells.length - 1]!)) {
      lastGood = i;
      lastGoodCount = cells.length;
    } else if (cells.length - lastGoodCount >= 2 && !columnNumbersAhead(lines, i + 1)) break;
  }
  if (lastGood < 0) return null;
  const headerCells = cells.slice(0, lastGoodCount);
  // «Keçirilmə müddətləri» over «… Məcəlləsinə … əsasən» and «Tövsiyə olunan müddətlər» («Сроки» over «по закону»
  // and «рекомендуемые»): a parent heading flattened onto a line of its own. The column-number row counts the
  // columns — one fewer than the headings — and the parent names what a heading below it names again.
  if (columnNumbersAt(lines, lastGood + 1) === headerCells.length - 1) {
    const parent = parentHeadingAt(headerCells);
    if (parent >= 0) headerCells.splice(parent, 1);
  }
  const roles = headerCells.map((c) => (isNumberHeader(c) ? 'number' : headerRole(c)));
  // «Мероприятие» / «Дата» / «1.» / «Составление плана» / «15 – 22.09»: two headings — the measure and its term — are a
  // table too when the first row's number follows them on a line of its own.
  const twoColumns = headerCells.length === 2 && roles[0] === 'title' && roles[1] === 'deadline' && /^1\.?$/.test(lines[lastGood + 1]?.text ?? '');
  if (headerCells.length < 3 && !twoColumns) return null;
  // «Формат мероприятия» / «Сроки» / «Содержание»: with no heading that names the item, the columns take
  // one that stands for it (buildColumns gives it the title), as a table's header does.
  const named = roles.includes('title') || roles.some((r) => r !== null && TITLE_STANDINS.has(r));
  if (!named || !(roles.includes('deadline') || roles.includes('executors'))) return null;
  if (!isHeaderRow(headerCells.map((c) => (isNumberHeader(c) ? '№' : c)))) return null;
  return { cells: headerCells, start, next: lastGood + 1, startBlock: first.block, closedCells: !!first.closed };
}

/** The heading that stands over the next two: its role is the role of one of them (a term over terms). */
function parentHeadingAt(cells: readonly string[]): number {
  for (let j = 1; j + 2 < cells.length; j++) {
    const role = headerRole(cells[j]!);
    if (role !== null && role !== 'number' && (headerRole(cells[j + 1]!) === role || headerRole(cells[j + 2]!) === role)) return j;
  }
  return -1;
}

/**
 * «Категория участников» / «Предполагаемое количество участников» / «Ответственный» / «1» «2» …: headings
 * no vocabulary names are still headings when the column-number row follows them — the table numbers
 * its own columns. Only header-like lines (no figures, no sentences) may stand between.
 */
function columnNumbersAhead(lines: readonly (Line | null)[], from: number): boolean {
  for (let j = from; j < lines.length && j - from < MAX_HEADER_CELLS * 2; j++) {
    const l = lines[j];
    if (!l) return false;
    if (columnNumbersAt(lines, j) > 0) return true;
    if (/\d/.test(l.text) || /[.!?]$/.test(l.text) || l.text.length > 60) return false;
  }
  return false;
}

/**
 * «№ т/р Тадбирлар мазмуни Тадбирларни ўтказиш муддати Календарь санаси Ижрочилар»: a CMS joined
 * the header cells with single spaces. Each heading starts with a capital and goes on in lowercase,
 * so the capitals part the cells; the parts must read as a header (a title and a deadline or executors).
 */
function spacedHeader(text: string): string[] | null {
  if (text.length <= 60 || text.length > 400 || /[.;:!?]$|\d{2}/.test(text)) return null;
  const cells: string[] = [];
  for (const word of text.split(/\s+/)) {
    const opens = /^(?:№|[А-ЯЁЎҚҒҲӨҮҢA-Z])/.test(word) && !/^№$/.test(cells[cells.length - 1] ?? '');
    if (opens || cells.length === 0) cells.push(word);
    else cells[cells.length - 1] += ` ${word}`;
  }
  if (cells.length < 3 || cells.length > MAX_HEADER_CELLS) return null;
  const roles = cells.map((c) => (isNumberHeader(c) ? 'number' : headerRole(c)));
  const named = roles.filter((r) => r !== null).length;
  if (!roles.includes('title') || !(roles.includes('deadline') || roles.includes('executors')) || named * 2 < cells.length) return null;
  return cells;
}

// «т/р» Uzbek, «р/с» («Р/с №») Kazakh and Kyrgyz: the order number.
// «Номер строки», «Номер пункта»: the names column-roles.ts gives the number column too.
const NUMBER_HEADER = /^(?:(?:№№?|n{1,2}|no\.?|номер)?\s*(?:п\s*\/\s*п|пп|п\.\s*п\.?|т\s*\/\s*р|р\s*\/\s*[сн](?:\s*№)?)?\.?|номер\s+(?:строки|пункта))$/i;
const isNumberHeader = (text: string): boolean =>
  text.trim() !== '' && (NUMBER_HEADER.test(text.trim()) || latinHeadingRole(text.trim().toLowerCase()) === 'number');
// A cheap look for a header word before the full role test: most lines of a plan are not headers.
const HEADER_HINT =
  /№|п\/п|^n|^пп|^номер|наимен|мероприят|срок|исполн|ответствен|содержан|дата|период|вопрос|тема|направлен|перечень|мер[аы]|иш-чара|мазмун|мөөнөт|жооптуу|тадбир|муддат|ижрочи|аткар/i;
const isHeaderStart = (text: string): boolean =>
  (HEADER_HINT.test(text) || mayBeTurkicHeading(text) || mayBeLatinHeading(text)) && (isNumberHeader(text) || headerRole(text) !== null);

/** A line holding only a number: the first cell of a row, or part of the column-number row. */
const BARE_NUMBER = /^(\d{1,4}(?:\.\d{1,3}){0,4})\.?$/;
/** «01.02.24», «15.03.2024»: a date alone on a line; row numbers never pad a part with a zero. */
const DATE_LINE = /^(?:\d{2}\.(?:0[1-9]|1[0-2])\.(?:\d{2}|\d{4})|0\d\.\d{2}\.\d{2,4})$/;
const isBareNumber = (text: string): RegExpExecArray | null => (DATE_LINE.test(text) ? null : BARE_NUMBER.exec(text));

function columnNumbersAt(lines: readonly (Line | null)[], i: number, width = 0): number {
  const l = lines[i];
  if (!l) return 0;
  // «0» / «1» / «2» …: some tables number their columns from 0 (the number column is column 0).
  if (l.text === '0' && lines[i + 1]?.text === '1') return 1 + columnNumbersAt(lines, i + 1, width - 1);
  if (/^1(?:\s+\d{1,2}){2,}$/.test(l.text)) {
    const nums = l.text.split(/\s+/).map(Number);
    if (nums.every((n, k) => n === k + 1)) return 1;
  }
  let k = 0;
  while (lines[i + k] && lines[i + k]!.text === String(k + 1)) k++;
  if (k >= 3) return k;
  // Right under the header: one ascending number per heading, with a gap where the site dropped a
  // column of the source («1 | 2 | 4 | 5»). Row numbers never count up by more than one from 1 here.
  if (width >= 3 && k >= 1) {
    let n = 1;
    let prev = 1;
    while (n < width && lines[i + n] && /^\d{1,2}$/.test(lines[i + n]!.text) && Number(lines[i + n]!.text) > prev) {
      prev = Number(lines[i + n]!.text);
      n++;
    }
    if (n === width && prev > width - 1 && prev <= width + 2) return n;
  }
  return 0;
}

/** Section headings printed as their own line: «Раздел 2.», «Глава II», «III. …», a line in capitals. */
export function isHeadingLine(text: string): boolean {
  const t = text.trim();
  if (/^(?:раздел|глава|часть)\s+(?:[IVXLC]+|\d{1,3})\b/i.test(t) || isTurkicSectionLine(t)) return true;
  if (/^[IVXLC]{1,6}\s*\.\s*\S/.test(t) && parseLeadingNumber(t)?.sectionMarker) return true;
  return isCapsHeading(t);
}

export function isCapsHeading(text: string): boolean {
  const letters = text.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  if (letters.length < 8 || /[a-zа-яё]/.test(letters)) return false;
  const longWords = text.split(/[\s,;.]+/).filter((w) => w.replace(/[^А-ЯЁA-Z]/g, '').length >= 5);
  return longWords.length >= 2;
}

/** The row number that may follow `prev`: the next sibling, a first child, or the next of an ancestor. */
function plausibleNext(prev: string | null, n: string, restartAllowed: boolean): boolean {
  if (prev === null) return true;
  if (restartAllowed && (n === '1' || /^\d+\.1$/.test(n))) return true;
  if (n === `${prev}.1`) return true;
  for (let p: string | null = prev; p; p = parentNumber(p)) {
    const parent = parentNumber(p);
    const last = Number(p.slice(p.lastIndexOf('.') + 1));
    const nLast = Number(n.slice(n.lastIndexOf('.') + 1));
    if (parentNumber(n) === parent && numberDepth(n) === numberDepth(p) && nLast > last && nLast <= last + 3) return true;
  }
  return false;
}

const LOWER_EXECUTOR =
  /^(?:члены|председател[ьи]|секретар[ьи]|заместител[ьи]|руководител[ьи]|специалист|сотрудник|аппарат|отдел|участковые|территориальные|избирательн(?:ая|ые) комисси)/;
// «Председатель комиссии        И.И. Иванов»: the signature under the plan, not an executor.
const SIGNATURE = /^(?:председатель|секретарь|заместитель председателя|зам\.)[^\n]*?(?:\s{3,}\S|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+\s*$)/i;

const TITLE_STANDINS: ReadonlySet<string> = new Set(['measure', 'action', 'format', 'content', 'tasks']);

/** The layout reader runs before the plan's glossary is known: the abbreviations every plan uses. */
const COMMON_VOCABULARY: ExecutorVocabulary = { abbreviations: new Set(COMMON_ABBREVIATIONS) };

const END_LINE = /^(?:©|copyright|все права защищены|версия для печати|наверх|поделиться|источник:)/i;

function readBody(lines: readonly (Line | null)[], header: Header, blockCount: number): TableRegion | null {
  const rows: TableRegion['rows'] = [];
  const notes: { line: number; text: string }[] = [];
  // Assigned in the closures below (startRow, flush): declared wide so the loop does not narrow it to null.
  let current = null as { cells: SourceCell[]; line: number } | null;
  let prevNumber: string | null = null;
  let sectionOpened = false;
  let lastBlock = header.startBlock;
  let i = header.next;
  let lastText = null as Line | null;
  const hasNumberColumn = isNumberHeader(header.cells[0] ?? '');
  const termFirst = !hasNumberColumn && header.closedCells && headerRole(header.cells[0] ?? '') === 'deadline';
  // «1.» / (blank) / «Создание Рабочей группы …» / «Республики Калмыкия по …» / (blank) / «март»: where a
  // blank line parts every cell from the next — even the row's number from its title — lines with none
  // between them are one cell that wrapped.
  const body = lines.slice(header.next).filter((l): l is Line => !!l && !l.closed && !l.opens);
  const numberLines = body.map((l, k) => ({ l, next: body[k + 1] })).filter(({ l, next }) => isBareNumber(l.text) && next && !isBareNumber(next.text));
  const spacedCells = numberLines.length >= 3 && numberLines.filter(({ next }) => (next!.gap ?? 0) > 0).length >= numberLines.length * 0.8;
  const skip = columnNumbersAt(lines, i, header.cells.length);
  i += skip;
  const roles = header.cells.map((c) => headerRole(c));
  const oneTermColumn = roles.filter((r) => r === 'deadline').length === 1 && !roles.includes('legal_basis');
  const flush = (atNextRow = false): void => {
    if (!current) return;
    // An empty cell printed as a line of spaces pins the columns: paragraphs beyond the columns'
    // count before it are more of the cell they follow (an executor and its department).
    const full = header.cells.length + (hasNumberColumn ? 0 : 1);
    const own = current.cells;
    if (own.some((c) => c.text === '')) {
      for (let j = own.length - 1; own.length > full && j >= 4; j--) {
        const law = /^\(/.test(own[j]!.text) && isLegalBasisLike(own[j]!.text);
        if (own[j]!.text && own[j - 1]!.text && own[j + 1]?.text === '' && !law && !isDeadlineLike(own[j - 1]!.text)) {
          own[j - 1]!.text += `\n${own[j]!.text}`;
          own.splice(j, 1);
        }
      }
      // Placed: a trailing empty cell says nothing more (and a law reference before it stays last).
      while (own.length > 2 && own[own.length - 1]!.text === '') own.pop();
    }
    if (oneTermColumn) joinTermParagraphs(current.cells, header.cells.length + (hasNumberColumn ? 0 : 1));
    // A law reference between two cells («(п. 7 ст. 10 …)» under a deadline) belongs to the cell above it.
    for (let k = current.cells.length - 2; k >= 2; k--) {
      const cell = current.cells[k]!;
      if (/^\(/.test(cell.text) && isLegalBasisLike(cell.text)) {
        current.cells[k - 1]!.text += `\n${cell.text}`;
        current.cells.splice(k, 1);
      }
    }
    rows.push(current);
    // A long line after a full row that names nobody is the heading of the rows that follow
    // (sites drop the bold that marked it).
    const cells = current.cells;
    const tail = cells[cells.length - 1]!;
    const width = header.cells.length + (hasNumberColumn ? 0 : 1);
    // Closed cells («… |») count exactly: one cell too many before the next row is its heading.
    const extra = header.closedCells ? cells.length === width + 1 : cells.length > width;
    if (atNextRow && extra && isHeadingCell(tail.text)) {
      cells.pop();
      rows.push({ cells: [{ text: tail.text, bold: true }], line: current.line });
      sectionOpened = true;
    }
    current = null;
  };
  /** A numbered line starts the next row: the one before is complete. */
  const startRow = (cells: SourceCell[], number: string, l: Pick<Line, 'line' | 'block'>): void => {
    flush(true);
    current = { cells, line: l.line };
    prevNumber = number;
    sectionOpened = false;
    lastBlock = l.block;
  };
  const addText = (l: Line): void => {
    if (!current) {
      // «ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ» / «В соответствии с Календарным планом ЦИК … |»: a term printed across
      // the row under a heading in capitals is the whole section's, said of the heading, not a heading.
      const heading = rows[rows.length - 1];
      if (heading && heading.cells.length === 1 && isCapsHeading(heading.cells[0]!.text.split('\n')[0]!) && refersElsewhere(l.text)) {
        heading.cells[0]!.text += `\n${l.text}`;
        return;
      }
      // «Проведение тематических занятий …» / «01.02.24» right under the header: a text with a term
      // under it is the first row, its number cell empty — a heading across the table has no term of its
      // own. (Further down, rows without numbers are parted by their gaps, below.)
      const next = lines[i + 1];
      if (rows.length === 0 && hasNumberColumn && next && !isBareNumber(next.text) && isDeadlineLike(next.text, true) && !isHeadingLine(l.text)) {
        current = unnumberedRow(l);
        sectionOpened = false;
        return;
      }
      // «Раздел II. Повышение правовой культуры избирателей» / «(участников референдума)»: where blank
      // lines part the cells, a line with none above it goes on with the heading; so does a line inside
      // the cell a bar opened.
      if (heading && heading.cells.length === 1 && ((spacedCells && !l.gap) || !!l.insideBarCell)) {
        heading.cells[0]!.text += `\n${l.text}`;
        return;
      }
      // Text before the first row, or right after a heading, is a heading of its own.
      rows.push({ cells: [{ text: l.text, bold: true }], line: l.line });
      sectionOpened = true;
      return;
    }
    const cells = current.cells;
    const last = cells[cells.length - 1]!;
    // «1.1» / «<*>»: a footnote mark under the number stays in the number's cell.
    const afterNumber = cells.length === 1 && BARE_NUMBER.test(last.text) && !FOOTNOTE_MARK.test(l.text);
    // «Техническое обеспечение избирательных комиссий:» / «- обеспечение мебелью;» / «- телефонной связью»:
    // a dash list inside a cell goes on while the line above announces or continues it.
    const listGoesOn = /^[-–—•]\s/.test(l.text) && /[:;,]$/.test(last.text.split('\n').pop()!);
    const markUnderNumber = cells.length === 1 && BARE_NUMBER.test(last.text) && FOOTNOTE_MARK.test(l.text);
    const lawRef = /^\(/.test(l.text) && isLegalBasisLike(l.text) && cells.length >= 3;
    // «(п.» / «1 ст. 5 Закона ЧР)»: a bracket left open continues on the next line.
    const dangling = /[-‐]$/.test(last.text) || endsDangling(last.text) || openBrackets(last.text) > 0;
    // «весь период», «в течение года», «члены ТИК» start lowercase yet open the next cell — but
    // not under a deadline they plainly go on with («Не ранее чем за 90 дней» / «до дня голосования»).
    // A bare date («28.12.2011») is a whole term: a lowercase line under it that is no term opens the executors.
    const wholeDate = /^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*г\.?)?$/.test(last.text) && !isDeadlineLike(l.text);
    const goesOnDeadline = /^[a-zа-яё(]/.test(l.text) && isDeadlineLike(last.text);
    const opensCell = !dangling && cells.length >= 2 && ((isDeadlineLike(l.text, true) && !goesOnDeadline) || LOWER_EXECUTOR.test(l.text));
    const continues =
      !l.closed &&
      !l.opens &&
      !afterNumber &&
      !lawRef &&
      !!last.text &&
      (!!l.insideBarCell ||
        (spacedCells && !l.gap) ||
        markUnderNumber ||
        listGoesOn ||
        (!opensCell && ((/^[a-zа-яё(]/.test(l.text) && !wholeDate) || dangling || !!l.wrapped)));
    if (continues) last.text = `${last.text}\n${l.text}`;
    else cells.push({ text: l.text, bold: l.bold });
    if (l.beforeEmptyCell) cells.push({ text: '', bold: false });
  };
  // «1. Осуществление контроля …» wrapped over lines of its own, then «1.1»: a row whose first child
  // follows is a heading across the table, so lines read as its other cells were its title going on —
  // unless the first of them reads as a deadline (a parent row with its own term and executors).
  const headingBeforeChild = (next: string): void => {
    if (!current || current.cells.length < 3 || next !== `${current.cells[0]!.text}.1`) return;
    const [number, ...rest] = current.cells;
    if (isDeadlineLike(rest[1]!.text, true) || rest.some((c) => c.text === '')) return;
    // «3.1» / «Организация работы …» / «ИККО, ТИК» / «3.1.1»: a parent row with its executors and no
    // term of its own (the empty term cell left no line) — one short line naming bodies only.
    if (rest.length === 2 && rest[1]!.text.length <= 80 && isExecutorLike(rest[1]!.text, COMMON_VOCABULARY)) return;
    current.cells = [
      { ...number!, bold: true },
      { text: rest.map((c) => c.text).join(' '), bold: true },
    ];
  };
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (!l) break;
    if (isStopLine(l.text) || END_LINE.test(l.text) || SIGNATURE.test(l.raw ?? l.text)) break;
    if (isLegalDatabaseNote(l.text)) {
      notes.push({ line: l.line, text: l.text });
      continue;
    }
    // «Февраль» above the next row: a month heading for the rows below it.
    // A row still short of its cells takes the month as its term («2.2.3» / «Обучение …» / «ТИК» / «Февраль»).
    const rowOpen = !!current && current.cells.length < header.cells.length + (hasNumberColumn ? 0 : 1);
    if (isMonthHeading(l.text) && !rowOpen && nextStartsRow(lines, i, prevNumber)) {
      flush(true);
      rows.push({ cells: [{ text: l.text, bold: false }], line: l.line });
      lastBlock = l.block;
      continue;
    }
    const numbers = columnNumbersAt(lines, i);
    if (numbers > 0) {
      i += numbers - 1;
      lastBlock = lines[i]!.block;
      continue;
    }
    if (header.cells[0] && l.text === header.cells[0].split(' ')[0] && repeatsHeader(lines, i, header.cells)) {
      // The header printed again on the next page.
      i = skipHeader(lines, i, header.cells) - 1;
      lastBlock = lines[i]!.block;
      continue;
    }
    if (l.emptyCell) {
      // An empty number cell where a row starts («|» under the column numbers or after a full row)
      // opens an unnumbered row; inside a row it is a blank cell the columns already account for.
      const full = header.cells.length + (hasNumberColumn ? 0 : 1);
      if (hasNumberColumn && (!current || current.cells.length >= full)) {
        flush(true);
        current = { cells: [{ text: '', bold: false }], line: l.line };
        sectionOpened = false;
        lastBlock = l.block;
      } else if (termFirst && current && current.cells.length < full) {
        // «21.08 |» / «Онлайн-викторина … |» / «|» / «Коллектив МЦБ |»: a row opened by its term holds its empty cells.
        current.cells.push({ text: '', bold: false });
      }
      continue;
    }
    // «Сроки проведения |» first, no number column: «01.08 |» closed alone on its line opens the next row (a library's
    // or a school's monthly plan that lists its days, not numbers). The number cell stays empty.
    if (termFirst && l.closed && DAY_MONTH_CELL.test(l.text) && (!current || current.cells.length >= header.cells.length)) {
      flush(true);
      current = unnumberedRow(l);
      sectionOpened = false;
      lastBlock = l.block;
      continue;
    }
    // «1.1» / «<*> |»: a footnote mark under the number, closed with it in one cell, stays in the number's cell.
    const [numberLine, ...marks] = l.text.split('\n');
    const bare = isBareNumber(marks.length > 0 && marks.every((m) => FOOTNOTE_MARK.test(m.trim())) ? numberLine! : l.text);
    // « 1. » before every row: a site that prints each row as a list of its own. The same number
    // again after a row that has all its cells starts the next row.
    const repeated = !!bare && bare[1] === prevNumber && !!current && current.cells.length >= header.cells.length + (hasNumberColumn ? 0 : 1);
    if (bare && (plausibleNext(prevNumber, bare[1]!, sectionOpened) || repeated)) {
      headingBeforeChild(bare[1]!);
      startRow([{ text: marks.length > 0 && bare[0] === numberLine ? l.text : bare[1]!, bold: l.bold }], bare[1]!, l);
      continue;
    }
    const numbered = parseLeadingNumber(l.text, { requireText: true });
    // «1. Городовиковский район | |||» over «1 |»: a numbered cell with the rest of its row merged and
    // empty is a heading across the table (a district, a chapter); the rows under it number from 1 again.
    if (numbered && l.mergedAfter && nextStartsRow(lines, i, null)) {
      flush(true);
      rows.push({ cells: [{ text: l.text, bold: true }], line: l.line });
      sectionOpened = true;
      prevNumber = null;
      lastBlock = l.block;
      continue;
    }
    // «1. Сайлов кампанияси …» then «1 Сайлов кампанияси бошланганлиги …»: a numbered row with only
    // its title, followed by the same number, is the heading of the rows under it.
    const underHeading = !!numbered && numbered.alias === prevNumber && !!current && current.cells.length === 2;
    if (
      numbered &&
      !numbered.sectionMarker &&
      (plausibleNext(prevNumber, numbered.alias, sectionOpened) || underHeading) &&
      /^[«"„(А-ЯЁA-Z]/.test(numbered.rest)
    ) {
      if (underHeading) for (const c of current!.cells) c.bold = true;
      headingBeforeChild(numbered.alias);
      startRow(
        [
          { text: numbered.number, bold: l.bold },
          { text: numbered.rest, bold: l.bold },
        ],
        numbered.alias,
        l,
      );
      continue;
    }
    // «I. Формирование …» followed by its own deadline and executors is an item numbered I.
    if (numbered?.sectionMarker && /^[IVXLC]/.test(l.text) && !current && nextIsCell(lines, i)) {
      startRow(
        [
          { text: numbered.number, bold: l.bold },
          { text: numbered.rest, bold: l.bold },
        ],
        numbered.alias,
        l,
      );
      continue;
    }
    if (isHeadingLine(l.text)) {
      // Headings in capitals wrap over lines of their own too.
      const prevRow = rows[rows.length - 1];
      if (!current && prevRow && prevRow.cells.length === 1 && isCapsHeading(prevRow.cells[0]!.text) && isCapsHeading(l.text)) {
        prevRow.cells[0]!.text += `\n${l.text}`;
      } else {
        flush();
        rows.push({ cells: [{ text: l.text, bold: true }], line: l.line });
      }
      sectionOpened = true;
      lastBlock = l.block;
      continue;
    }
    addText(l);
    lastBlock = l.block;
    lastText = l;
  }
  flush(true);
  if (rows.length === 0) return null;
  const cutInsideRow = pageCutInsideRow(header.closedCells, i >= lines.length, lastText, rows);
  // A «№ п/п» column left empty in every row (a paragraph holding a space where the number would
  // be): the rows are parted by the wider gaps those empty cells leave, and their number cell is empty.
  if (hasNumberColumn && header.cells.length > 2 && rows.every((r) => r.cells.length === 1) && rows.length >= (header.cells.length - 1) * 2) {
    const gapOf = new Map(lines.filter((l): l is Line => !!l).map((l) => [l.line, l.gap ?? 0]));
    const byGaps = rowsByGaps(rows, gapOf, header.cells.length - 1);
    if (byGaps && byGaps.some((r) => r.cells.length > 1))
      return {
        columns: buildColumns(header.cells),
        headerStart: header.startBlock,
        end: Math.min(blockCount, lastBlock + 1),
        rows: byGaps.map((r) => (r.cells.length > 1 ? { ...r, cells: [{ text: '', bold: false }, ...r.cells] } : r)),
        header: header.cells,
        notes,
        positional: true,
      };
  }
  // No row carried a number: the lines are the cells in order, as many per row as the header has.
  if (!hasNumberColumn && rows.every((r) => r.cells.length === 1) && rows.length >= header.cells.length * 2) {
    const width = header.cells.length;
    const byGaps = rowsByGaps(rows, new Map(lines.filter((l): l is Line => !!l).map((l) => [l.line, l.gap ?? 0])), width);
    if (byGaps)
      return {
        columns: buildColumns(header.cells),
        headerStart: header.startBlock,
        end: Math.min(blockCount, lastBlock + 1),
        rows: byGaps,
        header: header.cells,
        notes,
        positional: true,
      };
    const cells = rows.map((r) => ({ ...r.cells[0]!, bold: false, line: r.line }));
    const grouped: TableRegion['rows'] = [];
    for (let k = 0; k < cells.length; k += width) {
      const part = cells.slice(k, k + width);
      grouped.push({ line: part[0]!.line, cells: part.map(({ text, bold }) => ({ text, bold })) });
    }
    return {
      columns: buildColumns(header.cells),
      headerStart: header.startBlock,
      end: Math.min(blockCount, lastBlock + 1),
      rows: grouped,
      header: header.cells,
      notes,
      positional: true,
    };
  }
  // Rows numbered in a column the header does not name («1.» above each row of a three-column header).
  const numbered = rows.filter((r) => r.cells.length > 1 && BARE_NUMBER.test(r.cells[0]!.text)).length;
  const headerCells = !hasNumberColumn && numbered > 0 ? ['№', ...header.cells] : header.cells;
  // Law references printed in a cell of their own («(п. 7 ст. 33 …)») get a column of their own.
  // Only a reference beyond the printed columns: one in the last printed column («Эскертүү») stays there.
  const lawColumn = rows.some(
    (r) =>
      r.cells.length > Math.max(2, headerCells.length) && /^\(/.test(r.cells[r.cells.length - 1]!.text) && isLegalBasisLike(r.cells[r.cells.length - 1]!.text),
  );
  const hasLaw = headerCells.some((c) => headerRole(c) === 'legal_basis');
  const columns = buildColumns(lawColumn && !hasLaw ? [...headerCells, 'Правовое основание'] : headerCells);
  return {
    columns,
    headerStart: header.startBlock,
    end: Math.min(blockCount, lastBlock + 1),
    rows,
    header: header.cells,
    notes,
    ...(cutInsideRow !== null ? { cutInsideRow } : {}),
  };
}

/**
 * Where a bar closes every cell, the file ending on a cell left open was cut there by the page (a legal database's
 * stored beginning): the last row is a measure whose term and executors are not on the page, not a heading.
 */
function pageCutInsideRow(closedCells: boolean, atFileEnd: boolean, last: Line | null, rows: TableRegion['rows']): number | null {
  if (!closedCells || !atFileEnd || !last?.cutOpen) return null;
  const row = rows[rows.length - 1];
  return row && row.cells.length > 1 && row.line <= last.line ? row.line : null;
}

/** «В соответствии с Календарным планом ЦИК …», «по отдельному плану»: the term is set by another schedule. */
const refersElsewhere = (text: string): boolean => toDraftDeadline(text, { period: null, elections: [] }).kind === 'external_schedule';

const openBrackets = (text: string): number => (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);

function nextStartsRow(lines: readonly (Line | null)[], i: number, prev: string | null): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  const bare = BARE_NUMBER.exec(next.text);
  const n = bare ? bare[1]! : parseLeadingNumber(next.text, { requireText: true })?.alias;
  return !!n && plausibleNext(prev, n, true);
}

/** The line after `i` is plain cell text, not a row number or a heading. */
function nextIsCell(lines: readonly (Line | null)[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  return !BARE_NUMBER.test(next.text) && !parseLeadingNumber(next.text, { requireText: true }) && !isHeadingLine(next.text);
}

function repeatsHeader(lines: readonly (Line | null)[], i: number, cells: readonly string[]): boolean {
  return skipHeader(lines, i, cells) > i + 1;
}

/** Index after a repeated header: the lines spell the header cells again, word for word. */
function skipHeader(lines: readonly (Line | null)[], i: number, cells: readonly string[]): number {
  const want = cells.join(' ').replace(/\s+/g, ' ');
  let got = '';
  let j = i;
  while (j < lines.length && lines[j] && got.length < want.length) {
    got = got ? `${got} ${lines[j]!.text}` : lines[j]!.text;
    j++;
    if (!want.startsWith(got)) return i;
  }
  return got === want ? j : i;
}

/** A row opened by its first text, its number cell left empty (the plan prints no number for it). */
function unnumberedRow(l: Line): { cells: SourceCell[]; line: number } {
  return {
    cells: [
      { text: '', bold: false },
      { text: l.text, bold: l.bold },
    ],
    line: l.line,
  };
}
