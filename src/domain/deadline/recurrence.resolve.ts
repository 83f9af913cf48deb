/** Recurring phrases → one window per occurrence inside the plan period. */
import { daysInMonth, fromDayNumber, isoWeekday, monthEnd, monthStart } from './calendar-math.js';
import { resolveCalendar } from './calendar.resolve.js';
import type { DeadlineExpr, RecurrenceEvery } from './deadline.types.js';
import { MAX_WINDOWS, clip, emptyResolution, orderWindows, type Resolution, type Span } from './resolution.js';

type Recurring = Extract<DeadlineExpr, { type: 'recurring' }>;

const MONTHS_IN: Record<Exclude<RecurrenceEvery, 'week'>, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

function weekly(expr: Recurring, period: Span, out: Span[]): void {
  let monday = period.start - (isoWeekday(period.start) - 1);
  while (monday <= period.end && out.length <= MAX_WINDOWS) {
    const span = expr.weekday !== null ? { start: monday + expr.weekday - 1, end: monday + expr.weekday - 1 } : { start: monday, end: monday + 6 };
    const c = clip(span, period);
    if (c !== null) out.push(c);
    monday += 7;
  }
}

function byMonths(expr: Recurring, size: number, period: Span, out: Span[]): void {
  const first = fromDayNumber(period.start);
  let year = first.year;
  // Start at the cycle containing the period start, so a period from 15 February still gets its first quarter.
  let month = first.month - ((first.month - 1) % size);
  while (monthStart(year, month) <= period.end && out.length <= MAX_WINDOWS) {
    const lastMonth = month + size - 1;
    let span: Span = { start: monthStart(year, month), end: monthEnd(year, lastMonth) };
    const rule = expr.dayOfMonth;
    if (rule !== null) {
      // The day rule applies to the first month of each cycle («до 15 числа» of the quarter's first month).
      const limit = daysInMonth(year, month);
      if ('until' in rule) span = { start: span.start, end: span.start + Math.min(rule.until, limit) - 1 };
      else span = { start: span.start + Math.min(rule.on, limit) - 1, end: span.start + Math.min(rule.on, limit) - 1 };
    }
    const c = clip(span, period);
    if (c !== null) out.push(c);
    month += size;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
}

export function resolveRecurring(expr: Recurring, period: Span | null): Resolution {
  if (period === null) {
    const res = emptyResolution();
    res.needs.push('period');
    res.reason = 'Нужен период плана, чтобы перечислить сроки';
    return res;
  }
  if (expr.at !== null) {
    const res = resolveCalendar(expr.at, period);
    res.yearly = false;
    return res;
  }
  const res = emptyResolution();
  const windows: Span[] = [];
  if (expr.every === 'week') weekly(expr, period, windows);
  else byMonths(expr, MONTHS_IN[expr.every], period, windows);
  res.windows = orderWindows(windows, res);
  if (res.windows.length === 0) res.reason = 'В периоде плана нет ни одного срока';
  return res;
}
