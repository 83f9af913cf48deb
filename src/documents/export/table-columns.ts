import type { ExportColumn, ExportItem, ExportPlan } from './export-plan.js';
import { xmlSafe } from './xml-text.js';
import { columnTitle } from './document-texts.js';
import type { Locale } from '../../shared/locale.js';

/** What a plan without its own column schema shows (a plan created in Planik). */
const DEFAULT_COLUMNS: ExportColumn[] = [
  { key: 'number', title: '№ п/п', role: 'number' },
  { key: 'title', title: 'Наименование мероприятия', role: 'title' },
  { key: 'deadline', title: 'Срок исполнения', role: 'deadline' },
  { key: 'executors', title: 'Исполнители', role: 'executors' },
];

/** Relative widths by role: the name of the activity gets the room, the number the least. */
const WEIGHTS: Record<string, number> = {
  number: 0.8,
  title: 5,
  deadline: 2,
  executors: 2.4,
  co_executors: 2.4,
  content: 5,
  action: 4.5,
  tasks: 3.5,
  result: 3.5,
  goal: 2.5,
  measure: 3,
  year_mark: 2.5,
  financing: 2,
  legal_basis: 2.6,
  reporting_document: 2.4,
  note: 2,
  format: 2.6,
};

/**
 * The document's columns: the plan's own, in its order, always with a number
 * column first (the table is numbered even when the source was not).
 */
export function tableColumns(plan: Pick<ExportPlan, 'columns'>, lang?: Locale): ExportColumn[] {
  const own = plan.columns.length ? plan.columns : DEFAULT_COLUMNS;
  const hasNumber = own.some((c) => c.role === 'number');
  const cols = hasNumber ? [...own] : [{ key: 'number', title: '№ п/п', role: 'number' }, ...own];
  if (!cols.some((c) => c.role === 'title')) cols.splice(1, 0, { key: 'title', title: 'Наименование мероприятия', role: 'title' });
  return cols.map((c) => ({ ...c, title: xmlSafe(columnTitle(c, lang)) }));
}

export function columnWeights(columns: ExportColumn[]): number[] {
  return columns.map((c) => WEIGHTS[c.role] ?? 2.5);
}

/**
 * The characters the number column must hold on one line: the longest word of its heading
 * («строки» of «Номер строки») and the longest printed number («3.4.12.»). A column narrower
 * than that breaks the heading inside a word («строк-и») or a number over two lines.
 */
export function numberColumnChars(columns: ExportColumn[], items: ExportItem[]): number {
  const heading = columns.find((c) => c.role === 'number')?.title ?? '';
  let longest = Math.max(0, ...heading.split(/\s+/).map((w) => [...w].length));
  const walk = (list: ExportItem[]) => {
    for (const item of list) {
      longest = Math.max(longest, [...item.number].length);
      walk(item.children);
    }
  };
  walk(items);
  return longest;
}

/**
 * Widths that fill `total` in the role proportions; the number column gets a
 * fixed width (a share would make it too narrow in an eleven-column plan).
 */
export function columnWidths(columns: ExportColumn[], total: number, numberWidth: number): number[] {
  const weights = columnWeights(columns);
  const fixed = columns.map((c) => (c.role === 'number' ? numberWidth : 0));
  const rest = total - fixed.reduce((a, b) => a + b, 0);
  const share = weights.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
  const widths = columns.map((_, i) => fixed[i] || Math.floor((rest * weights[i]!) / share));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A cell's text as the plan says it: executors as written, one per line, split
 * between the executors and co-executors columns when the plan has both.
 */
export function cellText(item: ExportItem, column: ExportColumn, columns: ExportColumn[]): string {
  switch (column.role) {
    case 'number':
      return item.number;
    case 'title':
      return item.title;
    case 'deadline':
      return item.deadlineText ?? item.fields[column.key] ?? '';
    case 'executors': {
      const split = columns.some((c) => c.role === 'co_executors');
      return item.executors
        .filter((e) => !split || e.role !== 'co_executor')
        .map((e) => e.text)
        .join('\n');
    }
    case 'co_executors':
      return item.executors
        .filter((e) => e.role === 'co_executor')
        .map((e) => e.text)
        .join('\n');
    default:
      return item.fields[column.key] ?? '';
  }
}
