import { createHash } from 'node:crypto';
import { allowedRelations, can, type Relation } from '../../domain/auth/policy.js';
import { groupOverdue } from '../../domain/execution/overdue-groups.js';
import { sniffFileType } from '../../domain/execution/file-type.js';
import { occurrenceStatus, todayIn } from '../../domain/execution/occurrence-state.js';
import { executedShare, outcomeOf, summarize, type Outcome, type ProgressEntry } from '../../domain/execution/progress.js';
import { checkReport, defaultIndicators, reportStatusNames, reviewStatusNames } from '../../domain/execution/report-rules.js';
import type { ReportBody } from '../../shared/execution-api.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext, SessionUser } from '../http/request-context.js';
import { listIndicators, replaceIndicators } from '../repositories/indicator.repository.js';
import {
  findOccurrence,
  listAssignedOccurrences,
  listItemOutline,
  listPlanOccurrences,
  type OccurrenceListRow,
} from '../repositories/occurrence.repository.js';
import { deleteExternalExecutor, insertExternalExecutor, listExternalExecutors } from '../repositories/external-executor.repository.js';
import {
  findPlan,
  insertElectionForPlan,
  listElectionsOfPlan,
  listNonDraftPlanIds,
  listPlans,
  visiblePlansCondition,
  type PlanRow,
} from '../repositories/plan.repository.js';
import {
  fileIdsOfOccurrence,
  findFile,
  findReport,
  insertFile,
  findReportByClientKey,
  insertReview,
  listFiles,
  listReportStates,
  listReportsOfOccurrences,
  listReviews,
  lockReport,
  reportsWithFile,
  reviewReport,
  type FileRow,
  type ReportRow,
} from '../repositories/report.repository.js';
import { storageKeyFor, type FileStorage } from '../storage/file-storage.js';
import type { Access } from './access.service.js';
import { audit, auditEntry } from './audit.js';
import { compareNumbers, groupReports, occurrenceListDto, publicListDto, type OccurrenceListDto } from './execution-view.js';
import { syncOccurrencesWithNotices } from './date-change-notices.js';
import { latestNotices } from './deadline-notice-view.js';
import { acceptsReports } from '../../domain/plan/lifecycle.js';
import { createReportWriter } from './report-writer.js';
import { reresolveDeadlines } from './plan.service.js';
import { cascadeRollup } from './rollup.js';
import { emptyPlanTally, organizationTimeZoneList, planExecutionTallies, tallyOf } from '../repositories/execution-tally.repository.js';
import { lateClosure } from './reporting-period.service.js';

export interface ExecutionDeps {
  storage: FileStorage;
  uploadMaxBytes: number;
  now?: () => Date;
}

const notFound = () => new AppError('occurrence_not_found', 'Мероприятие не найдено');

export function fileDto(f: FileRow) {
  return { id: f.id, name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, createdAt: f.createdAt.toISOString() };
}

export function reportDto(r: ReportRow & { authorName?: string | null }, files: Map<string, FileRow> = new Map()) {
  return {
    id: r.id,
    occurrenceId: r.occurrenceId,
    status: r.status,
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
    reviewStatus: r.reviewStatus,
    reviewStatusName: reviewStatusNames[r.reviewStatus as keyof typeof reviewStatusNames] ?? r.reviewStatus,
    reviewComment: r.reviewComment,
    reviewedBy: r.reviewedBy,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The plan-level relations without «assigned»: seeing another executor's reports needs more than an assignment. */
function withoutAssigned(rels: Set<Relation>): Set<Relation> {
  const out = new Set(rels);
  out.delete('assigned');
  return out;
}

/** Whom `findOccurrence` checks the assignment rule for (the rule itself is SQL: repositories/assignment.sql.ts). */
export function assigneeOf(user: SessionUser | null) {
  return user ? { organizationId: user.organizationId, personId: user.personId } : null;
}

export function createExecutionService(db: Db, access: Access, deps: ExecutionDeps) {
  const now = deps.now ?? (() => new Date());
  const writeReport = createReportWriter(db);

  /**
   * Relations of the user to one occurrence: «assigned» means this occurrence is
   * the user's organisation's (or person's) to report on — an assignment to
   * another ТИК of the same plan does not count. Cheap facts first: an executor
   * reporting on its own occurrence costs no organisation-tree query.
   */
  async function occurrenceRelations(tx: Db, user: SessionUser | null, assigned: boolean, plan: PlanRow, needed: 'report' | 'read' | 'review') {
    const rels = new Set<Relation>();
    if (assigned) rels.add('assigned');
    if (needed === 'report' && can(user, 'report', 'item', rels)) return rels;
    for (const r of withoutAssigned(await access.planRelations(tx, user, plan))) rels.add(r);
    return rels;
  }

  async function loadOccurrence(tx: Db, user: SessionUser | null, id: string, needed: 'report' | 'read') {
    const found = await findOccurrence(tx, id, assigneeOf(user));
    if (!found) throw notFound();
    const plan = found.plan;
    const rels = await occurrenceRelations(tx, user, found.assigned, plan, needed);
    const readable = can(user, 'read', 'report', rels) || can(user, 'report', 'item', rels);
    if (!readable) throw notFound();
    return { ...found, plan, rels };
  }

  async function indicatorsOf(tx: Db, planId: string) {
    const list = await listIndicators(tx, planId);
    return { indicators: list.length ? list : defaultIndicators, custom: list.length > 0 };
  }

  async function checkFiles(tx: Db, user: SessionUser, occurrenceId: string, fileIds: string[]) {
    if (!fileIds.length) return;
    const unique = [...new Set(fileIds)];
    const rows = await listFiles(tx, unique);
    const attachedHere = rows.some((f) => f.createdBy !== user.id) ? await fileIdsOfOccurrence(tx, occurrenceId) : new Set<string>();
    for (const id of unique) {
      const f = rows.find((r) => r.id === id);
      if (!f || (f.createdBy !== user.id && !attachedHere.has(id))) {
        throw new AppError('validation_failed', 'Файл не найден: загрузите его снова', { field: 'fileIds' });
      }
    }
  }

  async function planForDashboard(ctx: RequestContext, planId: string) {
    const plan = await findPlan(db, planId);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    const rels = await access.assertPlan(db, ctx.user, plan, 'read');
    if (!can(ctx.user, 'read', 'report', withoutAssigned(rels))) {
      throw new AppError('forbidden', 'Ход исполнения плана доступен его составителям и контролирующим комиссиям');
    }
    return plan;
  }

  /** Every occurrence of a plan with its state, section and outcome (dashboard, drill-down, report). */
  async function planEntries(tx: Db, planId: string, includeRetired = false) {
    const rows = await listPlanOccurrences(tx, planId, { includeRetired });
    const outline = await listItemOutline(tx, planId);
    const reports = groupReports(
      await listReportStates(
        tx,
        rows.map((r) => r.id),
      ),
    );
    const external = new Set((await listExternalExecutors(tx, [planId])).map((x) => x.executorKey));
    const byId = new Map(outline.map((i) => [i.id, i]));
    const rootOf = (id: string) => {
      let node = byId.get(id);
      const seen = new Set<string>();
      while (node?.parentId && byId.has(node.parentId) && !seen.has(node.id)) {
        seen.add(node.id);
        node = byId.get(node.parentId);
      }
      return node;
    };
    const at = now();
    const rollup = await cascadeRollup(tx, [planId], at);
    const list = rows
      .map((row) => {
        const { dto, rolledUpFrom } = rollup.apply(occurrenceListDto(row, reports.get(row.id) ?? [], at));
        const root = rootOf(row.itemId);
        const section = root && root.id !== row.itemId ? root : null;
        const isExternal = external.has(row.executorKey);
        return {
          dto,
          /** The lower body's occurrence in its own plan whose report counts for this one. */
          rolledUpFrom,
          external: isExternal,
          outcome: outcomeOf(dto._status, { external: isExternal }),
          sectionKey: section?.id ?? 'none',
          sectionLabel: section ? `${section.number}. ${section.title}` : 'Без раздела',
          sectionNumber: section?.number ?? '',
        };
      })
      .sort(
        (a, b) =>
          compareNumbers(a.dto.itemNumber, b.dto.itemNumber) ||
          a.dto.executorLabel.localeCompare(b.dto.executorLabel, 'ru') ||
          (a.dto.windowEnd ?? '').localeCompare(b.dto.windowEnd ?? ''),
      );
    return { list, outline, external };
  }

  /** Plans whose execution the user watches: read-report rights through ownership or control, not through an assignment. */
  function controlCondition(user: SessionUser) {
    const rels = allowedRelations(user, 'read', 'report');
    return visiblePlansCondition({
      all: rels.has('any'),
      organizationId: user.organizationId,
      personId: user.personId,
      own: rels.has('own'),
      below: rels.has('below'),
      assigned: false,
      published: false,
    });
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
            .map((v) => ({ id: v.id, decision: v.decision, comment: v.comment, reviewerName: v.reviewerName, createdAt: v.createdAt.toISOString() })),
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

    /** Stores an uploaded file (type judged by content, executables refused) for a report to come. */
    async upload(ctx: RequestContext, input: { bytes: Buffer; name: string }) {
      const user = ctx.user!;
      if (!can(user, 'report', 'item', new Set<Relation>(['assigned']))) throw new AppError('forbidden', 'Прикладывать файлы к отчетам могут исполнители');
      if (input.bytes.length > deps.uploadMaxBytes) throw tooLarge(deps.uploadMaxBytes);
      const name = (input.name || 'файл').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255);
      const sniffed = sniffFileType(input.bytes, name);
      if (!sniffed.ok) throw new AppError('file_type_refused', sniffed.message, { field: 'file', reason: sniffed.reason });
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      const storageKey = storageKeyFor(sha256);
      await deps.storage.put(storageKey, input.bytes);
      return db.transaction(async (tx) => {
        const row = await insertFile(tx, { sha256, name, contentType: sniffed.contentType, size: input.bytes.length, storageKey, createdBy: user.id });
        await audit(tx, ctx, { action: 'file.upload', entityType: 'file', entityId: row.id, after: fileDto(row) });
        return fileDto(row);
      });
    },

    /** A file may be downloaded by its uploader and by whoever may read a report it is attached to. */
    async download(ctx: RequestContext, id: string) {
      const file = await findFile(db, id);
      if (!file) throw new AppError('file_not_found', 'Файл не найден');
      let allowed = ctx.user !== null && file.createdBy === ctx.user.id;
      if (!allowed) {
        for (const r of await reportsWithFile(db, id)) {
          try {
            await loadOccurrence(db, ctx.user, r.occurrenceId, 'read');
            allowed = true;
            break;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
        }
      }
      if (!allowed) throw new AppError('file_not_found', 'Файл не найден');
      try {
        return { file: fileDto(file), stream: await deps.storage.open(file.storageKey) };
      } catch {
        throw new AppError('file_not_found', 'Содержимое файла недоступно в хранилище');
      }
    },

    /**
     * Progress of a plan by section, executor and month; overdue grouped by item,
     * reports waiting for review, items awaiting a date. Compact on purpose: the
     * dashboard opens the occurrences behind a figure with /occurrences.
     */
    async progress(ctx: RequestContext, planId: string) {
      const plan = await planForDashboard(ctx, planId);
      const { list, outline, external } = await planEntries(db, planId);
      const entries: ProgressEntry[] = list.map((e) => ({
        status: e.dto._status,
        sectionKey: e.sectionKey,
        sectionLabel: e.sectionLabel,
        executorKey: e.dto.executorKey,
        executorLabel: e.dto.executorLabel,
        month: e.dto.dueDate?.slice(0, 7) ?? null,
        external: e.external,
      }));
      const summary = summarize(entries);
      const itemDeadline = new Map<string, string | null>(outline.map((i) => [i.id, i.deadlineText]));
      const awaitingItems = new Map<string, { itemId: string; itemNumber: string; itemTitle: string; deadlineText: string | null; executors: number }>();
      for (const e of list) {
        if (e.outcome !== 'awaiting') continue;
        const a = awaitingItems.get(e.dto.itemId) ?? {
          itemId: e.dto.itemId,
          itemNumber: e.dto.itemNumber,
          itemTitle: e.dto.itemTitle,
          deadlineText: itemDeadline.get(e.dto.itemId) ?? null,
          executors: 0,
        };
        a.executors++;
        awaitingItems.set(e.dto.itemId, a);
      }
      const byExecutor = summary.byExecutor.map((g) => ({ ...g, external: external.has(g.key) }));
      const pendingReview = list
        .filter((e) => e.dto.current?.reviewStatus === 'pending' && !e.dto.needsRework)
        .map((e) => ({
          id: e.dto.id,
          itemNumber: e.dto.itemNumber,
          itemTitle: briefTitle(e.dto.itemTitle),
          executorLabel: e.dto.executorLabel,
          dueDate: e.dto.dueDate,
          reportStatus: e.dto.current!.status,
          submittedAt: e.dto.current!.createdAt,
        }))
        // The longest waiting first; the rest are behind «показать все» (the drill-down), so the overview stays small.
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
        .slice(0, 50);
      return {
        plan: {
          id: plan.id,
          title: plan.title,
          period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
          reportingPeriod: plan.reportingPeriod,
          status: plan.status,
        },
        totals: summary.totals,
        executedShare: executedShare(summary.totals),
        bySection: summary.bySection,
        byExecutor,
        byMonth: summary.byMonth,
        overdueItems: new Set(list.filter((e) => e.outcome === 'overdue').map((e) => e.dto.itemId)).size,
        pendingReview,
        awaiting: [...awaitingItems.values()].sort((a, b) => compareNumbers(a.itemNumber, b.itemNumber)),
        canMarkExternal: can(ctx.user, 'review', 'report', withoutAssigned(await access.planRelations(db, ctx.user, plan))),
      };
    },

    /**
     * «Просрочено» grouped by item: per item, the executors that have not reported
     * after the deadline and those that have (for the same deadlines). Executors are
     * given once, in `executors`, and named in the items by their index.
     */
    async overdue(ctx: RequestContext, planId: string) {
      await planForDashboard(ctx, planId);
      const { list, external } = await planEntries(db, planId);
      const grouped = groupOverdue(
        list.map((e) => ({
          occurrenceId: e.dto.id,
          itemId: e.dto.itemId,
          itemNumber: e.dto.itemNumber,
          itemTitle: e.dto.itemTitle,
          sectionKey: e.sectionKey,
          executorKey: e.dto.executorKey,
          executorLabel: e.dto.executorLabel,
          outcome: e.outcome,
          dueDate: e.dto.dueDate,
          windowEnd: e.dto.windowEnd,
        })),
      ).sort((a, b) => a.since.localeCompare(b.since) || compareNumbers(a.itemNumber, b.itemNumber));
      const executors: { key: string; label: string; external: boolean }[] = [];
      const index = new Map<string, number>();
      const indexOf = (x: { key: string; label: string }) => {
        let i = index.get(x.key);
        if (i === undefined) index.set(x.key, (i = executors.push({ key: x.key, label: x.label, external: external.has(x.key) }) - 1));
        return i;
      };
      const items = grouped.map((i) => ({
        itemId: i.itemId,
        itemNumber: i.itemNumber,
        itemTitle: i.itemTitle,
        overdue: i.overdue,
        since: i.since,
        missing: i.executors
          .filter((x) => x.overdue > 0)
          .map((x) => ({ executor: indexOf(x), overdue: x.overdue, reported: x.reported, since: x.since, occurrenceId: x.occurrenceId })),
        reported: i.executors.filter((x) => x.overdue === 0).map((x) => ({ executor: indexOf(x), reported: x.reported, occurrenceId: x.occurrenceId })),
      }));
      return { occurrences: grouped.reduce((a, i) => a + i.overdue, 0), executors, items };
    },

    /** Every plan past its draft whose execution the user controls or watches (the national roll-up: no page limit). */
    async controlledPlanIds(ctx: RequestContext): Promise<string[]> {
      return listNonDraftPlanIds(db, controlCondition(ctx.user!));
    },

    /**
     * «Контроль исполнения»: the plans in force whose execution the user controls or
     * watches, with what needs attention — overdue items and occurrences, reports
     * waiting for review — counted exactly as the plan's dashboard counts them.
     */
    async controlledPlans(ctx: RequestContext) {
      const user = ctx.user!;
      const rows = (await listPlans(db, controlCondition(user), { limit: 500, offset: 0 })).filter((r) => r.plan.status !== 'draft');
      const planIds = rows.map((r) => r.plan.id);
      const at = now();
      const today = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
      const counts = new Map((await planExecutionTallies(db, planIds, today)).map((t) => [t.planId, t]));
      return {
        plans: rows
          .map(({ plan, itemCount }) => {
            const c = counts.get(plan.id) ?? emptyPlanTally(plan.id);
            return {
              id: plan.id,
              title: plan.title,
              status: plan.status,
              organizationId: plan.organizationId,
              period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
              itemCount: Number(itemCount),
              occurrences: c.total,
              overdue: c.overdue,
              overdueItems: c.overdueItems,
              pendingReview: c.pendingReview,
              done: c.done,
              executedShare: executedShare(tallyOf(c)),
            };
          })
          .sort((a, b) => b.overdueItems + b.pendingReview - (a.overdueItems + a.pendingReview) || a.title.localeCompare(b.title, 'ru')),
      };
    },

    /**
     * The controller marks an executor of the plan as an external participant (or
     * takes the mark back): its occurrences without a report are then not counted
     * as overdue, because the plan's owner reports on it. Audited.
     */
    async setExternal(ctx: RequestContext, planId: string, input: { executorKey: string; external: boolean }) {
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        const rels = await access.assertPlan(tx, ctx.user, plan, 'read');
        if (!can(ctx.user, 'review', 'report', withoutAssigned(rels))) {
          throw new AppError('forbidden', 'Отмечать внешних участников может составитель плана или контролирующая комиссия');
        }
        const occ = (await listPlanOccurrences(tx, planId)).find((o) => o.executorKey === input.executorKey);
        if (!occ) throw new AppError('validation_failed', 'Такого исполнителя в плане нет', { field: 'executorKey' });
        const changed = input.external
          ? await insertExternalExecutor(tx, { planId, executorKey: input.executorKey, executorLabel: occ.executorLabel, markedBy: ctx.user!.id })
          : await deleteExternalExecutor(tx, planId, input.executorKey);
        if (changed.length) {
          await audit(tx, ctx, {
            action: input.external ? 'plan.executor.external' : 'plan.executor.internal',
            entityType: 'plan',
            entityId: planId,
            planId,
            before: { executorKey: input.executorKey, executorLabel: occ.executorLabel, external: !input.external },
            after: { executorKey: input.executorKey, executorLabel: occ.executorLabel, external: input.external },
          });
        }
        return { executorKey: input.executorKey, executorLabel: occ.executorLabel, external: input.external };
      });
    },

    /** The occurrences behind a figure of the dashboard (click-through). */
    async planOccurrences(
      ctx: RequestContext,
      planId: string,
      q: {
        section?: string | undefined;
        item?: string | undefined;
        executor?: string | undefined;
        month?: string | undefined;
        outcome?: Outcome | 'pending_review' | undefined;
      },
    ) {
      await planForDashboard(ctx, planId);
      const { list } = await planEntries(db, planId);
      const picked = list.filter(
        (e) =>
          (!q.section || e.sectionKey === q.section) &&
          (!q.item || e.dto.itemId === q.item) &&
          (!q.executor || e.dto.executorKey === q.executor) &&
          (!q.month || (e.dto.dueDate?.slice(0, 7) ?? 'none') === q.month) &&
          (!q.outcome || (q.outcome === 'pending_review' ? e.dto.current?.reviewStatus === 'pending' && !e.dto.needsRework : e.outcome === q.outcome)),
      );
      return {
        occurrences: picked.map((e) => ({
          ...publicListDto(e.dto),
          outcome: e.outcome,
          external: e.external,
          sectionKey: e.sectionKey,
          sectionLabel: e.sectionLabel,
        })),
      };
    },

    /** Entries for the execution report (the service of the document reads them). */
    planEntries,
    planForDashboard,

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

    /**
     * Ties an election to the plan: election-relative deadlines get their dates and
     * the items that were awaiting a date get their occurrences, in one transaction.
     */
    async attachElection(ctx: RequestContext, planId: string, input: { name: string; votingDay: string; calledOn?: string | null | undefined }) {
      if (input.calledOn && input.calledOn > input.votingDay)
        throw new AppError('validation_failed', 'Дата назначения выборов позже дня голосования', { field: 'calledOn' });
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'update');
        const election = await insertElectionForPlan(tx, planId, {
          organizationId: plan.organizationId,
          name: input.name,
          votingDay: input.votingDay,
          calledOn: input.calledOn ?? null,
        });
        await reresolveDeadlines(tx, plan);
        const { occurrences: sync, notified } = await syncOccurrencesWithNotices(tx, planId, election.name);
        await audit(tx, ctx, {
          action: 'plan.election.attach',
          entityType: 'plan',
          entityId: planId,
          planId,
          after: { election, occurrences: sync, notified },
        });
        return { election, occurrences: sync, elections: await listElectionsOfPlan(tx, planId) };
      });
    },
  };
}

/** A title cut on a word boundary for overview lists (the drill-down and the occurrence carry it whole). */
function briefTitle(title: string, max = 160): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export function tooLarge(max: number) {
  return new AppError(
    'file_too_large',
    `Файл слишком большой: допускается не более ${Math.round((max / 1024 / 1024) * 10) / 10} МБ. Остальные поля отчета сохранены в форме.`,
    { field: 'file', maxBytes: max },
  );
}

export type ExecutionService = ReturnType<typeof createExecutionService>;
export type { OccurrenceListDto, OccurrenceListRow };
