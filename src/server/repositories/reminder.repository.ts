import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { occurrences, organizations, people, planItems, plans, reminderDigests, reminderOptOuts, reports, scheduledJobs, users } from '../db/schema/index.js';

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

export async function ensureJob(db: Db, name: string, nextRunAt: Date) {
  await db.insert(scheduledJobs).values({ name, nextRunAt }).onConflictDoNothing();
}

/**
 * Claims a due job for this instance: the row is locked with FOR UPDATE SKIP LOCKED,
 * so of several instances ticking at once exactly one gets it; a lease (locked_until)
 * lets another instance take over if this one dies mid-run.
 */
export async function claimDueJob(db: Db, name: string, instance: string, leaseSeconds: number) {
  const result =
    await db.execute(sql`update scheduled_jobs set locked_until = now() + ${leaseSeconds}::int * interval '1 second', locked_by = ${instance}, last_started_at = now()
    where name = (select name from scheduled_jobs where name = ${name} and next_run_at <= now() and (locked_until is null or locked_until < now()) for update skip locked)
    returning name, next_run_at`);
  const row = rowsOf<{ name: string; next_run_at: string | Date }>(result)[0];
  return row ? { name: row.name, nextRunAt: new Date(row.next_run_at) } : null;
}

export async function finishJob(
  db: Db,
  name: string,
  instance: string,
  values: { nextRunAt: Date; error: string | null; result: Record<string, unknown> | null },
) {
  await db
    .update(scheduledJobs)
    .set({ nextRunAt: values.nextRunAt, lockedUntil: null, lockedBy: null, lastFinishedAt: new Date(), lastError: values.error, lastResult: values.result })
    .where(and(eq(scheduledJobs.name, name), eq(scheduledJobs.lockedBy, instance)));
}

export function listJobs(db: Db) {
  return db.select().from(scheduledJobs).orderBy(scheduledJobs.name);
}

export function findJob(db: Db, name: string) {
  return db.query.scheduledJobs.findFirst({ where: eq(scheduledJobs.name, name) });
}

/** Active users with an address (their own or their person's) who did not opt out. */
export function reminderRecipients(db: Db) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      organizationId: users.organizationId,
      personId: users.personId,
      roles: users.roles,
      email: sql<string | null>`coalesce(${users.email}, ${people.email})`,
      // The language the user reads: their own choice, else their organisation's default.
      locale: sql<string | null>`coalesce(${users.locale}, ${organizations.defaultLocale})`,
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(users.disabled, false),
        sql`not exists (select 1 from reminder_opt_outs r where r.user_id = ${users.id})`,
        sql`coalesce(${users.email}, ${people.email}) is not null`,
      ),
    );
}

/** Reports awaiting review, with where they belong (for reviewer digests). */
export function pendingReports(db: Db) {
  return db
    .select({
      id: reports.id,
      status: reports.status,
      createdAt: reports.createdAt,
      planId: plans.id,
      planTitle: plans.title,
      planOrganizationId: plans.organizationId,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
      executorLabel: occurrences.executorLabel,
    })
    .from(reports)
    .innerJoin(occurrences, eq(occurrences.id, reports.occurrenceId))
    .innerJoin(plans, eq(plans.id, occurrences.planId))
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .where(and(eq(reports.reviewStatus, 'pending'), sql`${plans.status} not in ('closed', 'archived')`));
}

/** Plans a digest once: the unique (user, kind, run) key makes a second planning of the same run a no-op. */
export async function insertDigest(db: Db, values: typeof reminderDigests.$inferInsert): Promise<boolean> {
  const rows = await db.insert(reminderDigests).values(values).onConflictDoNothing().returning({ id: reminderDigests.id });
  return rows.length > 0;
}

/**
 * Takes the next digest to send (pending, failed and due for a retry, or stuck in
 * «sending» past its lease) so that two senders never take the same one.
 */
export async function claimDigest(db: Db, leaseSeconds: number) {
  const result =
    await db.execute(sql`update reminder_digests set status = 'sending', attempts = attempts + 1, locked_until = now() + ${leaseSeconds}::int * interval '1 second'
    where id = (select id from reminder_digests
      where (status = 'pending' or (status = 'failed' and next_attempt_at <= now()) or (status = 'sending' and locked_until < now()))
      order by created_at, id limit 1 for update skip locked)
    returning id, email, subject, body, attempts`);
  return rowsOf<{ id: string; email: string; subject: string; body: string; attempts: number }>(result)[0] ?? null;
}

export async function markDigestSent(db: Db, id: string) {
  await db.update(reminderDigests).set({ status: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null }).where(eq(reminderDigests.id, id));
}

export async function markDigestFailed(db: Db, id: string, error: string, retryAt: Date, giveUp: boolean) {
  await db
    .update(reminderDigests)
    .set({ status: giveUp ? 'abandoned' : 'failed', lastError: error.slice(0, 2000), nextAttemptAt: retryAt, lockedUntil: null })
    .where(eq(reminderDigests.id, id));
}

export async function digestStatusCounts(db: Db) {
  const rows = await db
    .select({ status: reminderDigests.status, n: sql<number>`count(*)::int` })
    .from(reminderDigests)
    .groupBy(reminderDigests.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
}

export function listDigests(db: Db, q: { statuses?: string[]; limit: number }) {
  return db
    .select({
      id: reminderDigests.id,
      userId: reminderDigests.userId,
      login: users.login,
      kind: reminderDigests.kind,
      runKey: reminderDigests.runKey,
      email: reminderDigests.email,
      subject: reminderDigests.subject,
      itemCount: reminderDigests.itemCount,
      status: reminderDigests.status,
      attempts: reminderDigests.attempts,
      nextAttemptAt: reminderDigests.nextAttemptAt,
      lastError: reminderDigests.lastError,
      sentAt: reminderDigests.sentAt,
      createdAt: reminderDigests.createdAt,
    })
    .from(reminderDigests)
    .innerJoin(users, eq(users.id, reminderDigests.userId))
    .where(q.statuses?.length ? inArray(reminderDigests.status, q.statuses) : undefined)
    .orderBy(desc(reminderDigests.createdAt))
    .limit(q.limit);
}

export async function isOptedOut(db: Db, userId: string) {
  return (await db.select({ userId: reminderOptOuts.userId }).from(reminderOptOuts).where(eq(reminderOptOuts.userId, userId))).length > 0;
}

export async function setOptOut(db: Db, userId: string, optOut: boolean) {
  if (optOut) await db.insert(reminderOptOuts).values({ userId }).onConflictDoNothing();
  else await db.delete(reminderOptOuts).where(eq(reminderOptOuts.userId, userId));
}
