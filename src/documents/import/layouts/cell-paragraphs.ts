import { endsDangling } from '../cell-text.js';
import { COMMON_ABBREVIATIONS, isDeadlineLike, isExecutorLike } from '../records/cell-classify.js';
import type { SourceCell } from '../readers/source-model.js';
import type { TableRegion } from './table.js';

/**
 * Parts of a one-cell-per-line table (layouts/line-cells.ts) that sites print as paragraphs:
 * rows parted by the wider gap an empty cell leaves, and a heading printed after a row's last cell.
 */
/**
 * Sites that print every cell as a paragraph (blank line between paragraphs) mark an empty cell
 * — and so the bound between rows without numbers — with a paragraph holding only a space,
 * which leaves a wider gap. Where most gaps are one blank line and some are wider, the wider
 * gaps part the rows: a lone line between two of them is a heading, and the paragraphs of a
 * row beyond the columns' count continue its last cell (an executor and its department).
 */
export function rowsByGaps(rows: TableRegion['rows'], gapOf: ReadonlyMap<number, number>, width: number): TableRegion['rows'] | null {
  const gaps = rows.map((r) => gapOf.get(r.line) ?? 0);
  const single = gaps.filter((g) => g === 1).length;
  const wide = gaps.filter((g) => g >= 2).length;
  if (wide < 2 || single < wide) return null;
  const groups: TableRegion['rows'][] = [];
  rows.forEach((r, k) => {
    if (k === 0 || gaps[k]! >= 2) groups.push([]);
    groups[groups.length - 1]!.push(r);
  });
  const out: TableRegion['rows'] = [];
  for (const g of groups) {
    const cells: SourceCell[] = [];
    // «(3 июль 2020)» under «Шайлоо дайындалгандан кийин»: the same cell's second paragraph.
    for (const r of g) {
      const text = r.cells[0]!.text;
      const last = cells[cells.length - 1];
      // «март» under a title opens the deadline, though it starts in lowercase.
      const opensDeadline = !/^\(/.test(text) && isDeadlineLike(text, true) && !!last && !isDeadlineLike(last.text, true);
      // «2020-жылдын» / «24-октябры», «БШК,» / «Маалымат бөлүмү»: a paragraph that breaks off goes on below.
      if (last && ((/^[a-zа-яёөүң(]/.test(text) && !opensDeadline) || endsDangling(last.text))) last.text = `${last.text}\n${text}`;
      else cells.push({ text, bold: false });
    }
    if (cells.length === 1) {
      out.push({ line: g[0]!.line, cells: [{ text: cells[0]!.text, bold: true }] });
      continue;
    }
    // The heading of the rows below printed right after this row's last cell.
    const heading = cells.length > width && isHeadingCell(cells[cells.length - 1]!.text) ? cells.pop()! : null;
    const kept = cells.slice(0, width);
    const rest = cells.slice(width);
    if (rest.length) kept[width - 1] = { text: [kept[width - 1]!.text, ...rest.map((c) => c.text)].join('\n'), bold: false };
    out.push({ line: g[0]!.line, cells: kept });
    if (heading) out.push({ line: g[g.length - 1]!.line, cells: [{ text: heading.text, bold: true }] });
  }
  return out;
}

const COMMON_VOCAB = { abbreviations: new Set(COMMON_ABBREVIATIONS) };

/**
 * The extra cell after a full row, when it is a heading: a line of its own that reads as neither
 * a deadline, nor a law reference, nor an executor («Шайлоочулардын тизмелери менен иштөө»).
 */
export function isHeadingCell(text: string): boolean {
  if (text.includes('\n') || /^\(/.test(text) || isDeadlineLike(text)) return false;
  if (text.length >= 40) return true;
  return text.split(/\s+/).length >= 2 && /^[А-ЯЁA-Z]/.test(text) && !/[\d.,;:]$/.test(text) && !isExecutorLike(text, COMMON_VOCAB, false);
}
