import { and, asc, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { assignedTo } from './assignment.sql.js';
import { abbreviations, elections, itemExecutors, occurrences, planElections, planItems, plans, planVersions, users } from '../db/schema/index.js';
import { subtreeSql } from './organization.repository.js';

export type PlanRow = typeof plans.$inferSelect;

export function findPlan(db: Db, id: string) {
  return db.query.plans.findFirst({ where: eq(plans.id, id) });
}

export function findPlansByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(plans)
    .where(anyOf(plans.id, [...ids]));
}

export function insertPlan(db: Db, values: typeof plans.$inferInsert) {
  return db
    .insert(plans)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function insertPlans(db: Db, values: (typeof plans.$inferInsert)[]) {
  if (!values.length) return Promise.resolve([] as PlanRow[]);
  return db.insert(plans).values(values).returning();
}

/** The plan row, locked until the transaction ends: concurrent updates of one plan queue here. */
export function findPlanForUpdate(db: Db, id: string) {
  return db
    .select()
    .from(plans)
    .where(eq(plans.id, id))
    .for('update')
    .then((r) => r[0]);
}

/**
 * Updates the plan and bumps its version. With `expectedVersion` the row changes
 * only if nobody changed it meanwhile; otherwise nothing is written and the
 * result is undefined (the caller reports a version conflict).
 */
export function updatePlanRow(db: Db, id: string, values: Partial<typeof plans.$inferInsert>, expectedVersion?: number) {
  return db
    .update(plans)
    .set({ ...values, updatedAt: new Date(), version: sql`${plans.version} + 1` })
    .where(expectedVersion === undefined ? eq(plans.id, id) : and(eq(plans.id, id), eq(plans.version, expectedVersion)))
    .returning()
    .then((r) => r[0]);
}

/** Marks the plan as changed when only its items changed (last-changed date, cache keys). */
export function touchPlan(db: Db, id: string) {
  return db.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, id));
}

export function deletePlanRow(db: Db, id: string) {
  return db.delete(plans).where(eq(plans.id, id));
}

export function listAbbreviations(db: Db, planId: string) {
  return db.select().from(abbreviations).where(eq(abbreviations.planId, planId)).orderBy(asc(abbreviations.position));
}

export async function replaceAbbreviations(db: Db, planId: string, list: { short: string; full: string }[]) {
  await db.delete(abbreviations).where(eq(abbreviations.planId, planId));
  if (list.length) await db.insert(abbreviations).values(list.map((a, position) => ({ planId, position, short: a.short, full: a.full })));
}

/** Which plans a user may read, as SQL built from the relations the policy grants (never filtered in memory). */
export interface VisibilityFilter {
  all: boolean;
  organizationId: string | null;
  personId: string | null;
  own: boolean;
  below: boolean;
  assigned: boolean;
  published: boolean;
}

export function visiblePlansCondition(f: VisibilityFilter): SQL | undefined {
  if (f.all) return undefined;
  const parts: SQL[] = [];
  if (f.published) parts.push(eq(plans.published, true));
  if (f.organizationId) {
    if (f.own) parts.push(eq(plans.organizationId, f.organizationId));
    if (f.below) parts.push(sql`${plans.organizationId} in ${subtreeSql(f.organizationId)}`);
    if (f.assigned) {
      const who = { organizationId: f.organizationId, personId: f.personId };
      parts.push(sql`exists (
        select 1 from plan_items pi join item_executors ie on ie.item_id = pi.id
        where pi.plan_id = plans.id and ${assignedTo({ organizationId: sql`ie.organization_id`, personId: sql`ie.person_id` }, who)})
        or exists (select 1 from occurrences oc where oc.plan_id = plans.id and ${assignedTo({ organizationId: sql`oc.organization_id`, personId: sql`oc.person_id` }, who)})`);
    }
  }
  return parts.length ? or(...parts) : sql`false`;
}

/**
 * The complement of `visiblePlansCondition` for a wide «below» (a national commission's users, whose subtree
 * holds most organisations). Every plan has an owner, and an owner in the subtree makes the plan visible, so
 * the plans a user may not read are among the few owned outside it (`outside`: one walk of the directory),
 * found by the owner index instead of a check of every plan: `hiddenAmong(outside)` is the ones of them no
 * other relation admits. `undefined` when `f` has no «below». The caller decides which set is smaller.
 */
export function hiddenPlansShortcut(f: VisibilityFilter): HiddenPlans | undefined {
  if (f.all || !f.below || !f.organizationId) return undefined;
  // Outside the subtree «below» never holds: the other relations decide, and the directory is walked once.
  const admitted = visiblePlansCondition({ ...f, below: false }) ?? sql`true`;
  return {
    outside: sql`select o.id from organizations o where o.id not in ${subtreeSql(f.organizationId)}`,
    hiddenAmong: (outside) => sql`select plans.id from plans
      where plans.organization_id = any(array(select id from ${outside})) and not coalesce((${admitted}), false)`,
  };
}

export interface HiddenPlans {
  /** Ids of the organisations outside the user's subtree. */
  outside: SQL;
  /** Ids of the plans owned by `outside` (a name the statement gave that set) that the user may not read. */
  hiddenAmong: (outside: SQL) => SQL;
}

export interface PlanListQuery {
  organizationId?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  /** Only plans past their draft (execution control). */
  inForce?: boolean | undefined;
  limit: number;
  offset: number;
}

function listConditions(visibility: SQL | undefined, q: PlanListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibility];
  if (q.organizationId) conditions.push(eq(plans.organizationId, q.organizationId));
  if (q.kind) conditions.push(eq(plans.kind, q.kind));
  if (q.status) conditions.push(eq(plans.status, q.status));
  if (q.inForce) conditions.push(ne(plans.status, 'draft'));
  if (q.year) {
    conditions.push(
      sql`coalesce(${plans.periodStart}, '0001-01-01') <= ${`${q.year}-12-31`}::date and coalesce(${plans.periodEnd}, '9999-12-31') >= ${`${q.year}-01-01`}::date`,
    );
  }
  return and(...conditions);
}

/** How many plans the list's filters admit (the page shows `limit` of them). */
export async function countPlans(db: Db, visibility: SQL | undefined, q: PlanListQuery): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plans)
    .where(listConditions(visibility, q));
  return row?.n ?? 0;
}

export function listPlans(db: Db, visibility: SQL | undefined, q: PlanListQuery) {
  return db
    .select({
      plan: plans,
      // Spelled out: drizzle leaves column names unqualified in single-table select lists.
      itemCount: sql<number>`(select count(*)::int from plan_items where plan_items.plan_id = plans.id)`,
    })
    .from(plans)
    .where(listConditions(visibility, q))
    .orderBy(desc(plans.updatedAt), asc(plans.id))
    .limit(q.limit)
    .offset(q.offset);
}

/** Ids of the plans past their draft that a visibility condition admits (a country's plans: ids only). */
export async function listNonDraftPlanIds(db: Db, visibility: SQL | undefined): Promise<string[]> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(visibility, ne(plans.status, 'draft')));
  return rows.map((r) => r.id);
}

export async function planIdsAssignedTo(db: Db, planIds: string[], organizationId: string, personId: string | null) {
  if (!planIds.length) return new Set<string>();
  const rows = await db
    .selectDistinct({ planId: planItems.planId })
    .from(planItems)
    .innerJoin(itemExecutors, eq(itemExecutors.itemId, planItems.id))
    .where(and(anyOf(planItems.planId, planIds), assignedTo(itemExecutors, { organizationId, personId })));
  const out = new Set(rows.map((r) => r.planId));
  // Execution control: an occurrence for the organisation (a ТИК under a «ТИК» class executor) assigns the plan too.
  const rest = planIds.filter((id) => !out.has(id));
  if (rest.length) {
    const viaOccurrences = await db
      .selectDistinct({ planId: occurrences.planId })
      .from(occurrences)
      .where(and(anyOf(occurrences.planId, rest), assignedTo(occurrences, { organizationId, personId })));
    for (const r of viaOccurrences) out.add(r.planId);
  }
  return out;
}

export function listElectionsOfPlan(db: Db, planId: string) {
  return db
    .select({ id: elections.id, name: elections.name, votingDay: elections.votingDay, votingDays: elections.votingDays, calledOn: elections.calledOn })
    .from(elections)
    .innerJoin(planElections, eq(planElections.electionId, elections.id))
    .where(eq(planElections.planId, planId));
}

export function insertPlanVersion(db: Db, values: typeof planVersions.$inferInsert) {
  return db.insert(planVersions).values(values);
}

export async function insertElectionForPlan(db: Db, planId: string, values: typeof elections.$inferInsert) {
  const election = await db
    .insert(elections)
    .values(values)
    .returning()
    .then((r) => r[0]!);
  await db.insert(planElections).values({ planId, electionId: election.id });
  return election;
}

export function listPlanVersions(db: Db, planId: string) {
  return db
    .select({
      id: planVersions.id,
      version: planVersions.version,
      reason: planVersions.reason,
      act: planVersions.act,
      createdBy: planVersions.createdBy,
      // The name, so that a reader who may not list users still sees who approved.
      createdByName: users.displayName,
      createdAt: planVersions.createdAt,
    })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.createdBy))
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.version));
}

export function findPlanVersion(db: Db, planId: string, version: number) {
  return db.query.planVersions.findFirst({ where: and(eq(planVersions.planId, planId), eq(planVersions.version, version)) });
}

/**
 * Serialises structural changes of one plan: concurrent inserts or moves would
 * otherwise read the same sibling positions and write conflicting numbers.
 */
export async function lockPlanRow(db: Db, planId: string) {
  await db.execute(sql`select id from plans where id = ${planId} for update`);
}
