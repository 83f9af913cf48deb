/**
 * A date told with its weekday, as news items and timetables tell it: «в среду, 23 октября», «в пятницу 25 октября»,
 * «во вторник, 5 марта 2024 года», «среда, 23 октября», «23 октября, среда». The weekday is taken out so the date is
 * read by the calendar grammar, and kept: a single day whose weekday disagrees is a misprint of one of them, and the
 * phrase then stays undated rather than take either. Works on folded text (lower case, «е» for «ё»).
 */

// ISO weekday (1 = Monday) of each form a weekday takes after «в» / «во» (accusative) or on its own (nominative).
const WEEKDAYS: readonly (readonly [RegExp, number])[] = [
  [/^понедельник$/, 1],
  [/^вторник$/, 2],
  [/^сред[ау]$/, 3],
  [/^четверг$/, 4],
  [/^пятниц[ау]$/, 5],
  [/^суббот[ау]$/, 6],
  [/^воскресенье$/, 7],
];

const WORD = 'понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье';
const DATE = '\\d{1,2}\\s+[а-я]+(?:\\s+\\d{4}(?:\\s+(?:года|г\\.?))?)?';
const BEFORE = new RegExp(`^(?:(?:в|во)\\s+)?(${WORD})\\s*,?\\s+(?=${DATE}\\s*$)`);
const AFTER = new RegExp(`^(${DATE})\\s*,\\s*(${WORD})$`);

function weekdayOf(word: string): number | null {
  for (const [re, n] of WEEKDAYS) if (re.test(word)) return n;
  return null;
}

/** The phrase without its weekday, and the weekday (ISO), or null when the phrase is not a date with its weekday. */
export function liftWeekdayOfDate(core: string): { core: string; weekday: number } | null {
  const before = BEFORE.exec(core);
  if (before !== null) {
    const weekday = weekdayOf(before[1] ?? '');
    return weekday === null ? null : { core: core.slice(before[0].length), weekday };
  }
  const after = AFTER.exec(core);
  if (after !== null) {
    const weekday = weekdayOf(after[2] ?? '');
    return weekday === null ? null : { core: after[1] ?? '', weekday };
  }
  return null;
}
