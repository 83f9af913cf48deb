/**
 * Armenian terms of the CEC of Armenia's timetables, rewritten into the Russian grammar the engine reads (as Kazakh
 * and Kyrgyz ones are):
 *   «փետրվարի 9-ից մինչև ապրիլի 23-ը»            → «с 9 февраля по 23 апреля»  (-ից from, մինչև … -ը up to and with)
 *   «ապրիլի 23-ից մինչև մայիսի 3-ը՝ ժամը 18:00-ը» → «с 23 апреля по 3 мая до 18:00»
 *   «մինչև մայիսի 3-ը»                             → «до 3 мая»;  «2024 թվականի հոկտեմբերի 20-ին» → «20 октября 2024 года»
 * Only dates and these postpositions: a counted term («… օր առաջ») is not read.
 */
import { armenianMonth } from '../locale/armenian-months.js';
import { russianDate } from './month-names.js';

const ARMENIAN_LETTERS = /[\u0531-\u0587]/u;

export function looksArmenian(text: string): boolean {
  return ARMENIAN_LETTERS.test(text);
}

// «2026 թվականի փետրվարի 9-ից»: year (full or «թ.»), the month in the genitive, the day with its ending.
const DATE = /(?:(\d{4})\s*թ(?:վականի|\.)\s+)?([\u0561-\u0587]{3,})\s+(\d{1,2})\s*-?\s*(ից|ը|ն|ին|ի)?(?=[\s,՝.;]|$)/gu;
// «՝ ժամը 18:00-ը»: the hour a term ends at; the day stays the window.
const HOUR = /[,՝]?\s*ժամը\s+(\d{1,2})[:.](\d{2})\s*-?\s*(?:ը|ն|ին|ի)?/gu;

const SAME_MONTH_END = /§(\d+)\s+(\d{1,2})\s*-?\s*ը(?=[\s,՝.;]|$)/gu;

/** Armenian text in Russian words, or null when the phrase has no wording this module reads. */
export function rewriteArmenian(input: string): string | null {
  const dates: { ru: string; ending: string; month: number; year: string | undefined }[] = [];
  let text = input.replace(HOUR, (_all, h: string, m: string) => ` до ${Number(h)}:${m}`);
  text = text.replace(DATE, (all, year: string | undefined, word: string, day: string, ending: string | undefined) => {
    const month = armenianMonth(word);
    if (month === null) return all;
    dates.push({ ru: russianDate(day, month, year), ending: ending ?? '', month, year });
    return `§${dates.length - 1}`;
  });
  // «մարտի 12-ից 22-ը»: the second day of a range is printed without its month — the month of the first.
  text = text.replace(SAME_MONTH_END, (all, i: string, day: string) => {
    const from = dates[Number(i)];
    if (from?.ending !== 'ից') return all;
    dates.push({
      ru: russianDate(day, from.month, from.year),
      ending: 'ը',
      month: from.month,
      year: from.year,
    });
    return `§${i} մինչև §${dates.length - 1}`;
  });
  if (dates.length === 0) return null;
  const ru = (i: string) => dates[Number(i)]?.ru ?? '';
  const ending = (i: string) => dates[Number(i)]?.ending ?? '';
  const out = text
    // «հոկտեմբերի 20-ից և կտևի մինչև նոյեմբերի 14-ը» (from 20 October and will last until 14 November): a verb of
    // duration between the start and «մինչև» leaves the same range.
    .replace(/(§\d+)\s+և\s+(?:կտևի|կշարունակվի|կիրականացվի)\s+(?=մինչև\s+§)/gu, '$1 ')
    .replace(/§(\d+)\s+մինչև\s+§(\d+)/gu, (all, i: string, j: string) => (ending(i) === 'ից' ? `с ${ru(i)} по ${ru(j)}` : all))
    .replace(/մինչև\s+§(\d+)/gu, (_all, j: string) => `до ${ru(j)}`)
    .replace(/§(\d+)/gu, (_all, i: string) => (ending(i) === 'ից' ? `с ${ru(i)}` : ru(i)))
    .replace(/\s+/g, ' ')
    .trim();
  // Anything Armenian left is wording this module does not know: better no dates than half of them.
  return looksArmenian(out) || out.includes('§') ? null : out;
}
