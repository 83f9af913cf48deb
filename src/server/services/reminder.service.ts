import { randomBytes } from 'node:crypto';
import { can, canAnywhere, type Relation } from '../../domain/auth/policy.js';
import type { Role } from '../../domain/auth/roles.js';
import { executorDigest, reviewerDigest, type DigestDateChange, type DigestOccurrence, type DigestReport } from '../../domain/execution/digest.js';
import { addDays } from '../../domain/execution/occurrence-state.js';
import { mailTexts } from '../../domain/execution/mail-texts.js';
import type { ReportStatus } from '../../domain/execution/report-rules.js';
import { dateIn, nextDailyRun } from '../../domain/execution/schedule.js';
import { isLocale } from '../../shared/locale.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Mailer } from '../mail/mailer.js';
import { markNoticesMailed, unmailedNotices } from '../repositories/deadline-notice.repository.js';
import { listOccurrencesForReminders } from '../repositories/occurrence.repository.js';
import { listOrganizations } from '../repositories/organization.repository.js';
import {
  claimDigest,
  claimDueJob,
  digestStatusCounts,
  ensureJob,
  finishJob,
  findJob,
  insertDigest,
  isOptedOut,
  listDigests,
  markDigestFailed,
  markDigestSent,
  pendingReports,
  reminderRecipients,
  setOptOut,
} from '../repositories/reminder.repository.js';
import { listReportStates } from '../repositories/report.repository.js';
import { findUserById } from '../repositories/user.repository.js';
import { audit } from './audit.js';
import { groupReports, occurrenceListDto } from './execution-view.js';

export const REMINDER_JOB = 'reminders';
const MAX_ATTEMPTS = 12;
const PER_DIGEST_LIMIT = 200;

export interface ReminderOptions {
  mailer: Mailer | null;
  days: number;
  time: string;
  timeZone: string;
  publicUrl: string | null;
  now?: () => Date;
  /** Minutes before the first retry; doubled per attempt, capped at six hours. */
  retryMinutes?: number;
}

/**
 * Reminder e-mails. A run plans one digest per recipient and kind (idempotent:
 * the run's date is part of a unique key), then a sender works through the
 * planned digests; a failed send is retried with back-off and stays visible to
 * the administrator. Both steps are safe to run on several instances at once.
 */
export function createReminderService(db: Db, options: ReminderOptions) {
  const now = options.now ?? (() => new Date());
  const instance = `${process.pid}-${randomBytes(4).toString('hex')}`;

  /** Plans the digests of one run (its key: the run's date). Returns how many were new. */
  async function planDigests(runKey: string) {
    const at = now();
    const [recipients, occRows, pending, orgs] = await Promise.all([
      reminderRecipients(db),
      listOccurrencesForReminders(db),
      pendingReports(db),
      listOrganizations(db),
    ]);
    const reports = groupReports(
      await listReportStates(
        db,
        occRows.map((o) => o.id),
      ),
    );
    const byOrg = new Map<string, DigestOccurrence[]>();
    const byPerson = new Map<string, DigestOccurrence[]>();
    for (const row of occRows) {
      const o = occurrenceListDto(row, reports.get(row.id) ?? [], at);
      if (o.state !== 'due' && o.state !== 'overdue') continue;
      if (o.state === 'due' && (!o.dueDate || o.dueDate > addDays(o.today, options.days))) continue;
      const d: DigestOccurrence = {
        planTitle: o.planTitle,
        itemNumber: o.itemNumber,
        itemTitle: o.itemTitle,
        dueDate: o.dueDate!,
        executorLabel: o.executorLabel,
        overdue: o.state === 'overdue',
        moved: o.moved,
        needsRework: o.needsRework,
      };
      if (row.organizationId) byOrg.set(row.organizationId, [...(byOrg.get(row.organizationId) ?? []), d]);
      if (row.personId) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), d]);
    }
    // Due dates moved since the last run (an election or event re-dated): told once, in the next e-mail.
    const notices = await unmailedNotices(db);
    const changesByOrg = new Map<string, DigestDateChange[]>();
    const changesByPerson = new Map<string, DigestDateChange[]>();
    for (const n of notices) {
      const c: DigestDateChange = {
        planTitle: n.planTitle,
        itemNumber: n.itemNumber ?? '',
        itemTitle: n.itemTitle,
        before: n.before,
        after: n.after,
        cause: n.cause,
      };
      if (n.organizationId) changesByOrg.set(n.organizationId, [...(changesByOrg.get(n.organizationId) ?? []), c]);
      if (n.personId) changesByPerson.set(n.personId, [...(changesByPerson.get(n.personId) ?? []), c]);
    }
    const children = new Map<string, string[]>();
    for (const o of orgs) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
    const subtree = (root: string) => {
      const out = new Set<string>([root]);
      const stack = [root];
      while (stack.length) {
        for (const c of children.get(stack.pop()!) ?? []) {
          if (out.has(c)) continue;
          out.add(c);
          stack.push(c);
        }
      }
      return out;
    };

    let planned = 0;
    let skippedEmpty = 0;
    for (const r of recipients) {
      const actor = { roles: r.roles as Role[] };
      const locale = isLocale(r.locale) ? r.locale : 'ru';
      if (can(actor, 'report', 'item', new Set<Relation>(['assigned']))) {
        const list = [...(byOrg.get(r.organizationId) ?? []), ...(r.personId ? (byPerson.get(r.personId) ?? []) : [])];
        const unique = [...new Map(list.map((d) => [`${d.planTitle}|${d.itemNumber}|${d.executorLabel}|${d.dueDate}`, d])).values()];
        const changeList = [...(changesByOrg.get(r.organizationId) ?? []), ...(r.personId ? (changesByPerson.get(r.personId) ?? []) : [])];
        const changes = [...new Map(changeList.map((c) => [`${c.planTitle}|${c.itemNumber}|${c.before.join()}|${c.after.join()}`, c])).values()];
        if (unique.length || changes.length) {
          const digest = executorDigest({
            displayName: r.displayName,
            days: options.days,
            occurrences: unique.slice(0, PER_DIGEST_LIMIT),
            changes: changes.slice(0, PER_DIGEST_LIMIT),
            appUrl: options.publicUrl,
            locale,
          });
          if (
            await insertDigest(db, {
              userId: r.id,
              kind: 'executor',
              runKey,
              email: r.email!,
              subject: digest.subject,
              body: digest.text,
              itemCount: unique.length + changes.length,
            })
          )
            planned++;
        } else skippedEmpty++;
      }
      const reviewOwn = can(actor, 'review', 'report', new Set<Relation>(['own']));
      const reviewBelow = can(actor, 'review', 'report', new Set<Relation>(['below']));
      if (reviewOwn || reviewBelow) {
        const scope = reviewBelow ? subtree(r.organizationId) : new Set([r.organizationId]);
        if (!reviewOwn) scope.delete(r.organizationId);
        const mine: DigestReport[] = pending
          .filter((p) => scope.has(p.planOrganizationId))
          .map((p) => ({
            planTitle: p.planTitle,
            itemNumber: p.itemNumber,
            itemTitle: p.itemTitle,
            executorLabel: p.executorLabel,
            statusName: mailTexts(locale).reportStatus[p.status as ReportStatus] ?? p.status,
            // On the calendar the reminders run by, like the digest's own date (not the UTC day).
            submittedAt: dateIn(p.createdAt, options.timeZone),
          }));
        if (mine.length) {
          const digest = reviewerDigest({ displayName: r.displayName, reports: mine.slice(0, PER_DIGEST_LIMIT), appUrl: options.publicUrl, locale });
          if (
            await insertDigest(db, {
              userId: r.id,
              kind: 'reviewer',
              runKey,
              email: r.email!,
              subject: digest.subject,
              body: digest.text,
              itemCount: mine.length,
            })
          )
            planned++;
        }
      }
    }
    await markNoticesMailed(
      db,
      notices.map((n) => n.id),
      runKey,
    );
    return { runKey, planned, recipients: recipients.length, skippedEmpty, notices: notices.length };
  }

  /** Sends every digest that is due (new ones and retries). Stops at the first failure when the server is down. */
  async function sendPending(limit = 1000) {
    if (!options.mailer) return { sent: 0, failed: 0 };
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < limit; i++) {
      const digest = await claimDigest(db, 300);
      if (!digest) break;
      try {
        await options.mailer.send({ to: digest.email, subject: digest.subject, text: digest.body, messageId: `<digest-${digest.id}@planik>` });
        await markDigestSent(db, digest.id);
        sent++;
      } catch (error) {
        failed++;
        const minutes = Math.min((options.retryMinutes ?? 5) * 2 ** (digest.attempts - 1), 360);
        const message = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
        await markDigestFailed(db, digest.id, message, new Date(now().getTime() + minutes * 60_000), digest.attempts >= MAX_ATTEMPTS);
        // The server is probably down: leave the rest for the next tick rather than failing them all now.
        break;
      }
    }
    return { sent, failed };
  }

  /** One scheduler tick: run the daily job if it is due and this instance wins it, then send what is pending. */
  async function tick() {
    if (!options.mailer) return { ran: false, sent: 0, failed: 0 };
    await ensureJob(db, REMINDER_JOB, nextDailyRun(now(), options.time, options.timeZone));
    const job = await claimDueJob(db, REMINDER_JOB, instance, 600);
    let ran = false;
    if (job) {
      ran = true;
      const runKey = dateIn(job.nextRunAt, options.timeZone);
      try {
        const result = await planDigests(runKey);
        await finishJob(db, REMINDER_JOB, instance, { nextRunAt: nextDailyRun(now(), options.time, options.timeZone), error: null, result });
      } catch (error) {
        // Retry the planning in ten minutes; the unique key keeps a partial run from duplicating.
        await finishJob(db, REMINDER_JOB, instance, {
          nextRunAt: new Date(now().getTime() + 600_000),
          error: error instanceof Error ? error.message : String(error),
          result: null,
        });
        throw error;
      }
    }
    return { ran, ...(await sendPending()) };
  }

  function requireAdmin(ctx: RequestContext) {
    if (!canAnywhere(ctx.user ?? null, 'monitor', 'system')) throw new AppError('forbidden', 'Состояние рассылки доступно системному администратору');
  }

  return {
    planDigests,
    sendPending,
    tick,

    /** For the administrator: what was sent, what failed and why, when the next run is. */
    async status(ctx: RequestContext) {
      requireAdmin(ctx);
      const [counts, failures, recent, job] = await Promise.all([
        digestStatusCounts(db),
        listDigests(db, { statuses: ['failed', 'abandoned'], limit: 100 }),
        listDigests(db, { limit: 50 }),
        findJob(db, REMINDER_JOB),
      ]);
      const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
      const dto = (d: (typeof recent)[number]) => ({ ...d, nextAttemptAt: iso(d.nextAttemptAt), sentAt: iso(d.sentAt), createdAt: iso(d.createdAt) });
      return {
        configured: options.mailer !== null,
        smtp: options.mailer?.describe ?? null,
        days: options.days,
        schedule: `${options.time} (${options.timeZone})`,
        job: job
          ? {
              nextRunAt: iso(job.nextRunAt),
              lastStartedAt: iso(job.lastStartedAt),
              lastFinishedAt: iso(job.lastFinishedAt),
              lastError: job.lastError,
              lastResult: job.lastResult,
              lockedBy: job.lockedBy,
            }
          : null,
        counts,
        failures: failures.map(dto),
        recent: recent.map(dto),
      };
    },

    /** Runs the reminder job now (same idempotency key as today's scheduled run). */
    async runNow(ctx: RequestContext) {
      requireAdmin(ctx);
      if (!options.mailer) throw new AppError('conflict', 'Отправка почты не настроена (SMTP_URL)');
      const result = await planDigests(dateIn(now(), options.timeZone));
      const sending = await sendPending();
      await db.transaction((tx) => audit(tx, ctx, { action: 'reminders.run', entityType: 'system', entityId: null, after: { ...result, ...sending } }));
      return { ...result, ...sending };
    },

    async settings(ctx: RequestContext) {
      const user = await findUserById(db, ctx.user!.id);
      return { enabled: !(await isOptedOut(db, ctx.user!.id)), email: user?.email ?? null, days: options.days, configured: options.mailer !== null };
    },

    async updateSettings(ctx: RequestContext, enabled: boolean) {
      await db.transaction(async (tx) => {
        await setOptOut(tx, ctx.user!.id, !enabled);
        await audit(tx, ctx, { action: enabled ? 'reminders.opt_in' : 'reminders.opt_out', entityType: 'user', entityId: ctx.user!.id });
      });
      return this.settings(ctx);
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
