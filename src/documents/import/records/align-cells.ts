import { executorScore, isDeadlineLike, isFinancingLike, isLegalBasisLike, isResultLike, type ExecutorVocabulary } from './cell-classify.js';
import type { Column, ColumnRole } from './column-roles.js';
import { numberDepth, parseLeadingNumber, parseNumberCell } from './numbering.js';
import type { SourceCell } from '../readers/source-model.js';

/**
 * Puts the cells of a row under the right columns. Rows lose cells (a vertically merged cell
 * is simply absent in text exports) and then everything after it slides left: an executor lands
 * in the deadline column, a result in the financing column. Each cell is scored against each
 * column by what it reads like, and the best order-preserving placement wins; position only
 * breaks ties.
 */
/** Below this a cell plainly does not belong where it sits (an executor list in the term column, a result as a term). */
const MISFIT = -1.5;

export function alignCells(cells: readonly SourceCell[], columns: readonly Column[], vocab: ExecutorVocabulary): SourceCell[][] {
  const n = columns.length;
  const list = [...cells];
  while (list.length > n && list[list.length - 1]!.text.trim() === '' && !list[list.length - 1]!.mergedFrom) list.pop();
  const k = list.length;
  const out: SourceCell[][] = columns.map(() => []);
  if (k === 0) return out;
  // A heading across the table arrives as its text in the first cell and the others empty (a colspan,
  // or a line without tabs padded to the row): it stays where it starts, whatever its words read like
  // («1.1. Организационные мероприятия» is not a term for its «1.1.»).
  // A lone cell is placed so only when it opens with a number label: «ТИК» alone is an executor that slid left.
  const heading = k === n ? k > 1 : k === 1 && n > 1 && !!parseLeadingNumber(list[0]!.text.split('\n')[0]!, { requireText: true });
  if (heading && list[0]!.text.trim() !== '' && list.slice(1).every((c) => c.text.trim() === '' && !c.mergedFrom)) {
    out[0]!.push(list[0]!);
    return out;
  }
  // Most rows are complete and in place; scoring every cell against every column is only
  // worth it when a cell is missing or sits where it plainly does not fit. A complete row keeps a
  // title that merely names a body («Заседание комиссии» under «Содержание работы», a term column
  // before it): moving it would need a cell to share a column while another stays empty.
  if (k === n && list.every((cell, i) => fit(cell.text, columns[i]!.role, vocab) >= MISFIT)) {
    list.forEach((cell, i) => out[i]!.push(cell));
    return out;
  }
  // «1.» and one text: a numbered row always has a title, so the text is it — however many bodies
  // a long heading names («… выборов депутатов Государственной Думы …»), unless it reads as a term.
  // The title column need not come second: a term printed before it («1» / «Май» / …) may be missing.
  const titleAt = columns.findIndex((col) => col.role === 'title');
  if (k === 2 && n >= 2 && columns[0]!.role === 'number' && titleAt > 0 && fit(list[0]!.text, 'number', vocab) >= 4) {
    if (!isDeadlineLike(list[1]!.text, true) && executorScore(list[1]!.text, vocab) < 1) {
      out[0]!.push(list[0]!);
      out[titleAt]!.push(list[1]!);
      return out;
    }
  }
  const fits = list.map((cell) => columns.map((col) => fit(cell.text, col.role, vocab)));

  const NEG = -1e9;
  const SHARE = 3;
  const PRIOR = 0.05;
  const dp: number[][] = list.map(() => new Array<number>(n).fill(NEG));
  const from: number[][] = list.map(() => new Array<number>(n).fill(-1));
  for (let c = 0; c < n; c++) dp[0]![c] = fits[0]![c]! - PRIOR * c;
  for (let i = 1; i < k; i++) {
    const empty = list[i]!.text.trim() === '';
    for (let c = 0; c < n; c++) {
      let best = NEG;
      let arg = -1;
      for (let p = 0; p <= c; p++) {
        const prev = dp[i - 1]![p]!;
        if (prev === NEG) continue;
        const share = p === c ? (empty || list[i - 1]!.text.trim() === '' ? 0.2 : SHARE) : 0;
        const v = prev - share;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      if (arg < 0) continue;
      dp[i]![c] = best + fits[i]![c]! - PRIOR * Math.abs(c - i);
      from[i]![c] = arg;
    }
  }
  let c = 0;
  for (let j = 1; j < n; j++) if (dp[k - 1]![j]! > dp[k - 1]![c]!) c = j;
  const placement = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    placement[i] = c;
    c = from[i]![c]!;
  }
  list.forEach((cell, i) => out[placement[i]!]!.push(cell));
  return out;
}

function fit(raw: string, role: ColumnRole, vocab: ExecutorVocabulary): number {
  const text = raw.trim();
  if (!text) return 0;
  const firstLine = text.split('\n')[0]!;
  switch (role) {
    case 'number': {
      const n = parseNumberCell(text);
      if (n && !n.rest) return 4;
      return n ? 0.5 : -4;
    }
    case 'title': {
      const n = parseLeadingNumber(firstLine, { requireText: true });
      if (n && numberDepth(n.alias) >= 2) return 2;
      if (text.length > 200) return 0; // too long for a deadline or an executor list
      if (isResultLike(text)) return -2;
      if (isDeadlineLike(text, true)) return -1.5;
      if (executorScore(text, vocab) === 1) return -1.5;
      // Plain prose fits anywhere; position decides, so a lone text does not drift into the title.
      return 0;
    }
    case 'goal': {
      const n = parseLeadingNumber(firstLine, { requireText: true });
      if (n && numberDepth(n.alias) >= 2) return -3;
      if (n) return 2;
      if (/^[a-zа-яё]/.test(text)) return -0.5;
      return 0;
    }
    case 'deadline': {
      if (isDeadlineLike(text)) return 3;
      if (executorScore(text, vocab) >= 0.6) return -3;
      if (isResultLike(text)) return -2;
      return text.length > 150 ? -1 : 0;
    }
    case 'executors':
    case 'co_executors': {
      // «Представительный» / «орган местного» / «самоуправления»: one name the page wrapped.
      const score = Math.max(executorScore(text, vocab), executorScore(text.replace(/\n(?=[a-zа-яё])/g, ' '), vocab));
      if (score >= 0.6) return 3;
      if (isDeadlineLike(text)) return -3;
      if (isResultLike(text)) return -2;
      // Prose with no executor in it («Внесение предложений …») is not an executor list.
      return score === 0 && text.length > 40 ? -1 : score;
    }
    case 'result':
      if (isResultLike(text)) return 4;
      return isFinancingLike(text) ? -2 : 0;
    case 'financing':
      if (isResultLike(text)) return -3;
      return isFinancingLike(text) ? 3 : 0;
    case 'legal_basis':
      return isLegalBasisLike(text) ? 1.5 : 0;
    default:
      if (isResultLike(text)) return -2;
      return 0;
  }
}
