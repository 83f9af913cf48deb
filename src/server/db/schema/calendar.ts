import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';
import { organizations, users } from './directory.js';
import { plans } from './plans.js';

/**
 * Secret calendar feed URLs («/api/calendars/<token>.ics») for calendar apps,
 * which cannot sign in. Only a hash of the token is stored. A feed is a plan,
 * an executor organisation across the plans its creator can read, or both; it
 * shows what its creator may read at the time it is fetched.
 */
export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('calendar_tokens_created_by_idx').on(t.createdBy)],
);
