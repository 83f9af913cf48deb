import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { files, reportReviews, reports, users } from '../db/schema/index.js';

export type ReportRow = typeof reports.$inferSelect;
export type FileRow = typeof files.$inferSelect;

/**
 * Stores a report; with a client key, a retry of the same submission returns the
 * stored row instead of a second one (`created` tells which).
 */
export async function insertReport(db: Db, values: typeof reports.$inferInsert): Promise<{ report: ReportRow; created: boolean }> {
  const inserted = await db.insert(reports).values(values).onConflictDoNothing().returning();
  if (inserted[0]) return { report: inserted[0], created: true };
  const existing = await db.query.reports.findFirst({ where: and(eq(reports.authorId, values.authorId!), eq(reports.clientKey, values.clientKey!)) });
  return { report: existing!, created: false };
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
