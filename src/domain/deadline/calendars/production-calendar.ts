/**
 * Working days by a production calendar. A day is working unless it is a
 * weekend not made working, or a non-working day of that year's data. A year
 * without data gives `null` so callers answer «unknown», never a guessed date.
 */
import { fromDayNumber, isoWeekday, toIsoDate, type DayNumber } from '../calendar-math.js';
import { KG_PRODUCTION_CALENDAR } from './kg.js';
import { RU_PRODUCTION_CALENDAR } from './ru.js';

export interface ProductionYear {
  /** The acts the year's data comes from, shown in explanations. */
  source: string;
  /** Non-working days (holidays, transferred days off, decreed non-working days). */
  off: readonly string[];
  /** Saturdays or Sundays made working days. */
  work: readonly string[];
  /** Inclusive spans whose days' status was not confirmed: counting through them answers «unknown». */
  uncertain?: readonly (readonly [string, string])[];
}

export type CalendarCountry = 'ru' | 'kg';

interface YearSets {
  off: Set<string>;
  work: Set<string>;
  uncertain: readonly (readonly [string, string])[];
}

function setsOf(data: Readonly<Record<number, ProductionYear>>): Map<number, YearSets> {
  const sets = new Map<number, YearSets>();
  for (const [year, y] of Object.entries(data)) sets.set(Number(year), { off: new Set(y.off), work: new Set(y.work), uncertain: y.uncertain ?? [] });
  return sets;
}

const SETS: Readonly<Record<CalendarCountry, Map<number, YearSets>>> = { ru: setsOf(RU_PRODUCTION_CALENDAR), kg: setsOf(KG_PRODUCTION_CALENDAR) };
const DATA: Readonly<Record<CalendarCountry, Readonly<Record<number, ProductionYear>>>> = { ru: RU_PRODUCTION_CALENDAR, kg: KG_PRODUCTION_CALENDAR };

export function productionYear(country: CalendarCountry, year: number): ProductionYear | null {
  return DATA[country]?.[year] ?? null;
}

export function knownYears(country: CalendarCountry): number[] {
  return [...(SETS[country]?.keys() ?? [])].sort((a, b) => a - b);
}

/** true / false, or null when the year's calendar (or that day's status) is not known. */
export function isWorkingDay(day: DayNumber, country: CalendarCountry = 'ru'): boolean | null {
  const sets = SETS[country]?.get(fromDayNumber(day).year);
  if (sets === undefined) return null;
  const iso = toIsoDate(day);
  // ISO dates compare as strings.
  for (const [from, to] of sets.uncertain) if (iso >= from && iso <= to) return null;
  if (sets.off.has(iso)) return false;
  const wd = isoWeekday(day);
  if (wd >= 6) return sets.work.has(iso);
  return true;
}

export type WorkingDayStep = { ok: true; day: DayNumber } | { ok: false; year: number };

/**
 * The n-th working day after `from` (n ≥ 1), or before it for n ≤ −1.
 * Fails with the first year whose calendar is missing.
 */
export function shiftWorkingDays(from: DayNumber, n: number, country: CalendarCountry = 'ru'): WorkingDayStep {
  const step = n >= 0 ? 1 : -1;
  let left = Math.abs(n);
  let day = from;
  // 400 steps bound the loop for absurd counts; real phrases say at most a few dozen days.
  for (let guard = 0; left > 0 && guard < 400; guard++) {
    day += step;
    const w = isWorkingDay(day, country);
    if (w === null) return { ok: false, year: fromDayNumber(day).year };
    if (w) left--;
  }
  return left === 0 ? { ok: true, day } : { ok: false, year: fromDayNumber(day).year };
}
