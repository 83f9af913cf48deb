/** Orders rows so that every parent comes before its children (parents outside the set count as roots). */
export function orderByParent<T extends Record<string, unknown>>(rows: T[], parentKey: string): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<unknown, T[]>();
  const roots: T[] = [];
  for (const row of rows) {
    const parent = row[parentKey];
    if (parent === null || parent === undefined || !ids.has(parent)) roots.push(row);
    else children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: T[] = [];
  const queue = [...roots];
  while (queue.length) {
    const row = queue.shift()!;
    out.push(row);
    queue.push(...(children.get(row.id) ?? []));
  }
  return out;
}
