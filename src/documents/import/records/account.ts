import type { PlanDraft } from '../../../shared/plan-format.js';
import { cleanCell } from '../cell-text.js';
import type { ImportWarning } from './plan-record.js';

/**
 * The account of every source cell: each word of the table the importer read must end up in
 * the draft (a title, a deadline, an executor, a field, a column header, the plan's header) or
 * in a warning at its row. Words no part of the draft took are listed, row by row, in a warning
 * («строка 14: не попало в план …»), so nothing is lost without a word. Numbers are checked by
 * the spot facts; the account counts words of two letters or more.
 */
export function wordsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[a-zа-яәөүңһқғұі]{2,}/g) ?? [];
  // «(далее – ГАС «Выборы»)» is a definition: the glossary holds it, the word «далее» itself says nothing.
  return words.filter((w) => w !== 'далее');
}

function count(into: Map<string, number>, text: string | null | undefined): void {
  if (!text) return;
  for (const w of wordsOf(text)) into.set(w, (into.get(w) ?? 0) + 1);
}

/** Every text of a draft that can hold a source word. */
export function draftWords(draft: PlanDraft): Map<string, number> {
  const words = new Map<string, number>();
  count(words, draft.title);
  count(words, draft.description);
  count(words, draft.approval?.authority);
  for (const a of draft.abbreviations) {
    count(words, a.short);
    count(words, a.full);
  }
  for (const e of draft.elections ?? []) count(words, e.name);
  // The header is printed again on every page: its words account for any number of repeats.
  for (const c of draft.columns ?? []) for (const w of wordsOf(c.title)) words.set(w, Number.POSITIVE_INFINITY);
  for (const w of draft.warnings) count(words, w.message);
  const visit = (items: PlanDraft['items']): void => {
    for (const item of items) {
      count(words, item.number);
      count(words, item.title);
      count(words, item.deadline?.text);
      for (const e of item.executors) count(words, e.text);
      for (const v of Object.values(item.fields)) count(words, v);
      visit(item.children);
    }
  };
  visit(draft.items);
  return words;
}

export interface SourceRowText {
  line: number;
  cells: readonly string[];
}

/** Warnings for the words of `rows` the draft does not hold, at the row each came from. */
export function accountForRows(rows: readonly SourceRowText[], draft: PlanDraft): ImportWarning[] {
  const have = draftWords(draft);
  const need = new Map<string, number>();
  for (const row of rows) for (const cell of row.cells) count(need, cleanCell(cell));
  const missing = new Map<string, number>();
  for (const [w, n] of need) {
    const deficit = n - (have.get(w) ?? 0);
    if (deficit > 0) missing.set(w, deficit);
  }
  if (missing.size === 0) return [];
  const warnings: ImportWarning[] = [];
  // Attributed from the last row up: a word repeated across rows is most often lost in a late
  // row (a repeated header, a note after the table), not in the first one that was read.
  for (let r = rows.length - 1; r >= 0 && missing.size > 0; r--) {
    const row = rows[r]!;
    const lost: string[] = [];
    for (const cell of row.cells) {
      const text = cleanCell(cell);
      const words = wordsOf(text);
      const gone = words.filter((w) => {
        const n = missing.get(w) ?? 0;
        if (n === 0) return false;
        if (n === 1) missing.delete(w);
        else missing.set(w, n - 1);
        return true;
      });
      if (gone.length === 0) continue;
      // The whole cell when most of it was lost, else the lost words: the user can find either.
      lost.push(gone.length * 2 >= words.length ? text.replace(/\s+/g, ' ') : gone.join(' '));
    }
    if (lost.length > 0) {
      warnings.unshift({ line: row.line, message: `строка ${row.line}: текст не попал ни в один пункт — «${lost.join(' | ')}»; проверьте строку` });
    }
  }
  return warnings;
}
