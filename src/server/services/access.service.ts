import { allowedRelations, can, type Action, type Relation, type Resource } from '../../domain/auth/policy.js';
import { isReadOnly } from '../../domain/plan/lifecycle.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { SessionUser } from '../http/request-context.js';
import { isInSubtree, lineIds } from '../repositories/organization.repository.js';
import {
  hiddenPlansShortcut,
  planIdsAssignedTo,
  visiblePlansCondition,
  type HiddenPlans,
  type PlanRow,
  type VisibilityFilter,
} from '../repositories/plan.repository.js';

/**
 * Turns the declarative policy into decisions about concrete rows. Unreadable
 * resources are reported as not found so that ids do not leak; readable but
 * forbidden ones as 403. Every check takes the database handle of the caller:
 * inside a transaction it must be the transaction (PGlite has one connection, so
 * a query outside the open transaction would wait for it forever).
 */
function visibilityFilter(user: SessionUser | null): VisibilityFilter {
  const rels = allowedRelations(user, 'read', 'plan');
  return {
    all: rels.has('any'),
    organizationId: user?.organizationId ?? null,
    personId: user?.personId ?? null,
    own: rels.has('own'),
    below: rels.has('below'),
    assigned: rels.has('assigned'),
    published: rels.has('published'),
  };
}

export function createAccess() {
  async function orgRelations(db: Db, user: SessionUser | null, organizationId: string): Promise<Set<Relation>> {
    const out = new Set<Relation>();
    if (!user) return out;
    if (user.organizationId === organizationId) out.add('own');
    else if (await isInSubtree(db, user.organizationId, organizationId)) out.add('below');
    return out;
  }

  async function planRelations(db: Db, user: SessionUser | null, plan: PlanRow): Promise<Set<Relation>> {
    const out = await orgRelations(db, user, plan.organizationId);
    if (plan.published) out.add('published');
    if (user && !out.has('own') && !out.has('below')) {
      const assigned = await planIdsAssignedTo(db, [plan.id], user.organizationId, user.personId);
      if (assigned.has(plan.id)) out.add('assigned');
    }
    return out;
  }

  /** The relations to many plans in three queries at most (lists of linked plans). */
  async function planRelationsMany(db: Db, user: SessionUser | null, plans: readonly PlanRow[]): Promise<Map<string, Set<Relation>>> {
    const out = new Map<string, Set<Relation>>();
    const subtree = user ? await lineIds(db, user.organizationId, false) : new Set<string>();
    for (const plan of plans) {
      const rels = new Set<Relation>();
      if (user?.organizationId === plan.organizationId) rels.add('own');
      else if (subtree.has(plan.organizationId)) rels.add('below');
      if (plan.published) rels.add('published');
      out.set(plan.id, rels);
    }
    const rest = plans.filter((p) => !out.get(p.id)!.has('own') && !out.get(p.id)!.has('below')).map((p) => p.id);
    if (user && rest.length) for (const id of await planIdsAssignedTo(db, rest, user.organizationId, user.personId)) out.get(id)!.add('assigned');
    return out;
  }

  return {
    orgRelations,
    planRelations,
    planRelationsMany,

    /** Whether the relations let the user read a plan (lists of linked plans filter with it). */
    canRead(user: SessionUser | null, relations: ReadonlySet<Relation>) {
      return can(user, 'read', 'plan', relations);
    },

    /** Checks `action` on a plan (or its items); throws 404 when the plan is not even readable. */
    async assertPlan(
      db: Db,
      user: SessionUser | null,
      plan: PlanRow,
      action: Action,
      resource: Resource = 'plan',
      notFoundCode: 'plan_not_found' | 'item_not_found' = 'plan_not_found',
    ) {
      const relations = await planRelations(db, user, plan);
      if (!can(user, 'read', resource, relations)) {
        throw new AppError(notFoundCode, notFoundCode === 'plan_not_found' ? 'План не найден' : 'Пункт плана не найден');
      }
      if (action !== 'read' && !can(user, action, resource, relations)) {
        throw new AppError('forbidden', 'Недостаточно прав для этого действия');
      }
      // A finished year's record: nothing in it changes until it is reopened (plan-lifecycle.service transition).
      if ((action === 'create' || action === 'update' || action === 'delete' || action === 'approve') && isReadOnly(plan.status)) {
        throw new AppError(
          'conflict',
          plan.status === 'archived'
            ? 'План в архиве: изменения в него не вносятся. Верните план из архива, чтобы изменить его.'
            : 'План исполнен: изменения в него не вносятся. Верните план в работу, чтобы изменить его.',
          { status: plan.status },
        );
      }
      return relations;
    },

    async assertOrg(db: Db, user: SessionUser | null, organizationId: string, action: Action, resource: Resource) {
      const relations = await orgRelations(db, user, organizationId);
      if (!can(user, action, resource, relations)) throw new AppError('forbidden', 'Недостаточно прав для этого действия');
    },

    /** `withPublished: false` leaves out the plans readable only because another commission published them. */
    planVisibility(user: SessionUser | null, { withPublished = true }: { withPublished?: boolean } = {}) {
      const filter = visibilityFilter(user);
      return visiblePlansCondition({ ...filter, published: withPublished && filter.published });
    },

    /** The plans the user may not read, for a wide subtree (see hiddenPlansShortcut); undefined without «below». */
    hiddenPlans(user: SessionUser | null): HiddenPlans | undefined {
      return hiddenPlansShortcut(visibilityFilter(user));
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
