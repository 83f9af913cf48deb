import { cleanInline } from '../cell-text.js';
import { buildColumns, headerRole } from '../records/column-roles.js';
import type { SourceBlock, SourceCell } from '../readers/source-model.js';
import type { TableRegion } from './table.js';

/**
 * A table whose cell separators a site lost: each row is one line with its cells glued together, a word of one cell
 * running straight into the capital that opens the next — the heading row «Nr. d/oTermenul de realizareReferinţe
 * AcţiuneaExecutorul» («№ п/пНаименование мероприятияСрок исполнения»), then rows such as «124.12.2004Cu cel puţin
 * 60 de zile …alegerilorStabilirea datei … (art. 76(2))…electorale.Hotărîrea Parlamentului …», the row number glued
 * to the date that follows it. A cell boundary is where a lowercase letter, a full stop, a bracket or a digit meets a
 * capital with no space between, or where a full date meets a word; the row number is told apart from a glued date
 * by counting (the rows go 1, 2, 3 …). Cells are then placed by what they read like, as for any flattened row.
 */
const UPPER = 'A-ZА-ЯЁĂÂÎȘŞȚŢƏÖÜÇİĞ';
const BOUNDARY = new RegExp(`(?<=[a-zа-яёăâîșşțţəıöüçğ.)\\]»])(?=[${UPPER}])|(?<=\\d)(?=[${UPPER}])|(?<=\\b\\d{2}\\.\\d{2}\\.\\d{4})(?=\\p{L})`, 'gu');
const MIN_HEADINGS = 3;
const MIN_ROWS = 2;

const split = (text: string): string[] =>
  text
    .split(BOUNDARY)
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** The heading row: one line that parts into at least three headings, a measure among them and its term or executor. */
function gluedHeader(text: string): string[] | null {
  if (text.length > 300 || /\s{3,}|\t/.test(text)) return null;
  const cells = split(text);
  if (cells.length < MIN_HEADINGS || cells.length > 12) return null;
  const roles = cells.map((c) => headerRole(c));
  if (roles.some((r) => r === null)) return null;
  if (!roles.includes('title') || !(roles.includes('deadline') || roles.includes('executors'))) return null;
  return cells;
}

export function readGluedCells(blocks: readonly SourceBlock[]): TableRegion | null {
  for (let h = 0; h < blocks.length; h++) {
    const block = blocks[h]!;
    if (block.kind !== 'para') continue;
    const header = gluedHeader(cleanInline(block.text));
    if (!header) continue;
    const roles = header.map((c) => headerRole(c));
    const termAfterNumber = roles[0] === 'number' && roles[1] === 'deadline';
    const rows: TableRegion['rows'] = [];
    let end = h + 1;
    for (let i = h + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'para') break;
      const text = cleanInline(b.text);
      if (!text) continue;
      const number = String(rows.length + 1);
      const rest = text.slice(number.length);
      if (!text.startsWith(number) || !/^[\s\p{L}\d]/u.test(rest)) break;
      const parts = split(rest);
      // «5 Concomitent cu …»: a space, not a glued date, after the number — the term column right after it is empty.
      if (parts.length === header.length - 2 && /^\s/.test(rest) && termAfterNumber) parts.unshift('');
      const cells: SourceCell[] = [number, ...parts].map((t) => ({ text: t, bold: false }));
      if (cells.length < 3) break;
      rows.push({ cells, line: b.line });
      end = i + 1;
    }
    if (rows.length < MIN_ROWS) continue;
    // The separators were lost, not the cells: where every row parts into as many cells as there are headings, each
    // cell stays under its own heading (a rule reading like a term stays in its column beside the date).
    const pinned = rows.every((r) => r.cells.length === header.length);
    return { columns: buildColumns(header), headerStart: h, end, rows, header, ...(pinned ? { pinned } : {}) };
  }
  return null;
}
