import { createGzip } from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { BACKUP_FORMAT, BACKUP_VERSION, excludedTables, type BackupHeader } from './backup-format.js';
import { orderByParent } from './order-by-parent.js';
import { planTables } from './table-order.js';

async function rowsOf(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const result = await db.execute(sql`select * from ${sql.identifier(table)}`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows;
}

export async function migrationCount(db: Db): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/**
 * Streams a consistent snapshot: every table is read inside one repeatable-read,
 * read-only transaction, so writes that land meanwhile are either wholly in the
 * backup or wholly absent.
 */
export function createBackupStream(database: Database): Readable {
  const out = new PassThrough();
  const gzip = createGzip();
  gzip.pipe(out);
  const write = (value: unknown) =>
    new Promise<void>((resolve) => {
      if (gzip.write(`${JSON.stringify(value)}\n`)) resolve();
      else gzip.once('drain', () => resolve());
    });
  void (async () => {
    try {
      await database.db.transaction(
        async (tx) => {
          const { tables, parentColumn } = await planTables(tx, excludedTables);
          const header: BackupHeader = {
            format: BACKUP_FORMAT,
            version: BACKUP_VERSION,
            createdAt: new Date().toISOString(),
            migrations: await migrationCount(tx),
            database: database.kind,
            tables,
          };
          await write(header);
          const counts: Record<string, number> = {};
          for (const table of tables) {
            let rows = await rowsOf(tx, table);
            const parent = parentColumn.get(table);
            if (parent) rows = orderByParent(rows, parent);
            counts[table] = rows.length;
            for (const row of rows) await write({ t: table, r: row });
          }
          await write({ end: true, counts });
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      gzip.end();
    } catch (error) {
      gzip.destroy(error as Error);
      out.destroy(error as Error);
    }
  })();
  return out;
}
