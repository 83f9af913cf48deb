import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common.js';
import { organizations, people } from './directory.js';
import { planItems, plans } from './plans.js';

/**
 * Named events of a plan that deadlines count from (official publication of the decision calling the election,
 * registration of candidates, any event the planner names). `key` is the engine's event key; `date` stays
 * empty while the event has no date, and the items counted from it wait («ожидает даты»).
 */
export const planEvents = pgTable(
  'plan_events',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    date: date('date', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('plan_events_plan_key_idx').on(t.planId, t.key)],
);

/**
 * An executor's due dates that moved because an election or event of the plan was dated, moved or undated:
 * shown in «Мои мероприятия» («срок изменён: было … стало …») and told in the next reminder e-mail. Kept per
 * item and executor (occurrences are replaced when their window moves). `before` / `after` hold the due dates
 * (window ends); an empty list is «ожидает даты».
 */
export const deadlineNotices = pgTable(
  'deadline_notices',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    executorKey: text('executor_key').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<string[]>().notNull(),
    after: jsonb('after').$type<string[]>().notNull(),
    /** What moved, as the planner named it («день голосования», «официальное опубликование …»). */
    cause: text('cause').notNull(),
    /** The reminder run whose e-mails told it; null until then. */
    mailedRunKey: text('mailed_run_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('deadline_notices_item_idx').on(t.itemId, t.executorKey),
    index('deadline_notices_org_idx').on(t.organizationId),
    index('deadline_notices_unmailed_idx').on(t.mailedRunKey),
  ],
);
