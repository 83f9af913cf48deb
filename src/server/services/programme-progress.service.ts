import { can } from '../../domain/auth/policy.js';
import { addOutcome, emptyRollup, rollupState, sumRollups, type RollupTally } from '../../domain/execution/programme-rollup.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { listItemOutline } from '../repositories/occurrence.repository.js';
import { listLinksFrom } from '../repositories/plan-link.repository.js';
import { findPlansByIds } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import type { ExecutionService } from './execution.service.js';
import { compareNumbers } from './execution-view.js';

/**
 * A programme's progress rolled up from its annual plans (issue #16): per programme
 * item, the annual items linked to it (annual_of) and the outcomes of their
 * occurrences. Annual plans the reader may not watch are left out, not guessed.
 */
export function createProgrammeProgressService(db: Db, access: Access, execution: Pick<ExecutionService, 'planEntries' | 'planForDashboard'>) {
  return {
    async progress(ctx: RequestContext, programmeId: string) {
      await execution.planForDashboard(ctx, programmeId);
      const links = (await listLinksFrom(db, programmeId, 'annual_of')).filter((l) => l.targetPlanId);
      const annualRows = await findPlansByIds(db, [...new Set(links.map((l) => l.targetPlanId))]);
      const annualPlans = [];
      for (const plan of annualRows) {
        const rels = await access.planRelations(db, ctx.user, plan);
        rels.delete('assigned');
        if (can(ctx.user, 'read', 'plan', rels) && can(ctx.user, 'read', 'report', rels)) annualPlans.push(plan);
      }
      annualPlans.sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '') || a.createdAt.getTime() - b.createdAt.getTime());
      const watched = new Set(annualPlans.map((p) => p.id));

      // Per annual item: the outcomes of its occurrences.
      const byAnnualItem = new Map<string, RollupTally>();
      for (const plan of annualPlans) {
        const { list } = await execution.planEntries(db, plan.id);
        for (const e of list) {
          const t = byAnnualItem.get(e.dto.itemId) ?? emptyRollup();
          addOutcome(t, e.outcome);
          byAnnualItem.set(e.dto.itemId, t);
        }
      }
      const yearOf = new Map(annualPlans.map((p) => [p.id, p.periodStart ? Number(p.periodStart.slice(0, 4)) : null]));

      const outline = await listItemOutline(db, programmeId);
      const parents = new Set(outline.map((i) => i.parentId).filter(Boolean));
      const items = outline
        .filter((i) => i.kind !== 'section' && !parents.has(i.id))
        .sort((a, b) => compareNumbers(a.number, b.number))
        .map((item) => {
          const annual = links
            .filter((l) => l.sourceItemId === item.id && l.targetItemId && watched.has(l.targetPlanId))
            .map((l) => ({
              planId: l.targetPlanId,
              year: yearOf.get(l.targetPlanId) ?? null,
              itemId: l.targetItemId!,
              tally: byAnnualItem.get(l.targetItemId!) ?? emptyRollup(),
            }));
          const tally = sumRollups(annual.map((a) => a.tally));
          return {
            itemId: item.id,
            number: item.number,
            title: item.title,
            annual: annual.map((a) => ({ ...a, state: rollupState(a.tally, 1) })),
            tally,
            state: rollupState(tally, annual.length),
          };
        });
      return {
        annualPlans: annualPlans.map((p) => ({ id: p.id, title: p.title, year: yearOf.get(p.id) ?? null, status: p.status })),
        items,
        totals: sumRollups(items.map((i) => i.tally)),
      };
    },
  };
}

export type ProgrammeProgressService = ReturnType<typeof createProgrammeProgressService>;
