/**
 * Russian weekday names in any case and number («среда», «по средам», «в среду», «воскресеньям»). A bare stem was
 * not enough: «по среднему», «в среднем», «по субботникам» read as Wednesdays and Saturdays of every week.
 */
const STEMS: readonly [string, number][] = [
  ['понедельник', 1],
  ['вторник', 2],
  ['сред', 3],
  ['четверг', 4],
  ['пятниц', 5],
  ['суббот', 6],
  ['воскресень', 7],
];
const ENDINGS = new Set(['', 'а', 'у', 'ы', 'е', 'и', 'я', 'ю', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов']);

/** ISO weekday (1 = Monday) of a weekday word, 0 when the word is not one. */
export function weekdayOfWord(word: string): number {
  const w = word.toLowerCase();
  for (const [stem, day] of STEMS) if (w.startsWith(stem) && ENDINGS.has(w.slice(stem.length))) return day;
  return 0;
}
