import { createGzip } from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import type { FileStorage } from '../storage/file-storage.js';
import { BACKUP_FORMAT, BACKUP_VERSION, excludedTables, FILE_CHUNK_BYTES, type BackupHeader, type BackupTrailer } from './backup-format.js';
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

/** The bytes of one stored file in chunks of FILE_CHUNK_BYTES; null when the storage does not have it. */
async function* fileChunks(storage: FileStorage, key: string): AsyncGenerator<Buffer | null> {
  let stream: Readable;
  try {
    stream = await storage.open(key);
  } catch {
    yield null;
    return;
  }
  let pending: Buffer[] = [];
  let size = 0;
  for await (const piece of stream) {
    pending.push(piece as Buffer);
    size += (piece as Buffer).length;
    while (size >= FILE_CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, FILE_CHUNK_BYTES);
      pending = [all.subarray(FILE_CHUNK_BYTES)];
      size = all.length - FILE_CHUNK_BYTES;
    }
  }
  if (size > 0) yield Buffer.concat(pending);
}

/**
 * Streams a consistent snapshot: every table is read inside one repeatable-read,
 * read-only transaction, so writes that land meanwhile are either wholly in the
 * backup or wholly absent. The stored files of the `files` rows in the snapshot
 * follow the rows (files are content-addressed and never rewritten, so the bytes
 * read later are the bytes the rows describe).
 */
export function createBackupStream(database: Database, storage?: FileStorage): Readable {
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
          let fileRows: Record<string, unknown>[] = [];
          for (const table of tables) {
            let rows = await rowsOf(tx, table);
            const parent = parentColumn.get(table);
            if (parent) rows = orderByParent(rows, parent);
            if (table === 'files') fileRows = rows;
            counts[table] = rows.length;
            for (const row of rows) await write({ t: table, r: row });
          }
          const trailer: BackupTrailer = { end: true, counts };
          if (storage) {
            const files = { stored: 0, missing: [] as string[] };
            for (const row of fileRows) {
              const id = String(row.id);
              for await (const chunk of fileChunks(storage, String(row.storage_key))) {
                if (!chunk) {
                  files.missing.push(id);
                  break;
                }
                await write({ f: id, b: chunk.toString('base64') });
              }
              if (!files.missing.includes(id)) files.stored++;
            }
            trailer.files = files;
          }
          await write(trailer);
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
