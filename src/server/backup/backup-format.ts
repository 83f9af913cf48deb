/**
 * A Planik backup is gzip-compressed NDJSON: a header line, then one line per
 * row ({"t": table, "r": row}), then a trailer with row counts. Logical rather
 * than a data-directory copy so that the same file restores into PGlite or
 * PostgreSQL.
 */
export const BACKUP_FORMAT = 'planik-backup';
export const BACKUP_VERSION = 1;

/** Tables in an order that satisfies foreign keys (self-references are ordered by depth within a table). */
export const backupTables = [
  'organizations',
  'org_units',
  'people',
  'users',
  'api_tokens',
  'elections',
  'plans',
  'plan_elections',
  'plan_items',
  'item_executors',
  'abbreviations',
  'plan_versions',
  'imports',
  'occurrences',
  'files',
  'reports',
  'audit_events',
] as const;

/** Self-referencing tables: the column that points at a parent row of the same table. */
export const parentColumn: Partial<Record<(typeof backupTables)[number], string>> = {
  organizations: 'parent_id',
  plans: 'programme_id',
  plan_items: 'parent_id',
};

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: number;
  database: 'pglite' | 'postgres';
}

export interface BackupTrailer {
  end: true;
  counts: Record<string, number>;
}
