import type { OrganizationKind } from '../../shared/directory-api.js';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { organizations, planItems, planLinks, plans } from '../db/schema/index.js';
import { subtreeSql } from './organization.repository.js';

const sourcePlan = alias(plans, 'src_plan');
const sourceItem = alias(planItems, 'src_item');
const sourceOrg = alias(organizations, 'src_org');

/** The bodies of a kind anywhere under an organisation (the targets of a cascade). */
export function organizationsOfKindUnder(db: Db, rootId: string, kind: OrganizationKind) {
  return db
    .select()
    .from(organizations)
    .where(and(eq(organizations.kind, kind), sql`${organizations.id} in ${subtreeSql(rootId)}`, sql`${organizations.id} <> ${rootId}`))
    .orderBy(sql`${organizations.name} collate "und-x-icu"`);
}

/** The organisations directly under one (the regional dashboard's rows). */
export function childOrganizations(db: Db, parentId: string) {
  return db
    .select()
    .from(organizations)
    .where(eq(organizations.parentId, parentId))
    .orderBy(sql`${organizations.name} collate "und-x-icu"`);
}

/** Plans that received items cascaded from a plan (plan-level `cascaded` links). */
export function cascadeTargets(db: Db, sourcePlanId: string) {
  return db
    .select({ plan: plans })
    .from(planLinks)
    .innerJoin(plans, eq(plans.id, planLinks.targetPlanId))
    .where(and(eq(planLinks.sourcePlanId, sourcePlanId), eq(planLinks.kind, 'cascaded'), isNull(planLinks.targetItemId)))
    .then((rows) => rows.map((r) => r.plan));
}

/** A body's plans for exactly this period that are not yet in force (a cascade extends one instead of creating another). */
export function draftPlansFor(db: Db, organizationIds: string[], period: { start: string; end: string }) {
  if (!organizationIds.length) return Promise.resolve([] as (typeof plans.$inferSelect)[]);
  return db
    .select()
    .from(plans)
    .where(
      and(
        anyOf(plans.organizationId, organizationIds),
        eq(plans.periodStart, period.start),
        eq(plans.periodEnd, period.end),
        inArray(plans.status, ['draft', 'review']),
        sql`${plans.kind} <> 'consolidated'`,
      ),
    )
    .orderBy(asc(plans.createdAt));
}

/** Item links of a kind from a source plan into some target plans: which source items each target already has. */
export function itemLinksFrom(db: Db, sourcePlanId: string, kind: string, targetPlanIds: string[]) {
  if (!targetPlanIds.length) return Promise.resolve([] as { sourceItemId: string | null; targetPlanId: string; targetItemId: string | null }[]);
  return db
    .select({ sourceItemId: planLinks.sourceItemId, targetPlanId: planLinks.targetPlanId, targetItemId: planLinks.targetItemId })
    .from(planLinks)
    .where(
      and(eq(planLinks.sourcePlanId, sourcePlanId), eq(planLinks.kind, kind), anyOf(planLinks.targetPlanId, targetPlanIds), isNotNull(planLinks.targetItemId)),
    );
}

/** Plans linked to a plan in either direction (cascade, consolidation), with their owners. */
export function linkedPlanRows(db: Db, planId: string) {
  const owner = alias(organizations, 'owner');
  // «down»: plans this one was cascaded or consolidated into; «up»: plans it came from. Same row, mirrored link ends.
  const side = (direction: 'down' | 'up') => {
    const [self, other] = direction === 'down' ? [planLinks.sourcePlanId, planLinks.targetPlanId] : [planLinks.targetPlanId, planLinks.sourcePlanId];
    return db
      .selectDistinct({
        direction: sql<'down' | 'up'>`${direction}::text`,
        kind: planLinks.kind,
        plan: plans,
        organizationName: owner.name,
        organizationShortName: owner.shortName,
        timeZone: owner.timeZone,
      })
      .from(planLinks)
      .innerJoin(plans, eq(plans.id, other))
      .innerJoin(owner, eq(owner.id, plans.organizationId))
      .where(and(eq(self, planId), inArray(planLinks.kind, ['cascaded', 'consolidated_from'])));
  };
  return Promise.all([side('down'), side('up')]).then(([d, u]) => [...d, ...u]);
}

/** Counts of linked items per target plan of a source plan. */
export function linkedItemCounts(db: Db, sourcePlanId: string) {
  return db
    .select({ targetPlanId: planLinks.targetPlanId, count: sql<number>`count(*)::int` })
    .from(planLinks)
    .where(and(eq(planLinks.sourcePlanId, sourcePlanId), isNotNull(planLinks.targetItemId)))
    .groupBy(planLinks.targetPlanId);
}

/** Item links into a plan (cascaded or consolidated items) with their sources' current content. */
export function itemSourcesOf(db: Db, targetPlanId: string, targetItemId?: string) {
  return db
    .select({
      linkId: planLinks.id,
      kind: planLinks.kind,
      targetItemId: planLinks.targetItemId,
      sourcePlanId: planLinks.sourcePlanId,
      sourceItemId: planLinks.sourceItemId,
      sourceNumber: planLinks.sourceNumber,
      sourceDigest: planLinks.sourceDigest,
      sourceOrganizationId: sql<string | null>`coalesce(${planLinks.sourceOrganizationId}, ${sourcePlan.organizationId})`,
      sourceOrganizationName: sourceOrg.name,
      sourcePlanTitle: sourcePlan.title,
      currentNumber: sourceItem.number,
      currentTitle: sourceItem.title,
      currentDeadlineText: sourceItem.deadlineText,
      currentFields: sourceItem.fields,
    })
    .from(planLinks)
    .leftJoin(sourcePlan, eq(sourcePlan.id, planLinks.sourcePlanId))
    .leftJoin(sourceItem, eq(sourceItem.id, planLinks.sourceItemId))
    .leftJoin(sourceOrg, sql`${sourceOrg.id} = coalesce(${planLinks.sourceOrganizationId}, ${sourcePlan.organizationId})`)
    .where(
      and(
        eq(planLinks.targetPlanId, targetPlanId),
        inArray(planLinks.kind, ['cascaded', 'consolidated_from']),
        targetItemId ? eq(planLinks.targetItemId, targetItemId) : isNotNull(planLinks.targetItemId),
      ),
    );
}

export function updateLinkSource(db: Db, linkId: string, values: { sourceDigest: string; sourceNumber?: string | null }) {
  return db.update(planLinks).set(values).where(eq(planLinks.id, linkId));
}

/** Cascaded item links out of a plan: regional item → the lower body's item (and its plan's owner). */
export function cascadedItemLinks(db: Db, sourcePlanIds: string[]) {
  if (!sourcePlanIds.length) return Promise.resolve([] as { sourceItemId: string | null; targetItemId: string | null; organizationId: string }[]);
  return db
    .select({ sourceItemId: planLinks.sourceItemId, targetItemId: planLinks.targetItemId, organizationId: plans.organizationId })
    .from(planLinks)
    .innerJoin(plans, eq(plans.id, planLinks.targetPlanId))
    .where(
      and(anyOf(planLinks.sourcePlanId, sourcePlanIds), eq(planLinks.kind, 'cascaded'), isNotNull(planLinks.targetItemId), isNotNull(planLinks.sourceItemId)),
    );
}

/** Plans of some organisations whose period meets a year (the dashboard's plans of the lower bodies). */
export function plansOfOrganizationsInYear(db: Db, organizationIds: string[], year: number | null) {
  if (!organizationIds.length) return Promise.resolve([] as (typeof plans.$inferSelect)[]);
  return db
    .select()
    .from(plans)
    .where(
      and(
        anyOf(plans.organizationId, organizationIds),
        year === null
          ? undefined
          : sql`coalesce(${plans.periodStart}, '0001-01-01') <= ${`${year}-12-31`}::date and coalesce(${plans.periodEnd}, '9999-12-31') >= ${`${year}-01-01`}::date`,
      ),
    )
    .orderBy(asc(plans.createdAt));
}

/** The consolidated plan built for an organisation and exactly this period (building again refreshes it). */
export function findConsolidatedPlan(db: Db, organizationId: string, period: { start: string; end: string }) {
  return db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.organizationId, organizationId),
        eq(plans.kind, 'consolidated'),
        eq(plans.periodStart, period.start),
        eq(plans.periodEnd, period.end),
        // One built here (its sources linked), not an imported document that calls itself «сводный».
        sql`exists (select 1 from plan_links l where l.target_plan_id = ${plans.id} and l.kind = 'consolidated_from' and l.target_item_id is null)`,
      ),
    )
    .orderBy(asc(plans.createdAt))
    .limit(1)
    .then((r) => r[0]);
}

/** Item links of a kind into a plan: which source items it already has, and as which items. */
export function itemLinksInto(db: Db, targetPlanId: string, kind: string) {
  return db
    .select({ sourceItemId: planLinks.sourceItemId, targetItemId: planLinks.targetItemId })
    .from(planLinks)
    .where(and(eq(planLinks.targetPlanId, targetPlanId), eq(planLinks.kind, kind), isNotNull(planLinks.targetItemId)));
}
