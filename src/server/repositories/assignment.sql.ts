import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

/** Who an assignment is checked for: a user's organisation and, when the user is a known person, that person. */
export interface Assignee {
  organizationId: string;
  personId: string | null;
}

/** The two columns that name an executor on a row (an item executor or an occurrence). */
export interface ExecutorColumns {
  organizationId: SQL | AnyColumn;
  personId: SQL | AnyColumn;
}

/**
 * The «assigned executor» rule, the one place it is written: a row is assigned to
 * a user when it names the user's organisation, or names a person and that person
 * is the user. A row naming no person is never assigned through a null person.
 * Every query that asks "is this the user's to report on?" — plan visibility,
 * «Мои мероприятия», access to one occurrence, the report hot path — uses it.
 * Written for WHERE clauses (an `or` of plain comparisons the planner can serve from
 * indexes): on a row naming nobody it is null, not false — select it through coalesce.
 */
export function assignedRule(row: ExecutorColumns, who: { organizationId: SQL; personId: SQL }): SQL {
  return sql`(${row.organizationId} = ${who.organizationId} or (${row.personId} is not null and ${row.personId} = ${who.personId}))`;
}

/** The rule for a known user, with the user's ids as parameters. */
export function assignedTo(row: ExecutorColumns, who: Assignee): SQL {
  // Typed so that PostgreSQL 15 infers the parameter even when the person is null.
  return assignedRule(row, { organizationId: sql`${who.organizationId}::uuid`, personId: sql`${who.personId}::uuid` });
}

/**
 * The rule as fixed SQL text over column and parameter expressions (trusted identifiers, never input): for
 * statements kept as one constant text on the hot path, built once when the module loads.
 */
export function assignedRuleText(row: { organizationId: string; personId: string }, who: { organizationId: string; personId: string }): string {
  const rule = assignedRule(
    { organizationId: sql.raw(row.organizationId), personId: sql.raw(row.personId) },
    { organizationId: sql.raw(who.organizationId), personId: sql.raw(who.personId) },
  );
  return new PgDialect().sqlToQuery(rule).sql;
}
