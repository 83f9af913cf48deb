/** Orders rows so that every parent comes before its children (parents outside the set count as roots). Linear in the rows. */
export function orderByParent<T extends Record<string, unknown>>(rows: T[], parentKey: string): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<unknown, T[]>();
  const out: T[] = [];
  for (const row of rows) {
    const parent = row[parentKey];
    if (parent === null || parent === undefined || !ids.has(parent)) out.push(row);
    else {
      const list = children.get(parent);
      if (list) list.push(row);
      else children.set(parent, [row]);
    }
  }
  // Breadth-first: `out` doubles as the queue.
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!.id) ?? []));
  return out;
}
