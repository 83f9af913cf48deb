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

/**
 * After its year: a plan in force is marked executed (исполнен), an executed one is
 * archived; each step can be taken back (reopened for a late correction, brought
 * back from the archive). The target status names the step.
 */
export const closingTargets = ['executed', 'archived', 'approved'] as const;
export type ClosingTarget = (typeof closingTargets)[number];
export type ClosingStep = 'execute' | 'archive' | 'reopen' | 'unarchive';

export function closingStep(from: string, to: ClosingTarget): ClosingStep | null {
  if (to === 'executed' && (from === 'approved' || from === 'amended')) return 'execute';
  if (to === 'executed' && from === 'archived') return 'unarchive';
  if (to === 'archived' && (from === 'executed' || from === 'closed')) return 'archive';
  if (to === 'approved' && (from === 'executed' || from === 'closed')) return 'reopen';
  return null;
}

/** Executed and archived plans are records of a finished year: their text and items are not edited. */
export function isReadOnly(status: string): boolean {
  return status === 'executed' || status === 'closed' || status === 'archived';
}

/**
 * Executors still report on an executed plan (late reports go into the annual
 * report); an archived plan is out of everyone's due list.
 */
export function acceptsReports(status: string): boolean {
  return status !== 'archived' && status !== 'closed';
}
