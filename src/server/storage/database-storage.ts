import { Readable } from 'node:stream';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { fileBlobs } from '../db/schema/index.js';
import type { FileStorage } from './file-storage.js';

/** Small enough that one row never strains a connection's buffers, large enough that a 20 MB file is 80 rows. */
export const BLOB_CHUNK_BYTES = 256 * 1024;

function notFound(key: string) {
  return Object.assign(new Error(`not found: ${key}`), { code: 'ENOENT' });
}

/**
 * Files in the database (`file_blobs`, chunked): every instance on the same
 * PostgreSQL sees the same files, backups of the database hold them, and no
 * shared directory is needed. `fallback` is read when a key is not in the
 * database — files written to DATA_DIR/files before this storage existed stay
 * downloadable.
 */
export function databaseFileStorage(db: Db, options: { fallback?: FileStorage } = {}): FileStorage {
  return {
    describe: options.fallback ? `база данных (старые файлы: ${options.fallback.describe})` : 'база данных',
    async put(key, bytes, handle) {
      // Inside a caller's transaction (a restore) the caller's handle must be used: PGlite has one connection.
      const target = handle ?? db;
      await target.transaction(async (tx) => {
        const [stored] = await tx
          .select({ chunks: sql<number>`count(*)::int`, size: sql<number>`coalesce(sum(length(${fileBlobs.data})), 0)::bigint` })
          .from(fileBlobs)
          .where(eq(fileBlobs.storageKey, key));
        if (stored && stored.chunks > 0 && Number(stored.size) === bytes.length) return;
        // An empty file is one empty chunk, so that "stored" and "absent" differ.
        const count = Math.max(1, Math.ceil(bytes.length / BLOB_CHUNK_BYTES));
        for (let seq = 0; seq < count; seq++) {
          const data = bytes.subarray(seq * BLOB_CHUNK_BYTES, (seq + 1) * BLOB_CHUNK_BYTES);
          // Two instances storing the same content at once: the second waits for the first and keeps its rows.
          await tx
            .insert(fileBlobs)
            .values({ storageKey: key, seq, data: Buffer.from(data) })
            .onConflictDoNothing();
        }
      });
    },
    async open(key) {
      const chunks = await db.select({ seq: fileBlobs.seq }).from(fileBlobs).where(eq(fileBlobs.storageKey, key)).orderBy(asc(fileBlobs.seq));
      if (!chunks.length) {
        if (options.fallback) return options.fallback.open(key);
        throw notFound(key);
      }
      // One chunk per read: a large download never holds the whole file in memory.
      async function* read() {
        for (const { seq } of chunks) {
          const [row] = await db
            .select({ data: fileBlobs.data })
            .from(fileBlobs)
            .where(and(eq(fileBlobs.storageKey, key), eq(fileBlobs.seq, seq)));
          if (!row) throw notFound(key);
          yield row.data;
        }
      }
      return Readable.from(read(), { objectMode: false });
    },
    async remove(key) {
      await db.delete(fileBlobs).where(eq(fileBlobs.storageKey, key));
      await options.fallback?.remove(key);
    },
  };
}
