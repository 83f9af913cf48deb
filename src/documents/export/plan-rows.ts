import type { ExportItem, ExportPlan, SubsetOptions } from './export-plan.js';
import { documentTexts } from './document-texts.js';

export interface PlanRow {
  item: ExportItem;
  /** 1 for top-level rows. */
  level: number;
}

/** The tree in document order (pre-order), without recursion so deep trees cannot overflow the stack. */
export function* planRows(items: readonly ExportItem[]): Generator<PlanRow> {
  const stack: PlanRow[] = [];
  for (let i = items.length - 1; i >= 0; i--) stack.push({ item: items[i]!, level: 1 });
  while (stack.length) {
    const row = stack.pop()!;
    yield row;
    const children = row.item.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ item: children[i]!, level: row.level + 1 });
  }
}

export function countItems(items: readonly ExportItem[]): number {
  let n = 0;
  for (const _ of planRows(items)) n++;
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[–—]/g, '-')
    .trim();

function monthBounds(month: string): { start: string; end: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * Keeps the items the options ask for, with the sections above them so that
 * every row still sits under its heading. Section: the section (by id or
 * number) with everything in it. Executor: items with that executor (by
 * organisation id or as written). Month: items with a deadline window that
 * touches the month. Options combine (all must hold).
 */
export function selectSubset(plan: ExportPlan, options: SubsetOptions): ExportPlan {
  const { section, executor, month } = options;
  if (!section && !executor && !month) return plan;
  let roots = plan.items;
  if (section) {
    const found = findItem(plan.items, (i) => (UUID.test(section) ? i.id === section : i.number === section.trim().replace(/\.$/, '')));
    roots = found ? [withAncestors(plan.items, found.id)!] : [];
  }
  const bounds = month ? monthBounds(month) : null;
  const wanted = norm(executor ?? '');
  const keep = (item: ExportItem): boolean => {
    if (executor) {
      const match = item.executors.some((e) => (UUID.test(executor) ? e.organizationId === executor : norm(e.text) === wanted));
      if (!match) return false;
    }
    if (month) {
      if (!bounds) return false;
      if (!item.deadline?.windows.some((w) => w.start <= bounds.end && w.end >= bounds.start)) return false;
    }
    return true;
  };
  const items = executor || month ? prune(roots, keep) : roots;
  return { ...plan, items };
}

/** A line under the title that says which part of the plan this is. */
export function subsetLabel(plan: ExportPlan, options: SubsetOptions): string | null {
  const parts: string[] = [];
  const texts = documentTexts(options.lang);
  if (options.section) {
    const s = findItem(plan.items, (i) => i.id === options.section || i.number === options.section?.trim().replace(/\.$/, ''));
    parts.push(s ? texts.subsetSection(s.number, s.title) : texts.subsetSection(options.section, null));
  }
  if (options.executor) {
    const byOrg = findItem(plan.items, (i) => i.executors.some((e) => e.organizationId === options.executor));
    const text = byOrg?.executors.find((e) => e.organizationId === options.executor)?.text ?? options.executor;
    parts.push(texts.subsetExecutor(text));
  }
  if (options.month) parts.push(texts.month(options.month));
  return parts.length ? `${texts.subsetPrefix}: ${parts.join('; ')}` : null;
}

function findItem(items: readonly ExportItem[], test: (i: ExportItem) => boolean): ExportItem | null {
  for (const { item } of planRows(items)) if (test(item)) return item;
  return null;
}

/** The subtree of `id`, wrapped in copies of its ancestors (without their other children). */
function withAncestors(items: readonly ExportItem[], id: string): ExportItem | null {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = withAncestors(item.children, id);
    if (inner) return { ...item, children: [inner] };
  }
  return null;
}

/** Items that pass, and the sections/parents that lead to them. */
function prune(items: readonly ExportItem[], keep: (i: ExportItem) => boolean): ExportItem[] {
  const out: ExportItem[] = [];
  for (const item of items) {
    const children = prune(item.children, keep);
    if (item.kind !== 'section' && keep(item)) out.push({ ...item, children });
    else if (children.length) out.push({ ...item, children });
  }
  return out;
}
