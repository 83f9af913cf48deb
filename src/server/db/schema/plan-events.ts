import { date, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common.js';
import { plans } from './plans.js';

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
