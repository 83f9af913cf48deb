/**
 * A Planik backup is gzip-compressed NDJSON: a header line, then one line per
 * row ({"t": table, "r": row}), then the stored files' bytes in base64 chunks
 * ({"f": file id, "b": base64}; version 2), then a trailer with row and file
 * counts. Logical rather than a data-directory copy so that the same file
 * restores into PGlite or PostgreSQL.
 */
export const BACKUP_FORMAT = 'planik-backup';
export const BACKUP_VERSION = 2;
/** Raw bytes per file chunk line (a multiple of 3, so chunks encode to base64 independently). */
export const FILE_CHUNK_BYTES = 3 * 256 * 1024;

/** Sessions are not carried over: a restored system starts with everyone signed out. */
// file_blobs: the bytes travel as file records after the rows (the same format whatever the storage).
// plan_tally_cache / plan_item_tally / plan_tally_changes: figures derived from the rows, kept fresh by triggers; the
// restore's own inserts mark every plan again (restoring the marks too collided with them), and the first reader recomputes.
export const excludedTables = new Set(['sessions', 'file_blobs', 'plan_tally_cache', 'plan_item_tally', 'plan_tally_changes']);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: number;
  database: 'pglite' | 'postgres';
  tables: string[];
}

export interface BackupTrailer {
  end: true;
  counts: Record<string, number>;
  /** Files whose bytes are in the backup, and ids of files missing from the storage when it was taken. */
  files?: { stored: number; missing: string[] };
}

export interface FileChunk {
  f: string;
  b: string;
}
