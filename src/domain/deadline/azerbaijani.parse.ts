/**
 * Azerbaijani terms of the CEC of Azerbaijan's calendar plans («Təqvim planı»), rewritten into the Russian grammar
 * the engine reads (as Kazakh and Armenian ones are). A date puts the year first with its ordinal ending, the month in
 * the genitive and the day with a case ending; the ending says what the date is to the term:
 *   «2023-cü il dekabrın 9-dək»            → «до 9 декабря 2023 года»            (-dək: up to and with)
 *   «2019-cu il noyabrın 8-dən 28-dək»     → «с 8 ноября 2019 года по 28 ноября 2019 года» (-dən: from)
 *   «2015-ci il noyabrın 1-nə», «8 dekabr 2023-cü il» → the day itself
 *   «Səsvermə gününə azı 60 gün qalmış»    → «не позднее чем за 60 дней до дня голосования» (at least N days left)
 * Anything Azerbaijani left after the rewrite is wording this module does not know: the phrase stays unread.
 */
import { AZERBAIJANI_LETTERS, azerbaijaniMonth } from '../locale/azerbaijani-months.js';
import { russianDate } from './month-names.js';

const AZ = `a-zəğıöüşç${AZERBAIJANI_LETTERS}`;
const MARK = new RegExp(`[${AZERBAIJANI_LETTERS}]|(?:^|\\s)\\d{4}\\s*-?\\s*c[iıuü]\\s+il\\b`, 'u');

/** A phrase in Azerbaijani: its letters (ə, ğ, ı …) or a year printed «2023-cü il». */
export function looksAzerbaijani(text: string): boolean {
  return MARK.test(text);
}

// Endings: -dək/-dak/-nədək/-yədək (up to), -dən/-dan (from), others (-nə, -i, -ında …) the day itself.
const ENDING = `(?:\\s*-?\\s*([${AZ}]{1,6}))?`;
const YEAR = `(\\d{4})\\s*-?\\s*(?:c[iıuü])?\\s+il(?:in)?`;
// «2023-cü il dekabrın 9-dək»: year, month, day.
const YEAR_FIRST = new RegExp(`${YEAR}\\s+([${AZ}]{3,})\\s+(\\d{1,2})${ENDING}(?![${AZ}\\d])`, 'gu');
// «8 dekabr 2023-cü il», «28 avqust 2015-ci il»: day, month, year.
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})\\s+([${AZ}]{3,})\\s+${YEAR}${ENDING}(?![${AZ}\\d])`, 'gu');
// «noyabrın 28-dək»: no year (the page gives it elsewhere, or not at all).
const NO_YEAR = new RegExp(`(?<![${AZ}\\d])([${AZ}]{3,})\\s+(\\d{1,2})${ENDING}(?![${AZ}\\d])`, 'gu');
// «… 8-dən 28-dək»: a second day of the same month.
const SAME_MONTH = new RegExp(`(§\\d+)\\s+(\\d{1,2})${ENDING}(?![${AZ}\\d])`, 'gu');

const UNTIL = /^(?:[nyş]?[əa])?d[əa]k$/u;
const FROM = /^d[əa]n$/u;
// -i/-ı/-u/-ü (accusative), -nə/-na/-ə/-a (dative), -ndə/-də (locative): the day itself.
const ON = /^(?:n?[iıuü]|n?[əa]|n?d[əa]|[iıuü]nd[əa])$/u;

const COUNT_TO_VOTING = new RegExp(`səsvermə\\s+gününə\\s+(?:(?:ən\\s+geci|azı)\\s+)?(\\d{1,3})\\s+gün\\s+qalmış`, 'gu');

interface Dated {
  ru: string;
  role: 'until' | 'from' | 'on';
  day: number;
  month: number;
  year: string | undefined;
}

const roleOf = (ending: string | undefined): Dated['role'] | null => {
  if (ending === undefined) return 'on';
  if (UNTIL.test(ending)) return 'until';
  if (FROM.test(ending)) return 'from';
  return ON.test(ending) ? 'on' : null;
};

/** Azerbaijani text in Russian words, or null when the phrase has wording this module does not read. */
export function rewriteAzerbaijani(input: string): string | null {
  const dates: Dated[] = [];
  const keep = (day: string, month: number | null, year: string | undefined, ending: string | undefined, all: string): string => {
    const role = roleOf(ending?.toLowerCase());
    if (month === null || role === null) return all;
    dates.push({ ru: russianDate(day, month, year), role, day: Number(day), month, year });
    return `§${dates.length - 1}`;
  };
  // «İ» lower-cases to «i» with a combining dot.
  let text = input.toLowerCase().replace(/\u0307/g, '');
  text = text.replace(COUNT_TO_VOTING, (_all, n: string) => `не позднее чем за ${n} дней до дня голосования`);
  text = text.replace(YEAR_FIRST, (all, year: string, word: string, day: string, ending?: string) => keep(day, azerbaijaniMonth(word), year, ending, all));
  text = text.replace(DAY_FIRST, (all, day: string, word: string, year: string, ending?: string) => keep(day, azerbaijaniMonth(word), year, ending, all));
  text = text.replace(NO_YEAR, (all, word: string, day: string, ending?: string) => keep(day, azerbaijaniMonth(word), undefined, ending, all));
  text = text.replace(SAME_MONTH, (all, mark: string, day: string, ending?: string) => {
    const prev = dates[Number(mark.slice(1))]!;
    return `${mark} ${keep(day, prev.month, prev.year, ending, all).replace(mark, '').trim()}`;
  });
  const at = (mark: string): Dated => dates[Number(mark.slice(1))]!;
  const out = text
    .replace(/(§\d+)\s+(§\d+)/gu, (all, a: string, b: string) => (at(a).role === 'from' && at(b).role === 'until' ? `с ${at(a).ru} по ${at(b).ru}` : all))
    .replace(/§\d+/gu, (mark) => {
      const d = at(mark);
      return d.role === 'until' ? `до ${d.ru}` : d.role === 'from' ? `с ${d.ru}` : d.ru;
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (dates.length === 0 && out === text.replace(/\s+/g, ' ').trim() && !out.includes('голосования')) return null;
  return new RegExp(`[${AZ}]`, 'u').test(out.replace(/[а-яё]+/g, '')) ? null : out;
}
