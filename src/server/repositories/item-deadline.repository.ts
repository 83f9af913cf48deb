import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** Bulk update of resolved deadlines (parameterised VALUES list). */
export async function updateItemDeadlines(db: Db, rows: { id: string; deadline: unknown }[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}::uuid, ${JSON.stringify(r.deadline)}::jsonb)`),
      sql`, `,
    );
    await db.execute(sql`update plan_items set deadline = v.deadline from (values ${values}) as v(id, deadline) where plan_items.id = v.id`);
  }
}
