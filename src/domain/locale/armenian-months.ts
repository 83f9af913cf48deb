/**
 * Armenian month names (the CEC of Armenia's timetables and notices): a month is written in the genitive before
 * its day — «հոկտեմբերի 20-ին», «փետրվարի 9-ից».
 */
const ARMENIAN_MONTHS = ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'];

/** The month an Armenian month word names («հոկտեմբերի» → 10); null for any other word. */
export function armenianMonth(word: string): number | null {
  const i = ARMENIAN_MONTHS.findIndex((m) => word.startsWith(m) && word.length - m.length <= 2);
  return i >= 0 ? i + 1 : null;
}
