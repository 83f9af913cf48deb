import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { elections, planElections } from '../db/schema/index.js';

export type ElectionRow = typeof elections.$inferSelect;

/** The election when it is attached to this plan; another plan's election is not found here. */
export async function findElectionOfPlan(db: Db, planId: string, electionId: string): Promise<ElectionRow | undefined> {
  const rows = await db
    .select({ election: elections })
    .from(elections)
    .innerJoin(planElections, eq(planElections.electionId, elections.id))
    .where(and(eq(planElections.planId, planId), eq(elections.id, electionId)));
  return rows[0]?.election;
}

export async function updateElection(
  db: Db,
  id: string,
  values: { name: string; votingDay: string; votingDays: number; calledOn: string | null },
): Promise<ElectionRow> {
  return db
    .update(elections)
    .set(values)
    .where(eq(elections.id, id))
    .returning()
    .then((r) => r[0]!);
}

/** Elections belong to the one plan they were attached to; its link goes with it (cascade). */
export async function deleteElection(db: Db, id: string): Promise<void> {
  await db.delete(elections).where(eq(elections.id, id));
}
