import { cleanCell } from '../cell-text.js';
import { executorScore, isDeadlineLike, type ExecutorVocabulary } from '../records/cell-classify.js';
import { assignKeys, type Column, type ColumnRole } from '../records/column-roles.js';
import { FOOTNOTE_MARK, parseNumberCell } from '../records/numbering.js';
import type { SourceBlock } from '../readers/source-model.js';
import type { TableRegion } from './table.js';

/**
 * A table whose header is not in the file (a fragment, a page of a longer plan, a header the
 * site cut off): the rows are still there, so the plan is read rather than refused. Each column
 * gets the role most of its cells read like; the wizard lets the user correct it.
 */
/** More columns than any plan of the corpus prints (the widest have eight or nine). */
const MAX_PLAN_COLUMNS = 12;

export function readHeaderlessTable(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary): TableRegion | null {
  // The largest physical table of the document.
  const byTable = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (b.kind === 'row') byTable.set(b.table, [...(byTable.get(b.table) ?? []), i]);
  });
  let best: number[] = [];
  for (const indexes of byTable.values()) if (indexes.length > best.length) best = indexes;
  if (best.length === 0) return null;
  const rows = best.map((i) => blocks[i] as Extract<SourceBlock, { kind: 'row' }>);
  const width = Math.max(...rows.map((r) => r.cells.length));
  if (width < 2) return null;
  // «КАЗАХСТАН: Самрук | Нурбанкгейт | … | календарь | …»: a news site's line of rubrics parted by
  // bars is one «row» of dozens of short cells; no plan prints that many columns on a row or two.
  if (rows.length < 3 && width > MAX_PLAN_COLUMNS) return null;
  // A heading across the table (one filled cell) says nothing about the columns.
  const texts = rows.map((r) => r.cells.map((c) => cleanCell(c.text))).filter((cells) => cells.filter((t) => t !== '').length > 1);
  if (texts.length === 0) return null;
  const share = (k: number, test: (t: string) => boolean): number => {
    const filled = texts.map((t) => t[k] ?? '').filter((t) => t !== '');
    return filled.length ? filled.filter(test).length / filled.length : 0;
  };
  const meanLength = (k: number): number => {
    const filled = texts.map((t) => t[k] ?? '').filter((t) => t !== '');
    return filled.length ? filled.reduce((n, t) => n + t.length, 0) / filled.length : 0;
  };
  const roles: ColumnRole[] = new Array<ColumnRole>(width).fill('field');
  const take = (role: ColumnRole, score: (k: number) => number, min: number): void => {
    let arg = -1;
    let top = min;
    for (let k = 0; k < width; k++) {
      if (roles[k] !== 'field') continue;
      const s = score(k);
      if (s > top) {
        top = s;
        arg = k;
      }
    }
    if (arg >= 0) roles[arg] = role;
  };
  // «1.1 <*>»: a footnote mark beside the number is still a bare number.
  const bareNumber = (t: string): boolean => {
    const n = parseNumberCell(t);
    return !!n && (!n.rest || FOOTNOTE_MARK.test(n.rest));
  };
  take('number', (k) => share(k, bareNumber), 0.6);
  take('deadline', (k) => share(k, (t) => isDeadlineLike(t)), 0.4);
  take('executors', (k) => share(k, (t) => executorScore(t, vocab) >= 0.5), 0.3);
  // A row or two of bars with no number, term or executor in any cell («| Поиск | Обычная версия
  // сайта» atop a commission's site) is a menu, not a fragment of a plan. A longer table is kept
  // whatever its cells say: the wizard shows its rows to be read by hand rather than refusing them.
  if (rows.length < 3 && !roles.some((r) => r !== 'field')) return null;
  // Plans print the measure right after its number: that column is the title unless it is plainly
  // shorter than another prose column (a participants or note column may run longer than the measure).
  const afterNumber = roles.indexOf('number') + 1;
  const longest = Math.max(...roles.map((r, k) => (r === 'field' ? meanLength(k) : 0)));
  if (afterNumber > 0 && afterNumber < width && roles[afterNumber] === 'field' && meanLength(afterNumber) >= longest * 0.5) roles[afterNumber] = 'title';
  else take('title', meanLength, 0);
  // Plans end with the executors column; with no better evidence the last free column is it.
  if (!roles.includes('executors') && roles[width - 1] === 'field') roles[width - 1] = 'executors';
  const names: Partial<Record<ColumnRole, string>> = {
    number: '№ п/п',
    title: 'Наименование мероприятия',
    deadline: 'Срок исполнения',
    executors: 'Исполнители',
  };
  const columns: Column[] = roles.map((role, k) => ({ key: '', title: names[role] ?? `Колонка ${k + 1}`, role, headerRole: role }));
  assignKeys(columns);
  const first = best[0]!;
  return {
    columns,
    headerStart: first,
    end: best[best.length - 1]! + 1,
    rows: rows.map((r) => ({ cells: r.cells, line: r.line })),
    header: [],
  };
}
