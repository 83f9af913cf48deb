/** Dates of «n-th weekday of a month» phrases and of working days counted after a period ends. */
import { daysInMonth, fromDayNumber, isoWeekday, monthEnd, monthStart, toDayNumber, type DayNumber } from './calendar-math.js';
import { shiftWorkingDays, type CalendarCountry } from './calendars/production-calendar.js';
import type { DeadlineExpr } from './deadline.types.js';
import { clip, emptyResolution, orderWindows, type Resolution, type Span } from './resolution.js';

type NthWeekday = Extract<DeadlineExpr, { type: 'nth_weekday' }>;
type WorkingDayAfter = Extract<DeadlineExpr, { type: 'working_day_after' }>;

export function nthWeekdayOf(year: number, month: number, n: number, weekday: number): DayNumber | null {
  if (n < 0) {
    const last = monthEnd(year, month);
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = monthStart(year, month);
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
  return day <= monthEnd(year, month) ? day : null;
}

export function resolveNthWeekday(expr: NthWeekday, period: Span | null): Resolution {
  const res = emptyResolution();
  if (expr.month !== null && expr.year !== null) {
    const d = nthWeekdayOf(expr.year, expr.month, expr.n, expr.weekday);
    if (d === null) {
      res.invalid = true;
      res.reason = 'В этом месяце нет такого дня недели';
    } else res.windows.push({ start: d, end: d });
    return res;
  }
  if (period === null) {
    res.needs.push('period');
    res.reason = 'Нужен период плана';
    return res;
  }
  const windows: Span[] = [];
  const years = new Set<number>();
  const first = fromDayNumber(period.start);
  const last = fromDayNumber(period.end);
  for (let y = first.year; y <= last.year; y++) {
    for (let m = 1; m <= 12; m++) {
      if (expr.month !== null && m !== expr.month) continue;
      const d = nthWeekdayOf(y, m, expr.n, expr.weekday);
      if (d === null || d < period.start || d > period.end) continue;
      windows.push({ start: d, end: d });
      years.add(y);
    }
  }
  res.windows = orderWindows(windows, res);
  if (expr.month !== null && years.size > 1) res.yearly = true;
  return res;
}

const MONTHS_IN: Record<WorkingDayAfter['every'], number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

export function resolveWorkingDayAfter(expr: WorkingDayAfter, period: Span | null, country: CalendarCountry): Resolution {
  const res = emptyResolution();
  if (period === null) {
    res.needs.push('period');
    res.reason = 'Нужен период плана';
    return res;
  }
  const step = MONTHS_IN[expr.every];
  const windows: Span[] = [];
  const missing = new Set<number>();
  const start = fromDayNumber(period.start);
  // Period ends from the one before the plan starts: its working days may fall inside the plan.
  let y = start.year;
  let m = Math.floor((start.month - 1) / step) * step; // months already ended before the first period of the plan
  for (let guard = 0; guard < 2000; guard++) {
    if (m <= 0) {
      m += 12;
      y -= 1;
    }
    const endOfPeriod = toDayNumber(y, m, daysInMonth(y, m));
    if (endOfPeriod > period.end) break;
    const shifted = shiftWorkingDays(endOfPeriod, expr.n, country);
    if (!shifted.ok) missing.add(shifted.year);
    else {
      const w = clip(expr.bound === 'on' ? { start: shifted.day, end: shifted.day } : { start: endOfPeriod + 1, end: shifted.day }, period);
      if (w !== null) windows.push(w);
    }
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  res.windows = orderWindows(windows, res);
  if (missing.size > 0) {
    res.needs.push('production_calendar');
    res.reason = `Производственный календарь на ${[...missing].sort().join(', ')} г. неизвестен: рабочие дни не посчитаны`;
  }
  return res;
}
