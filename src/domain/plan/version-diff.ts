/** A plan item as kept in a version snapshot (the fields a diff compares). */
export interface SnapshotItem {
  id: string;
  number: string;
  kind?: string;
  title: string;
  deadlineText?: string | null;
  notes?: string | null;
  fields?: Record<string, string>;
  executors?: { text: string }[];
  children?: SnapshotItem[];
}

export interface ItemChange {
  id: string;
  number: string;
  changes: Record<string, { before: string; after: string }>;
}

export interface VersionDiff {
  added: { id: string; number: string; title: string }[];
  removed: { id: string; number: string; title: string }[];
  changed: ItemChange[];
  renumbered: { id: string; title: string; from: string; to: string }[];
}

function flatten(items: readonly SnapshotItem[], out = new Map<string, SnapshotItem>()): Map<string, SnapshotItem> {
  for (const item of items) {
    out.set(item.id, item);
    flatten(item.children ?? [], out);
  }
  return out;
}

/** The comparable values of an item, by Russian field label. */
function comparable(item: SnapshotItem): Record<string, string> {
  const values: Record<string, string> = {
    Наименование: item.title,
    Срок: item.deadlineText ?? '',
    Исполнители: (item.executors ?? []).map((e) => e.text).join(', '),
    Примечание: item.notes ?? '',
    'Вид строки': item.kind ?? 'item',
  };
  for (const [key, value] of Object.entries(item.fields ?? {})) values[`Поле «${key}»`] = value;
  return values;
}

const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number, 'en', { numeric: true });

/** What changed between two versions of a plan: items added, removed, changed and renumbered (matched by id). */
export function diffVersions(before: readonly SnapshotItem[], after: readonly SnapshotItem[]): VersionDiff {
  const a = flatten(before);
  const b = flatten(after);
  const diff: VersionDiff = { added: [], removed: [], changed: [], renumbered: [] };
  for (const [id, item] of b) if (!a.has(id)) diff.added.push({ id, number: item.number, title: item.title });
  for (const [id, item] of a) if (!b.has(id)) diff.removed.push({ id, number: item.number, title: item.title });
  for (const [id, old] of a) {
    const now = b.get(id);
    if (!now) continue;
    if (old.number !== now.number) diff.renumbered.push({ id, title: now.title, from: old.number, to: now.number });
    const x = comparable(old);
    const y = comparable(now);
    const changes: ItemChange['changes'] = {};
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if ((x[key] ?? '') !== (y[key] ?? '')) changes[key] = { before: x[key] ?? '', after: y[key] ?? '' };
    }
    if (Object.keys(changes).length) diff.changed.push({ id, number: now.number, changes });
  }
  diff.added.sort(byNumber);
  diff.removed.sort(byNumber);
  diff.changed.sort(byNumber);
  diff.renumbered.sort((p, q) => byNumber({ number: p.to }, { number: q.to }));
  return diff;
}
