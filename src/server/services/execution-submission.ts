import { can, type Relation } from '../../domain/auth/policy.js';
import { occurrenceStatus, todayIn } from '../../domain/execution/occurrence-state.js';
import {
  checkReport,
  defaultIndicators,
  reportStatusNames,
  reviewStatusNames,
  type ReportStatus,
  type ReviewStatus,
} from '../../domain/execution/report-rules.js';
import type { ReportBody } from '../../shared/execution-api.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { listIndicators, replaceIndicators } from '../repositories/indicator.repository.js';
import { findOccurrence, listAssignedOccurrences } from '../repositories/occurrence.repository.js';
import { findPlan } from '../repositories/plan.repository.js';
import {
  findReport,
  findReportByClientKey,
  insertReview,
  listFiles,
  listReportStates,
  listReportsOfOccurrences,
  listReviews,
  lockReport,
  reviewReport,
  type FileRow,
  type ReportRow,
} from '../repositories/report.repository.js';
import type { Access } from './access.service.js';
import { audit, auditEntry } from './audit.js';
import { compareNumbers, groupReports, occurrenceListDto, publicListDto } from './execution-view.js';
import { latestNotices } from './deadline-notice-view.js';
import { acceptsReports } from '../../domain/plan/lifecycle.js';
import { createReportWriter } from './report-writer.js';
import { lateClosure } from './reporting-period.service.js';
import { assigneeOf, createOccurrenceAccess, withoutAssigned, type ExecutionDeps } from './execution-access.js';
import { fileDto, type createExecutionFiles } from './execution-files.js';

/** What executors see and report: their occurrences, one occurrence with its reports, a submission, a review, the plan's indicators. */
export function reportDto(r: ReportRow & { authorName?: string | null }, files: Map<string, FileRow> = new Map()) {
  return {
    id: r.id,
    occurrenceId: r.occurrenceId,
    // Written through reportBody's enum and the review's two outcomes: the text columns hold nothing else.
    status: r.status as ReportStatus,
    statusName: reportStatusNames[r.status as keyof typeof reportStatusNames] ?? r.status,
    text: r.text,
    movedTo: r.movedTo,
    metrics: r.metrics,
    links: r.links,
    files: r.fileIds
      .map((id) => files.get(id))
      .filter((f): f is FileRow => Boolean(f))
      .map(fileDto),
    authorId: r.authorId,
    authorName: r.authorName ?? null,
    reviewStatus: r.reviewStatus as ReviewStatus,
    reviewStatusName: reviewStatusNames[r.reviewStatus as keyof typeof reviewStatusNames] ?? r.reviewStatus,
    reviewComment: r.reviewComment,
    reviewedBy: r.reviewedBy,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export function createExecutionSubmission(db: Db, access: Access, deps: ExecutionDeps, files: ReturnType<typeof createExecutionFiles>) {
  const now = deps.now ?? (() => new Date());
  const writeReport = createReportWriter(db);
  const { occurrenceRelations, loadOccurrence } = createOccurrenceAccess(access);
  const { checkFiles } = files;

  async function indicatorsOf(tx: Db, planId: string) {
    const list = await listIndicators(tx, planId);
    return { indicators: list.length ? list : defaultIndicators, custom: list.length > 0 };
  }

  return {
    occurrenceRelations,

    /** «Мои мероприятия»: occurrences assigned to the user's organisation (or to the user's person) across all plans. */
    async myOccurrences(ctx: RequestContext, q: { state: string; planId?: string | undefined }) {
      const user = ctx.user!;
      const rows = await listAssignedOccurrences(db, {
        organizationId: user.organizationId,
        personId: user.personId,
        planId: q.planId,
        includeRetired: q.state === 'done' || q.state === 'all',
        limit: 5000,
      });
      const reports = groupReports(
        await listReportStates(
          db,
          rows.map((r) => r.id),
        ),
      );
      const at = now();
      const all = rows
        .map((r) => occurrenceListDto(r, reports.get(r.id) ?? [], at))
        .filter((o) => !o.retired || o.reportCount > 0)
        .sort(
          (a, b) =>
            (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.planTitle.localeCompare(b.planTitle) || compareNumbers(a.itemNumber, b.itemNumber),
        );
      const counts = { due: 0, overdue: 0, done: 0, awaiting: 0, week: 0, month: 0, needsRework: 0, all: all.length };
      for (const o of all) {
        counts[o.state]++;
        if (o.bucket === 'week') counts.week++;
        if (o.bucket === 'month' || o.bucket === 'week') counts.month++;
        if (o.needsRework) counts.needsRework++;
      }
      const picked = q.state === 'all' ? all : all.filter((o) => o.state === q.state);
      const notices = await latestNotices(db, picked, at);
      return {
        canReport: can(user, 'report', 'item', new Set<Relation>(['assigned'])),
        counts,
        occurrences: picked.map((o) => ({ ...publicListDto(o), dateChange: notices.get(`${o.itemId}|${o.executorKey}`) ?? null })),
      };
    },

    /** Per plan: what is assigned to the user's organisation and where it stands (a ТИК's view of its higher commissions' plans). */
    async myPlans(ctx: RequestContext) {
      const { occurrences } = await this.myOccurrences(ctx, { state: 'all' });
      const plans = new Map<
        string,
        {
          planId: string;
          planTitle: string;
          ownerName: string;
          total: number;
          due: number;
          overdue: number;
          done: number;
          awaiting: number;
          needsRework: number;
          nextDue: string | null;
        }
      >();
      for (const o of occurrences) {
        if (o.retired) continue;
        let p = plans.get(o.planId);
        if (!p)
          plans.set(
            o.planId,
            (p = {
              planId: o.planId,
              planTitle: o.planTitle,
              ownerName: o.ownerName,
              total: 0,
              due: 0,
              overdue: 0,
              done: 0,
              awaiting: 0,
              needsRework: 0,
              nextDue: null,
            }),
          );
        p.total++;
        p[o.state]++;
        if (o.needsRework) p.needsRework++;
        if (o.state === 'due' && o.dueDate && (!p.nextDue || o.dueDate < p.nextDue)) p.nextDue = o.dueDate;
      }
      return { plans: [...plans.values()].sort((a, b) => b.overdue - a.overdue || a.planTitle.localeCompare(b.planTitle)) };
    },

    async occurrence(ctx: RequestContext, id: string) {
      const { occurrence, plan, rels, itemNumber, itemTitle, deadlineText, timeZone } = await loadOccurrence(db, ctx.user, id, 'read');
      const reports = await listReportsOfOccurrences(db, [id]);
      const [fileRows, reviews, indicators] = await Promise.all([
        listFiles(db, [...new Set(reports.flatMap((r) => r.fileIds))]),
        listReviews(
          db,
          reports.map((r) => r.id),
        ),
        indicatorsOf(db, plan.id),
      ]);
      const files = new Map(fileRows.map((f) => [f.id, f]));
      const today = todayIn(timeZone, now());
      const status = occurrenceStatus(occurrence, reports, today);
      return {
        id: occurrence.id,
        plan: { id: plan.id, title: plan.title, status: plan.status },
        item: { id: occurrence.itemId, number: itemNumber, title: itemTitle, deadlineText },
        executorLabel: occurrence.executorLabel,
        organizationId: occurrence.organizationId,
        windowStart: occurrence.windowStart,
        windowEnd: occurrence.windowEnd,
        retired: occurrence.retiredAt !== null,
        timeZone,
        today,
        state: status.state,
        dueDate: status.dueDate,
        moved: status.moved,
        needsRework: status.needsRework,
        currentReportId: status.current?.id ?? null,
        canReport: can(ctx.user, 'report', 'item', rels) && occurrence.retiredAt === null && acceptsReports(plan.status),
        canReview: can(ctx.user, 'review', 'report', withoutAssigned(rels)) && acceptsReports(plan.status),
        indicators: indicators.indicators,
        reports: reports.map((r) => ({
          ...reportDto(r, files),
          reviews: reviews
            .filter((v) => v.reportId === r.id)
            .map((v) => ({
              id: v.id,
              decision: v.decision as Exclude<ReviewStatus, 'pending'>,
              comment: v.comment,
              reviewerName: v.reviewerName,
              createdAt: v.createdAt.toISOString(),
            })),
        })),
      };
    },

    /**
     * An executor reports on an occurrence assigned to it; nothing is saved unless every
     * check passes. The common case — an executor's own occurrence, no files, no
     * postponement — is one statement that checks the assignment, stores the report and
     * writes its audit event (insertReportsAudited; concurrent submissions share one
     * statement). Anything else, and anything that statement refuses, takes the full
     * path, which also says why (404, 403, 409, 400).
     */
    async submitReport(ctx: RequestContext, occurrenceId: string, input: ReportBody) {
      const user = ctx.user!;
      const fileIds = [...new Set(input.fileIds ?? [])];
      const values = {
        occurrenceId,
        status: input.status,
        text: input.text?.trim() || null,
        movedTo: input.status === 'moved' ? (input.movedTo ?? null) : null,
        metrics: Object.fromEntries(Object.entries(input.metrics ?? {}).map(([k, v]) => [k.trim(), v])),
        links: input.links ?? [],
        fileIds,
        authorId: user.id,
        clientKey: input.clientKey ?? null,
      };
      const pending = { reviewStatus: 'pending', reviewComment: null, reviewedBy: null, reviewedAt: null, authorName: user.displayName };
      const auditOf = (after: Record<string, unknown>) => ({ ...auditEntry(ctx, { action: 'report.create', entityType: 'report', entityId: null }), after });
      const check = (window: { windowStart: string | null; windowEnd: string | null }) => {
        const violation = checkReport(input, window);
        if (violation) throw new AppError('validation_failed', violation.message, { field: violation.field });
      };

      if (input.status !== 'moved' && fileIds.length === 0 && can(user, 'report', 'item', new Set<Relation>(['assigned']))) {
        check({ windowStart: null, windowEnd: null });
        const draft = reportDto({ ...values, ...pending, id: '', createdAt: new Date(0) });
        const { id: _id, createdAt: _c, ...after } = draft;
        const stored = await writeReport({
          report: values,
          audit: auditOf(after),
          assignedTo: { organizationId: user.organizationId, personId: user.personId },
        });
        if (stored) return { report: { ...draft, id: stored.id, createdAt: stored.createdAt.toISOString() }, created: true };
      }

      const { occurrence, plan, rels } = await loadOccurrence(db, user, occurrenceId, 'report');
      if (!can(user, 'report', 'item', rels)) throw new AppError('forbidden', 'Отчитываться по этому мероприятию может только его исполнитель');
      const retired = () => new AppError('conflict', 'Мероприятие исключено из плана: отчет по нему больше не принимается');
      if (occurrence.retiredAt) throw retired();
      if (!acceptsReports(plan.status))
        throw new AppError(
          'conflict',
          plan.status === 'archived' ? 'План в архиве: отчеты по нему больше не принимаются' : 'План закрыт: отчеты по нему больше не принимаются',
        );
      check(occurrence);
      await checkFiles(db, user, occurrenceId, fileIds);
      const files = new Map((await listFiles(db, fileIds)).map((f) => [f.id, f]));
      const draft = reportDto({ ...values, ...pending, id: '', createdAt: new Date(0) }, files);
      const { id: _id, createdAt: _c, ...after } = draft;
      const stored = await writeReport({ report: values, audit: auditOf(after), assignedTo: null });
      if (stored) return { report: { ...draft, id: stored.id, createdAt: stored.createdAt.toISOString() }, created: true };
      const existing = values.clientKey ? await findReportByClientKey(db, user.id, values.clientKey) : undefined;
      if (!existing) throw retired();
      if (existing.occurrenceId !== occurrenceId) throw new AppError('conflict', 'Ключ повторной отправки уже использован для другого мероприятия');
      return { report: reportDto({ ...existing, authorName: user.displayName }, files), created: false };
    },

    /** The plan's planner or controller accepts a report or returns it for rework; every decision is kept. */
    async review(ctx: RequestContext, reportId: string, input: { decision: 'accept' | 'return'; comment?: string | null | undefined }) {
      const user = ctx.user!;
      return db.transaction(async (tx) => {
        const report = await findReport(tx, reportId);
        if (!report) throw new AppError('report_not_found', 'Отчет не найден');
        const found = await findOccurrence(tx, report.occurrenceId, assigneeOf(user));
        if (!found) throw new AppError('report_not_found', 'Отчет не найден');
        const rels = await occurrenceRelations(tx, user, found.assigned, found.plan, 'review');
        if (!can(user, 'read', 'report', rels)) throw new AppError('report_not_found', 'Отчет не найден');
        if (!can(user, 'review', 'report', withoutAssigned(rels)))
          throw new AppError('forbidden', 'Проверять отчеты может составитель плана или контролирующая комиссия');
        if (found.plan.status === 'archived') throw new AppError('conflict', 'План в архиве: отчеты по нему не проверяются');
        const comment = input.comment?.trim() || null;
        if (input.decision === 'return' && !comment) throw new AppError('validation_failed', 'Укажите, что нужно доработать', { field: 'comment' });
        await lockReport(tx, reportId);
        const locked = (await findReport(tx, reportId))!;
        if (locked.reviewStatus !== 'pending') {
          throw new AppError('conflict', `Отчет уже ${locked.reviewStatus === 'accepted' ? 'принят' : 'возвращен на доработку'}`);
        }
        const reviewStatus = input.decision === 'accept' ? 'accepted' : 'returned';
        // A report that came after its reporting period was closed is the controller's to accept (issue #18).
        const late = reviewStatus === 'accepted' ? await lateClosure(tx, found.occurrence, locked) : null;
        if (late && !can(user, 'close', 'report', withoutAssigned(rels))) {
          throw new AppError('forbidden', `Отчет представлен после закрытия отчетного периода (${late.label}): принять его может контролирующая комиссия`);
        }
        const updated = await reviewReport(tx, reportId, { reviewStatus, reviewComment: comment, reviewedBy: user.id });
        await insertReview(tx, { reportId, decision: reviewStatus, comment, reviewerId: user.id });
        const dto = reportDto(updated);
        await audit(tx, ctx, {
          action: late ? 'report.accept_late' : `report.${reviewStatus === 'accepted' ? 'accept' : 'return'}`,
          entityType: 'report',
          entityId: reportId,
          planId: found.plan.id,
          before: { reviewStatus: locked.reviewStatus },
          after: { reviewStatus, reviewComment: comment, ...(late ? { lateFor: { from: late.from, to: late.to } } : {}) },
        });
        return dto;
      });
    },

    async indicators(ctx: RequestContext, planId: string) {
      const plan = await findPlan(db, planId);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      return indicatorsOf(db, planId);
    },

    async setIndicators(ctx: RequestContext, planId: string, list: { key: string; title: string }[]) {
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'update');
        const keys = new Set<string>();
        for (const i of list) {
          if (keys.has(i.key)) throw new AppError('validation_failed', `Показатель «${i.key}» указан дважды`, { field: 'indicators' });
          keys.add(i.key);
        }
        const before = await listIndicators(tx, planId);
        await replaceIndicators(tx, planId, list);
        await audit(tx, ctx, { action: 'plan.indicators', entityType: 'plan', entityId: planId, planId, before, after: list });
        return indicatorsOf(tx, planId);
      });
    },
  };
}
