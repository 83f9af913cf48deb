import { interpretDeadline, type DeadlineContext } from '../../domain/deadline/index.js';
import type { PlanRow } from '../repositories/plan.repository.js';

export function deadlineContext(
  plan: Pick<PlanRow, 'periodStart' | 'periodEnd'>,
  elections: { votingDay: string; votingDays?: number; calledOn: string | null; name: string }[] = [],
  timeZone?: string,
  events: { key: string; date: string | null; label: string }[] = [],
): DeadlineContext {
  return {
    period: plan.periodStart && plan.periodEnd ? { start: plan.periodStart, end: plan.periodEnd } : null,
    elections: elections.map((e) => ({ votingDay: e.votingDay, votingDays: e.votingDays ?? 1, calledOn: e.calledOn, name: e.name })),
    ...(events.length > 0 ? { events: events.map((e) => ({ key: e.key, date: e.date, label: e.label })) } : {}),
    ...(timeZone ? { timeZone } : {}),
    // Organisations keep no country; the Kyrgyz time zone tells a Kyrgyz commission, whose plans count working
    // days by the Kyrgyz production calendar.
    ...(timeZone === 'Asia/Bishkek' ? { country: 'kg' as const } : {}),
  };
}

/** The stored form of an item's deadline: the engine's result, or null when there is no text. */
export function resolveItemDeadline(text: string | null | undefined, ctx: DeadlineContext): Record<string, unknown> | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return { ...interpretDeadline(trimmed, ctx) };
}
