import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * A list of values as ONE array parameter. drizzle's `inArray` binds one parameter per
 * value, and PostgreSQL refuses a statement with more than 65,535 of them; a single
 * array literal has no such limit and is read the same way by `pg` and PGlite.
 */
export function arrayParam(values: readonly string[], type: 'uuid' | 'text' | 'date'): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}

/** `column = any($1)`: the `inArray` of a caller-sized list (ids of a country's occurrences). */
export function anyOf(column: SQLWrapper, values: readonly string[], type: 'uuid' | 'text' | 'date' = 'uuid'): SQL {
  return sql`${column} = any(${arrayParam(values, type)})`;
}
