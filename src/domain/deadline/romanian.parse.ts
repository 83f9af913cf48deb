/**
 * Romanian terms of the CEC of Moldova's calendar programmes («Termenul de realizare»), rewritten into the Russian
 * grammar the engine reads:
 *   «Până la 5 mai 2021 inclusiv», «Pînă la 27.12.2004» → «до 5 мая 2021 года включительно», «до 27.12.2004»
 *   «Începând cu 5 mai 2021», «De la 27.12.2004», «Din 14 septembrie» → «с …»
 *   «între 1 și 10 iunie 2021»                          → «с 1 по 10 июня 2021 года»
 *   «cel târziu 20 mai 2021», «nu mai târziu de …»      → «не позднее …»
 *   «în perioada 22 noiembrie – 6 decembrie»            → «в период 22 ноября – 6 декабря»
 * Both spellings are read: the old «î» («Pînă», «tîrziu») and the cedilla (ş, ţ) beside the comma (ș, ț).
 * A rule counted from the voting day («cu cel puţin 60 de zile înainte de ziua alegerilor») is not read here.
 */
import { romanianMonth } from '../locale/romanian-months.js';
import { russianDate } from './month-names.js';

const RO = 'a-zăâîșşțţ';
const PANA = 'p[âîa]n[ăa]';
const WORDS: [RegExp, string][] = [
  [new RegExp(`(?<![${RO}])${PANA}\\s+(?:la|pe|în|in)(?![${RO}])`, 'gu'), 'до'],
  [new RegExp(`(?<![${RO}])(?:nu\\s+mai\\s+t[âîa]rziu\\s+de|cel\\s+t[âîa]rziu(?:\\s+la|\\s+pe)?)(?![${RO}])`, 'gu'), 'не позднее'],
  [new RegExp(`(?<![${RO}])(?:[îi]ncep[âîa]nd\\s+(?:cu|din|de\\s+la)|de\\s+la|din)(?![${RO}])`, 'gu'), 'с'],
  [new RegExp(`(?<![${RO}])inclusiv(?![${RO}])`, 'gu'), 'включительно'],
  // «în perioada 22 noiembrie – 6 decembrie»: «in the period» before a range.
  [new RegExp(`(?<![${RO}])(?:[îi]n\\s+)?perioada(?![${RO}])`, 'gu'), 'в период'],
];
const DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+([${RO}]{3,10})\\.?(?:\\s+(\\d{4}))?(?![${RO}\\d])`, 'gu');
// «între 1 și 10 iunie»: two days of one month.
const BETWEEN = new RegExp(`(?<![${RO}])[îi]ntre\\s+(\\d{1,2})\\s+(?:și|şi|si)\\s+(\\d{1,2})\\s+([${RO}]{3,10})(?:\\s+(\\d{4}))?(?![${RO}\\d])`, 'gu');
const MARK = new RegExp(`(?<![${RO}])(?:${PANA}|[îi]ncep[âîa]nd|inclusiv|t[âîa]rziu|[îi]ntre)(?![${RO}])`, 'u');

/** A Romanian term: one of its words for «until», «from», «inclusive», or a Romanian month after a day. */
export function looksRomanian(text: string): boolean {
  const t = text.toLowerCase();
  if (MARK.test(t)) return true;
  DATE.lastIndex = 0;
  return [...t.matchAll(DATE)].some((m) => romanianMonth(m[2]!) !== null && !/^[а-яё]/.test(m[2]!));
}

/** Romanian text in Russian words, or null when the phrase has wording this module does not read. */
export function rewriteRomanian(input: string): string | null {
  let text = input.toLowerCase();
  text = text.replace(BETWEEN, (all, a: string, b: string, word: string, year?: string) => {
    const month = romanianMonth(word);
    return month === null ? all : `с ${Number(a)} по ${russianDate(b, month, year)}`;
  });
  text = text.replace(DATE, (all, day: string, word: string, year?: string) => {
    const month = romanianMonth(word);
    return month === null ? all : russianDate(day, month, year);
  });
  for (const [re, ru] of WORDS) text = text.replace(re, ru);
  const out = text.replace(/\s+/g, ' ').trim();
  // Anything Romanian left is wording this module does not know: better no dates than half of them.
  return new RegExp(`[${RO}]`, 'u').test(out) ? null : out;
}
