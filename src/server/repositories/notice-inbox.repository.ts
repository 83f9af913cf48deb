import { and, desc, eq, gte, inArray, isNotNull, ne, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deadlineExtensions, deadlineNotices, noticeReads, occurrences, planItems, plans } from '../db/schema/index.js';

/** Date changes of the organisation's (or the person's) deadlines since a moment, newest first. */
export function dateChangesFor(db: Db, organizationId: string, personId: string | null, since: Date, limit: number) {
  const whose = personId
    ? or(eq(deadlineNotices.organizationId, organizationId), eq(deadlineNotices.personId, personId))
    : eq(deadlineNotices.organizationId, organizationId);
  return db
    .select({
      id: deadlineNotices.id,
      planId: deadlineNotices.planId,
      itemId: deadlineNotices.itemId,
      executorKey: deadlineNotices.executorKey,
      before: deadlineNotices.before,
      after: deadlineNotices.after,
      cause: deadlineNotices.cause,
      createdAt: deadlineNotices.createdAt,
      planTitle: plans.title,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
    })
    .from(deadlineNotices)
    .innerJoin(plans, eq(plans.id, deadlineNotices.planId))
    .innerJoin(planItems, eq(planItems.id, deadlineNotices.itemId))
    .where(and(whose, gte(deadlineNotices.createdAt, since)))
    .orderBy(desc(deadlineNotices.createdAt), deadlineNotices.id)
    .limit(limit);
}

/** Decisions on the extension requests the user made, newest decision first. */
export function extensionDecisionsFor(db: Db, userId: string, since: Date, limit: number) {
  return db
    .select({
      id: deadlineExtensions.id,
      occurrenceId: deadlineExtensions.occurrenceId,
      planId: deadlineExtensions.planId,
      status: deadlineExtensions.status,
      previousDate: deadlineExtensions.previousDate,
      requestedDate: deadlineExtensions.requestedDate,
      decisionComment: deadlineExtensions.decisionComment,
      decidedAt: deadlineExtensions.decidedAt,
      planTitle: plans.title,
      itemId: occurrences.itemId,
      itemNumber: planItems.number,
      itemTitle: planItems.title,
      executorLabel: occurrences.executorLabel,
    })
    .from(deadlineExtensions)
    .innerJoin(occurrences, eq(occurrences.id, deadlineExtensions.occurrenceId))
    .innerJoin(planItems, eq(planItems.id, occurrences.itemId))
    .innerJoin(plans, eq(plans.id, deadlineExtensions.planId))
    .where(
      and(
        eq(deadlineExtensions.requestedBy, userId),
        ne(deadlineExtensions.status, 'pending'),
        isNotNull(deadlineExtensions.decidedAt),
        gte(deadlineExtensions.decidedAt, since),
      ),
    )
    .orderBy(desc(deadlineExtensions.decidedAt), deadlineExtensions.id)
    .limit(limit);
}

/** Which of the given notices the user has read, as `kind/id`. */
export async function readNoticeKeys(db: Db, userId: string, noticeIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < noticeIds.length; i += 1000) {
    const rows = await db
      .select({ kind: noticeReads.kind, noticeId: noticeReads.noticeId })
      .from(noticeReads)
      .where(and(eq(noticeReads.userId, userId), inArray(noticeReads.noticeId, noticeIds.slice(i, i + 1000))));
    for (const r of rows) out.add(`${r.kind}/${r.noticeId}`);
  }
  return out;
}

/** Marks notices read (a notice read twice keeps its first reading). */
export async function insertNoticeReads(db: Db, userId: string, notices: readonly { kind: string; id: string }[]) {
  for (let i = 0; i < notices.length; i += 500) {
    await db
      .insert(noticeReads)
      .values(notices.slice(i, i + 500).map((n) => ({ userId, kind: n.kind, noticeId: n.id })))
      .onConflictDoNothing();
  }
}
