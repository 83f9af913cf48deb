import { can, type Relation } from '../../domain/auth/policy.js';
import type { EscalationLevel } from '../../domain/execution/escalation.js';
import type { InboxNotice } from '../../shared/execution-control-api.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { listNoticesForOrganization } from '../repositories/escalation.repository.js';
import { dateChangesFor, extensionDecisionsFor, insertNoticeReads, readNoticeKeys } from '../repositories/notice-inbox.repository.js';
import { findUserById } from '../repositories/user.repository.js';
import type { SessionUser } from '../http/request-context.js';

/** Notices older than this leave the list: the list is what to act on, the journal keeps everything. */
const SHOWN_DAYS = 90;
const PER_KIND = 200;

/** The escalation levels addressed to a user's organisation that this user acts on. */
export function noticeLevelsFor(user: Pick<SessionUser, 'roles'>): EscalationLevel[] {
  const levels: EscalationLevel[] = [];
  if (can(user, 'report', 'item', new Set<Relation>(['assigned']))) levels.push('executor');
  if (can(user, 'read', 'report', new Set<Relation>(['own']))) levels.push('controller', 'higher');
  return levels;
}

/**
 * «Уведомления» (issue #18): escalations addressed to the user's commission, date
 * changes of its deadlines and decisions on the user's extension requests, in one
 * list with a personal read mark.
 */
export function createNoticeInboxService(db: Db, now: () => Date = () => new Date()) {
  async function collect(ctx: RequestContext): Promise<InboxNotice[]> {
    const user = ctx.user!;
    const since = new Date(now().getTime() - SHOWN_DAYS * 86_400_000);
    const executor = can(user, 'report', 'item', new Set<Relation>(['assigned']));
    const personId = executor ? ((await findUserById(db, user.id))?.personId ?? null) : null;
    const [escalations, changes, decisions] = await Promise.all([
      listNoticesForOrganization(db, user.organizationId, noticeLevelsFor(user), PER_KIND),
      executor ? dateChangesFor(db, user.organizationId, personId, since, PER_KIND) : Promise.resolve([]),
      extensionDecisionsFor(db, user.id, since, PER_KIND),
    ]);
    const list: InboxNotice[] = [
      ...escalations
        .filter((n) => n.createdAt >= since)
        .map((n) => ({
          kind: 'escalation' as const,
          id: n.id,
          at: n.createdAt.toISOString(),
          read: false,
          planId: n.planId,
          planTitle: n.planTitle,
          itemId: n.itemId,
          itemNumber: n.itemNumber ?? '',
          itemTitle: n.itemTitle,
          level: n.level,
          executorLabel: n.executorLabel,
          dueDate: n.dueDate,
          daysOverdue: n.daysOverdue,
          before: null,
          after: null,
          note: null,
        })),
      ...changes.map((c) => ({
        kind: 'date_change' as const,
        id: c.id,
        at: c.createdAt.toISOString(),
        read: false,
        planId: c.planId,
        planTitle: c.planTitle,
        itemId: c.itemId,
        itemNumber: c.itemNumber ?? '',
        itemTitle: c.itemTitle,
        level: null,
        executorLabel: null,
        dueDate: null,
        daysOverdue: null,
        before: c.before,
        after: c.after,
        note: c.cause,
      })),
      ...decisions.map((d) => ({
        kind: 'extension' as const,
        id: d.id,
        at: d.decidedAt!.toISOString(),
        read: false,
        planId: d.planId,
        planTitle: d.planTitle,
        itemId: d.itemId,
        itemNumber: d.itemNumber ?? '',
        itemTitle: d.itemTitle,
        level: d.status,
        executorLabel: d.executorLabel,
        dueDate: d.requestedDate,
        daysOverdue: null,
        before: [d.previousDate],
        after: d.status === 'approved' ? [d.requestedDate] : [d.previousDate],
        note: d.decisionComment,
      })),
    ];
    const read = await readNoticeKeys(
      db,
      user.id,
      list.map((n) => n.id),
    );
    for (const n of list) n.read = read.has(`${n.kind}/${n.id}`);
    return list.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  }

  return {
    async list(ctx: RequestContext) {
      const notices = await collect(ctx);
      return { unread: notices.filter((n) => !n.read).length, notices };
    },

    async unread(ctx: RequestContext) {
      return { unread: (await collect(ctx)).filter((n) => !n.read).length };
    },

    /**
     * Marks notices read. Only notices that are the user's own are marked: an id of
     * someone else's notice changes nothing (and says nothing about it).
     */
    async markRead(ctx: RequestContext, input: { all: true } | { notices: { kind: InboxNotice['kind']; id: string }[] }) {
      const mine = await collect(ctx);
      const wanted = 'all' in input ? null : new Set(input.notices.map((n) => `${n.kind}/${n.id}`));
      const marks = mine.filter((n) => !n.read && (!wanted || wanted.has(`${n.kind}/${n.id}`))).map((n) => ({ kind: n.kind, id: n.id }));
      await insertNoticeReads(db, ctx.user!.id, marks);
      return { unread: mine.filter((n) => !n.read).length - marks.length };
    },
  };
}

export type NoticeInboxService = ReturnType<typeof createNoticeInboxService>;
