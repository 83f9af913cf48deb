import { createGzip } from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import type { FileStorage } from '../storage/file-storage.js';
import { BACKUP_FORMAT, BACKUP_VERSION, excludedTables, FILE_CHUNK_BYTES, type BackupHeader, type BackupTrailer } from './backup-format.js';
import { orderByParent } from './order-by-parent.js';
import { planTables, storedColumns } from './table-order.js';

/**
 * Pages per query adapt to keep each query near STEP_MS: on PGlite every query runs
 * on the main thread, and rows differ a lot in weight (an item with its deadline
 * document is a hundred times a session row).
 */
const STEP_MS = 20;
const MAX_PAGES = 1024;
/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 200;

/** Lets timers and I/O (other requests, /api/health) run before the next step. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A table's rows in short chunks of physical pages (TID range scans: each row is read
 * once, no sorting, unlike OFFSET or a ctid keyset), without the generated columns.
 * Inside a snapshot every visible row lies within the pages the table had when it was taken.
 */
async function* rowChunks(db: Db, table: string): AsyncGenerator<Record<string, unknown>[]> {
  const columns = sql.join(
    (await storedColumns(db, table)).map((c) => sql.identifier(c)),
    sql`, `,
  );
  await yieldToEventLoop();
  const sizeResult = await db.execute(sql`select (pg_relation_size(${table}::regclass) / current_setting('block_size')::int)::int as pages`);
  const pages = Number((sizeResult as unknown as { rows: { pages: number }[] }).rows[0]?.pages ?? 0);
  let span = 4;
  for (let page = 0; page < pages;) {
    // Before every query: PGlite answers as microtasks, so back-to-back queries would never let a timer run.
    await yieldToEventLoop();
    const started = performance.now();
    const result = await db.execute(
      sql`select ${columns} from ${sql.identifier(table)} where ctid >= ${`(${page},0)`}::tid and ctid < ${`(${page + span},0)`}::tid`,
    );
    const took = performance.now() - started;
    const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
    if (rows.length) yield rows;
    page += span;
    span = Math.max(1, Math.min(MAX_PAGES, Math.round((span * STEP_MS) / Math.max(took, 1)), span * 2));
  }
}

async function rowsOf(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  for await (const rows of rowChunks(db, table)) for (const row of rows) all.push(row);
  return all;
}

interface Snapshot {
  migrations: number;
  tables: string[];
  rows: Map<string, Record<string, unknown>[]>;
}

async function readSnapshot(db: Db): Promise<Snapshot> {
  const { tables, parentColumn } = await planTables(db, excludedTables);
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of tables) {
    let list = await rowsOf(db, table);
    const parent = parentColumn.get(table);
    if (parent) list = orderByParent(list, parent);
    rows.set(table, list);
  }
  return { migrations: await migrationCount(db), tables, rows };
}

/** Changes whenever a writing transaction has started since the last call (transaction ids are handed out only to writers). */
async function writeMark(db: Db): Promise<string> {
  await yieldToEventLoop();
  const result = await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as mark`);
  return String((result as unknown as { rows: { mark: string }[] }).rows[0]?.mark);
}

const OPTIMISTIC_ATTEMPTS = 3;

/**
 * PGlite has one connection: a transaction held for the whole backup would make
 * every other request wait for it. So the tables are read in short queries
 * outside a transaction, and the copy is kept only if no writer started
 * meanwhile (else read again; after a few busy attempts, one transaction
 * gives a consistent copy at the price of blocking). The embedded database is
 * small enough to hold in memory.
 */
async function readPgliteSnapshot(db: Db): Promise<Snapshot> {
  for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const before = await writeMark(db);
    const snapshot = await readSnapshot(db);
    if ((await writeMark(db)) === before) return snapshot;
  }
  return db.transaction((tx) => readSnapshot(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
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
 * Streams a consistent snapshot: writes that land meanwhile are either wholly in
 * the backup or wholly absent (PostgreSQL: one repeatable-read, read-only
 * transaction; PGlite: see readPgliteSnapshot). Rows are read in short chunks
 * and the event loop gets a turn between chunks, so other requests are served
 * while a backup runs. The stored files of the `files` rows in the snapshot
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
  const writeRows = async (table: string, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i++) {
      await write({ t: table, r: rows[i] });
      if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await yieldToEventLoop();
    }
  };
  const header = (migrations: number, tables: string[]): BackupHeader => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations,
    database: database.kind,
    tables,
  });
  void (async () => {
    try {
      const counts: Record<string, number> = {};
      let fileRows: Record<string, unknown>[] = [];
      if (database.kind === 'pglite') {
        const snapshot = await readPgliteSnapshot(database.db);
        await write(header(snapshot.migrations, snapshot.tables));
        for (const table of snapshot.tables) {
          const rows = snapshot.rows.get(table) ?? [];
          if (table === 'files') fileRows = rows;
          counts[table] = rows.length;
          await writeRows(table, rows);
        }
      } else {
        // PostgreSQL: one repeatable-read transaction holds a pooled connection, not the server.
        await database.db.transaction(
          async (tx) => {
            const { tables, parentColumn } = await planTables(tx, excludedTables);
            await write(header(await migrationCount(tx), tables));
            for (const table of tables) {
              const parent = parentColumn.get(table);
              counts[table] = 0;
              if (parent || table === 'files') {
                let rows = await rowsOf(tx, table);
                if (parent) rows = orderByParent(rows, parent);
                if (table === 'files') fileRows = rows;
                counts[table] = rows.length;
                await writeRows(table, rows);
                continue;
              }
              for await (const rows of rowChunks(tx, table)) {
                counts[table] += rows.length;
                await writeRows(table, rows);
              }
            }
          },
          { isolationLevel: 'repeatable read', accessMode: 'read only' },
        );
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
            await yieldToEventLoop();
          }
          if (!files.missing.includes(id)) files.stored++;
        }
        trailer.files = files;
      }
      await write(trailer);
      gzip.end();
    } catch (error) {
      gzip.destroy(error as Error);
      out.destroy(error as Error);
    }
  })();
  return out;
}
