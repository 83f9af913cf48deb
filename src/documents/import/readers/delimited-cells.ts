/**
 * Cells parted by a separator in text copied from a spreadsheet: Excel puts a cell that holds a line break or a
 * quote in double quotes («"Иванов И.И.↵Петров П.П."», «""» for a quote), both on the clipboard (tabs) and in
 * «CSV (разделители — точка с запятой)», the Russian Excel's CSV. Read cell by cell, the rest of such a cell
 * became a row of its own (a heading, a continuation) and the names it held were lost from their measure.
 */

/** A quoted cell longer than this is not a cell: the quote was the title's own. */
const MAX_QUOTED_LINES = 30;

export interface DelimitedRow {
  cells: string[];
  /** Index of the line after the row. */
  end: number;
}

/**
 * The row that starts at `lines[start]`, its quoted cells unquoted and allowed to run over lines; null when the row
 * quotes nothing, or a quote does not close as a spreadsheet closes it (right before a separator or the line's end)
 * — then the quote is the text's own («"Горячая линия" для избирателей»).
 */
export function quotedRow(lines: readonly string[], start: number, sep: string): DelimitedRow | null {
  const cells: string[] = [];
  // Excel quotes a cell only when it must (a line break, a quote or the separator inside): a cell that is merely
  // in quotes («"Молодежный парламент"» saved by Word) keeps them.
  let quotedAny = false;
  let line = start;
  let text = lines[start]!;
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      const cell = closeQuoted(lines, line, at + 1, sep);
      if (!cell) return null;
      if (cell.line > line || cell.text.includes('"') || cell.text.includes(sep)) quotedAny = true;
      cells.push(cell.text);
      line = cell.line;
      text = lines[line]!;
      at = cell.at;
    } else {
      const next = text.indexOf(sep, at);
      cells.push(next < 0 ? text.slice(at) : text.slice(at, next));
      at = next < 0 ? text.length : next;
    }
    if (at >= text.length) break;
    at += sep.length; // past the separator
  }
  return quotedAny ? { cells, end: line + 1 } : null;
}

/** From just inside an opening quote: the unquoted text and where the closing quote leaves the row. */
function closeQuoted(lines: readonly string[], line: number, at: number, sep: string): { text: string; line: number; at: number } | null {
  let out = '';
  for (let l = line; l < lines.length && l - line < MAX_QUOTED_LINES; l++, at = 0) {
    const text = lines[l]!;
    for (let k = at; k < text.length; k++) {
      if (text[k] !== '"') continue;
      if (text[k + 1] === '"') {
        out += text.slice(at, k + 1);
        at = k + 2;
        k++;
        continue;
      }
      // A closing quote is followed by the separator or the end of the line, nothing else.
      if (k + 1 < text.length && !text.startsWith(sep, k + 1)) return null;
      return { text: out + text.slice(at, k), line: l, at: k + 1 };
    }
    out += `${text.slice(at)}\n`;
  }
  return null;
}

/**
 * Whether the text is a table in «;»-separated cells (the Russian Excel's CSV): no tab anywhere, and three rows or more
 * in a run with the same number of cells (three or more) — prose with semicolons does not line up row after row.
 */
export function isSemicolonTable(lines: readonly string[]): boolean {
  if (lines.some((l) => l.includes('\t'))) return false;
  let run = 0;
  let width = 0;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (!line.includes(';')) {
      if (line.trim() !== '') run = 0;
      i++;
      continue;
    }
    const row = quotedRow(lines, i, ';') ?? { cells: line.split(';'), end: i + 1 };
    const cells = row.cells.length;
    run = cells >= 3 && cells === width ? run + 1 : cells >= 3 ? 1 : 0;
    width = cells;
    if (run >= 3) return true;
    i = row.end;
  }
  return false;
}
