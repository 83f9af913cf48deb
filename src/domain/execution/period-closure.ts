/**
 * Closed reporting periods (issue #18): once a half-year or annual report is
 * adopted, its period is closed. A report on a deadline inside a closed period
 * that arrives after the closing is late: the controller accepts it and the next
 * report lists it as submitted late.
 */
export interface ClosedPeriod {
  id: string;
  periodStart: string;
  periodEnd: string;
  closedAt: Date;
}

/** The closed period a report misses, if any: its deadline lies in the period and it came after the closing. */
export function missedClosure<T extends ClosedPeriod>(dueDate: string | null, reportCreatedAt: Date, closures: readonly T[]): T | null {
  if (!dueDate) return null;
  return closures.find((c) => c.periodStart <= dueDate && dueDate <= c.periodEnd && reportCreatedAt.getTime() > c.closedAt.getTime()) ?? null;
}

/** Why a period cannot be closed, or null: it must be a real span that has ended, inside the plan, not overlapping a closed one. */
export function closeViolation(
  period: { from: string; to: string },
  today: string,
  plan: { periodStart: string | null; periodEnd: string | null },
  closed: readonly { periodStart: string; periodEnd: string }[],
): { field: string; message: string } | null {
  if (period.from > period.to) return { field: 'from', message: 'Начало периода позже его окончания' };
  if (period.to >= today) return { field: 'to', message: 'Закрыть можно только истекший период' };
  if (plan.periodEnd && period.from > plan.periodEnd) return { field: 'from', message: 'Период начинается после окончания плана' };
  if (plan.periodStart && period.to < plan.periodStart) return { field: 'to', message: 'Период кончается до начала плана' };
  const overlap = closed.find((c) => c.periodStart <= period.to && period.from <= c.periodEnd);
  if (overlap) return { field: 'from', message: `Период пересекается с уже закрытым (${overlap.periodStart} – ${overlap.periodEnd})` };
  return null;
}
