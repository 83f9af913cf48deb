import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './common.js';
import { planKinds } from '../../../shared/plan-format.js';
import { planStatuses } from '../../../domain/plan/lifecycle.js';
import { reportingPeriods } from '../../../domain/execution/reporting-periods.js';
import { organizations, orgUnits, people, users } from './directory.js';

export interface PlanAct {
  kind: string | null;
  authority: string | null;
  date: string | null;
  number: string | null;
  appendix?: string | null | undefined;
}

export const elections = pgTable(
  'elections',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    calledOn: date('called_on', { mode: 'string' }),
    /** The day the calling decision names; with several voting days (ст. 63.1 67-ФЗ) the last of them. */
    votingDay: date('voting_day', { mode: 'string' }).notNull(),
    /** Consecutive voting days ending on voting_day: 1–3 (ст. 63.1 67-ФЗ). */
    votingDays: integer('voting_days').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [check('elections_voting_days_range', sql`${t.votingDays} between 1 and 3`)],
);

export const plans = pgTable(
  'plans',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    /** draft | review (на согласовании) | approved | executed | archived; amended and closed from older data. */
    status: text('status').notNull().default('draft'),
    /** The approving act's kind: постановление | решение | распоряжение | протокол | приказ. */
    approvalKind: text('approval_kind'),
    approvalAuthority: text('approval_authority'),
    approvalDate: date('approval_date', { mode: 'string' }),
    approvalNumber: text('approval_number'),
    /** «Приложение № 2»: the plan was approved as an appendix of the resolution. */
    approvalAppendix: text('approval_appendix'),
    description: text('description'),
    /** The plan's own columns: [{ key, title, role }]. */
    columns: jsonb('columns').$type<{ key: string; title: string; role: string }[]>().notNull().default([]),
    /** Reporting period for open-ended items: half_year | quarter | month. */
    reportingPeriod: text('reporting_period').notNull().default('half_year'),
    /** Days after a missed deadline before the controller (and the higher commission) is told; 0: only the executor is reminded. */
    escalationDays: integer('escalation_days').notNull().default(5),
    /**
     * The plan_versions row that is the official text. While an amendment is open the
     * items are the working copy and official reads (exports, public page) take this snapshot.
     */
    officialVersion: integer('official_version'),
    /** Set while an amendment (working copy of an approved plan) is open. */
    amendmentOpenedAt: timestamp('amendment_opened_at', { withTimezone: true }),
    /** The act of the last approved amendment: «(в редакции постановления от … № …)». */
    revisionAct: jsonb('revision_act').$type<PlanAct>(),
    programmeId: uuid('programme_id').references((): AnyPgColumn => plans.id, { onDelete: 'set null' }),
    published: boolean('published').notNull().default(false),
    /** Optimistic concurrency: bumped on every change of the plan row. */
    version: integer('version').notNull().default(1),
    /**
     * Bumped by triggers on every write to the plan's items, executors and glossary
     * (migration 0007): with `version` and `updatedAt` it identifies what a plan read
     * returns, for ETags and the serialized-plan cache.
     */
    contentRevision: integer('content_revision').notNull().default(0),
    source: jsonb('source').$type<Record<string, unknown>>(),
    /**
     * Consolidation: when a lower commission submitted this plan to the body above it
     * (by whom), and the date it was due there (from the cascade: «до 1 февраля»).
     */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submissionDue: date('submission_due', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plans_org_idx').on(t.organizationId),
    check('plans_kind_check', oneOf(t.kind, planKinds)),
    check('plans_status_check', oneOf(t.status, planStatuses)),
    check('plans_reporting_period_check', oneOf(t.reportingPeriod, reportingPeriods)),
  ],
);

export const planElections = pgTable(
  'plan_elections',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.electionId] })],
);

export const planItems = pgTable(
  'plan_items',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => planItems.id, { onDelete: 'cascade' }),
    /** 0-based order among siblings. */
    position: integer('position').notNull(),
    /** Hierarchical number computed from the tree («1.2.3»). */
    number: text('number').notNull(),
    /** section | item */
    kind: text('kind').notNull().default('item'),
    title: text('title').notNull(),
    deadlineText: text('deadline_text'),
    /** The deadline engine's result for deadlineText. */
    deadline: jsonb('deadline').$type<Record<string, unknown>>(),
    /** Values of the plan's other columns, by column key. */
    fields: jsonb('fields').$type<Record<string, string>>().notNull().default({}),
    notes: text('notes'),
    /** The number as written in the imported document, when it differs from the computed one. */
    sourceNumber: text('source_number'),
    sourceLine: integer('source_line'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_items_plan_idx').on(t.planId, t.parentId, t.position), check('plan_items_kind_check', oneOf(t.kind, ['section', 'item']))],
);

export const itemExecutors = pgTable(
  'item_executors',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** As written in the plan («ИККО – Кузбасса», «Герасимова М.Н.»). */
    text: text('text').notNull(),
    /** organization | department | person | group | unknown */
    kind: text('kind').notNull().default('unknown'),
    /** responsible | co_executor */
    role: text('role').notNull().default('responsible'),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    unitId: uuid('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [index('item_executors_item_idx').on(t.itemId), index('item_executors_org_idx').on(t.organizationId)],
);

/** Plan-scoped glossary: an abbreviation means something only inside its plan. */
export const abbreviations = pgTable(
  'abbreviations',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    short: text('short').notNull(),
    full: text('full').notNull(),
  },
  (t) => [index('abbreviations_plan_idx').on(t.planId)],
);

/** Snapshot of a plan at each approval or amendment. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    /** The act that approved this version (approval or amendment). */
    act: jsonb('act').$type<PlanAct>(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('plan_versions_plan_version_uq').on(t.planId, t.version)],
);

/** A pending import: the preview of a draft, not yet a plan. */
export const imports = pgTable('imports', {
  id: id(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  fileName: text('file_name').notNull(),
  draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
  /** The uploaded file, base64: the wizard re-reads it with the user's corrections. Null for imports made before it was kept. */
  sourceFile: text('source_file'),
  /** The wizard's current corrections of the reading (ImportOverrides): kept so a reload or another user starts from them. */
  overrides: jsonb('overrides').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

/**
 * One plan or item derived from another: carried over to the next period, an annual
 * plan of a programme, cascaded to a lower commission, gathered into a consolidated
 * plan. Item links have both item ids; a plan-level link («план на 2027 год, копия
 * плана на 2026 год») has none. The source's printed number is kept as it was when taken.
 */
export const planLinks = pgTable(
  'plan_links',
  {
    id: id(),
    /** carried_over | annual_of | next_period_of | cascaded | consolidated_from */
    kind: text('kind').notNull(),
    sourcePlanId: uuid('source_plan_id').references(() => plans.id, { onDelete: 'set null' }),
    sourceItemId: uuid('source_item_id').references(() => planItems.id, { onDelete: 'set null' }),
    sourceNumber: text('source_number'),
    targetPlanId: uuid('target_plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    targetItemId: uuid('target_item_id').references(() => planItems.id, { onDelete: 'cascade' }),
    /** The body whose plan the source is (kept when the source plan is deleted: the consolidated plan still names it). */
    sourceOrganizationId: uuid('source_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    /**
     * Digest of the source item's content (title, deadline, columns) as last taken: a source
     * whose digest differs has an update waiting in the derived plan, applied only when accepted.
     */
    sourceDigest: text('source_digest'),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_links_target_idx').on(t.targetPlanId),
    index('plan_links_source_idx').on(t.sourcePlanId),
    index('plan_links_source_item_idx').on(t.sourceItemId),
    index('plan_links_target_item_idx').on(t.targetItemId),
  ],
);
