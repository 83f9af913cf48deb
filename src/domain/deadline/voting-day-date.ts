/**
 * «в Единый день голосования 13 сентября», «10 сентября, в Единый день голосования»: a term that is the voting day,
 * printed with that day's date before or after the words. The two name one day, so the printed date is the reading
 * (the words its explanation), with or without its year: a yearless date takes the plan's year, as any yearless
 * date does. «единый» (the single voting day of Russian elections) names the same voting day.
 */
import type { ExplicitDate } from './explicit-date.js';
import { monthFromWord } from './month-names.js';

const VOTING_DAY = String.raw`(?:в|во)\s+(?:единый\s+)?день\s+(?:голосования|выборов)`;
const DATE = String.raw`\d{1,2}\s+[а-я]+(?:\s+\d{4}(?:\s*(?:года|г\.?))?)?|\d{1,2}\.\d{1,2}\.\d{4}`;
const DAY_THEN_DATE = new RegExp(String.raw`^(${VOTING_DAY})\s*[,—–-]?\s*(${DATE})$`);
const DATE_THEN_DAY = new RegExp(String.raw`^(${DATE})\s*[,—–-]\s*(${VOTING_DAY})$`);

/** A date in words must name a month («10 сентября», not «10 членов»). */
const namesMonth = (date: string): boolean => /^\d{1,2}\.\d/.test(date) || monthFromWord(date.split(/\s+/)[1] ?? '') !== 0;

/** Works on folded text (lower case, «ё» as «е»). */
export function splitVotingDayDate(core: string): ExplicitDate | null {
  const text = core.trim().replace(/[.;]$/, '');
  const after = DAY_THEN_DATE.exec(text);
  if (after !== null && namesMonth(after[2]!)) return { date: after[2]!, rule: after[1]! };
  const before = DATE_THEN_DAY.exec(text);
  if (before !== null && namesMonth(before[1]!)) return { date: before[1]!, rule: before[2]! };
  return null;
}
