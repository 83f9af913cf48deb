import { decodeEntities } from '../cell-text.js';
import { assertBlockCount, countOccurrences } from './limits.js';
import type { DocxNumbering } from './docx-numbering.js';
import { scanMarkup, type TagToken } from './markup-scan.js';
import type { SourceBlock, SourceCell } from './source-model.js';
import { cellOfLines, runsBold, type TextRun } from './text-runs.js';

/**
 * WordprocessingML (word/document.xml) → blocks, read directly. mammoth gives the same blocks
 * through HTML but needs ~4 s and ~500 MB for a 5,000-row table; this reader streams the XML
 * once with a tokenizer and keeps only what a plan needs: paragraphs with tabs and bold, table
 * cells with their horizontal (gridSpan) and vertical (vMerge) merges.
 */
type Run = TextRun;

interface CellBuilder {
  lines: Run[][];
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

interface RowBuilder {
  cells: CellBuilder[];
  gridBefore: number;
  line: number;
}

interface TableBuilder {
  rows: RowBuilder[];
  row: RowBuilder | null;
  cell: CellBuilder | null;
}

const MAIN_NAMESPACE =
  /xmlns(?::([\w.-]+))?\s*=\s*"(?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/;

const valOf = (attrs: string): string | null => /(?:^|\s)(?:[\w.-]+:)?val\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? null;
const isOn = (attrs: string): boolean => {
  const v = valOf(attrs);
  return v === null || !/^(0|false|off|none)$/i.test(v);
};

export function docxXmlToBlocks(xml: string, numbering: DocxNumbering | null = null): SourceBlock[] {
  // Only WordprocessingML elements count: DrawingML shapes have their own <a:p>/<a:t>.
  const ns = MAIN_NAMESPACE.exec(xml.slice(0, 4096));
  const prefix = ns ? (ns[1] ?? '') : 'w';
  assertBlockCount(
    countOccurrences(xml, `<${prefix ? `${prefix}:` : ''}p>`) +
      countOccurrences(xml, `<${prefix ? `${prefix}:` : ''}p `) +
      countOccurrences(xml, `<${prefix ? `${prefix}:` : ''}tr`),
  );
  const blocks: SourceBlock[] = [];
  const broken: boolean[] = [];
  const tables: TableBuilder[] = [];
  // Paragraphs can nest (text boxes inside a run); each level keeps its own runs.
  const paragraphs: Run[][] = [];
  let ordinal = 0;
  let tableId = 1;
  let runBold = false;
  let runHidden = false;
  let inRunProps = false;
  let inParaProps = false;
  let textTarget: 'text' | 'skip' | null = null;
  let skipDepth = 0;
  let skipTag = '';
  let listId: string | null = null;
  let listLevel = 0;

  const currentRuns = (): Run[] | undefined => paragraphs[paragraphs.length - 1];
  const push = (text: string): void => {
    const runs = currentRuns();
    if (runs && !runHidden) runs.push({ text, bold: runBold });
  };
  const flushParagraph = (runs: Run[]): void => {
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.lines.push(runs);
      return;
    }
    if (tables.length > 0) return;
    const text = runs
      .map((r) => r.text)
      .join('')
      .trimEnd();
    blocks.push({ kind: 'para', text, bold: text.trim() !== '' && runsBold(runs), line: ++ordinal, cellStart: false });
  };
  /** A line break inside a paragraph ends the line as mammoth's <br> does. */
  const breakParagraph = (): void => {
    const runs = paragraphs.pop();
    if (!runs) return;
    if (runs.some((r) => r.text.trim() !== '')) flushParagraph(runs);
    paragraphs.push([]);
    broken[broken.length - 1] = true;
  };

  const onText = (text: string): void => {
    if (skipDepth === 0 && textTarget === 'text') push(decodeEntities(text));
  };
  const onTag = ({ closing, prefix: tagPrefix, name, attrs, selfClosing: empty }: TagToken): void => {
    if (skipDepth > 0) {
      if (name === skipTag) {
        if (closing) skipDepth--;
        else if (!empty) skipDepth++;
      }
      return;
    }
    if (name === 'Fallback') {
      // mc:AlternateContent repeats its Choice for old readers.
      if (!closing && !empty) {
        skipDepth = 1;
        skipTag = name;
      }
      return;
    }
    if (tagPrefix !== prefix) return;
    switch (name) {
      case 'instrText': // field instructions: HYPERLINK "…", PAGEREF …
      case 'delText':
      case 'footnoteReference':
      case 'commentReference':
      case 'pPrChange': // tracked changes of formatting: the old numbering must not count
      case 'rPrChange':
        if (!closing && !empty) {
          skipDepth = 1;
          skipTag = name;
        }
        break;
      case 'p':
        if (!closing) {
          paragraphs.push([]);
          broken.push(false);
          if (empty) {
            broken.pop();
            flushParagraph(paragraphs.pop()!);
          }
        } else {
          const runs = paragraphs.pop();
          // After a line break an empty tail is not a paragraph of its own.
          const wasBroken = broken.pop() ?? false;
          if (runs && !(wasBroken && runs.every((r) => r.text.trim() === ''))) flushParagraph(runs);
        }
        break;
      case 'pPr':
        inParaProps = !closing && !empty;
        if (!closing) {
          listId = null;
          listLevel = 0;
        } else if (listId && listId !== '0' && numbering) {
          const label = numbering.next(listId, listLevel);
          const runs = currentRuns();
          if (label && runs) runs.push({ text: `${label} `, bold: false, label: true });
        }
        break;
      case 'numId':
        if (inParaProps) listId = valOf(attrs);
        break;
      case 'ilvl':
        if (inParaProps) listLevel = parseInt(valOf(attrs) ?? '0', 10) || 0;
        break;
      case 'r':
        if (!closing) {
          runBold = false;
          runHidden = false;
        }
        break;
      case 'rPr':
        inRunProps = !closing && !empty;
        break;
      case 'b':
        if (inRunProps && !inParaProps) runBold = isOn(attrs);
        break;
      case 'vanish':
        if (inRunProps && !inParaProps) runHidden = isOn(attrs);
        break;
      case 't':
        textTarget = closing || empty ? null : 'text';
        break;
      case 'tab':
        if (!inParaProps && !closing) push('\t');
        break;
      case 'br':
      case 'cr':
        // Page and column breaks only move text on paper.
        if (!closing && !/type\s*=\s*"(?:page|column)"/.test(attrs)) breakParagraph();
        break;
      case 'noBreakHyphen':
        if (!closing) push('-');
        break;
      case 'tbl':
        if (!closing) tables.push({ rows: [], row: null, cell: null });
        else {
          const table = tables.pop();
          if (!table) break;
          const outer = tables[tables.length - 1];
          if (outer?.cell) {
            for (const row of table.rows) for (const cell of row.cells) for (const l of cell.lines) outer.cell.lines.push(l);
          } else if (!outer) {
            for (const row of expandTable(table, tableId++, () => ++ordinal)) blocks.push(row);
          }
        }
        break;
      case 'tr': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (!closing) {
          table.row = { cells: [], gridBefore: 0, line: 0 };
          table.rows.push(table.row);
        } else table.row = null;
        break;
      }
      case 'gridBefore': {
        const row = tables[tables.length - 1]?.row;
        if (row) row.gridBefore = Math.min(50, parseInt(valOf(attrs) ?? '0', 10) || 0);
        break;
      }
      case 'tc': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (!closing) {
          table.cell = { lines: [], span: 1, vMerge: null };
          if (!table.row) {
            table.row = { cells: [], gridBefore: 0, line: 0 };
            table.rows.push(table.row);
          }
          table.row.cells.push(table.cell);
          if (empty) table.cell = null;
        } else table.cell = null;
        break;
      }
      case 'gridSpan': {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.span = Math.min(100, Math.max(1, parseInt(valOf(attrs) ?? '1', 10) || 1));
        break;
      }
      case 'vMerge': {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.vMerge = valOf(attrs) === 'restart' ? 'restart' : 'continue';
        break;
      }
      default:
        break;
    }
  };
  scanMarkup(xml, onTag, onText);
  while (tables.length > 0) for (const row of expandTable(tables.shift()!, tableId++, () => ++ordinal)) blocks.push(row);
  return blocks;
}

/** Grid columns: a vMerge continuation shows the text that started the merge above it. */
function expandTable(table: TableBuilder, id: number, next: () => number): SourceBlock[] {
  const out: SourceBlock[] = [];
  const mergedText: string[] = [];
  for (const row of table.rows) {
    const cells: SourceCell[] = [];
    let col = 0;
    for (let k = 0; k < row.gridBefore; k++) {
      cells.push({ text: '', bold: false });
      col++;
    }
    for (const builder of row.cells) {
      if (builder.vMerge === 'continue') {
        cells.push({ text: '', bold: false, mergedFrom: mergedText[col] ?? '' });
      } else {
        const cell = cellOfLines(builder.lines);
        cells.push(builder.span > 1 ? { ...cell, span: builder.span } : cell);
        for (let k = 0; k < builder.span; k++) mergedText[col + k] = builder.vMerge === 'restart' ? cell.text : '';
      }
      for (let k = 1; k < builder.span; k++) cells.push({ text: '', bold: false });
      col += builder.span;
    }
    out.push({ kind: 'row', cells, line: next(), table: id });
  }
  return out;
}
