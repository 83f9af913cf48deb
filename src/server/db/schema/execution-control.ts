import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id } from './common.js';
import { organizations, users } from './directory.js';
import { occurrences } from './execution.js';
import { plans, type PlanAct } from './plans.js';

/**
 * One escalation notice about a missing report: to the executor (reminder), to the
 * plan's controller, to the executor's higher commission. Unique per occurrence,
 * level and deadline in force, so re-running the job never repeats a notice, and a
 * deadline moved by an approved extension starts its own escalation.
 */
export const escalationNotices = pgTable(
  'escalation_notices',
  {
    id: id(),
    occurrenceId: uuid('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** executor | controller | higher */
    level: text('level').notNull(),
    recipientOrganizationId: uuid('recipient_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    daysOverdue: integer('days_overdue').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('escalation_notices_once_uq').on(t.occurrenceId, t.level, t.dueDate),
    index('escalation_notices_recipient_idx').on(t.recipientOrganizationId, t.createdAt),
    index('escalation_notices_plan_idx').on(t.planId),
  ],
);

/** An executor's request to move a deadline, and the controller's decision. Approved ones are the deadline's history. */
export const deadlineExtensions = pgTable(
  'deadline_extensions',
  {
    id: id(),
    occurrenceId: uuid('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    previousDate: date('previous_date', { mode: 'string' }).notNull(),
    requestedDate: date('requested_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** pending | approved | refused */
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    createdAt: createdAt(),
  },
  (t) => [
    index('deadline_extensions_occurrence_idx').on(t.occurrenceId, t.createdAt),
    index('deadline_extensions_plan_idx').on(t.planId, t.status),
    // One open request per occurrence: a second one waits for the decision on the first.
    uniqueIndex('deadline_extensions_pending_uq')
      .on(t.occurrenceId)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * A closed reporting period of a plan (after its half-year or annual report was
 * adopted by the cited act): reports on deadlines inside it that arrive later are
 * late — the controller accepts them and the next report lists them.
 */
export const reportingPeriodClosures = pgTable(
  'reporting_period_closures',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    act: jsonb('act').$type<PlanAct>().notNull(),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reporting_period_closures_uq').on(t.planId, t.periodEnd)],
);

/**
 * What a user has read of their notices (escalations, date changes, extension
 * decisions): one row per user and notice, so «Уведомления» knows what is new.
 * The notice tables stay addressed to organisations; reading is personal.
 */
export const noticeReads = pgTable(
  'notice_reads',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** escalation | date_change | extension */
    kind: text('kind').notNull(),
    noticeId: uuid('notice_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notice_reads_uq').on(t.userId, t.kind, t.noticeId)],
);
