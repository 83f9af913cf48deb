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
  const tablesResult = await db.execute(sql`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = (tablesResult as unknown as { rows: { name: string }[] }).rows.map((r) => r.name).filter((n) => !excluded.has(n));
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
  const result = await db.execute(sql`select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`);
  return (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
}
