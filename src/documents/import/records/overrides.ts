import type { ImportOverrides } from '../../../shared/plan-format.js';
import { assignKeys, type ColumnRole } from './column-roles.js';
import type { Warn } from './plan-record.js';
import type { SourceCell } from '../readers/source-model.js';
import type { TableRegion } from '../layouts/table.js';

/**
 * The user's corrections from the import wizard, applied to the rows the reader found before
 * they become records: column roles, rows read as headings, rows deleted, merged or split.
 * Nothing the user removes is lost silently: deleted rows and ignored columns are listed in
 * warnings at their rows.
 */
export function applyOverrides(region: TableRegion, overrides: ImportOverrides, warn: Warn): TableRegion {
  const columns = region.columns.map((c) => ({ ...c }));
  const ignored = new Set<number>();
  for (const { index, role } of overrides.columns ?? []) {
    const column = columns[index];
    if (!column) continue;
    if (role === 'ignore') ignored.add(index);
    else {
      column.role = role as ColumnRole;
      column.headerRole = role as ColumnRole;
    }
  }
  assignKeys(columns);

  const text = (cells: readonly SourceCell[]): string =>
    cells
      .map((c) => c.text.trim())
      .filter((t) => t)
      .join(' | ');
  const deleted = new Set(overrides.deleteRows ?? []);
  const sections = new Set(overrides.sectionRows ?? []);
  const splits = new Map((overrides.splitRows ?? []).map((s) => [s.line, s.rows] as const));
  const mergeInto = new Map<number, number>();
  for (const group of overrides.mergeRows ?? []) for (const line of group.slice(1)) mergeInto.set(line, group[0]!);

  let rows: TableRegion['rows'] = [];
  const byLine = new Map<number, TableRegion['rows'][number]>();
  for (const row of region.rows) {
    if (deleted.has(row.line)) {
      warn(`строка ${row.line}: удалена при импорте — «${text(row.cells)}»`, row.line);
      continue;
    }
    const target = mergeInto.get(row.line);
    const into = target !== undefined ? byLine.get(target) : undefined;
    if (into) {
      row.cells.forEach((cell, k) => {
        const at = into.cells[k];
        if (!at) into.cells[k] = { ...cell };
        else if (cell.text.trim()) into.cells[k] = { ...at, text: at.text.trim() ? `${at.text}\n${cell.text}` : cell.text };
      });
      continue;
    }
    const split = splits.get(row.line);
    if (split) {
      for (const cells of split) rows.push({ line: row.line, cells: cells.map((t) => ({ text: t, bold: false })) });
      continue;
    }
    const copy = { line: row.line, cells: row.cells.map((c) => ({ ...c })) };
    rows.push(copy);
    byLine.set(row.line, copy);
  }
  if (sections.size > 0) {
    rows = rows.map((row) =>
      sections.has(row.line)
        ? {
            line: row.line,
            cells: [
              {
                text: row.cells
                  .map((c) => c.text.trim())
                  .filter((t) => t)
                  .join(' '),
                bold: true,
              },
            ],
          }
        : row,
    );
  }
  if (ignored.size > 0) {
    rows = rows.map((row) => {
      const dropped = [...ignored].map((k) => row.cells[k]?.text.trim() ?? '').filter((t) => t);
      if (dropped.length > 0) warn(`строка ${row.line}: колонка не загружается по выбору пользователя — «${dropped.join(' | ')}»`, row.line);
      return { line: row.line, cells: row.cells.map((c, k) => (ignored.has(k) ? { text: '', bold: false } : c)) };
    });
  }
  return { ...region, columns, rows, ...(overrides.columns?.length ? { pinned: true } : {}) };
}
