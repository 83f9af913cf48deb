/**
 * Counting of terms by ст. 11.1 Федерального закона № 67-ФЗ, expressed as day
 * offsets from the day of the event (voting day, call of the election, …).
 *
 * п. 1: «не позднее чем за N дней до дня события» — the last allowed day is the
 * day after which N days remain before the event, i.e. event − (N + 1); the same
 * day is the first allowed one for «не ранее чем за N дней». Checked against real
 * plans: voting 01.03.2009, «не позднее чем за 45 дней» → 14.01.2009.
 *
 * п. 2: a term «в течение N дней после дня события» (and «не позднее чем через
 * N дней») runs from the day after the event to its N-th day; «не ранее чем
 * через N дней» allows the day following that term.
 */

/** Offset of the boundary day for «за N дней до» (both «не позднее» and «не ранее»). */
export function daysBeforeOffset(days: number): number {
  return -(days + 1);
}

/** First day of a term counted after an event. */
export const FIRST_DAY_AFTER = 1;

/** Last day of «в течение N дней после» / «не позднее чем через N дней после». */
export function lastDayWithinOffset(days: number): number {
  return days;
}

/** First allowed day of «не ранее чем через N дней после». */
export function firstDayAfterTermOffset(days: number): number {
  return days + 1;
}
