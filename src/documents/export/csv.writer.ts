import { deadlineCells } from './deadline-cells.js';
import type { ExportPlan, SubsetOptions } from './export-plan.js';
import { planRows, selectSubset } from './plan-rows.js';
import { dataCellText, dataHeader, kindLabel } from './data-columns.js';
import { tableColumns } from './table-columns.js';
import { xmlSafe } from './xml-text.js';

/** Excel opens a UTF-8 file as UTF-8 only when it starts with the byte order mark. */
export const BOM = '\uFEFF';
// Russian Excel splits on its list separator, which is the semicolon.
const SEP = ';';

function quote(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : xmlSafe(value);
  return /[;"\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per item: number, level, kind, the plan's columns, the deadline as
 * the engine read it and the executors, in UTF-8 with BOM and CRLF lines.
 * Yielded line by line so the caller can stream it.
 */
export function* csvLines(source: ExportPlan, options: SubsetOptions = {}): Generator<string> {
  const plan = selectSubset(source, options);
  const columns = tableColumns(plan, options.lang).filter((c) => c.role !== 'number');
  const header = dataHeader(columns, 0, options.lang);
  yield BOM + header.map(quote).join(SEP) + '\r\n';
  for (const { item, level } of planRows(plan.items)) {
    const d = deadlineCells(item, options.lang);
    const cells = [
      item.number,
      level,
      kindLabel(item, options.lang),
      ...columns.map((c) => dataCellText(item, c, columns)),
      d.kind,
      d.start ?? '',
      d.end ?? '',
      d.windows,
      d.recurrence,
      item.id,
    ];
    yield cells.map(quote).join(SEP) + '\r\n';
  }
}

export function planToCsv(plan: ExportPlan, options: SubsetOptions = {}): string {
  return [...csvLines(plan, options)].join('');
}
