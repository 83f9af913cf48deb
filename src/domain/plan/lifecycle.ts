/**
 * A plan's statuses: draft → (review, «на согласовании») → approved → executed → archived.
 * `amended` and `closed` come from data written before amendments had their own record:
 * they read as approved and executed.
 */
export const planStatuses = ['draft', 'review', 'approved', 'executed', 'archived', 'amended', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Only a plan not yet in force is approved as a whole; an approved one is changed by an amendment. */
export function canApprove(status: string): boolean {
  return status === 'draft' || status === 'review';
}

/** Editing these opens an amendment instead of changing the official text. */
export function canOpenAmendment(status: string): boolean {
  return status === 'approved' || status === 'amended';
}

/** Executors are due to execute a plan in force; a draft or one under review binds nobody. */
export function isInForce(status: string): boolean {
  return status !== 'draft' && status !== 'review';
}
