import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { planIndicators } from '../db/schema/index.js';

export function listIndicators(db: Db, planId: string) {
  return db
    .select({ key: planIndicators.key, title: planIndicators.title })
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId))
    .orderBy(asc(planIndicators.position));
}

export async function replaceIndicators(db: Db, planId: string, list: { key: string; title: string }[]) {
  await db.delete(planIndicators).where(eq(planIndicators.planId, planId));
  if (list.length) await db.insert(planIndicators).values(list.map((i, position) => ({ planId, position, key: i.key, title: i.title })));
}
