import type { PlanNode } from './types';

/** One visible line of the tree table. */
export interface FlatRow {
  node: PlanNode;
  depth: number;
  parent: PlanNode | null;
  /** Index among its siblings in the full (unfiltered) tree. */
  index: number;
  hasChildren: boolean;
  /** Shown only because a descendant matches the filters. */
  context: boolean;
}

export interface ItemFilters {
  executor?: string | null | undefined;
  /** 'YYYY-MM' */
  month?: string | null | undefined;
  deadlineKind?: string | null | undefined;
  text?: string | null | undefined;
}

export function hasFilters(f: ItemFilters): boolean {
  return Boolean(f.executor || f.month || f.deadlineKind || f.text?.trim());
}

const monthBounds = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${ym}-01`, end: `${ym}-${String(last).padStart(2, '0')}` };
};

export function matchesFilters(node: PlanNode, f: ItemFilters): boolean {
  if (f.executor && !node.executors.some((e) => e.text === f.executor)) return false;
  if (f.deadlineKind) {
    const kind = node.deadline?.kind ?? (node.deadlineText ? 'unknown' : 'none');
    if (kind !== f.deadlineKind) return false;
  }
  if (f.month) {
    const { start, end } = monthBounds(f.month);
    if (!(node.deadline?.windows ?? []).some((w) => w.start <= end && w.end >= start)) return false;
  }
  const text = f.text?.trim().toLowerCase();
  if (text) {
    const hay = [node.number, node.title, node.deadlineText ?? '', node.notes ?? '', ...Object.values(node.fields), ...node.executors.map((e) => e.text)]
      .join(' ')
      .toLowerCase();
    if (!text.split(/\s+/).every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * Flattens the tree into the rows to draw. Collapsed nodes hide their subtree;
 * with filters, non-matching ancestors of matches stay as context so that every
 * match is seen under its section.
 */
export function flattenTree(roots: PlanNode[], collapsed: ReadonlySet<string>, filters: ItemFilters = {}): FlatRow[] {
  const out: FlatRow[] = [];
  const filtering = hasFilters(filters);
  const walk = (nodes: PlanNode[], depth: number, parent: PlanNode | null): boolean => {
    let any = false;
    nodes.forEach((node, index) => {
      const at = out.length;
      const self = !filtering || matchesFilters(node, filters);
      const row: FlatRow = { node, depth, parent, index, hasChildren: node.children.length > 0, context: !self };
      out.push(row);
      // While filtering, sections open by themselves: a match hidden by a collapse would look like no match.
      const open = filtering || !collapsed.has(node.id);
      let below = false;
      if (node.children.length) {
        if (open) below = walk(node.children, depth + 1, node);
      }
      if (!self && !below) out.splice(at);
      else any = true;
    });
    return any;
  };
  walk(roots, 0, null);
  return out;
}

export function indexTree(roots: PlanNode[]) {
  const byId = new Map<string, { node: PlanNode; parent: PlanNode | null; index: number }>();
  const walk = (nodes: PlanNode[], parent: PlanNode | null) =>
    nodes.forEach((node, index) => {
      byId.set(node.id, { node, parent, index });
      walk(node.children, node);
    });
  walk(roots, null);
  return byId;
}

export type Placement = { parentId: string | null; position: number };

/** Indent = become the last child of the previous sibling; null when there is none. */
export function indentTarget(roots: PlanNode[], id: string): Placement | null {
  const at = indexTree(roots).get(id);
  if (!at || at.index === 0) return null;
  const siblings = at.parent ? at.parent.children : roots;
  const prev = siblings[at.index - 1]!;
  return { parentId: prev.id, position: prev.children.length };
}

/** Outdent = go right after the parent, one level up; null at the top level. */
export function outdentTarget(roots: PlanNode[], id: string): Placement | null {
  const tree = indexTree(roots);
  const at = tree.get(id);
  if (!at?.parent) return null;
  const parentAt = tree.get(at.parent.id)!;
  return { parentId: parentAt.parent?.id ?? null, position: parentAt.index + 1 };
}

/** Swap with the previous (-1) or next (+1) sibling. */
export function shiftTarget(roots: PlanNode[], id: string, delta: -1 | 1): Placement | null {
  const at = indexTree(roots).get(id);
  if (!at) return null;
  const siblings = at.parent ? at.parent.children : roots;
  const position = at.index + delta;
  if (position < 0 || position >= siblings.length) return null;
  return { parentId: at.parent?.id ?? null, position };
}

/** Where a dragged row lands when dropped on `targetId`: right after it, as its sibling. */
export function dropTarget(roots: PlanNode[], dragId: string, targetId: string): Placement | null {
  if (dragId === targetId) return null;
  const tree = indexTree(roots);
  // A node cannot move into its own subtree.
  for (let p = tree.get(targetId)?.parent ?? null; p; p = tree.get(p.id)?.parent ?? null) if (p.id === dragId) return null;
  const target = tree.get(targetId);
  const drag = tree.get(dragId);
  if (!target || !drag) return null;
  const sameParent = (target.parent?.id ?? null) === (drag.parent?.id ?? null);
  // The server removes the node before inserting it: later siblings shift up by one.
  const position = sameParent && drag.index < target.index ? target.index : target.index + 1;
  return { parentId: target.parent?.id ?? null, position };
}

export function allIds(roots: PlanNode[]): string[] {
  const out: string[] = [];
  const walk = (nodes: PlanNode[]) => nodes.forEach((n) => (out.push(n.id), walk(n.children)));
  walk(roots);
  return out;
}

export function countItems(roots: PlanNode[]): number {
  return allIds(roots).length;
}

/** Distinct executor texts of the plan, for the filter. */
export function executorTexts(roots: PlanNode[]): string[] {
  const set = new Set<string>();
  const walk = (nodes: PlanNode[]) =>
    nodes.forEach((n) => {
      n.executors.forEach((e) => set.add(e.text));
      walk(n.children);
    });
  walk(roots);
  return [...set].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** Months (YYYY-MM) from a period, for the month filter and the calendar. */
export function monthsOf(period: { start: string; end: string }): string[] {
  const out: string[] = [];
  let [y, m] = period.start.slice(0, 7).split('-').map(Number) as [number, number];
  const end = period.end.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (ym > end) break;
    out.push(ym);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
