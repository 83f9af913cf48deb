/**
 * Days named by their place in a month («в первое воскресенье марта», «в последнюю
 * пятницу месяца», «третье воскресенье сентября 2026 года») and working days counted
 * after a period ends («не позднее 3-го рабочего дня после окончания квартала»).
 */
import type { DeadlineExpr } from './deadline.types.js';
import { monthFromWord } from './month-names.js';
import { weekdayOfWord } from './weekday-words.js';

const NTH: readonly [RegExp, number][] = [
  [/^перв/, 1],
  [/^втор/, 2],
  [/^трет/, 3],
  [/^четверт/, 4],
  [/^пят/, 5],
  [/^последн/, -1],
];

function nthOf(word: string): number {
  for (const [re, n] of NTH) if (re.test(word)) return n;
  return 0;
}

// «в каждое третье воскресенье февраля»: «каждое» before a named month is the same day every year; «ежегодно
// (в) третье воскресенье февраля» says so in a word and is a recurrence.
const NTH_WEEKDAY =
  /^(ежегодно,?\s+|каждый\s+год,?\s+)?(?:(?:в|во|на)\s+)?(?:кажд(?:ое|ую|ый)\s+)?([а-я]+)\s+([а-я]+)\s+(каждого\s+месяца|месяца|([а-я]+)(?:\s+(\d{4})(?:\s+(?:г|года|год))?)?)$/;

export function parseNthWeekday(text: string): DeadlineExpr | null {
  const m = NTH_WEEKDAY.exec(text);
  if (m === null) return null;
  const n = nthOf(m[2] as string);
  const weekday = weekdayOfWord(m[3] as string);
  if (n === 0 || weekday === 0) return null;
  if (m[5] === undefined) return m[1] === undefined ? { type: 'nth_weekday', n, weekday, month: null, year: null } : null;
  const month = monthFromWord(m[5]);
  if (month === 0) return null;
  const year = m[6] !== undefined ? Number(m[6]) : null;
  if (m[1] !== undefined) return year === null ? { type: 'nth_weekday', n, weekday, month, year, yearly: true } : null;
  return { type: 'nth_weekday', n, weekday, month, year };
}

const PERIOD_WORDS: readonly [RegExp, 'month' | 'quarter' | 'half_year' | 'year'][] = [
  [/^месяц/, 'month'],
  [/^квартал/, 'quarter'],
  [/^полугоди/, 'half_year'],
  [/^(?:год|календарного года)/, 'year'],
];

// «не позднее 3-го рабочего дня после окончания квартала», «в течение 5 рабочих дней после окончания месяца»,
// «до 10 рабочего дня месяца, следующего за отчетным»
const AFTER_PERIOD =
  /^(не позднее|до|в течение|на)\s+(\d{1,2})(?:-?[а-я]{1,3})?\s+рабоч[а-я]*\s+(?:дн[а-я]*|день)\s+(?:после\s+(?:окончания|завершения)\s+(?:отчетного\s+)?([а-я]+)|([а-я]+),?\s+следующего\s+за\s+отчетным)$/;

export function parseWorkingDayAfter(text: string): DeadlineExpr | null {
  const m = AFTER_PERIOD.exec(text);
  if (m === null) return null;
  const n = Number(m[2]);
  const word = (m[3] ?? m[4]) as string;
  const every = PERIOD_WORDS.find(([re]) => re.test(word))?.[1];
  if (every === undefined || n <= 0) return null;
  return { type: 'working_day_after', n, every, bound: m[1] === 'на' ? 'on' : 'not_later' };
}
