import type { ExportColumn, ExportItem } from './export-plan.js';
import { cellText } from './table-columns.js';

/**
 * The layout of the data exports (the CSV and the XLSX data sheet): number, level, kind, the plan's columns, the
 * deadline as the engine read it, the executors (the XLSX spreads them one a column) and the item's id.
 */
export function dataHeader(columns: readonly ExportColumn[], executorHeaders: readonly string[] = []): string[] {
  return [
    '№',
    'Уровень',
    'Вид',
    ...columns.map((c) => c.title || c.key),
    'Срок: вид',
    'Срок: начало',
    'Срок: окончание',
    'Срок: все периоды',
    'Периодичность',
    ...executorHeaders,
    'Идентификатор пункта',
  ];
}

export const kindLabel = (item: Pick<ExportItem, 'kind'>) => (item.kind === 'section' ? 'раздел' : 'пункт');

/** A plan column's value in a data row: executors on one line, separated by «; », other text as it is. */
export function dataCellText(item: ExportItem, column: ExportColumn, columns: ExportColumn[]): string {
  return cellText(item, column, columns).replace(/\n/g, column.role === 'executors' || column.role === 'co_executors' ? '; ' : '\n');
}
