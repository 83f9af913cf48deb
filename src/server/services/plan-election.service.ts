/**
 * Editing and removing the elections of a plan. Moving the voting day (or the call date) re-dates every
 * dependent item and its occurrences in one audited transaction and tells the executors whose dates moved;
 * removing an election leaves the items counted from it «ожидает даты».
 */
import type { Db } from '../db/client.js';
import { firstVotingDay } from '../../domain/deadline/index.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { deleteElection, findElectionOfPlan, updateElection } from '../repositories/election.repository.js';
import { listItemsOfPlan } from '../repositories/item.repository.js';
import { findPlan, listElectionsOfPlan } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { redatePlan } from './plan-redate.js';

/** The call must precede voting: with several voting days, the first of them (ст. 63.1 67-ФЗ). */
export function assertCalledBeforeVoting(e: { votingDay: string; votingDays?: number | undefined; calledOn?: string | null | undefined }): void {
  if (!e.calledOn) return;
  if (e.calledOn > e.votingDay) throw new AppError('validation_failed', 'Дата назначения выборов позже дня голосования', { field: 'calledOn' });
  const first = firstVotingDay(e.votingDay, e.votingDays ?? 1);
  if (e.calledOn >= first && first < e.votingDay) {
    throw new AppError('validation_failed', 'Дата назначения выборов позже первого дня голосования', { field: 'calledOn' });
  }
}

export interface ElectionInput {
  name?: string | undefined;
  votingDay?: string | undefined;
  votingDays?: number | undefined;
  calledOn?: string | null | undefined;
}

/** Items whose deadlines count from the voting day or the call: they lose their dates with the plan's last election. */
async function dependentItems(db: Db, planId: string) {
  const items = await listItemsOfPlan(db, planId);
  return items
    .filter((i) => (i.deadline as { kind?: string } | null)?.kind === 'election_relative')
    .map((i) => ({ id: i.id, number: i.number, title: i.title }));
}

export function createPlanElectionService(db: Db, access: Access) {
  async function planFor(tx: Db, ctx: RequestContext, planId: string, action: 'read' | 'update') {
    const plan = await findPlan(tx, planId);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    await access.assertPlan(tx, ctx.user, plan, action);
    return plan;
  }

  async function electionFor(tx: Db, planId: string, electionId: string) {
    const election = await findElectionOfPlan(tx, planId, electionId);
    if (!election) throw new AppError('not_found', 'Выборы не найдены в этом плане');
    return election;
  }

  return {
    /** The plan's elections and the items counted from them (what removing the last one would leave undated). */
    async list(ctx: RequestContext, planId: string) {
      await planFor(db, ctx, planId, 'read');
      return { elections: await listElectionsOfPlan(db, planId), dependents: await dependentItems(db, planId) };
    },

    async update(ctx: RequestContext, planId: string, electionId: string, input: ElectionInput) {
      return db.transaction(async (tx) => {
        const plan = await planFor(tx, ctx, planId, 'update');
        const before = await electionFor(tx, planId, electionId);
        const next = {
          name: input.name?.trim() || before.name,
          votingDay: input.votingDay ?? before.votingDay,
          votingDays: input.votingDays ?? before.votingDays,
          calledOn: input.calledOn === undefined ? before.calledOn : input.calledOn,
        };
        assertCalledBeforeVoting(next);
        const election = await updateElection(tx, electionId, next);
        const { occurrences, notified } = await redatePlan(tx, ctx, plan, {
          cause: election.name,
          action: 'plan.election.update',
          before: { id: before.id, name: before.name, votingDay: before.votingDay, votingDays: before.votingDays, calledOn: before.calledOn },
          after: {
            election: { id: election.id, name: election.name, votingDay: election.votingDay, votingDays: election.votingDays, calledOn: election.calledOn },
          },
        });
        return { election, occurrences, notified, elections: await listElectionsOfPlan(tx, planId) };
      });
    },

    async remove(ctx: RequestContext, planId: string, electionId: string) {
      return db.transaction(async (tx) => {
        const plan = await planFor(tx, ctx, planId, 'update');
        const before = await electionFor(tx, planId, electionId);
        await deleteElection(tx, electionId);
        const { occurrences, notified } = await redatePlan(tx, ctx, plan, {
          cause: before.name,
          action: 'plan.election.delete',
          before: { id: before.id, name: before.name, votingDay: before.votingDay, votingDays: before.votingDays, calledOn: before.calledOn },
        });
        return { occurrences, notified, elections: await listElectionsOfPlan(tx, planId) };
      });
    },
  };
}

export type PlanElectionService = ReturnType<typeof createPlanElectionService>;
