import type { Act } from '../../domain/plan/act.js';
import { can } from '../../domain/auth/policy.js';
import { canApprove, canOpenAmendment, closingStep, type ClosingTarget } from '../../domain/plan/lifecycle.js';
import type { Db } from '../db/client.js';
import type { PlanAct } from '../db/schema/plans.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findPlanForUpdate, findPlanVersion, insertPlanVersion, updatePlanRow, type PlanRow } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { restoreOfficialText } from './amendment-restore.js';
import { audit } from './audit.js';
import { syncOccurrences } from './occurrence-sync.js';
import { planSnapshot, type PlanSnapshot } from './plan-snapshot.js';

const statusNames: Record<string, string> = {
  draft: 'проект',
  review: 'на согласовании',
  approved: 'утвержден',
  amended: 'утвержден',
  executed: 'исполнен',
  closed: 'исполнен',
  archived: 'в архиве',
};

function actJson(act: Act): PlanAct {
  return { kind: act.kind, authority: act.authority, date: act.date, number: act.number, appendix: act.appendix ?? null };
}

async function lockedPlan(tx: Db, id: string): Promise<PlanRow> {
  const plan = await findPlanForUpdate(tx, id);
  if (!plan) throw new AppError('plan_not_found', 'План не найден');
  return plan;
}

/**
 * Opens an amendment when an approved plan is about to be edited: the edit goes to
 * the working copy (plan_items) and the approved version stays the official text.
 * Call inside the edit's transaction, after its permission check.
 */
export async function openAmendmentIfApproved(tx: Db, ctx: RequestContext, plan: PlanRow): Promise<void> {
  if (!canOpenAmendment(plan.status) || plan.amendmentOpenedAt) return;
  if (plan.officialVersion === null) {
    // Approved before versions pointed at the official text: what it is now is what was approved.
    const updated = await updatePlanRow(tx, plan.id, {});
    await insertPlanVersion(tx, {
      planId: plan.id,
      version: updated!.version,
      reason: 'approved',
      snapshot: await planSnapshot(tx, updated!),
      createdBy: ctx.user?.id ?? null,
    });
    await updatePlanRow(tx, plan.id, { officialVersion: updated!.version, amendmentOpenedAt: new Date() });
  } else {
    await updatePlanRow(tx, plan.id, { amendmentOpenedAt: new Date() });
  }
  await audit(tx, ctx, {
    action: 'plan.amendment.open',
    entityType: 'plan',
    entityId: plan.id,
    planId: plan.id,
    after: { officialVersion: plan.officialVersion },
  });
}

/**
 * The plan's official text: while an amendment is open, the approved snapshot;
 * otherwise the plan as it is (then the items are the official text).
 */
export async function officialText(db: Db, plan: PlanRow, live: PlanSnapshot): Promise<PlanSnapshot> {
  if (!plan.amendmentOpenedAt || plan.officialVersion === null) return live;
  const row = await findPlanVersion(db, plan.id, plan.officialVersion);
  if (!row) return live;
  const official = row.snapshot as unknown as PlanSnapshot;
  // The header's state (status, publication, the open amendment) is today's; the contents are the approved ones.
  return { ...official, status: live.status, published: live.published, amendment: live.amendment, revision: official.revision ?? null };
}

export function createPlanLifecycleService(db: Db, access: Access) {
  /** Writes the approved version and makes it the official text (approval and amendment alike). */
  async function recordVersion(
    tx: Db,
    ctx: RequestContext,
    plan: PlanRow,
    reason: 'approved' | 'amendment',
    act: Act,
    values: Parameters<typeof updatePlanRow>[2],
  ) {
    // The row is locked: this update makes version + 1, the version recorded below.
    const official = (await updatePlanRow(tx, plan.id, { ...values, amendmentOpenedAt: null, officialVersion: plan.version + 1 }))!;
    const after = await planSnapshot(tx, official);
    await insertPlanVersion(tx, { planId: plan.id, version: official.version, reason, act: actJson(act), snapshot: after, createdBy: ctx.user?.id ?? null });
    // The new official text is what executors are now due to do.
    await syncOccurrences(tx, plan.id);
    return { official, version: official.version };
  }

  return {
    async approve(ctx: RequestContext, id: string, act: Act) {
      return db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        await access.assertPlan(tx, ctx.user, plan, 'approve');
        if (!canApprove(plan.status)) {
          throw new AppError('conflict', plan.amendmentOpenedAt ? 'План уже утвержден: утвердите изменения к нему' : 'План уже утвержден', {
            status: plan.status,
          });
        }
        const before = await planSnapshot(tx, plan);
        const { official, version } = await recordVersion(tx, ctx, plan, 'approved', act, {
          status: 'approved',
          approvalKind: act.kind,
          approvalAuthority: act.authority,
          approvalDate: act.date,
          approvalNumber: act.number,
          approvalAppendix: act.appendix ?? null,
          revisionAct: null,
        });
        const { items: _b, ...beforeHead } = before;
        await audit(tx, ctx, {
          action: 'plan.approve',
          entityType: 'plan',
          entityId: id,
          planId: id,
          before: beforeHead,
          after: { status: 'approved', act, version },
        });
        return planSnapshot(tx, official);
      });
    },

    /** Opens an amendment explicitly (editing an approved plan opens one too). */
    async startAmendment(ctx: RequestContext, id: string) {
      return db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        await access.assertPlan(tx, ctx.user, plan, 'update');
        if (plan.amendmentOpenedAt) throw new AppError('conflict', 'Изменения к плану уже начаты');
        if (!canOpenAmendment(plan.status))
          throw new AppError('conflict', 'Изменения вносятся в утвержденный план; этот план можно править напрямую', { status: plan.status });
        await openAmendmentIfApproved(tx, ctx, plan);
        return planSnapshot(tx, await lockedPlan(tx, id));
      });
    },

    async approveAmendment(ctx: RequestContext, id: string, act: Act) {
      return db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        await access.assertPlan(tx, ctx.user, plan, 'approve');
        if (!plan.amendmentOpenedAt) throw new AppError('not_found', 'У плана нет неутвержденных изменений');
        const { official, version } = await recordVersion(tx, ctx, plan, 'amendment', act, { revisionAct: actJson(act) });
        await audit(tx, ctx, {
          action: 'plan.amendment.approve',
          entityType: 'plan',
          entityId: id,
          planId: id,
          before: { officialVersion: plan.officialVersion },
          after: { officialVersion: version, act },
        });
        return planSnapshot(tx, official);
      });
    },

    /**
     * After the plan's year: approved → executed → archived, and back (reopen,
     * unarchive). A decision of the commission, so it takes the right to approve;
     * the read-only guard of executed and archived plans does not stop it.
     */
    async transition(ctx: RequestContext, id: string, to: ClosingTarget) {
      return db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        const rels = await access.assertPlan(tx, ctx.user, plan, 'read');
        if (!can(ctx.user, 'approve', 'plan', rels))
          throw new AppError('forbidden', 'Отмечать исполнение плана и отправлять его в архив может контролирующая комиссия');
        const step = closingStep(plan.status, to);
        if (!step) {
          throw new AppError('conflict', `План в статусе «${statusNames[plan.status] ?? plan.status}» нельзя перевести в статус «${statusNames[to]}»`, {
            status: plan.status,
          });
        }
        if (step === 'execute' && plan.amendmentOpenedAt)
          throw new AppError('conflict', 'У плана есть неутвержденные изменения: утвердите или отмените их, прежде чем отмечать исполнение');
        const updated = (await updatePlanRow(tx, id, { status: to }))!;
        await audit(tx, ctx, { action: `plan.${step}`, entityType: 'plan', entityId: id, planId: id, before: { status: plan.status }, after: { status: to } });
        return planSnapshot(tx, updated);
      });
    },

    /** Drops the working copy: the items, glossary and header return to the official text. */
    async discardAmendment(ctx: RequestContext, id: string) {
      return db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        await access.assertPlan(tx, ctx.user, plan, 'update');
        if (!plan.amendmentOpenedAt || plan.officialVersion === null) throw new AppError('not_found', 'У плана нет неутвержденных изменений');
        const version = await findPlanVersion(tx, id, plan.officialVersion);
        if (!version) throw new AppError('conflict', 'Утвержденная версия плана не найдена: изменения нельзя отменить');
        const working = await planSnapshot(tx, plan);
        const restored = await restoreOfficialText(tx, plan, version.snapshot as unknown as PlanSnapshot);
        await syncOccurrences(tx, id);
        await audit(tx, ctx, {
          action: 'plan.amendment.discard',
          entityType: 'plan',
          entityId: id,
          planId: id,
          // The whole working copy: discarding must not lose it silently.
          before: working,
          after: { officialVersion: plan.officialVersion },
        });
        return planSnapshot(tx, restored);
      });
    },
  };
}

export type PlanLifecycleService = ReturnType<typeof createPlanLifecycleService>;
