import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { PlanDraft, DraftItem } from '../../shared/plan-format.js';
import { computeNumbers } from '../../domain/plan/tree.js';
import { approvalLines } from '../../documents/export/approval-block.js';
import { diffVersions, type SnapshotItem } from '../../domain/plan/version-diff.js';
import { matchOrganization } from '../../domain/executor/normalize.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findOrganization, listOrganizations } from '../repositories/organization.repository.js';
import { updateItemDeadlines } from '../repositories/item-deadline.repository.js';
import { insertExecutors, insertItems, listItemsOfPlan } from '../repositories/item.repository.js';
import {
  deletePlanRow,
  findPlan,
  findPlanForUpdate,
  findPlansByIds,
  insertElectionForPlan,
  insertPlan,
  insertPlanVersion,
  findPlanVersion,
  listPlanVersions,
  listElectionsOfPlan,
  countPlans,
  listPlans,
  replaceAbbreviations,
  updatePlanRow,
  type PlanListQuery,
  type PlanRow,
} from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { planSnapshot } from './plan-snapshot.js';
import { officialText, openAmendmentIfApproved } from './plan-lifecycle.service.js';
import { planDto, type ItemNodeDto } from './plan.dto.js';
import { serializedCache } from './serialized-cache.js';
import { refuseIfReported, syncOccurrences } from './occurrence-sync.js';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';
import { planExecutorScope } from './reference-guard.js';
import { listEventsOfPlan } from '../repositories/plan-event.repository.js';

export interface PlanInput {
  organizationId?: string | undefined;
  kind: string;
  title: string;
  period?: { start: string; end: string } | null | undefined;
  description?: string | null | undefined;
  columns?: { key: string; title: string; role: string }[] | undefined;
  approval?: { authority: string | null; date: string | null; number: string | null; appendix?: string | null | undefined } | null | undefined;
  abbreviations?: { short: string; full: string }[] | undefined;
  reportingPeriod?: string | undefined;
}

export interface PlanPatch extends Partial<PlanInput> {
  version?: number | undefined;
  status?: string | undefined;
  published?: boolean | undefined;
}

function approvalColumns(approval: PlanInput['approval']) {
  return {
    approvalAuthority: approval?.authority ?? null,
    approvalDate: approval?.date ?? null,
    approvalNumber: approval?.number ?? null,
    approvalAppendix: approval?.appendix ?? null,
  };
}

function checkPeriod(period: PlanInput['period']) {
  if (period && period.start > period.end) {
    throw new AppError('validation_failed', 'Начало периода плана позже его окончания', { field: 'period' });
  }
}

/** Bump when the shape of a plan read changes, so that clients and the cache drop old answers. */
const PLAN_READ_FORMAT = 2;
/** Serialized plan reads kept in memory (characters): a few dozen large plans. */
const PLAN_READ_CACHE_CHARS = 32 * 1024 * 1024;

/**
 * What a plan read returns depends on the plan row and on its items, executors and
 * glossary, whose every write bumps `content_revision` (database triggers,
 * migration 0007): the ETag is a digest of both.
 */
export function planEtag(plan: PlanRow): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([PLAN_READ_FORMAT, plan.contentRevision, planDto(plan)]))
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}

/** If-None-Match (a list of tags, or *) against the current strong tag; weak forms compare equal (RFC 9110 §13.1.2). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The tree as the plan page reads it: without what only repeats (each item's plan
 * id is the plan's, the deadline's text is `deadlineText`). The item endpoint and
 * stored version snapshots keep the full item.
 */
function slimTree<T extends { items: ItemNodeDto[] }>(plan: T) {
  const slim = (nodes: ItemNodeDto[]): unknown[] =>
    nodes.map(({ planId: _planId, children, deadline, ...node }) => {
      const { text: _text, ...rest } = (deadline && typeof deadline === 'object' ? deadline : {}) as Record<string, unknown>;
      return { ...node, deadline: deadline && typeof deadline === 'object' ? rest : deadline, children: slim(children) };
    });
  return { ...plan, items: slim(plan.items) };
}

export function createPlanService(db: Db, access: Access) {
  const planReads = serializedCache(PLAN_READ_CACHE_CHARS);
  // Readers that arrive together (a hundred clients polling a plan) share one query for the plan rows.
  const planRows = new DataLoader<string, PlanRow | null>(
    async (ids) => {
      const rows = await findPlansByIds(db, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { cache: false, maxBatchSize: 200, batchScheduleFn: (run) => setImmediate(run) },
  );
  async function loadPlan(id: string): Promise<PlanRow> {
    const plan = await findPlan(db, id);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    return plan;
  }

  const snapshot = planSnapshot;

  /** Writes a draft's items as a tree (ids made here so that one insert per level is enough). */
  async function insertDraftItems(tx: Db, plan: PlanRow, draft: Pick<PlanDraft, 'items' | 'abbreviations'>) {
    // Only organisations of the plan's line may become executors (see reference-guard).
    const line = await planExecutorScope(tx, plan.organizationId);
    const orgs = (await listOrganizations(tx)).filter((o) => line.has(o.id));
    const elections = await listElectionsOfPlan(tx, plan.id);
    const ctx = deadlineContext(plan, elections, undefined, await listEventsOfPlan(tx, plan.id));
    const rows: Parameters<typeof insertItems>[1] = [];
    const executors: Parameters<typeof insertExecutors>[1] = [];
    const walk = (items: DraftItem[], parentId: string | null) => {
      items.forEach((item, position) => {
        const id = randomUUID();
        const deadlineText = item.deadline?.text ?? null;
        rows.push({
          id,
          planId: plan.id,
          parentId,
          position,
          number: '',
          sourceNumber: item.number,
          kind: item.kind === 'section' ? 'section' : 'item',
          title: item.title,
          deadlineText,
          deadline: resolveItemDeadline(deadlineText, ctx),
          fields: item.fields ?? {},
          sourceLine: item.line ?? null,
        });
        item.executors.forEach((e, i) => {
          const org = e.kind === 'person' ? null : matchOrganization(e.text, orgs, draft.abbreviations);
          executors.push({ itemId: id, position: i, text: e.text, kind: e.kind, role: 'responsible', organizationId: org?.id ?? null });
        });
        walk(item.children ?? [], id);
      });
    };
    walk(draft.items, null);
    const numbers = computeNumbers(rows.map((r) => ({ id: r.id!, parentId: r.parentId ?? null, position: r.position })));
    for (const r of rows) r.number = numbers.get(r.id!)!;
    // Parents before children: rows were pushed in pre-order, so chunks keep foreign keys satisfied.
    for (let i = 0; i < rows.length; i += 500) await insertItems(tx, rows.slice(i, i + 500));
    for (let i = 0; i < executors.length; i += 1000) await insertExecutors(tx, executors.slice(i, i + 1000));
    return rows.length;
  }

  async function createFromDraftIn(tx: Db, ctx: RequestContext, organizationId: string, draft: PlanDraft, source: Record<string, unknown> = {}) {
    if (!(await findOrganization(tx, organizationId))) throw new AppError('organization_not_found', 'Организация не найдена');
    await access.assertOrg(tx, ctx.user, organizationId, 'create', 'plan');
    checkPeriod(draft.period);
    const plan = await insertPlan(tx, {
      organizationId,
      kind: draft.kind,
      title: draft.title || 'План без названия',
      periodStart: draft.period?.start ?? null,
      periodEnd: draft.period?.end ?? null,
      description: draft.description,
      columns: draft.columns ?? [],
      ...approvalColumns(draft.approval),
      source: { ...source, warnings: draft.warnings.length },
      createdBy: ctx.user?.id ?? null,
    });
    await replaceAbbreviations(tx, plan.id, draft.abbreviations);
    // Elections first: election-relative deadlines of the items resolve against them.
    for (const e of draft.elections ?? []) {
      await insertElectionForPlan(tx, plan.id, {
        organizationId,
        name: e.name ?? 'Выборы',
        votingDay: e.votingDay,
        votingDays: e.votingDays ?? 1,
        calledOn: e.calledOn ?? null,
      });
    }
    const itemCount = await insertDraftItems(tx, plan, draft);
    await syncOccurrences(tx, plan.id);
    await audit(tx, ctx, {
      action: 'plan.import',
      entityType: 'plan',
      entityId: plan.id,
      planId: plan.id,
      after: { ...planDto(plan), itemCount, source },
    });
    return { ...planDto(plan), itemCount };
  }

  return {
    async list(ctx: RequestContext, q: PlanListQuery & { scope?: 'mine' | 'all' }) {
      const visibility = access.planVisibility(ctx.user, { withPublished: q.scope !== 'mine' });
      const [rows, total] = await Promise.all([listPlans(db, visibility, q), countPlans(db, visibility, q)]);
      return { plans: rows.map((r) => ({ ...planDto(r.plan), itemCount: r.itemCount })), total };
    },

    async get(ctx: RequestContext, id: string) {
      const plan = await loadPlan(id);
      await access.assertPlan(db, ctx.user, plan, 'read');
      const result = await snapshot(db, plan);
      // The гриф as the documents print it, so the screen says the same words.
      return { ...result, approvalBlock: approvalLines(result) };
    },

    /**
     * The official text for exports and the public page: while an amendment is open,
     * the approved version, not the working copy the editor shows.
     */
    async getOfficial(ctx: RequestContext, id: string) {
      const plan = await loadPlan(id);
      await access.assertPlan(db, ctx.user, plan, 'read');
      return officialText(db, plan, await snapshot(db, plan));
    },

    /**
     * The plan with its tree as serialized JSON, with a strong ETag. Only the plan
     * row is read before the answer is known: a matching `If-None-Match` gets
     * `notModified` without loading a single item, and a changed plan is
     * serialized once per revision (the answer does not depend on who reads it).
     */
    async read(ctx: RequestContext, id: string, ifNoneMatch: string | undefined): Promise<{ etag: string; body: string | null }> {
      const plan = await planRows.load(id);
      if (!plan) throw new AppError('plan_not_found', 'План не найден');
      await access.assertPlan(db, ctx.user, plan, 'read');
      const etag = planEtag(plan);
      if (etagMatches(ifNoneMatch, etag)) return { etag, body: null };
      const body = await planReads.get(etag, async () => {
        const result = await snapshot(db, plan);
        // The гриф as the documents print it (a function of the plan row, so the ETag covers it).
        return JSON.stringify(slimTree({ ...result, approvalBlock: approvalLines(result) }));
      });
      return { etag, body };
    },

    async create(ctx: RequestContext, input: PlanInput) {
      const organizationId = input.organizationId ?? ctx.user?.organizationId;
      if (!organizationId) throw new AppError('validation_failed', 'Не указана организация плана', { field: 'organizationId' });
      if (!(await findOrganization(db, organizationId))) throw new AppError('organization_not_found', 'Организация не найдена');
      await access.assertOrg(db, ctx.user, organizationId, 'create', 'plan');
      checkPeriod(input.period);
      return db.transaction(async (tx) => {
        const plan = await insertPlan(tx, {
          organizationId,
          kind: input.kind,
          title: input.title,
          periodStart: input.period?.start ?? null,
          periodEnd: input.period?.end ?? null,
          description: input.description ?? null,
          columns: input.columns ?? [],
          reportingPeriod: input.reportingPeriod ?? 'half_year',
          ...approvalColumns(input.approval),
          createdBy: ctx.user?.id ?? null,
        });
        if (input.abbreviations?.length) await replaceAbbreviations(tx, plan.id, input.abbreviations);
        const result = await snapshot(tx, plan);
        await audit(tx, ctx, { action: 'plan.create', entityType: 'plan', entityId: plan.id, planId: plan.id, after: result });
        return result;
      });
    },

    /** Creates a plan with all its items from an import draft, in one transaction. */
    createFromDraft(ctx: RequestContext, organizationId: string, draft: PlanDraft, source: Record<string, unknown> = {}) {
      return db.transaction((tx) => createFromDraftIn(tx, ctx, organizationId, draft, source));
    },

    /** The same inside the caller's transaction (import confirmation removes the pending import with it). */
    createFromDraftIn,

    async update(ctx: RequestContext, id: string, patch: PlanPatch) {
      return db.transaction(async (tx) => {
        // Locked first: two edits of the same version must not both pass the check below.
        const plan = await findPlanForUpdate(tx, id);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        const changesStatus = patch.status !== undefined && patch.status !== plan.status;
        const { status: _s, version: _v, ...content } = patch;
        if (Object.values(content).some((v) => v !== undefined)) await access.assertPlan(tx, ctx.user, plan, 'update');
        if (changesStatus) await access.assertPlan(tx, ctx.user, plan, patch.status === 'draft' ? 'update' : 'approve');
        if (!changesStatus && !Object.values(content).some((v) => v !== undefined)) await access.assertPlan(tx, ctx.user, plan, 'read');
        if (changesStatus && (patch.status === 'executed' || patch.status === 'archived' || patch.status === 'closed')) {
          // Those steps have their own audited transition (POST /api/plans/:id/status).
          throw new AppError('validation_failed', 'Исполнение плана и архив отмечаются кнопками плана «Отметить исполненным» и «В архив»', { field: 'status' });
        }
        const conflict = () => new AppError('version_conflict', 'План уже изменен другим пользователем. Обновите страницу и повторите изменение.');
        if (patch.version !== undefined && patch.version !== plan.version) throw conflict();
        const period = patch.period;
        checkPeriod(period);
        const before = await snapshot(tx, plan);
        // Changing the contents of an approved plan opens an amendment; publishing it does not.
        const { published: _p, ...contents } = content;
        let expectedVersion = patch.version;
        if (!changesStatus && Object.values(contents).some((v) => v !== undefined) && !plan.amendmentOpenedAt) {
          await openAmendmentIfApproved(tx, ctx, plan);
          if (expectedVersion !== undefined) expectedVersion = (await findPlanForUpdate(tx, id))!.version;
        }
        const updated = await updatePlanRow(
          tx,
          id,
          {
            ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
            ...(patch.title !== undefined ? { title: patch.title } : {}),
            ...(period !== undefined ? { periodStart: period?.start ?? null, periodEnd: period?.end ?? null } : {}),
            ...(patch.description !== undefined ? { description: patch.description } : {}),
            ...(patch.columns !== undefined ? { columns: patch.columns } : {}),
            ...(patch.approval !== undefined ? approvalColumns(patch.approval) : {}),
            ...(patch.status !== undefined ? { status: patch.status } : {}),
            ...(patch.published !== undefined ? { published: patch.published } : {}),
            ...(patch.reportingPeriod !== undefined ? { reportingPeriod: patch.reportingPeriod } : {}),
            // Back to a draft: the items are the text again, there is nothing to amend.
            ...(changesStatus && patch.status === 'draft' ? { amendmentOpenedAt: null, officialVersion: null } : {}),
            // The row is locked: this update makes version + 1, the version snapshotted below.
            ...(changesStatus && (patch.status === 'approved' || patch.status === 'amended')
              ? { officialVersion: plan.version + 1, amendmentOpenedAt: null }
              : {}),
          },
          expectedVersion,
        );
        if (!updated) throw conflict();
        if (patch.abbreviations !== undefined) await replaceAbbreviations(tx, id, patch.abbreviations);
        if (period !== undefined) await reresolveDeadlines(tx, updated);
        // Execution control: new dates or another reporting period change the occurrences (reports are kept).
        const entersOrLeavesForce = changesStatus && (plan.status === 'draft' || patch.status === 'draft');
        if (entersOrLeavesForce || period !== undefined || (patch.reportingPeriod !== undefined && patch.reportingPeriod !== plan.reportingPeriod))
          await syncOccurrences(tx, id);
        const after = await snapshot(tx, updated);
        if (changesStatus && (patch.status === 'approved' || patch.status === 'amended')) {
          await insertPlanVersion(tx, { planId: id, version: updated.version, reason: patch.status, snapshot: after, createdBy: ctx.user?.id ?? null });
        }
        const { items: _b, ...beforeHead } = before;
        const { items: _a, ...afterHead } = after;
        await audit(tx, ctx, { action: 'plan.update', entityType: 'plan', entityId: id, planId: id, before: beforeHead, after: afterHead });
        return after;
      });
    },

    async versions(ctx: RequestContext, id: string) {
      const plan = await loadPlan(id);
      await access.assertPlan(db, ctx.user, plan, 'read');
      const rows = await listPlanVersions(db, id);
      // The plan's header comes along: the versions page needs its title, not the whole item tree.
      return { plan: { id: plan.id, title: plan.title, status: plan.status }, versions: rows.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) };
    },

    async version(ctx: RequestContext, id: string, version: number) {
      const plan = await loadPlan(id);
      await access.assertPlan(db, ctx.user, plan, 'read');
      const row = await findPlanVersion(db, id, version);
      if (!row) throw new AppError('not_found', `Версия ${version} плана не найдена`);
      return { version: row.version, reason: row.reason, createdAt: row.createdAt.toISOString(), snapshot: row.snapshot };
    },

    /** Differences between two versions; `to` omitted means the current state of the plan. */
    async diff(ctx: RequestContext, id: string, from: number, to?: number) {
      const plan = await loadPlan(id);
      await access.assertPlan(db, ctx.user, plan, 'read');
      const load = async (version: number) => {
        const row = await findPlanVersion(db, id, version);
        if (!row) throw new AppError('not_found', `Версия ${version} плана не найдена`);
        return (row.snapshot as { items: SnapshotItem[] }).items;
      };
      const before = await load(from);
      const after = to === undefined ? ((await snapshot(db, plan)).items as SnapshotItem[]) : await load(to);
      return { from, to: to ?? ('current' as const), ...diffVersions(before, after) };
    },

    async remove(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const plan = await findPlan(tx, id);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'delete');
        await refuseIfReported(tx, id);
        const before = await snapshot(tx, plan);
        await deletePlanRow(tx, id);
        await audit(tx, ctx, { action: 'plan.delete', entityType: 'plan', entityId: id, planId: id, before });
      });
    },
  };
}

/** A new period changes what «Январь» means: re-resolve every item's deadline. */
export async function reresolveDeadlines(tx: Db, plan: PlanRow) {
  const items = await listItemsOfPlan(tx, plan.id);
  const elections = await listElectionsOfPlan(tx, plan.id);
  const ctx = deadlineContext(plan, elections, undefined, await listEventsOfPlan(tx, plan.id));
  await updateItemDeadlines(
    tx,
    items.filter((i) => i.deadlineText).map((i) => ({ id: i.id, deadline: resolveItemDeadline(i.deadlineText, ctx) })),
  );
}

export type PlanService = ReturnType<typeof createPlanService>;
