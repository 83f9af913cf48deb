import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { audit } from '../services/audit.js';
import type { FileStorage } from '../storage/file-storage.js';
import { BACKUP_FORMAT, excludedTables, type BackupHeader, type BackupTrailer, type FileChunk } from './backup-format.js';
import { migrationCount } from './backup.js';
import { planTables, storedColumns } from './table-order.js';

export class RestoreError extends Error {}

const BATCH = 500;

async function insertBatch(tx: Db, table: string, columns: string[], rows: unknown[]) {
  if (!rows.length) return;
  // The database converts JSON to the table's row type (timestamps, uuids, arrays, jsonb) itself;
  // generated columns (search vectors) are computed again, so they are not listed.
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${sql.identifier(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select (select count(*) from organizations) + (select count(*) from plans) + (select count(*) from users) as n`);
  return Number((result as unknown as { rows: { n: string | number }[] }).rows[0]?.n ?? 0) === 0;
}

/**
 * Collects the chunks of one stored file at a time and writes it to the storage
 * once its checksum matches the `files` row, so a damaged backup stores nothing wrong.
 */
function fileRestorer(storage: FileStorage | undefined, tx: Db) {
  const rows = new Map<string, { sha256: string; key: string }>();
  const restored = new Set<string>();
  let current: { id: string; chunks: Buffer[] } | null = null;
  const flush = async () => {
    if (!current) return;
    const row = rows.get(current.id);
    if (!row) throw new RestoreError(`Резервная копия повреждена: содержимое файла ${current.id} без записи о нем`);
    const bytes = Buffer.concat(current.chunks);
    if (createHash('sha256').update(bytes).digest('hex') !== row.sha256)
      throw new RestoreError(`Резервная копия повреждена: контрольная сумма файла ${current.id} не совпадает`);
    if (storage) await storage.put(row.key, bytes, tx);
    restored.add(current.id);
    current = null;
  };
  return {
    row(r: Record<string, unknown>) {
      rows.set(String(r.id), { sha256: String(r.sha256), key: String(r.storage_key) });
    },
    async chunk(c: FileChunk) {
      if (current?.id !== c.f) {
        await flush();
        current = { id: c.f, chunks: [] };
      }
      current.chunks.push(Buffer.from(c.b, 'base64'));
    },
    /** Ends the file section and checks it against the trailer; returns how many files were stored. */
    async finish(expected: BackupTrailer['files']): Promise<number> {
      await flush();
      if (!expected) return 0;
      // An empty file has no chunks.
      const emptySha = createHash('sha256').digest('hex');
      for (const [id, row] of rows) {
        if (restored.has(id) || expected.missing.includes(id) || row.sha256 !== emptySha) continue;
        if (storage) await storage.put(row.key, Buffer.alloc(0), tx);
        restored.add(id);
      }
      if (restored.size !== expected.stored) throw new RestoreError(`Резервная копия повреждена: файлов ${restored.size} из ${expected.stored}`);
      return restored.size;
    },
  };
}

/**
 * Restores a backup into an empty, migrated database of the same schema
 * version, in one transaction: a damaged file leaves the target untouched.
 * Stored files go to `storage` (content-addressed, so a failed restore leaves at
 * most unreferenced copies behind).
 */
export async function restoreBackup(
  database: Database,
  input: Readable,
  ctx: { ip: string | null } = { ip: null },
  storage?: FileStorage,
): Promise<Record<string, number>> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(String(first.value ?? '')) as BackupHeader;
  } catch {
    throw new RestoreError('Файл не является резервной копией Planik');
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError('Файл не является резервной копией Planik');
  const { db } = database;
  if ((await migrationCount(db)) !== header.migrations) {
    throw new RestoreError(`Версия схемы базы (${await migrationCount(db)}) не совпадает с версией копии (${header.migrations})`);
  }
  if (!(await isEmpty(db))) throw new RestoreError('Восстановление возможно только в пустую базу данных');

  return db.transaction(async (tx) => {
    const counts: Record<string, number> = {};
    let table: string | null = null;
    let batch: unknown[] = [];
    let trailer: BackupTrailer | null = null;
    const known = new Set<string>((await planTables(tx, excludedTables)).tables);
    const columns = new Map<string, string[]>();
    for (const name of known) columns.set(name, await storedColumns(tx, name));
    const flush = (name: string, rows: unknown[]) => insertBatch(tx, name, columns.get(name)!, rows);
    const files = fileRestorer(storage, tx);
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (!next.value) continue;
      const record = JSON.parse(next.value) as { t?: string; r?: unknown } & Partial<BackupTrailer> & Partial<FileChunk>;
      if (record.end) {
        trailer = record as BackupTrailer;
        break;
      }
      if (record.f !== undefined) {
        await files.chunk(record as FileChunk);
        continue;
      }
      if (record.t === 'files') files.row(record.r as Record<string, unknown>);
      if (!record.t || !known.has(record.t)) throw new RestoreError(`Неизвестная таблица в копии: ${record.t}`);
      if (record.t !== table || batch.length >= BATCH) {
        if (table) await flush(table, batch);
        batch = [];
        table = record.t;
      }
      batch.push(record.r);
      counts[record.t] = (counts[record.t] ?? 0) + 1;
    }
    if (table) await flush(table, batch);
    if (!trailer) throw new RestoreError('Резервная копия обрезана: нет завершающей записи');
    const storedFiles = await files.finish(trailer.files);
    for (const [name, count] of Object.entries(trailer.counts)) {
      if ((counts[name] ?? 0) !== count)
        throw new RestoreError(`Резервная копия повреждена: таблица ${name}, ожидалось ${count} строк, прочитано ${counts[name] ?? 0}`);
    }
    await tx.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'id'), greatest((select max(id) from audit_events), 1))`);
    await audit(
      tx,
      { user: null, ip: ctx.ip },
      {
        action: 'system.restore',
        entityType: 'system',
        entityId: null,
        after: { createdAt: header.createdAt, source: header.database, counts, storedFiles, missingFiles: trailer.files?.missing ?? [] },
      },
    );
    return { ...counts, storedFiles };
  });
}
