/**
 * Dates of the CIS languages written in Latin script. Azerbaijani prints the year first with its ordinal ending and
 * the month in the genitive («2015-ci il noyabrın 1-nə», «2023-cü il dekabrın 9-dək») or the day first
 * («8 dekabr 2023-cü il»); Romanian the day first («28 decembrie 2004», «din 11 iulie 2021»).
 */
import { azerbaijaniMonth } from '../../../domain/locale/azerbaijani-months.js';
import { romanianMonth } from '../../../domain/locale/romanian-months.js';

export const LATIN_LETTERS = 'A-Za-zəƏğĞıİöÖüÜşŞçÇăĂâÂîÎșȘşŞțȚţŢ';

/** Groups: year, month word, day. */
export const AZERBAIJANI_YEAR_FIRST = new RegExp(`(?<!\\d)(\\d{4})\\s*-?\\s*c[iıuü]\\s+il(?:in)?\\s+([${LATIN_LETTERS}]{3,})\\s+(\\d{1,2})(?!\\d)`, 'gu');
/** Groups: day, month word, year. */
export const LATIN_DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})\\s+([${LATIN_LETTERS}]{3,})\\s+(\\d{4})(?!\\d)`, 'gu');

/** The month an Azerbaijani or Romanian month word names; null for any other word. */
export function latinMonth(word: string): number | null {
  if (!/^[a-z]/i.test(word)) return null;
  return azerbaijaniMonth(word) ?? romanianMonth(word);
}
