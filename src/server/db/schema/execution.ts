import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf } from './common.js';
import { reportStatusValues } from '../../../shared/execution-api.js';
import { reviewStatuses } from '../../../domain/execution/report-rules.js';
import { organizations, people, users } from './directory.js';
import { itemExecutors, planItems, plans } from './plans.js';

/** The unit of execution control: item × executor × window. */
export const occurrences = pgTable(
  'occurrences',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    executorId: uuid('executor_id').references(() => itemExecutors.id, { onDelete: 'set null' }),
    /** The concrete organisation that must report (after fan-out of «ТИК»). */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** A named person among the executors («Герасимова М.Н.»): the occurrence is theirs too. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Stable identity of the executor across regeneration (e.g. org id or normalised text). */
    executorKey: text('executor_key').notNull(),
    /** Who, as shown in lists and documents («ТИК Бабынинского района», «юридический отдел»). */
    executorLabel: text('executor_label').notNull().default(''),
    /** Both null: the deadline is not resolved yet (awaiting an election date or an event). */
    windowStart: date('window_start', { mode: 'string' }),
    windowEnd: date('window_end', { mode: 'string' }),
    /** The deadline as moved by the last approved extension request (history in deadline_extensions). */
    extendedTo: date('extended_to', { mode: 'string' }),
    /** Set when the item no longer produces this occurrence but reports on it are kept. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('occurrences_identity_uq').on(t.itemId, t.executorKey, t.windowStart, t.windowEnd),
    index('occurrences_org_idx').on(t.organizationId, t.windowEnd),
    index('occurrences_plan_idx').on(t.planId, t.windowEnd),
    index('occurrences_person_idx').on(t.personId),
  ],
);

export const files = pgTable('files', {
  id: id(),
  sha256: text('sha256').notNull(),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  storageKey: text('storage_key').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres returns a Buffer, PGlite a Uint8Array: hand out a Buffer either way without copying.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/**
 * The bytes of stored files (database storage, the default): one row per chunk of
 * a content-addressed key, so any app instance on the same database serves any
 * file and a download streams chunk by chunk instead of loading the whole file.
 */
export const fileBlobs = pgTable(
  'file_blobs',
  {
    storageKey: text('storage_key').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storageKey, t.seq] })],
);

export const reports = pgTable(
  'reports',
  {
    id: id(),
    occurrenceId: uuid('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    /** done | partial | not_done | moved | cancelled */
    status: text('status').notNull(),
    text: text('text'),
    movedTo: date('moved_to', { mode: 'string' }),
    metrics: jsonb('metrics').$type<Record<string, number>>().notNull().default({}),
    links: jsonb('links').$type<string[]>().notNull().default([]),
    fileIds: uuid('file_ids').array().notNull().default([]),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** pending | accepted | returned */
    reviewStatus: text('review_status').notNull().default('pending'),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Idempotency key chosen by the client: a retried submission returns the stored report. */
    clientKey: text('client_key'),
    createdAt: createdAt(),
  },
  (t) => [
    // The id settles reports created in the same instant: «the latest report» is one backward index probe.
    index('reports_occurrence_idx').on(t.occurrenceId, t.createdAt, t.id),
    // NULL keys never conflict: only clients that send a key get the retry guarantee.
    uniqueIndex('reports_client_key_uq').on(t.authorId, t.clientKey),
    check('reports_status_check', oneOf(t.status, reportStatusValues)),
    check('reports_review_status_check', oneOf(t.reviewStatus, reviewStatuses)),
  ],
);

/** Every review decision, in order: a report returned for rework and later accepted keeps both. */
export const reportReviews = pgTable(
  'report_reviews',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** accepted | returned */
    decision: text('decision').notNull(),
    comment: text('comment'),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId)],
);

/** Users who asked not to receive reminder e-mails. */
export const reminderOptOuts = pgTable('reminder_opt_outs', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/**
 * Jobs run by the scheduler once across all app instances: an instance claims a
 * due row (FOR UPDATE SKIP LOCKED), runs it and moves next_run_at on.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lockedBy: text('locked_by'),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  lastError: text('last_error'),
  lastResult: jsonb('last_result').$type<Record<string, unknown>>(),
});

/**
 * One reminder e-mail: planned once per recipient, kind and run (unique), then
 * sent; a failed send is retried later and stays visible to the administrator.
 */
export const reminderDigests = pgTable(
  'reminder_digests',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** executor | reviewer */
    kind: text('kind').notNull(),
    /** The scheduled run it belongs to (its date): the idempotency key with user and kind. */
    runKey: text('run_key').notNull(),
    email: text('email').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    itemCount: integer('item_count').notNull().default(0),
    /** pending | sending | sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('reminder_digests_run_uq').on(t.userId, t.kind, t.runKey), index('reminder_digests_status_idx').on(t.status, t.nextAttemptAt)],
);

/** Who did what, written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    planId: uuid('plan_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId), index('audit_events_plan_idx').on(t.planId), index('audit_events_at_idx').on(t.at)],
);

/** Figures a plan asks executors to report («число мероприятий», «число участников»); free figures are allowed too. */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    key: text('key').notNull(),
    title: text('title').notNull(),
  },
  (t) => [uniqueIndex('plan_indicators_key_uq').on(t.planId, t.key)],
);

/**
 * Executors of a plan that the controller marked as external participants (ЦИК
 * России, РЦОИТ, a public organisation): the plan's owner reports on them, so their
 * occurrences are not counted as overdue non-reporters. Keyed like occurrences.
 */
export const planExternalExecutors = pgTable(
  'plan_external_executors',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    executorKey: text('executor_key').notNull(),
    executorLabel: text('executor_label').notNull(),
    markedBy: uuid('marked_by').references(() => users.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.executorKey] })],
);

/**
 * A plan whose classified figures may have changed: written by statement-level triggers on
 * every table the classification reads (reports, occurrences, plan links, external
 * participants, items, a plan's owner, a time zone), including the cascade — a report on a
 * lower body's occurrence marks the regional plan its item was cascaded from. Appending a
 * row never waits for a lock, so report submissions do not queue behind each other; a
 * recompute deletes the rows its own snapshot saw, so a write it did not see stays marked.
 */
export const planTallyChanges = pgTable(
  'plan_tally_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: uuid('plan_id').notNull(),
    /** The item whose occurrences may have changed; null when the whole plan may have (items, owner, links without an item). */
    itemId: uuid('item_id'),
  },
  (t) => [index('plan_tally_changes_plan_idx').on(t.planId)],
);

/**
 * One item's share of its plan's cache row (`plan-tally-cache.repository.ts`): its occurrences
 * classified and counted with what the plan row is derived from (its printed number, its top
 * section, overdue by executor key, its first lines of the review queue and of «due soon»).
 * A report changes one item (and the regional item it was cascaded from), so a burst of reports
 * reclassifies those items only and re-derives their plans' rows from these rows. Written only
 * while the plan's cache row is locked; valid for the plan row's `as_of` and `days`.
 */
export const planItemTally = pgTable(
  'plan_item_tally',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull(),
    number: text('number'),
    /** The item's top section (null when the item is itself at the top), as the summary groups overdue items. */
    sectionId: uuid('section_id'),
    zones: text('zones')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The item's figures that its plan's are the sums of, in a fixed order (`summedFields`): summed without parsing. */
    counts: integer('counts').array().notNull(),
    /** Overdue by executor key, the first lines of the review queue and of «due soon»; null when empty (most items). */
    bodies: jsonb('bodies').$type<unknown[]>(),
    waiting: jsonb('waiting').$type<unknown[]>(),
    soon: jsonb('soon').$type<unknown[]>(),
    /**
     * The first line of each list (its order key): only items whose first line is among their plan's
     * first ten can hold a line of the plan's first ten, so the plan's lists unpack those items' lines only.
     */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    waitingFirst: uuid('waiting_first'),
    soonDue: date('soon_due', { mode: 'string' }),
    soonFirst: uuid('soon_first'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.itemId] })],
);

/**
 * A plan's occurrences classified and counted (`plan-tally-cache.repository.ts`), for the
 * national roll-up and the chairman's summary: valid while the plan has no change rows,
 * every time zone its occurrences are judged in still has the day in `days`, and the
 * reader's own day (the summary's half-years and «due soon») is `as_of`.
 */
export const planTallyCache = pgTable('plan_tally_cache', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  /** Null until computed: the row exists so that a recompute can lock it. */
  asOf: date('as_of', { mode: 'string' }),
  zones: text('zones')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  days: date('days', { mode: 'string' })
    .array()
    .notNull()
    .default(sql`'{}'::date[]`),
  computedAt: timestamp('computed_at', { withTimezone: true }),
  /**
   * The tally's figures were moved by the changed items' differences only (what the roll-up and the
   * control list read); the summary's parts and `overdueNumbers` wait for a re-derivation from the item rows.
   */
  partsStale: boolean('parts_stale').notNull().default(false),
  /** The tally (`PlanTallyRow`) and the summary's counters, by name. */
  figures: jsonb('figures').$type<Record<string, number>>().notNull().default({}),
  /** Overdue by executor, by section, and the first lines of the review queue and of «due soon». */
  bodies: jsonb('bodies').$type<unknown[]>().notNull().default([]),
  sections: jsonb('sections').$type<unknown[]>().notNull().default([]),
  waiting: jsonb('waiting').$type<unknown[]>().notNull().default([]),
  soon: jsonb('soon').$type<unknown[]>().notNull().default([]),
  /**
   * What the summary cuts its lists by, kept beside them: a country's summary unpacks the lists of
   * the few plans that can hold one of its first lines only — the plans with the largest overdue
   * sections and those whose first line of the review queue or of «due soon» is among the first ten.
   */
  sectionTop: integer('section_top'),
  sectionCount: integer('section_count').notNull().default(0),
  waitingSince: timestamp('waiting_since', { withTimezone: true }),
  waitingFirst: uuid('waiting_first'),
  soonDue: date('soon_due', { mode: 'string' }),
  soonFirst: uuid('soon_first'),
});
