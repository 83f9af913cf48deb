import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findPlan, insertElectionForPlan, listElectionsOfPlan } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { redatePlan } from './plan-redate.js';
import { assertCalledBeforeVoting } from './plan-election.service.js';

/** Elections the plan's deadlines count from (attaching one; editing and removing are plan-election.service.ts). */
export function createExecutionElections(db: Db, access: Access) {
  return {
    /**
     * Ties an election to the plan: election-relative deadlines get their dates and
     * the items that were awaiting a date get their occurrences, in one transaction.
     */
    async attachElection(
      ctx: RequestContext,
      planId: string,
      input: { name: string; votingDay: string; votingDays?: number | undefined; calledOn?: string | null | undefined },
    ) {
      assertCalledBeforeVoting(input);
      return db.transaction(async (tx) => {
        const plan = await findPlan(tx, planId);
        if (!plan) throw new AppError('plan_not_found', 'План не найден');
        await access.assertPlan(tx, ctx.user, plan, 'update');
        const election = await insertElectionForPlan(tx, planId, {
          organizationId: plan.organizationId,
          name: input.name,
          votingDay: input.votingDay,
          votingDays: input.votingDays ?? 1,
          calledOn: input.calledOn ?? null,
        });
        const { occurrences } = await redatePlan(tx, ctx, plan, { cause: election.name, action: 'plan.election.attach', after: { election } });
        return { election, occurrences, elections: await listElectionsOfPlan(tx, planId) };
      });
    },
  };
}
