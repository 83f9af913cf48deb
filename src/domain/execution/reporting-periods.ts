/**
 * Reporting periods of a plan: open-ended and whole-period items are reported on
 * once per half-year (by default), quarter or month — the periods commissions
 * review execution in («Полугодовой анализ выполнения плана»).
 */
export const reportingPeriods = ['half_year', 'quarter', 'month'] as const;
export type ReportingPeriod = (typeof reportingPeriods)[number];

export interface DateWindow {
  start: string; // inclusive ISO date
  end: string; // inclusive ISO date
}

export function isReportingPeriod(value: string): value is ReportingPeriod {
  return (reportingPeriods as readonly string[]).includes(value);
}

const monthsIn: Record<ReportingPeriod, number> = { half_year: 6, quarter: 3, month: 1 };

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar reporting period (aligned to January) that contains the date. */
export function periodContaining(date: string, kind: ReportingPeriod): DateWindow {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const size = monthsIn[kind];
  const first = Math.floor((month - 1) / size) * size + 1;
  const last = first + size - 1;
  return { start: iso(year, first, 1), end: iso(year, last, lastDay(year, last)) };
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Cuts a window at reporting-period boundaries: 2022-03-15..2022-12-31 by half-year → [03-15..06-30], [07-01..12-31]. */
export function splitByReportingPeriod(window: DateWindow, kind: ReportingPeriod, max = 1000): DateWindow[] {
  const out: DateWindow[] = [];
  if (window.start > window.end) return out;
  let start = window.start;
  while (start <= window.end && out.length < max) {
    const period = periodContaining(start, kind);
    const end = period.end < window.end ? period.end : window.end;
    out.push({ start, end });
    start = dayAfter(end);
  }
  return out;
}

/** «I полугодие 2022 г.», «III квартал 2022 г.», «март 2022 г.»: how documents name a reporting period. */
export function reportingPeriodLabel(window: DateWindow): string {
  const y1 = window.start.slice(0, 4);
  const y2 = window.end.slice(0, 4);
  const m1 = Number(window.start.slice(5, 7));
  const m2 = Number(window.end.slice(5, 7));
  const fullStart = window.start.slice(8) === '01';
  const fullEnd = Number(window.end.slice(8)) === lastDay(Number(y2), m2);
  if (y1 === y2 && fullStart && fullEnd) {
    if (m1 === 1 && m2 === 12) return `${y1} год`;
    if (m1 === 1 && m2 === 6) return `I полугодие ${y1} г.`;
    if (m1 === 7 && m2 === 12) return `II полугодие ${y1} г.`;
    if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return `${['I', 'II', 'III', 'IV'][(m1 - 1) / 3]} квартал ${y1} г.`;
    if (m1 === m2) return `${monthNames[m1 - 1]} ${y1} г.`;
    return `${monthNames[m1 - 1]} – ${monthNames[m2 - 1]} ${y1} г.`;
  }
  return `период с ${ru(window.start)} по ${ru(window.end)}`;
}

const monthNames = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

function ru(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
