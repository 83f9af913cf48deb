import type { DraftSource, ImportOverrides } from '../../../shared/plan-format.js';

/**
 * Why the user's corrections cannot apply to the rows the importer read, in Russian, or null.
 * The importer itself skips what it cannot find; the wizard's API refuses instead, so a
 * correction that points nowhere is never dropped without the user knowing.
 */
export function overridesProblem(source: DraftSource, overrides: ImportOverrides): string | null {
  const lines = new Set(source.rows.map((r) => r.line));
  const columnCount = source.columns.length;
  for (const { index } of overrides.columns ?? []) {
    if (index >= columnCount) return `Колонки № ${index + 1} нет: в прочитанной таблице колонок ${columnCount}.`;
  }
  const seenColumns = new Set<number>();
  for (const { index } of overrides.columns ?? []) {
    if (seenColumns.has(index)) return `Колонке № ${index + 1} роль задана дважды.`;
    seenColumns.add(index);
  }
  const unknown = (line: number) => `Строки ${line} нет среди прочитанных строк таблицы.`;
  for (const line of overrides.sectionRows ?? []) if (!lines.has(line)) return unknown(line);
  for (const line of overrides.deleteRows ?? []) if (!lines.has(line)) return unknown(line);
  const merged = new Set<number>();
  for (const group of overrides.mergeRows ?? []) {
    for (const line of group) {
      if (!lines.has(line)) return unknown(line);
      if (merged.has(line)) return `Строка ${line} указана в объединении дважды.`;
      merged.add(line);
    }
  }
  const split = new Set<number>();
  for (const { line, rows } of overrides.splitRows ?? []) {
    if (!lines.has(line)) return unknown(line);
    if (split.has(line)) return `Строка ${line} разделена дважды.`;
    split.add(line);
    for (const cells of rows) {
      if (cells.length > columnCount) return `Строка ${line}: в части после разделения ${cells.length} ячеек, а колонок ${columnCount}.`;
    }
  }
  return null;
}
