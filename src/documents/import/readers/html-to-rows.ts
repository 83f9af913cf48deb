import { toRoman } from '../../../domain/deadline/ordinals.js';
import { decodeEntities } from '../cell-text.js';
import { assertBlockCount, countOccurrences } from './limits.js';
import { scanMarkup } from './markup-scan.js';
import type { SourceBlock, SourceCell } from './source-model.js';
import { cellOfLines, runsBold, type TextRun } from './text-runs.js';

/**
 * A small HTML reader for what plans actually contain: Word's "save as HTML", mammoth's output
 * and fragments pasted into text cells. It keeps only paragraphs, table cells (with colspan and
 * rowspan) and whether text was bold; everything else is noise for a plan.
 */
type Run = TextRun;

interface CellBuilder {
  lines: Run[][];
  colSpan: number;
  rowSpan: number;
  /** Tables nested in the cell, with the place and number of their flattened lines in `lines`. */
  nested?: { at: number; count: number; table: TableBuilder }[];
}

interface TableBuilder {
  rows: { cells: CellBuilder[]; line: number }[];
  cell: CellBuilder | null;
  line: number;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dl',
  'dt',
  'dd',
  'caption',
  'title',
  'hr',
  'address',
  'center',
]);
interface ListState {
  tag: 'ol' | 'ul';
  type: string;
  next: number;
}

const listState = (tag: 'ol' | 'ul', attrs: string): ListState => {
  const start = Number.parseInt(attr(attrs, 'start') ?? '', 10);
  return { tag, type: attr(attrs, 'type') ?? '1', next: Number.isFinite(start) ? start : 1 };
};

/** The marker a browser prints before a list item: «3.», «c.», «iv.», or a bullet. */
function listMarker(list: ListState, liAttrs: string): string {
  if (list.tag === 'ul') return '•';
  const value = Number.parseInt(attr(liAttrs, 'value') ?? '', 10);
  const n = Number.isFinite(value) ? value : list.next;
  list.next = n + 1;
  if (n < 1) return `${n}.`;
  switch (list.type) {
    case 'a':
      return `${latinLetters(n)}.`;
    case 'A':
      return `${latinLetters(n).toUpperCase()}.`;
    case 'i':
      return `${toRoman(n).toLowerCase()}.`;
    case 'I':
      return `${toRoman(n)}.`;
    default:
      return `${n}.`;
  }
}

function latinLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

const TYPED_MARKER = /^(?:[-–—•·▪*]|\d{1,3}(?:\.\d{1,3})*[.)]|[а-яa-z][.)]\s|[IVXLC]{1,6}\.)/u;

const SKIP_CONTENT = new Set(['script', 'style', 'head', 'xml', 'template', 'noscript']);
// <th> is not bold evidence: mammoth marks every row of a table th when Word's header flag is set oddly.
const BOLD_TAGS = new Set(['b', 'strong', 'h1', 'h2', 'h3', 'h4']);

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

const boldStyle = (attrs: string): boolean => {
  const style = attr(attrs, 'style');
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
};

export interface HtmlReadOptions {
  /**
   * Keep tabs, runs of spaces and empty paragraphs outside tables (DOCX): free layouts use
   * them as column and row separators. Web HTML collapses whitespace as browsers do.
   */
  keepSpacing?: boolean;
  /** The markup is one cell's text: its lists are the cell's paragraphs, as in a table, with no markers added. */
  cellFragment?: boolean;
}

export function htmlToBlocks(html: string, firstTableId = 1, options: HtmlReadOptions = {}): SourceBlock[] {
  const keep = options.keepSpacing === true;
  assertBlockCount(countOccurrences(html, '<p') + countOccurrences(html, '<tr') + countOccurrences(html, '<br') + countOccurrences(html, '<P'));
  const blocks: SourceBlock[] = [];
  const tables: TableBuilder[] = [];
  const boldStack: { tag: string; bold: boolean }[] = [];
  let boldDepth = 0;
  let skipUntil: string | null = null;
  let para: Run[] = [];
  let paraLine = 1;
  // An explicit <p></p> is an empty line of the document; whitespace between tags is not.
  let paraOpen = false;
  let line = 1;
  let lastIndex = 0;
  let tableId = firstTableId;
  // Open <ol>/<ul>: a browser prints each <li>'s number or bullet, and so does every text copy of the page.
  const lists: ListState[] = [];
  let pendingMarker: string | null = null;

  const countLines = (upTo: number): void => {
    for (let i = lastIndex; i < upTo; i++) if (html.charCodeAt(i) === 10) line++;
    lastIndex = upTo;
  };

  const currentCell = (): CellBuilder | null => tables[tables.length - 1]?.cell ?? null;

  const flushPara = (): void => {
    const cell = currentCell();
    const runs = para;
    para = [];
    if (pendingMarker !== null && runs.some((r) => r.text.trim())) {
      // «1) …», «- …» typed inside the <li>: the page prints both, a reader sees the typed one.
      if (
        !TYPED_MARKER.test(
          runs
            .map((r) => r.text)
            .join('')
            .trimStart(),
        )
      )
        runs.unshift({ text: `${pendingMarker} `, bold: false });
      pendingMarker = null;
    }
    if (cell) {
      cell.lines.push(runs);
      return;
    }
    if (tables.length > 0) return; // text between cells is formatting whitespace
    const joined = runs.map((r) => r.text).join('');
    const text = keep ? joined.replace(/[\r\n\f]+/g, ' ').trimEnd() : joined.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (!text.trim()) {
      if (keep && paraOpen) blocks.push({ kind: 'para', text: '', bold: false, line: paraLine, cellStart: false });
      paraOpen = false;
      return;
    }
    paraOpen = false;
    blocks.push({ kind: 'para', text, bold: runsBold(runs), line: paraLine, cellStart: false });
  };

  const addText = (raw: string): void => {
    const text = decodeEntities(keep && tables.length === 0 ? raw.replace(/[\r\n\f]+/g, ' ') : raw.replace(/[\r\n\t\f ]+/g, ' '));
    if (!text) return;
    if (para.length === 0) paraLine = line;
    para.push({ text, bold: boldDepth > 0 });
  };

  const handleTag = (tagName: string, closing: boolean, attrs: string, selfClosing: boolean, prefix: string): void => {
    if (prefix) tagName = `${prefix}:${tagName}`;
    if (skipUntil) {
      if (closing && tagName === skipUntil) skipUntil = null;
      return;
    }
    if (!closing && SKIP_CONTENT.has(tagName) && !selfClosing) {
      skipUntil = tagName;
      return;
    }

    if (tagName === 'table') {
      flushPara();
      if (!closing) {
        // A nested table is read like the outer one; on close its cells become lines of the outer cell.
        tables.push({ rows: [], cell: null, line });
      } else if (tables.length > 0) {
        const table = tables.pop()!;
        closeCell(table);
        if (tables.length > 0) {
          const outer = currentCell();
          if (outer) {
            const at = outer.lines.length;
            for (const row of table.rows) for (const c of row.cells) for (const l of c.lines) outer.lines.push(l);
            (outer.nested ??= []).push({ at, count: outer.lines.length - at, table });
          }
        } else {
          emitTable(table);
        }
      }
      return;
    }
    const table = tables[tables.length - 1];
    if (table && (tagName === 'tr' || tagName === 'td' || tagName === 'th')) {
      flushPara();
      if (tagName === 'tr') {
        closeCell(table);
        if (!closing) table.rows.push({ cells: [], line });
      } else if (!closing) {
        closeCell(table);
        if (table.rows.length === 0) table.rows.push({ cells: [], line });
        table.cell = {
          lines: [],
          colSpan: clampSpan(attr(attrs, 'colspan')),
          rowSpan: clampSpan(attr(attrs, 'rowspan')),
        };
      } else {
        closeCell(table);
      }
      return;
    }
    if (tagName === 'br') {
      flushPara();
      return;
    }
    if (BLOCK_TAGS.has(tagName)) {
      flushPara();
      // A marker whose item held no text is dropped with it, not put before the next paragraph.
      if (closing && (tagName === 'li' || tagName === 'ol' || tagName === 'ul')) pendingMarker = null;
      if (tagName === 'ol' || tagName === 'ul') {
        if (!closing) lists.push(listState(tagName, attrs));
        else if (lists.length > 0 && lists[lists.length - 1]!.tag === tagName) lists.pop();
      } else if (tagName === 'li' && !closing && lists.length > 0) {
        const marker = listMarker(lists[lists.length - 1]!, attrs);
        // Outside tables only: a list inside a cell is the cell's own text, read as Word's paragraphs are.
        pendingMarker = tables.length === 0 && !options.cellFragment ? marker : null;
      }
      if (!closing && tagName === 'p') {
        paraOpen = true;
        paraLine = line;
      }
      if (BOLD_TAGS.has(tagName)) {
        if (!closing) {
          boldStack.push({ tag: tagName, bold: true });
          boldDepth++;
        } else popBold(tagName);
      }
      return;
    }
    if (BOLD_TAGS.has(tagName) || tagName === 'span' || tagName === 'font') {
      if (selfClosing) return;
      if (!closing) {
        if (boldStack.length >= 200) return; // unclosed inline tags by the thousand: not worth tracking
        const bold = BOLD_TAGS.has(tagName) || boldStyle(attrs);
        boldStack.push({ tag: tagName, bold });
        if (bold) boldDepth++;
      } else popBold(tagName);
    }
  };

  scanMarkup(
    html,
    (tag) => {
      countLines(tag.index);
      handleTag(tag.name.toLowerCase(), tag.closing, tag.attrs, tag.selfClosing, tag.prefix);
    },
    (text, index) => {
      countLines(index);
      if (skipUntil) return;
      addText(text);
    },
  );
  flushPara();
  while (tables.length > 0) {
    const table = tables.shift()!;
    closeCell(table);
    emitTable(table);
  }
  return blocks;

  /**
   * Old sites lay the whole page out in a table (menu | content | footer) with the plan's table nested in a cell.
   * Flattened into that cell, the plan lost its rows and the file was refused. A table of a few rows holding a
   * nested table of rows and columns is read as what it is: its cells' text as paragraphs, the nested tables as
   * tables, in document order.
   */
  function emitTable(table: TableBuilder, depth = 0): void {
    // Pages lay out in a few levels of tables; a file nesting them by the thousand is read flat below the limit.
    if (depth > MAX_LAYOUT_DEPTH || !isLayoutTable(table)) {
      for (const row of expandTable(table, tableId++)) blocks.push(row);
      return;
    }
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const nested = cell.nested ?? [];
        let k = 0;
        for (let i = 0; i < cell.lines.length;) {
          const n = nested[k];
          if (n !== undefined && n.at === i) {
            emitTable(n.table, depth + 1);
            i += n.count;
            k++;
            continue;
          }
          const runs = cell.lines[i]!;
          const text = runs
            .map((r) => r.text)
            .join('')
            .replace(/[ \t]+/g, ' ')
            .trim();
          if (text) blocks.push({ kind: 'para', text, bold: runsBold(runs), line: row.line, cellStart: false });
          i++;
        }
        // A nested table with no lines of its own (empty cells) still closes where it stood.
        for (; k < nested.length; k++) emitTable(nested[k]!.table, depth + 1);
      }
    }
  }

  function popBold(tag: string): void {
    for (let i = boldStack.length - 1; i >= 0; i--) {
      if (boldStack[i]!.tag === tag) {
        if (boldStack[i]!.bold) boldDepth--;
        boldStack.splice(i, 1);
        return;
      }
    }
  }

  function closeCell(t: TableBuilder): void {
    if (!t.cell) return;
    if (para.length) {
      t.cell.lines.push(para);
      para = [];
    }
    const row = t.rows[t.rows.length - 1];
    row?.cells.push(t.cell);
    t.cell = null;
  }
}

const MAX_LAYOUT_DEPTH = 20;

/** A few rows of page layout around a nested table that has rows and columns of its own. */
function isLayoutTable(table: TableBuilder, depth = 0): boolean {
  if (table.rows.length > 6 || depth > MAX_LAYOUT_DEPTH) return false;
  const holdsTable = (t: TableBuilder): boolean => t.rows.filter((r) => r.cells.length >= 2).length >= 2 || isLayoutTable(t, depth + 1);
  return table.rows.some((r) => r.cells.some((c) => (c.nested ?? []).some((n) => holdsTable(n.table))));
}

function clampSpan(value: string | null): number {
  const n = value ? parseInt(value, 10) : 1;
  return Number.isFinite(n) && n > 1 ? Math.min(n, 100) : 1;
}

/** Lays cells on a grid so that spans do not shift the columns of the rows below. */
function expandTable(table: TableBuilder, id: number): SourceBlock[] {
  const out: SourceBlock[] = [];
  const pending: ({ remaining: number; text: string } | undefined)[] = [];
  for (const row of table.rows) {
    const cells: SourceCell[] = [];
    let col = 0;
    const fillPending = (): void => {
      while (pending[col] && pending[col]!.remaining > 0) {
        const p = pending[col]!;
        cells.push({ text: '', bold: false, mergedFrom: p.text });
        p.remaining--;
        col++;
      }
    };
    for (const builder of row.cells) {
      fillPending();
      const cell = cellOfLines(builder.lines);
      cells.push(builder.colSpan > 1 ? { ...cell, span: builder.colSpan } : cell);
      for (let k = 1; k < builder.colSpan; k++) cells.push({ text: '', bold: false });
      if (builder.rowSpan > 1) {
        for (let k = 0; k < builder.colSpan; k++) pending[col + k] = { remaining: builder.rowSpan - 1, text: cell.text };
      }
      col += builder.colSpan;
    }
    while (col < pending.length) {
      if (pending[col] && pending[col]!.remaining > 0) fillPending();
      else {
        if (pending.slice(col).some((p) => p && p.remaining > 0)) {
          cells.push({ text: '', bold: false });
          col++;
          continue;
        }
        break;
      }
    }
    out.push({ kind: 'row', cells, line: row.line, table: id });
  }
  return out;
}

/** For `<p>`/`<b>`/`<ul>` fragments inside the cells of a text file. */
export function htmlFragmentToText(fragment: string): { text: string; bold: boolean } {
  const blocks = htmlToBlocks(fragment, 1, { cellFragment: true });
  const paras = blocks.filter((b) => b.kind === 'para');
  return {
    text: paras.map((p) => p.text).join('\n'),
    bold: paras.length > 0 && paras.every((p) => p.bold),
  };
}

export function hasMarkup(text: string): boolean {
  return /<\/?(p|b|strong|i|em|u|ul|ol|li|br|span|div|font|sup|sub|a)\b[^>]*>/i.test(text);
}
