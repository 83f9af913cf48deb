import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { files, occurrences, reportReviews, reports, users } from '../db/schema/index.js';

export type ReportRow = typeof reports.$inferSelect;
export type FileRow = typeof files.$inferSelect;

export interface NewReport {
  occurrenceId: string;
  status: string;
  text: string | null;
  movedTo: string | null;
  metrics: Record<string, number>;
  links: string[];
  fileIds: string[];
  authorId: string;
  clientKey: string | null;
}

export interface ReportAudit {
  actorId: string | null;
  organizationId: string | null;
  ip: string | null;
  /** The audit record's «after», completed with the report's id and time. */
  after: Record<string, unknown>;
}

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

const isoDateOf = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/**
 * Stores a report and its audit event in one statement (one implicit transaction,
 * one round trip: this is the hot path of every executor). The occurrence must be
 * in force and its plan open; with `assignedTo`, it must also be assigned to that
 * organisation (or person) — the authorization predicate of an executor, checked by
 * the same statement. Returns null when nothing was stored: the occurrence does not
 * qualify, or the author already used the client key (a retried submission).
 */
export async function insertReportAudited(
  db: Db,
  r: NewReport,
  a: ReportAudit,
  assignedTo: { organizationId: string; personId: string | null } | null,
): Promise<{ id: string; createdAt: Date; planId: string } | null> {
  const params = [
    r.occurrenceId,
    r.status,
    r.text,
    r.movedTo,
    JSON.stringify(r.metrics),
    JSON.stringify(r.links),
    JSON.stringify(r.fileIds),
    r.authorId,
    r.clientKey,
    a.actorId,
    a.organizationId,
    a.ip,
    JSON.stringify(a.after),
    assignedTo !== null,
    assignedTo?.organizationId ?? null,
    assignedTo?.personId ?? null,
  ];
  const rows = await staticQuery<{ id: string; created_at: Date | string; plan_id: string }>(db, INSERT_REPORT_AUDITED, params);
  const row = rows[0];
  return row ? { id: row.id, createdAt: new Date(isoDateOf(row.created_at)), planId: row.plan_id } : null;
}

// One fixed text, so PostgreSQL and the driver see the same statement every time (nothing is built per request).
const INSERT_REPORT_AUDITED = `with occ as (
    select o.id, o.plan_id from occurrences o join plans p on p.id = o.plan_id
    where o.id = $1::uuid and o.retired_at is null and p.status <> 'closed'
      and (not $14::boolean or o.organization_id = $15::uuid or (o.person_id is not null and o.person_id = $16::uuid))
  ), ins as (
    insert into reports (occurrence_id, status, text, moved_to, metrics, links, file_ids, author_id, client_key)
    select occ.id, $2, $3, $4::date, $5::jsonb, $6::jsonb, array(select jsonb_array_elements_text($7::jsonb))::uuid[], $8::uuid, $9
    from occ
    on conflict (author_id, client_key) do nothing
    returning id, created_at
  ), audited as (
    insert into audit_events (actor_id, organization_id, ip, action, entity_type, entity_id, plan_id, after)
    select $10::uuid, $11::uuid, $12, 'report.create', 'report', ins.id::text, occ.plan_id, $13::jsonb || jsonb_build_object('id', ins.id, 'createdAt', ins.created_at)
    from ins, occ
  )
  select ins.id, ins.created_at, occ.plan_id from ins, occ`;

/**
 * Runs a fixed parameterised statement on the driver directly (node-postgres pool or
 * PGlite): for the hot path, where building the query through Drizzle costs more than
 * the rest of the request. Only for the root handle, never inside a transaction.
 */
async function staticQuery<T>(db: Db, text: string, params: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client?: { query(text: string, params: unknown[]): Promise<{ rows: T[] }> } }).$client;
  if (!client || typeof client.query !== 'function') {
    const chunks = text.split(/\$(\d+)/);
    const pieces = chunks.map((c, i) => (i % 2 === 0 ? sql.raw(c) : sql`${params[Number(c) - 1]}`));
    return rowsOf<T>(await db.execute(sql.join(pieces, sql``)));
  }
  return (await client.query(text, params)).rows;
}

/** The report an author already stored under a client key (a retried submission). */
export function findReportByClientKey(db: Db, authorId: string, clientKey: string) {
  return db.query.reports.findFirst({ where: and(eq(reports.authorId, authorId), eq(reports.clientKey, clientKey)) });
}

export function findReport(db: Db, id: string) {
  return db.query.reports.findFirst({ where: eq(reports.id, id) });
}

/** Locks the report row so that two reviewers cannot decide on it at once. */
export async function lockReport(db: Db, id: string) {
  await db.execute(sql`select id from reports where id = ${id} for update`);
}

export function listReportsOfOccurrences(db: Db, occurrenceIds: string[]) {
  if (!occurrenceIds.length) return Promise.resolve([] as (ReportRow & { authorName: string | null })[]);
  return db
    .select({ report: reports, authorName: users.displayName })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.authorId))
    .where(inArray(reports.occurrenceId, occurrenceIds))
    .orderBy(asc(reports.createdAt), asc(reports.id))
    .then((rows) => rows.map((r) => ({ ...r.report, authorName: r.authorName })));
}

/** Only what the state of many occurrences needs. */
export function listReportStates(db: Db, occurrenceIds: string[]) {
  if (!occurrenceIds.length) return Promise.resolve([]);
  return db
    .select({
      id: reports.id,
      occurrenceId: reports.occurrenceId,
      status: reports.status,
      reviewStatus: reports.reviewStatus,
      movedTo: reports.movedTo,
      createdAt: reports.createdAt,
      text: reports.text,
      metrics: reports.metrics,
    })
    .from(reports)
    .where(inArray(reports.occurrenceId, occurrenceIds))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

export function reviewReport(db: Db, id: string, values: { reviewStatus: string; reviewComment: string | null; reviewedBy: string | null }) {
  return db
    .update(reports)
    .set({ ...values, reviewedAt: new Date() })
    .where(eq(reports.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function insertReview(db: Db, values: typeof reportReviews.$inferInsert) {
  return db.insert(reportReviews).values(values).returning().then((r) => r[0]!);
}

export function listReviews(db: Db, reportIds: string[]) {
  if (!reportIds.length) return Promise.resolve([]);
  return db
    .select({ review: reportReviews, reviewerName: users.displayName })
    .from(reportReviews)
    .leftJoin(users, eq(users.id, reportReviews.reviewerId))
    .where(inArray(reportReviews.reportId, reportIds))
    .orderBy(asc(reportReviews.createdAt), asc(reportReviews.id))
    .then((rows) => rows.map((r) => ({ ...r.review, reviewerName: r.reviewerName })));
}

export function insertFile(db: Db, values: typeof files.$inferInsert) {
  return db.insert(files).values(values).returning().then((r) => r[0]!);
}

export function findFile(db: Db, id: string) {
  return db.query.files.findFirst({ where: eq(files.id, id) });
}

export function listFiles(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([] as FileRow[]);
  return db.select().from(files).where(inArray(files.id, ids));
}

/** Reports a file is attached to (newest first): downloading it needs the right to read one of them. */
export function reportsWithFile(db: Db, fileId: string) {
  return db
    .select({ id: reports.id, occurrenceId: reports.occurrenceId })
    .from(reports)
    .where(sql`${fileId}::uuid = any(${reports.fileIds})`)
    .orderBy(desc(reports.createdAt))
    .limit(20);
}

/** Files already attached to reports of an occurrence (a colleague's upload may be kept on rework). */
export async function fileIdsOfOccurrence(db: Db, occurrenceId: string): Promise<Set<string>> {
  const rows = await db.select({ fileIds: reports.fileIds }).from(reports).where(eq(reports.occurrenceId, occurrenceId));
  return new Set(rows.flatMap((r) => r.fileIds));
}

/** How many reports were made on the occurrences of these items, or of the whole plan when no items are given. */
export async function countReportsOf(db: Db, planId: string, itemIds?: string[]): Promise<number> {
  if (itemIds && !itemIds.length) return 0;
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .innerJoin(occurrences, eq(occurrences.id, reports.occurrenceId))
    .where(and(eq(occurrences.planId, planId), itemIds ? inArray(occurrences.itemId, itemIds) : undefined));
  return Number(rows[0]?.n ?? 0);
}
