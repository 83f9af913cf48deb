import { bigserial, bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';
import { organizations, users } from './directory.js';
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
    /** Stable identity of the executor across regeneration (e.g. org id or normalised text). */
    executorKey: text('executor_key').notNull(),
    windowStart: date('window_start', { mode: 'string' }),
    windowEnd: date('window_end', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('occurrences_identity_uq').on(t.itemId, t.executorKey, t.windowStart, t.windowEnd),
    index('occurrences_org_idx').on(t.organizationId, t.windowEnd),
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
    createdAt: createdAt(),
  },
  (t) => [index('reports_occurrence_idx').on(t.occurrenceId)],
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
