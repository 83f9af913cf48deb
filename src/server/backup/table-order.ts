import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export interface TablePlan {
  /** Tables in an order in which every foreign key points at an earlier table. */
  tables: string[];
  /** For self-referencing tables, the column that points at the parent row. */
  parentColumn: Map<string, string>;
}

/**
 * Reads the tables and foreign keys from the catalogue, so that a backup always
 * covers the whole schema, including tables added by later migrations.
 */
export async function planTables(db: Db, excluded: ReadonlySet<string>): Promise<TablePlan> {
  // pg_catalog rather than information_schema: the views are slow, and on PGlite every query holds the main thread.
  const tablesResult = await db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`);
  const names = (tablesResult as unknown as { rows: { name: string }[] }).rows.map((r) => r.name).filter((n) => !excluded.has(n));
  await new Promise<void>((resolve) => setImmediate(resolve));
  const fkResult = await db.execute(sql`select cl.relname as child, pl.relname as parent, a.attname as column
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_class pl on pl.oid = c.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and n.nspname = 'public'`);
  const fks = (fkResult as unknown as { rows: { child: string; parent: string; column: string }[] }).rows;
  const parentColumn = new Map<string, string>();
  const dependsOn = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const fk of fks) {
    if (!dependsOn.has(fk.child) || !dependsOn.has(fk.parent)) continue;
    if (fk.child === fk.parent) parentColumn.set(fk.child, fk.column);
    else dependsOn.get(fk.child)!.add(fk.parent);
  }
  const tables: string[] = [];
  const placed = new Set<string>();
  while (tables.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...dependsOn.get(n)!].every((d) => placed.has(d)));
    if (!ready.length) throw new Error('Циклическая зависимость таблиц: резервное копирование невозможно');
    for (const n of ready) {
      tables.push(n);
      placed.add(n);
    }
  }
  return { tables, parentColumn };
}

/**
 * The columns a backup carries: generated columns (the search vectors) are
 * left out, the database computes them again on restore.
 */
export async function storedColumns(db: Db, table: string): Promise<string[]> {
  const result = await db.execute(sql`select a.attname as name from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relname = ${table} and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by a.attnum`);
  return (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
}
