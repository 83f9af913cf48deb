/**
 * Which executors' due dates moved between two states of a plan's occurrences (before and after its
 * deadlines were re-resolved). Occurrences are identified by their window, so a moved date replaces the
 * occurrence: changes are found per item and executor by comparing their due dates (window ends).
 */
export interface DueRow {
  itemId: string;
  executorKey: string;
  organizationId: string | null;
  personId: string | null;
  /** null: the deadline waits for a date («ожидает даты»). */
  windowEnd: string | null;
}

export interface DateChange {
  itemId: string;
  executorKey: string;
  organizationId: string | null;
  personId: string | null;
  /** Sorted due dates; empty is «ожидает даты». */
  before: string[];
  after: string[];
}

interface Group {
  row: DueRow;
  dates: Set<string>;
}

function groups(rows: readonly DueRow[]): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const r of rows) {
    const key = `${r.itemId}|${r.executorKey}`;
    const g = out.get(key) ?? { row: r, dates: new Set<string>() };
    if (r.windowEnd !== null) g.dates.add(r.windowEnd);
    out.set(key, g);
  }
  return out;
}

/** Executors present both before and after whose due dates differ; executors added or removed are no date change. */
export function dateChanges(before: readonly DueRow[], after: readonly DueRow[]): DateChange[] {
  const was = groups(before);
  const out: DateChange[] = [];
  for (const [key, now] of groups(after)) {
    const old = was.get(key);
    if (old === undefined) continue;
    const b = [...old.dates].sort();
    const a = [...now.dates].sort();
    if (b.length === a.length && b.every((d, i) => d === a[i])) continue;
    const { itemId, executorKey, organizationId, personId } = now.row;
    out.push({ itemId, executorKey, organizationId, personId, before: b, after: a });
  }
  return out;
}
