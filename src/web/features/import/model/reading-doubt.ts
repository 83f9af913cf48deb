import type { PlanDraft } from '../../../../shared/plan-format';

/** Readers that found rows without a header they recognised: their columns are a guess. */
const guessingLayouts = new Set(['headerless', 'free-text']);

/**
 * Whether the importer read rows but is unsure how: the wizard then opens the correction
 * panel with the raw rows at once instead of leaving the user with a doubtful preview.
 */
export function readingUnsure(draft: PlanDraft): boolean {
  const source = draft.source;
  if (!source || source.rows.length === 0) return false;
  if (guessingLayouts.has(source.layout)) return true;
  if (!source.columns.some((c) => c.role === 'title')) return true;
  return draft.items.length === 0;
}

export type RowWarning = PlanDraft['warnings'][number];

/** Warnings by source line, built once: a 2,000-row import must not filter the list per row. */
export function warningsByLine(warnings: PlanDraft['warnings']): Map<number, RowWarning[]> {
  const byLine = new Map<number, RowWarning[]>();
  for (const w of warnings) {
    if (w.line === null) continue;
    const list = byLine.get(w.line);
    if (list) list.push(w);
    else byLine.set(w.line, [w]);
  }
  return byLine;
}

/** The message without its own «row N:» lead when N is the row it is shown at (the panel names the row itself). */
export function messageAtRow(message: string, line: number): string {
  const lead = /^[^\s:]+ (\d+):\s*/u.exec(message);
  return lead && Number(lead[1]) === line ? message.slice(lead[0].length) : message;
}

export const ROWS_PER_PAGE = 50;

export const pageOfRow = (index: number) => Math.floor(Math.max(0, index) / ROWS_PER_PAGE);

export const pageCount = (rows: number) => Math.max(1, Math.ceil(rows / ROWS_PER_PAGE));
