import { allowedRelations, can } from '../../domain/auth/policy.js';
import { groupOverdue } from '../../domain/execution/overdue-groups.js';
import { executedShare, outcomeOf, summarize, type Outcome, type ProgressEntry } from '../../domain/execution/progress.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext, SessionUser } from '../http/request-context.js';
import { listItemOutline, listPlanOccurrences } from '../repositories/occurrence.repository.js';
import { deleteExternalExecutor, insertExternalExecutor, listExternalExecutors } from '../repositories/external-executor.repository.js';
import { countPlans, findPlan, listNonDraftPlanIds, listPlans, visiblePlansCondition } from '../repositories/plan.repository.js';
import { listReportStates } from '../repositories/report.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { compareNumbers, groupReports, occurrenceListDto, publicListDto, sectionLabel } from './execution-view.js';
import { cascadeRollup } from './rollup.js';
import { emptyPlanTally, organizationTimeZoneList, tallyOf } from '../repositories/execution-tally.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { cachedPlanTallies } from '../repositories/plan-tally-cache.repository.js';
import { chairmanWindow } from '../../domain/execution/chairman.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { withoutAssigned, type ExecutionDeps } from './execution-access.js';

/**
 * Plans in the «Контроль исполнения» list: a reader works down a list, not through thousands
 * of rows (the country's figures are the chairman's roll-up); the response says how many more.
 */
const CONTROL_LIST_LIMIT = 500;

/** The plan's execution dashboard: progress, overdue by item, the drill-down, external executors, the controller's plans. */
export function createExecutionDashboard(db: Db, access: Access, deps: ExecutionDeps) {
  const now = deps.now ?? (() => new Date());

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
          sectionLabel: sectionLabel(section),
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

    /**
     * «Контроль исполнения»: the plans in force whose execution the user controls or
     * watches, with what needs attention — overdue items and occurrences, reports
     * waiting for review — counted exactly as the plan's dashboard counts them.
     */
    /** Every plan past its draft whose execution the user controls or watches (the national roll-up: no page limit). */
    async controlledPlanIds(ctx: RequestContext): Promise<string[]> {
      return listNonDraftPlanIds(db, controlCondition(ctx.user!));
    },

    async controlledPlans(ctx: RequestContext) {
      const user = ctx.user!;
      const query = { limit: CONTROL_LIST_LIMIT, offset: 0, inForce: true };
      const [rows, total] = await Promise.all([listPlans(db, controlCondition(user), query), countPlans(db, controlCondition(user), query)]);
      const planIds = rows.map((r) => r.plan.id);
      const at = now();
      const today = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
      // From the per-plan tally cache (the same classification as the live statement, recomputed for what changed).
      // A plan never computed yet is kept for this reader's day until the warm job keeps it for the national reader's.
      const readerDay = todayIn((await findOrganization(db, user.organizationId))?.timeZone ?? 'Europe/Moscow', at);
      const counts = new Map((await cachedPlanTallies(db, planIds, today, readerDay, chairmanWindow)).rows.map((t) => [t.planId, t]));
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
        total,
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
  };
}

/** A title cut on a word boundary for overview lists (the drill-down and the occurrence carry it whole). */
function briefTitle(title: string, max = 160): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
