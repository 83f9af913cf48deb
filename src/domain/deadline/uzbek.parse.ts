/**
 * Uzbek terms in Latin script (the script of Uzbekistan's commissions since 2024 news), rewritten into the Russian
 * grammar the engine reads, as Azerbaijani and Romanian ones are. The day comes first, the month takes a case ending,
 * a postposition may follow:
 *   «joriy yil 14 oktyabrga qadar», «14-oktyabrgacha» → «до 14 октября» (-ga qadar, -gacha: up to and with;
 *                                                        «joriy yil», this year, is the plan's own year)
 *   «2024-yil 1-oktyabrdan 14-oktyabrgacha»          → «с 1 октября 2024 года по 14 октября 2024 года» (-dan: from)
 *   «26-oktyabr», «26-oktyabrda», «joriy yilning 27-oktyabr kuni» → the day itself (-ning: of; kuni: on the day)
 * Anything Uzbek left after the rewrite is wording this module does not know: the phrase stays unread.
 */
import { russianDate } from './month-names.js';

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr|sentyabr', 'oktabr|oktyabr', 'noyabr', 'dekabr'];
const MONTH = MONTHS.join('|');
// The apostrophe of oʻ/gʻ comes in several code points; dates carry none of them.
const DATE = new RegExp(
  String.raw`(?:(\d{4})\s*-?\s*yil(?:ning|da)?\s+)?(?<!\d)(\d{1,2})\s*-?\s*(${MONTH})(gacha|ga\s+qadar|ga\s+qadar\s+bo['ʻ‘’]lgan\s+muddatda|dan|da|ga|ning)?(?![a-z])`,
  'g',
);
const MARK = new RegExp(
  String.raw`(?:^|\s)(?:joriy\s+yil(?:ning|da)?|\d{4}\s*-?\s*yil(?:ning|da)?)(?![a-z])|\d\s*-?\s*(?:${MONTH})(?:gacha|ga\s+qadar|dan)(?![a-z])`,
);

/** A phrase in Uzbek Latin: «joriy yil», a year printed «2024-yil», or a date with an Uzbek postposition. */
export function looksUzbekLatin(text: string): boolean {
  return MARK.test(text.toLowerCase());
}

const monthOf = (word: string): number => MONTHS.findIndex((m) => m.split('|').includes(word)) + 1;

/** Uzbek Latin text in Russian words, or null when the phrase has wording this module does not read. */
export function rewriteUzbekLatin(input: string): string | null {
  const dates: { ru: string; role: 'until' | 'from' | 'on' }[] = [];
  // «27-oktyabr kuni»: «kuni» (on the day) only says the date is a day.
  let text = input
    .toLowerCase()
    .replace(/(?:^|\s)joriy\s+yil(?:ning|da)?(?=\s)/g, ' ')
    .replace(/(?<=\d\s*-?\s*[a-z]+)\s+kuni(?![a-z])/g, '');
  text = text.replace(DATE, (_all, year: string | undefined, day: string, word: string, ending: string | undefined) => {
    const role = ending === undefined || ending === 'da' || ending === 'ning' ? 'on' : ending === 'dan' ? 'from' : 'until';
    dates.push({ ru: russianDate(day, monthOf(word), year), role });
    return `§${dates.length - 1}`;
  });
  if (dates.length === 0) return null;
  const at = (i: string) => dates[Number(i)]!;
  const out = text
    .replace(/§(\d+)\s+§(\d+)/g, (all, i: string, j: string) => (at(i).role === 'from' && at(j).role === 'until' ? `с ${at(i).ru} по ${at(j).ru}` : all))
    .replace(/§(\d+)/g, (_all, i: string) => (at(i).role === 'until' ? `до ${at(i).ru}` : at(i).role === 'from' ? `с ${at(i).ru}` : at(i).ru))
    .replace(/\s+/g, ' ')
    .trim();
  // Latin words left are Uzbek wording this module does not know: better no dates than half of them.
  return /[a-z]/.test(out) || out.includes('§') ? null : out;
}
