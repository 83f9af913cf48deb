import type { DeadlineKind, PlanKind } from '../../shared/plan-format';

/*
 * Value lists of the shared contracts, repeated here as plain arrays: importing
 * them from src/shared would pull zod (≈60 KB gzipped) into the first page.
 * The `satisfies` checks keep them in step with the contracts at compile time.
 */
export const planKinds = ['programme', 'work_plan', 'consolidated', 'calendar', 'strategic', 'other'] as const satisfies readonly PlanKind[];
export const planStatuses = ['draft', 'review', 'approved', 'executed', 'archived', 'amended', 'closed'] as const;
/** Kinds of the acts that approve plans (pure domain values, no zod). */
export { actKinds } from '../../domain/plan/act';
/** Which statuses are a finished year's record and which step leads where (pure domain rules, no zod). */
export { closingStep, isReadOnly } from '../../domain/plan/lifecycle';
export const deadlineKinds = [
  'date',
  'range',
  'multi',
  'whole_period',
  'recurring',
  'election_relative',
  'event_relative',
  'on_demand',
  'external_schedule',
  'unknown',
] as const satisfies readonly DeadlineKind[];
