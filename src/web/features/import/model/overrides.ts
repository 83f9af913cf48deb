import type { DraftSource, ImportOverrides } from '../../../../shared/plan-format';

/** The roles the wizard offers for a column of the source table; 'ignore' keeps its text in warnings. */
export const wizardColumnRoles = ['title', 'deadline', 'executors', 'field', 'ignore'] as const;
export type WizardColumnRole = (typeof wizardColumnRoles)[number] | 'number';

export type RowAction = 'section' | 'delete' | 'merge';

/** The role a column has now: the user's choice, else what the importer read (unknown roles read as «другое»). */
export function columnRole(source: DraftSource, overrides: ImportOverrides, index: number): string {
  const chosen = overrides.columns?.find((c) => c.index === index);
  if (chosen) return chosen.role;
  const read = source.columns[index]?.role ?? 'field';
  return read === 'number' || (wizardColumnRoles as readonly string[]).includes(read) ? read : 'field';
}

export function withColumnRole(overrides: ImportOverrides, index: number, role: string): ImportOverrides {
  const rest = (overrides.columns ?? []).filter((c) => c.index !== index);
  return {
    ...overrides,
    columns: [...rest, { index, role: role as NonNullable<ImportOverrides['columns']>[number]['role'] }].sort((a, b) => a.index - b.index),
  };
}

export function hasRowAction(overrides: ImportOverrides, line: number, action: RowAction): boolean {
  if (action === 'section') return overrides.sectionRows?.includes(line) ?? false;
  if (action === 'delete') return overrides.deleteRows?.includes(line) ?? false;
  return (overrides.mergeRows ?? []).some((g) => g.indexOf(line) > 0);
}

const toggle = (list: number[] | undefined, line: number): number[] => (list?.includes(line) ? list.filter((l) => l !== line) : [...(list ?? []), line]);

/**
 * Turns a row action on or off. A row merged into the row above joins that row's group,
 * so three rows broken over two pages become one group, as the importer expects.
 */
export function toggleRowAction(source: DraftSource, overrides: ImportOverrides, line: number, action: RowAction): ImportOverrides {
  if (action === 'section') return { ...overrides, sectionRows: toggle(overrides.sectionRows, line) };
  if (action === 'delete') return { ...overrides, deleteRows: toggle(overrides.deleteRows, line) };
  const groups = (overrides.mergeRows ?? []).map((g) => [...g]);
  const at = groups.findIndex((g) => g.includes(line));
  if (at >= 0 && groups[at]!.indexOf(line) > 0) {
    // Un-merging a row splits its group there: the rows after it stay merged with it.
    const group = groups[at]!;
    const cut = group.indexOf(line);
    const head = group.slice(0, cut);
    const tail = group.slice(cut);
    groups.splice(at, 1, ...[head, tail].filter((g) => g.length >= 2));
    return { ...overrides, mergeRows: groups };
  }
  const lines = source.rows.map((r) => r.line);
  const previous = lines[lines.indexOf(line) - 1];
  if (previous === undefined) return overrides;
  const own = at >= 0 ? groups.splice(at, 1)[0]! : [line];
  const target = groups.findIndex((g) => g.includes(previous));
  if (target >= 0) groups[target] = [...groups[target]!, ...own];
  else groups.push([previous, ...own]);
  return { ...overrides, mergeRows: groups };
}

/** Parts of a split row, one per text line, cells parted by «|». */
export function splitText(cells: readonly string[]): string {
  return cells.map((c) => c.replace(/\s*\n\s*/g, ' ')).join(' | ');
}

export function parseSplit(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('|').map((c) => c.trim()));
}

export function withSplit(overrides: ImportOverrides, line: number, parts: string[][] | null): ImportOverrides {
  const rest = (overrides.splitRows ?? []).filter((s) => s.line !== line);
  return { ...overrides, splitRows: parts && parts.length > 1 ? [...rest, { line, rows: parts }] : rest };
}

export const splitOf = (overrides: ImportOverrides, line: number) => overrides.splitRows?.find((s) => s.line === line)?.rows ?? null;

export function overridesCount(o: ImportOverrides): number {
  return (o.columns?.length ?? 0) + (o.sectionRows?.length ?? 0) + (o.deleteRows?.length ?? 0) + (o.mergeRows?.length ?? 0) + (o.splitRows?.length ?? 0);
}
