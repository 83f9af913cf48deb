import { submissionStatus } from '../../domain/consolidation/consolidation.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { emptyTally, executedShare, type Tally } from '../../domain/execution/progress.js';
import { isInForce } from '../../domain/plan/lifecycle.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { childOrganizations, plansOfOrganizationsInYear } from '../repositories/consolidation.repository.js';
import { organizationTimeZoneList, planExecutionTalliesByExecutor, tallyOf } from '../repositories/execution-tally.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { cachedPlanTallies } from '../repositories/plan-tally-cache.repository.js';
import { chairmanWindow } from '../../domain/execution/chairman.js';
import type { Access } from './access.service.js';

function addTallies(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

function tallyDto(t: Tally) {
  return {
    occurrences: t.total,
    done: t.done,
    partial: t.partial,
    overdue: t.overdue,
    pendingReview: t.pendingReview,
    awaiting: t.awaiting,
    executedShare: executedShare(t),
  };
}

/**
 * The regional dashboard (issue #17): each lower body's progress across its plans for
 * the year — plans submitted (late or not), occurrences done and overdue, reports
 * waiting for review — and its part in the region's own plans, rolled up from the
 * items cascaded into its plans.
 */
export function createRegionalDashboardService(db: Db, access: Access, now: () => Date = () => new Date()) {
  return {
    async dashboard(ctx: RequestContext, organizationId: string, year?: number) {
      const organization = await findOrganization(db, organizationId);
      if (!organization) throw new AppError('organization_not_found', 'Организация не найдена');
      await access.assertOrg(db, ctx.user, organizationId, 'read', 'plan');
      const at = now();
      const today = todayIn(organization.timeZone, at);
      const theYear = year ?? Number(today.slice(0, 4));
      const bodies = await childOrganizations(db, organizationId);
      const [bodyPlans, regionPlans] = await Promise.all([
        plansOfOrganizationsInYear(
          db,
          bodies.map((b) => b.id),
          theYear,
        ),
        plansOfOrganizationsInYear(db, [organizationId], theYear),
      ]);
      const inForce = (list: typeof bodyPlans) => list.filter((p) => isInForce(p.status)).map((p) => p.id);
      // Counted by the rules of the control list (cascade rollup, external participants included): the bodies' own
      // plans whole, from the per-plan tally cache; the region's few plans live, split by executor organisation
      // (a grain the cache does not keep).
      const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
      const [ownTallies, regionTallies] = await Promise.all([
        cachedPlanTallies(db, inForce(bodyPlans), zones, today, chairmanWindow),
        planExecutionTalliesByExecutor(db, inForce(regionPlans), zones),
      ]);
      const planOwner = new Map(bodyPlans.map((p) => [p.id, p.organizationId]));
      const own = new Map(bodies.map((b) => [b.id, emptyTally()]));
      const regional = new Map(bodies.map((b) => [b.id, emptyTally()]));
      for (const row of ownTallies.rows) {
        const t = own.get(planOwner.get(row.planId)!);
        if (t) addTallies(t, tallyOf(row));
      }
      for (const row of regionTallies) {
        // The region's plans: the body's share, its reports in its own plan counting for the regional item.
        const t = row.organizationId ? regional.get(row.organizationId) : undefined;
        if (t) addTallies(t, tallyOf(row));
      }
      const totals = { bodies: bodies.length, plans: 0, submitted: 0, late: 0, withoutPlan: 0 };
      const rows = bodies.map((b) => {
        const plans = bodyPlans
          .filter((p) => p.organizationId === b.id && p.kind !== 'consolidated')
          .map((p) => ({
            id: p.id,
            title: p.title,
            status: p.status,
            ...submissionStatus({ status: p.status, submittedAt: p.submittedAt?.toISOString() ?? null, submissionDue: p.submissionDue }, today),
            submittedAt: p.submittedAt?.toISOString() ?? null,
            submissionDue: p.submissionDue,
          }));
        const submitted = plans.filter((p) => p.state === 'submitted').length;
        const late = plans.filter((p) => p.late).length;
        totals.plans += plans.length;
        totals.submitted += submitted;
        totals.late += late;
        if (!plans.length) totals.withoutPlan++;
        return {
          organizationId: b.id,
          name: b.shortName ?? b.name,
          kind: b.kind,
          plans,
          submittedPlans: submitted,
          latePlans: late,
          ownPlans: tallyDto(own.get(b.id)!),
          regionalItems: tallyDto(regional.get(b.id)!),
        };
      });
      return { organization: { id: organization.id, name: organization.shortName ?? organization.name }, year: theYear, today, totals, bodies: rows };
    },
  };
}

export type RegionalDashboardService = ReturnType<typeof createRegionalDashboardService>;
