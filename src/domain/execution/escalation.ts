/**
 * Escalation of a missing report (issue #18): the day after the deadline the
 * executor is reminded; after the plan's number of days the plan's controller (the
 * plan's owner) is told and, when the executor is a subordinate body, its higher
 * commission too. Each notice is keyed by occurrence, level and deadline in force,
 * so a re-run decides the same notices and the store keeps them once.
 */
export type EscalationLevel = 'executor' | 'controller' | 'higher';
export const escalationLevels: readonly EscalationLevel[] = ['executor', 'controller', 'higher'];

export interface EscalationCandidate {
  occurrenceId: string;
  planId: string;
  planOrganizationId: string;
  /** The organisation that must report; null: the plan owner's staff. */
  organizationId: string | null;
  state: 'due' | 'overdue' | 'done' | 'awaiting';
  dueDate: string | null;
  /** Today in the executor's time zone. */
  today: string;
  external: boolean;
  /** From the plan; 0 keeps the escalation at the executor's reminder. */
  escalationDays: number;
}

export interface EscalationNotice {
  occurrenceId: string;
  planId: string;
  level: EscalationLevel;
  recipientOrganizationId: string;
  dueDate: string;
  daysOverdue: number;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The notices an occurrence calls for today (its store drops the ones already sent). */
export function escalationNotices(c: EscalationCandidate, parentOf: (organizationId: string) => string | null): EscalationNotice[] {
  if (c.state !== 'overdue' || !c.dueDate || c.external) return [];
  const daysOverdue = daysBetween(c.dueDate, c.today);
  if (daysOverdue < 1) return [];
  const executorOrg = c.organizationId ?? c.planOrganizationId;
  const base = { occurrenceId: c.occurrenceId, planId: c.planId, dueDate: c.dueDate, daysOverdue };
  const out: EscalationNotice[] = [{ ...base, level: 'executor', recipientOrganizationId: executorOrg }];
  if (c.escalationDays <= 0 || daysOverdue < c.escalationDays) return out;
  out.push({ ...base, level: 'controller', recipientOrganizationId: c.planOrganizationId });
  const higher = parentOf(executorOrg);
  // The higher commission of a ТИК that reports to its region's plan is the controller already: told once.
  if (higher && higher !== c.planOrganizationId && higher !== executorOrg) out.push({ ...base, level: 'higher', recipientOrganizationId: higher });
  return out;
}
