import { randomBytes } from 'node:crypto';
import { can, canAnywhere } from '../../domain/auth/policy.js';
import type { Role } from '../../domain/auth/roles.js';
import { escalationNotices, type EscalationLevel } from '../../domain/execution/escalation.js';
import { isLocale } from '../../shared/locale.js';
import { escalationDigest, type EscalationMailNotice } from '../../domain/execution/escalation-mail.js';
import { dateIn, nextDailyRun } from '../../domain/execution/schedule.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { insertAuditEvents } from '../repositories/audit.repository.js';
import { insertEscalationNotices, listNoticesForOrganization, listNoticesOfPlan, planEscalationSettings } from '../repositories/escalation.repository.js';
import { listExternalExecutors } from '../repositories/external-executor.repository.js';
import { listOccurrencesForReminders } from '../repositories/occurrence.repository.js';
import { listOrganizations } from '../repositories/organization.repository.js';
import { findPlan, updatePlanRow } from '../repositories/plan.repository.js';
import { claimDueJob, ensureJob, finishJob, findJob, insertDigest, reminderRecipients } from '../repositories/reminder.repository.js';
import { listReportStates } from '../repositories/report.repository.js';
import type { Access } from './access.service.js';
import { audit, auditEntry } from './audit.js';
import { groupReports, occurrenceListDto } from './execution-view.js';
import { noticeLevelsFor } from './notice-inbox.service.js';

export const ESCALATION_JOB = 'escalations';

export interface EscalationOptions {
  /** The daily run's time and zone (the reminders' schedule). */
  time: string;
  timeZone: string;
  /** SMTP is configured: notices also go out by e-mail (through the reminder sender). */
  mail?: boolean;
  publicUrl?: string | null;
  now?: () => Date;
}

const levelNames: Record<EscalationLevel, string> = {
  executor: 'напоминание исполнителю',
  controller: 'уведомление контролирующему',
  higher: 'уведомление вышестоящей комиссии',
};

function noticeDto(n: Awaited<ReturnType<typeof listNoticesOfPlan>>[number]) {
  return { ...n, levelName: levelNames[n.level as EscalationLevel] ?? n.level, createdAt: n.createdAt.toISOString() };
}

/**
 * Escalation of missing reports (issue #18). A daily run (claimed once across
 * instances, like the reminders) decides by pure rules which notices each overdue
 * occurrence calls for, stores the new ones and writes one journal event per
 * notice in the same transaction. Notices are read in the app («Уведомления»); a
 * notice is stored once per occurrence, level and deadline, so runs never repeat it.
 */
export function createEscalationService(db: Db, access: Access, options: EscalationOptions) {
  const now = options.now ?? (() => new Date());
  const instance = `${process.pid}-${randomBytes(4).toString('hex')}`;

  async function run(ctx: RequestContext) {
    const at = now();
    const [rows, orgs] = await Promise.all([listOccurrencesForReminders(db), listOrganizations(db)]);
    const planIds = [...new Set(rows.map((r) => r.planId))];
    const [reportRows, settings, external] = await Promise.all([
      listReportStates(
        db,
        rows.map((r) => r.id),
      ),
      planEscalationSettings(db, planIds),
      listExternalExecutors(db, planIds),
    ]);
    const reports = groupReports(reportRows);
    const parent = new Map(orgs.map((o) => [o.id, o.parentId]));
    const plan = new Map(settings.map((p) => [p.id, p]));
    const externalKeys = new Set(external.map((x) => `${x.planId}/${x.executorKey}`));
    const wanted = rows.flatMap((row) => {
      const p = plan.get(row.planId);
      if (!p || p.status === 'draft') return [];
      const dto = occurrenceListDto(row, reports.get(row.id) ?? [], at);
      return escalationNotices(
        {
          occurrenceId: row.id,
          planId: row.planId,
          planOrganizationId: p.organizationId,
          organizationId: row.organizationId,
          state: dto.state,
          dueDate: dto.dueDate,
          today: dto.today,
          external: externalKeys.has(`${row.planId}/${row.executorKey}`),
          escalationDays: p.escalationDays,
        },
        (id) => parent.get(id) ?? null,
      ).map((n) => ({ ...n, executorLabel: row.executorLabel, itemNumber: row.itemNumber, itemTitle: dto.itemTitle, planTitle: dto.planTitle }));
    });
    const created = await db.transaction(async (tx) => {
      const stored = await insertEscalationNotices(
        tx,
        wanted.map(({ executorLabel: _e, itemNumber: _i, itemTitle: _t, planTitle: _p, ...n }) => n),
      );
      const label = new Map(wanted.map((w) => [`${w.occurrenceId}/${w.level}/${w.dueDate}`, w]));
      await insertAuditEvents(
        tx,
        stored.map((n) => {
          const w = label.get(`${n.occurrenceId}/${n.level}/${n.dueDate}`);
          return auditEntry(ctx, {
            action: 'escalation.notice',
            entityType: 'occurrence',
            entityId: n.occurrenceId,
            planId: n.planId,
            after: {
              level: n.level,
              recipientOrganizationId: n.recipientOrganizationId,
              dueDate: n.dueDate,
              daysOverdue: n.daysOverdue,
              itemNumber: w?.itemNumber,
              executorLabel: w?.executorLabel,
            },
          });
        }),
      );
      if (options.mail)
        await planEscalationMail(
          tx,
          stored.map((n) => ({ ...n, ...label.get(`${n.occurrenceId}/${n.level}/${n.dueDate}`)! })),
          dateIn(at, options.timeZone),
        );
      return stored;
    });
    const byLevel = { executor: 0, controller: 0, higher: 0 };
    for (const n of created) byLevel[n.level as EscalationLevel]++;
    return { checked: rows.length, created: created.length, byLevel };
  }

  /**
   * Plans one e-mail per recipient of the notices this run stored, in the run's
   * transaction: a notice is stored once (its unique key), so its e-mail is planned
   * once, whichever instance ran. The reminder sender delivers it (retries included).
   * Recipients: active users of the addressed commission who act on that level,
   * have an address and did not switch reminders off.
   */
  async function planEscalationMail(tx: Db, notices: (EscalationMailNotice & { id: string; recipientOrganizationId: string })[], date: string) {
    if (!notices.length) return;
    const orgs = new Set(notices.map((n) => n.recipientOrganizationId));
    const recipients = (await reminderRecipients(tx)).filter((r) => orgs.has(r.organizationId));
    for (const r of recipients) {
      const levels = new Set(noticeLevelsFor({ roles: r.roles as Role[] }));
      const mine = notices.filter((n) => n.recipientOrganizationId === r.organizationId && levels.has(n.level));
      if (!mine.length) continue;
      const digest = escalationDigest({
        displayName: r.displayName,
        notices: mine,
        appUrl: options.publicUrl ?? null,
        locale: isLocale(r.locale) ? r.locale : 'ru',
      });
      await insertDigest(tx, {
        userId: r.id,
        kind: 'escalation',
        // The run's date and its first notice: unique per batch, and the same if this very batch were planned again.
        runKey: `${date}/${[...mine].map((n) => n.id).sort()[0]}`,
        email: r.email!,
        subject: digest.subject,
        body: digest.text,
        itemCount: digest.itemCount,
      });
    }
  }

  const system: RequestContext = { user: null, ip: null };

  async function planForControl(tx: Db, ctx: RequestContext, planId: string, action: 'read' | 'change') {
    const plan = await findPlan(tx, planId);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    const rels = await access.assertPlan(tx, ctx.user, plan, 'read');
    rels.delete('assigned');
    const allowed = action === 'read' ? can(ctx.user, 'read', 'report', rels) : can(ctx.user, 'review', 'report', rels);
    if (!allowed)
      throw new AppError(
        'forbidden',
        action === 'read'
          ? 'Уведомления о просрочке доступны составителям плана и контролирующим комиссиям'
          : 'Срок эскалации задает составитель плана или контролирующая комиссия',
      );
    return plan;
  }

  return {
    run,

    /** One scheduler tick: the daily run when it is due and this instance wins it. */
    async tick() {
      await ensureJob(db, ESCALATION_JOB, nextDailyRun(now(), options.time, options.timeZone));
      const job = await claimDueJob(db, ESCALATION_JOB, instance, 600);
      if (!job) return { ran: false };
      try {
        const result = await run(system);
        await finishJob(db, ESCALATION_JOB, instance, { nextRunAt: nextDailyRun(now(), options.time, options.timeZone), error: null, result });
        return { ran: true, ...result };
      } catch (error) {
        await finishJob(db, ESCALATION_JOB, instance, {
          nextRunAt: new Date(now().getTime() + 600_000),
          error: error instanceof Error ? error.message : String(error),
          result: null,
        });
        throw error;
      }
    },

    /** The administrator runs the check now; the notices it creates are the same a scheduled run would create. */
    async runNow(ctx: RequestContext) {
      if (!canAnywhere(ctx.user, 'monitor', 'system')) throw new AppError('forbidden', 'Запуск проверки доступен системному администратору');
      const result = await run(ctx);
      await db.transaction((tx) => audit(tx, ctx, { action: 'escalations.run', entityType: 'system', entityId: null, after: result }));
      const job = await findJob(db, ESCALATION_JOB);
      return { ...result, nextRunAt: job?.nextRunAt.toISOString() ?? null, date: dateIn(now(), options.timeZone) };
    },

    /** Notices addressed to the user's organisation: reminders for executors, escalations for those who control. */
    async myNotices(ctx: RequestContext) {
      const rows = await listNoticesForOrganization(db, ctx.user!.organizationId, noticeLevelsFor(ctx.user!), 500);
      return { notices: rows.map(noticeDto) };
    },

    async planNotices(ctx: RequestContext, planId: string) {
      const plan = await planForControl(db, ctx, planId, 'read');
      return { escalationDays: plan.escalationDays, notices: (await listNoticesOfPlan(db, planId)).map(noticeDto) };
    },

    async setDays(ctx: RequestContext, planId: string, days: number) {
      return db.transaction(async (tx) => {
        const plan = await planForControl(tx, ctx, planId, 'change');
        if (plan.escalationDays !== days) {
          await updatePlanRow(tx, planId, { escalationDays: days });
          await audit(tx, ctx, {
            action: 'plan.escalation',
            entityType: 'plan',
            entityId: planId,
            planId,
            before: { escalationDays: plan.escalationDays },
            after: { escalationDays: days },
          });
        }
        return { escalationDays: days };
      });
    },
  };
}

export type EscalationService = ReturnType<typeof createEscalationService>;
