import type { DraftItem, PlanDraft } from '../../../../shared/plan-format';

export interface DraftRow {
  item: DraftItem;
  /** Indices from the root: [0, 2, 1] is the second child of the third child of the first item. */
  path: number[];
  depth: number;
  warnings: PlanDraft['warnings'];
}

const clone = <T>(v: T): T => structuredClone(v);

export function flattenDraft(draft: PlanDraft): DraftRow[] {
  const rows: DraftRow[] = [];
  const walk = (items: DraftItem[], path: number[]) =>
    items.forEach((item, i) => {
      rows.push({ item, path: [...path, i], depth: path.length, warnings: [] });
      walk(item.children, [...path, i]);
    });
  walk(draft.items, []);
  // A warning belongs to the last row that starts at or before its line: that is the row the planner must look at.
  const withLines = rows.filter((r) => typeof r.item.line === 'number').sort((a, b) => a.item.line! - b.item.line!);
  for (const w of draft.warnings) {
    if (w.line === null) continue;
    let owner: DraftRow | undefined;
    for (const r of withLines) {
      if (r.item.line! <= w.line) owner = r;
      else break;
    }
    owner?.warnings.push(w);
  }
  return rows;
}

/** Warnings no row stands for: the document as a whole, and the header above the first row (approval, title, elections). */
export function unplacedWarnings(draft: PlanDraft): PlanDraft['warnings'] {
  const placed = new Set(flattenDraft(draft).flatMap((r) => r.warnings));
  return draft.warnings.filter((w) => !placed.has(w));
}

function siblingsOf(draft: PlanDraft, path: number[]): DraftItem[] {
  let list = draft.items;
  for (const i of path.slice(0, -1)) list = list[i]!.children;
  return list;
}

export function itemAt(draft: PlanDraft, path: number[]): DraftItem {
  return siblingsOf(draft, path)[path[path.length - 1]!]!;
}

export function updateItemAt(draft: PlanDraft, path: number[], change: (item: DraftItem) => void): PlanDraft {
  const next = clone(draft);
  change(itemAt(next, path));
  return next;
}

/**
 * Joins a row with the row above it (a page break or a wrapped cell split one
 * item in two): texts are appended, executors and fields kept, children moved.
 */
export function mergeWithPrevious(draft: PlanDraft, path: number[]): PlanDraft {
  const next = clone(draft);
  const rows = flattenDraft(next);
  const at = rows.findIndex((r) => r.path.join('.') === path.join('.'));
  if (at <= 0) return draft;
  const prev = rows[at - 1]!.item;
  const self = rows[at]!.item;
  const siblings = siblingsOf(next, path);
  const index = path[path.length - 1]!;
  prev.title = [prev.title, self.title].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  for (const e of self.executors) if (!prev.executors.some((x) => x.text === e.text)) prev.executors.push(e);
  if (!prev.deadline && self.deadline) prev.deadline = self.deadline;
  else if (prev.deadline && self.deadline) prev.deadline = { ...prev.deadline, text: `${prev.deadline.text} ${self.deadline.text}`.trim() };
  for (const [k, v] of Object.entries(self.fields)) prev.fields[k] = prev.fields[k] ? `${prev.fields[k]} ${v}` : v;
  siblings.splice(index, 1);
  // The row above is either the parent (then the children take the merged row's place) or an earlier row.
  if (rows[at - 1]!.path.length === path.length - 1) siblings.splice(index, 0, ...self.children);
  else prev.children.push(...self.children);
  return next;
}

/** Cuts a row's title at `position`; the rest becomes a new row right after it. */
export function splitAt(draft: PlanDraft, path: number[], position: number): PlanDraft {
  const next = clone(draft);
  const item = itemAt(next, path);
  const head = item.title.slice(0, position).trim();
  const tail = item.title.slice(position).trim();
  if (!head || !tail) return draft;
  item.title = head;
  const fresh: DraftItem = { number: null, title: tail, deadline: null, executors: [], fields: {}, children: [], kind: 'item', line: item.line ?? null };
  siblingsOf(next, path).splice(path[path.length - 1]! + 1, 0, fresh);
  return next;
}

const splitExecutors = (text: string) =>
  text
    .split(/[,;]\s*|\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const propertyRoles = new Set(['deadline', 'executors']);

/** Gives a column another role and moves its values where the new role keeps them. */
export function setColumnRole(draft: PlanDraft, key: string, role: string): PlanDraft {
  const next = clone(draft);
  const columns = next.columns ?? [];
  const column = columns.find((c) => c.key === key);
  if (!column || column.role === role) return draft;
  // Only one column can hold the item's deadline or executors: the previous holder becomes a plain field.
  if (propertyRoles.has(role)) {
    const holder = columns.find((c) => c.role === role && c.key !== key);
    if (holder) return setColumnRole(setColumnRole(next, holder.key, 'field'), key, role);
  }
  const from = column.role;
  const walk = (items: DraftItem[]) =>
    items.forEach((item) => {
      if (from === 'deadline' && !propertyRoles.has(role)) {
        if (item.deadline?.text) item.fields[key] = item.deadline.text;
        item.deadline = null;
      } else if (from === 'executors' && !propertyRoles.has(role)) {
        if (item.executors.length) item.fields[key] = item.executors.map((e) => e.text).join(', ');
        item.executors = [];
      } else if (role === 'deadline' && item.fields[key]) {
        item.deadline = { text: item.fields[key]!, kind: 'unknown', windows: [] };
        delete item.fields[key];
      } else if (role === 'executors' && item.fields[key]) {
        item.executors = splitExecutors(item.fields[key]!).map((text) => ({ text, kind: 'unknown' as const }));
        delete item.fields[key];
      }
      walk(item.children);
    });
  walk(next.items);
  column.role = role;
  return next;
}

export function countDraftItems(draft: PlanDraft): number {
  let n = 0;
  const walk = (items: DraftItem[]) => items.forEach((i) => ((n += 1), walk(i.children)));
  walk(draft.items);
  return n;
}

export const executorsFromText = splitExecutors;
