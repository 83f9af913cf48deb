import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { assignedRuleText } from './assignment.sql.js';
import { files, occurrences, reportReviews, reports, users } from '../db/schema/index.js';
import type { AuditEntry } from './audit.repository.js';

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

/**
 * The report's journal row as every other audit event is built (services/audit.ts);
 * the statement fills in the entity id and completes «after» with the report's id and time.
 */
export type ReportAudit = AuditEntry & { after: Record<string, unknown> };

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

const isoDateOf = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

export interface ReportSubmission {
  report: NewReport;
  audit: ReportAudit;
  /** The executor's authorization predicate, checked by the statement; null when the caller checked access. */
  assignedTo: { organizationId: string; personId: string | null } | null;
}

export interface StoredReport {
  id: string;
  createdAt: Date;
  planId: string;
}

/**
 * Stores reports and their audit events in one statement (one implicit transaction,
 * one round trip, however many reports: this is the hot path of every executor, and
 * concurrent submissions are batched into it). Each report's occurrence must be in
 * force and its plan open; with `assignedTo`, it must also be assigned to that
 * organisation (or person). Returns, in input order, the stored report or null when
 * nothing was stored for it: the occurrence does not qualify, or the author already
 * used the client key (a retried submission).
 */
export async function insertReportsAudited(db: Db, submissions: readonly ReportSubmission[]): Promise<(StoredReport | null)[]> {
  // Ids are made here so that each stored row maps back to its submission.
  const input = submissions.map(({ report: r, audit: a, assignedTo }) => ({
    id: randomUUID(),
    occurrence_id: r.occurrenceId,
    status: r.status,
    text: r.text,
    moved_to: r.movedTo,
    metrics: r.metrics,
    links: r.links,
    file_ids: r.fileIds,
    author_id: r.authorId,
    client_key: r.clientKey,
    actor_id: a.actorId,
    actor_org: a.organizationId,
    ip: a.ip,
    action: a.action,
    entity_type: a.entityType,
    after: a.after,
    check_assigned: assignedTo !== null,
    assigned_org: assignedTo?.organizationId ?? null,
    assigned_person: assignedTo?.personId ?? null,
  }));
  const rows = await staticQuery<{ id: string; created_at: Date | string; plan_id: string }>(db, INSERT_REPORTS_AUDITED, [JSON.stringify(input)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return input.map(({ id }) => {
    const row = byId.get(id);
    return row ? { id: row.id, createdAt: new Date(isoDateOf(row.created_at)), planId: row.plan_id } : null;
  });
}

const ASSIGNED = assignedRuleText(
  { organizationId: 'o.organization_id', personId: 'o.person_id' },
  { organizationId: 'i.assigned_org', personId: 'i.assigned_person' },
);

// One fixed text, so PostgreSQL and the driver see the same statement every time (nothing is built per request).
const INSERT_REPORTS_AUDITED = `with input as (
    select * from json_to_recordset($1::json) as i(id uuid, occurrence_id uuid, status text, text text, moved_to date, metrics jsonb, links jsonb, file_ids jsonb,
      author_id uuid, client_key text, actor_id uuid, actor_org uuid, ip text, action text, entity_type text, after jsonb, check_assigned boolean, assigned_org uuid, assigned_person uuid)
  ), occ as (
    select i.id as report_id, o.plan_id from input i join occurrences o on o.id = i.occurrence_id join plans p on p.id = o.plan_id
    where o.retired_at is null and p.status not in ('closed', 'archived')
      and (not i.check_assigned or ${ASSIGNED})
  ), ins as (
    insert into reports (id, occurrence_id, status, text, moved_to, metrics, links, file_ids, author_id, client_key)
    select i.id, i.occurrence_id, i.status, i.text, i.moved_to, i.metrics, i.links, array(select jsonb_array_elements_text(i.file_ids))::uuid[], i.author_id, i.client_key
    from input i join occ on occ.report_id = i.id
    on conflict (author_id, client_key) do nothing
    returning id, created_at
  ), audited as (
    insert into audit_events (actor_id, organization_id, ip, action, entity_type, entity_id, plan_id, after)
    select i.actor_id, i.actor_org, i.ip, i.action, i.entity_type, ins.id::text, occ.plan_id, i.after || jsonb_build_object('id', ins.id, 'createdAt', ins.created_at)
    from ins join input i on i.id = ins.id join occ on occ.report_id = ins.id
  )
  select ins.id, ins.created_at, occ.plan_id from ins join occ on occ.report_id = ins.id`;

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
    .where(anyOf(reports.occurrenceId, occurrenceIds))
    .orderBy(asc(reports.createdAt), asc(reports.id))
    .then((rows) => rows.map((r) => ({ ...r.report, authorName: r.authorName })));
}

/**
 * A statement carries at most 65,535 parameters (the protocol's limit): a roll-up
 * over hundreds of plans or the daily reminder run over the whole country passes
 * hundreds of thousands of occurrence ids, which one IN list would refuse.
 */
const IDS_PER_STATEMENT = 10_000;

/** Only what the state of many occurrences needs; ordered by creation like one query would be. */
export async function listReportStates(db: Db, occurrenceIds: string[]) {
  if (occurrenceIds.length <= IDS_PER_STATEMENT) return reportStatesOf(db, occurrenceIds);
  const parts = [];
  for (let i = 0; i < occurrenceIds.length; i += IDS_PER_STATEMENT) parts.push(await reportStatesOf(db, occurrenceIds.slice(i, i + IDS_PER_STATEMENT)));
  return parts.flat().sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The report states of the occurrences in force of some plans, found through the
 * plans rather than a list of occurrence ids: a region's roll-up covers 40,000
 * occurrences, and an id list that long makes PostgreSQL scan every report.
 */
export function listReportStatesOfPlans(db: Db, planIds: string[]) {
  if (!planIds.length) return Promise.resolve([]);
  return db
    .select(reportStateColumns)
    .from(reports)
    .innerJoin(occurrences, eq(occurrences.id, reports.occurrenceId))
    .where(and(anyOf(occurrences.planId, planIds), isNull(occurrences.retiredAt)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

const reportStateColumns = {
  id: reports.id,
  occurrenceId: reports.occurrenceId,
  status: reports.status,
  reviewStatus: reports.reviewStatus,
  movedTo: reports.movedTo,
  createdAt: reports.createdAt,
  text: reports.text,
  metrics: reports.metrics,
};

function reportStatesOf(db: Db, occurrenceIds: string[]) {
  if (!occurrenceIds.length) return Promise.resolve([]);
  return db.select(reportStateColumns).from(reports).where(anyOf(reports.occurrenceId, occurrenceIds)).orderBy(asc(reports.createdAt), asc(reports.id));
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
  return db
    .insert(reportReviews)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function listReviews(db: Db, reportIds: string[]) {
  if (!reportIds.length) return Promise.resolve([]);
  return db
    .select({ review: reportReviews, reviewerName: users.displayName })
    .from(reportReviews)
    .leftJoin(users, eq(users.id, reportReviews.reviewerId))
    .where(anyOf(reportReviews.reportId, reportIds))
    .orderBy(asc(reportReviews.createdAt), asc(reportReviews.id))
    .then((rows) => rows.map((r) => ({ ...r.review, reviewerName: r.reviewerName })));
}

export function insertFile(db: Db, values: typeof files.$inferInsert) {
  return db
    .insert(files)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function findFile(db: Db, id: string) {
  return db.query.files.findFirst({ where: eq(files.id, id) });
}

export function listFiles(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([] as FileRow[]);
  return db.select().from(files).where(anyOf(files.id, ids));
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
    .where(and(eq(occurrences.planId, planId), itemIds ? anyOf(occurrences.itemId, itemIds) : undefined));
  return Number(rows[0]?.n ?? 0);
}
