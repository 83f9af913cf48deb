import type { PlanNode } from '../model/types';

export interface CalendarEntry {
  node: PlanNode;
  /** Runs through most of the month or longer, rather than falling due in it. */
  long: boolean;
}

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000 + 1;

function monthRange(ym: string) {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return { start: `${ym}-01`, end: `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}` };
}

/** What falls due (short windows) or runs (long windows) in each month. */
export function calendarEntries(roots: PlanNode[], months: string[]): Map<string, CalendarEntry[]> {
  const out = new Map<string, CalendarEntry[]>(months.map((m) => [m, []]));
  const ranges = months.map((m) => ({ m, ...monthRange(m) }));
  const walk = (nodes: PlanNode[]) => {
    for (const node of nodes) {
      const windows = node.kind === 'section' ? [] : (node.deadline?.windows ?? []);
      for (const { m, start, end } of ranges) {
        const hits = windows.filter((w) => w.start <= end && w.end >= start);
        if (!hits.length) continue;
        const long = hits.every((w) => days(w.start, w.end) > 62);
        out.get(m)!.push({ node, long });
      }
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Every item with a deadline that gives no dates. */
export function undatedItems(roots: PlanNode[]): PlanNode[] {
  const out: PlanNode[] = [];
  const walk = (nodes: PlanNode[]) =>
    nodes.forEach((n) => {
      if (n.kind !== 'section' && n.deadlineText && !(n.deadline?.windows ?? []).length) out.push(n);
      walk(n.children);
    });
  walk(roots);
  return out;
}

/** Colours with at least 4.5:1 contrast against white for text and bars. */
const palette = ['#1864ab', '#2b8a3e', '#c92a2a', '#862e9c', '#d9480f', '#0b7285', '#5f3dc4', '#a61e4d', '#364fc7', '#087f5b', '#e8590c', '#495057'];

export function executorColor(text: string | undefined): string {
  if (!text) return palette[palette.length - 1]!;
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[h % (palette.length - 1)]!;
}
