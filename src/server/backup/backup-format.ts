/**
 * A Planik backup is gzip-compressed NDJSON: a header line, then one line per
 * row ({"t": table, "r": row}), then a trailer with row counts. Logical rather
 * than a data-directory copy so that the same file restores into PGlite or
 * PostgreSQL.
 */
export const BACKUP_FORMAT = 'planik-backup';
export const BACKUP_VERSION = 1;

/** Sessions are not carried over: a restored system starts with everyone signed out. */
export const excludedTables = new Set(['sessions']);

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
}
