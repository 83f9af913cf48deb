import type { CalendarTerm } from './deadline.types.js';

/**
 * Calendar arithmetic on plain day numbers. Deadlines are calendar dates in the
 * organisation's zone, so we never touch `Date`, clocks or time zones: a day is
 * an integer (days since 1970-01-01, proleptic Gregorian) and ISO strings are
 * produced only at the edge.
 */

export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** The longest a month can be in any year: lets us reject «31 февраля» before the year is known. */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Howard Hinnant's days_from_civil: exact for every Gregorian date, no floating point.
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(n: DayNumber): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function toIsoDate(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Russian short form used in explanations: 01.03.2009. */
export function toRuDate(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad2(day)}.${pad2(month)}.${year}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO calendar date; anything else (including 2022-02-30) is null. */
export function parseIsoDate(text: unknown): DayNumber | null {
  if (typeof text !== 'string') return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? toDayNumber(year, month, day) : null;
}

export function yearOf(n: DayNumber): number {
  return fromDayNumber(n).year;
}

export function monthStart(year: number, month: number): DayNumber {
  return toDayNumber(year, month, 1);
}

export function monthEnd(year: number, month: number): DayNumber {
  return toDayNumber(year, month, daysInMonth(year, month));
}

/** Adds calendar years keeping the day, with 29 February falling back to the 28th. */
export function addYears(n: DayNumber, years: number): DayNumber {
  const { year, month, day } = fromDayNumber(n);
  const y = year + years;
  return toDayNumber(y, month, Math.min(day, daysInMonth(y, month)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Where a term starts inside its year, as month * 100 + first day: orders terms and finds ranges that wrap the year. */
export function termKey(t: CalendarTerm): number | null {
  switch (t.unit) {
    case 'day':
      return t.month * 100 + t.day;
    case 'month':
      return t.month * 100 + 1;
    case 'decade':
      return t.month * 100 + (t.decade - 1) * 10 + 1;
    case 'quarter':
      return (t.quarter * 3 - 2) * 100 + 1;
    case 'half_year':
      return (t.half * 6 - 5) * 100 + 1;
    default:
      return null;
  }
}
