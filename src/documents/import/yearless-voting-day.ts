import type { DocLine } from './doc-lines.js';
import { findDates } from './header-dates.js';
import { DATE_FIRST_TOLD_YEARLESS } from './date-first-voting-day.js';
import { monthThenDays } from './month-then-days.js';

/**
 * A voting day a news text tells without its year: «Местные выборы пройдут в Беларуси 18 февраля», «Довыборы в
 * Екатеринбургскую городскую думу пройдут 27 марта», «Голосование намечено на 9 сентября», «… выборы … были назначены
 * на 27 марта», «12, 13 и 14 сентября в Воронежской области пройдет голосование». The year is the one year the text
 * prints — in its dates or in the dateline under the headline («May 17, 2018, 10:50 AM», «8 сентября 2025, 09:06») — and
 * the day is taken only when it falls after every dated line (an election follows the work that prepares it). Two
 * different days told, or two years printed, leave it unread.
 */
export interface YearlessVoting {
  votingDay: string;
  /** Consecutive voting days told («12, 13 и 14 сентября»): the day is the last of them. */
  days: number;
}

const TOLD: readonly RegExp[] = [
  // The election, up to five words, a verb of a coming event, the day: «Довыборы в … думу пройдут 27 марта».
  /(?:выбор|референдум|голосовани)[а-яё]*\s+(?:[^\s.,;:!?]+\s+){0,5}?(?:пройд[её]т|пройдут|состоится|состоятся)\s+(?:в\s+[А-ЯЁ][а-яё]+\s+)?()(\d{1,2})\s+([а-яё]{3,})(?!\s*\d)/iu,
  // The day it is called or planned for: «Голосование намечено на 9 сентября», «выборы … назначены на 27 марта».
  /(?:выбор|референдум|голосовани)[а-яё]*[^.;:!?]{0,120}?\s(?:назначен[аоы]?|намечен[аоы]?)\s+на\s+()(\d{1,2})\s+([а-яё]{3,})(?!\s*\d)/iu,
  // The days first: «12, 13 и 14 сентября в Воронежской области пройдет голосование на выборах».
  /(?:^|\s)((?:\d{1,2}\s*(?:,|и|[-–—])\s*)*)(\d{1,2})\s+([а-яё]{3,})(?!\s*\d)\s+(?:[^.;:!?]{0,80}?\s)?(?:пройд[её]т|пройдут|состоится|состоятся)\s+(?:голосование|выборы)/iu,
  // The date set off before the words that say it is the voting day (date-first-voting-day.ts).
  ...DATE_FIRST_TOLD_YEARLESS,
];

/** «May 17, 2018, 10:50 AM», «22 января 2026, 19:11 359»: a short line with a year and a clock time dates the page. */
const DATELINE = /^(?=.*(?:^|\D)\d{1,2}:\d{2}(?!\d))(?:[^.!?]*?[^\d])?((?:19|20)\d{2})(?!\d)/u;

function printedYears(lines: readonly DocLine[]): Set<string> {
  const years = new Set<string>();
  for (const l of lines) {
    for (const d of findDates(l.text)) years.add(d.iso.slice(0, 4));
    const dateline = l.text.trim().length <= 60 ? DATELINE.exec(l.text.trim()) : null;
    if (dateline) years.add(dateline[1]!);
  }
  return years;
}

export function yearlessVotingDay(lines: readonly DocLine[]): YearlessVoting | null {
  const told = new Map<string, number>();
  const printed = lines.map((l) => l.text).join('\n');
  // «Голосование состоится в сентябре … – 8,9,10 числа»: read as the days-first wording (month-then-days.ts).
  const text = [printed, ...monthThenDays(printed)].join('\n');
  const years = printedYears(lines);
  if (years.size !== 1) return null;
  const [year] = [...years];
  for (const re of TOLD) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = findDates(`${m[2]} ${m[3]} ${year} года`)[0]?.iso;
    if (!iso) continue;
    // Only consecutive days (at most three, ст. 63.1 67-ФЗ) are days of one voting; else the last is read alone.
    const all = [...(m[1] ?? '').split(/\s*(?:,|и|[-–—])\s*/).filter(Boolean), m[2]!].map(Number);
    const days = all.length <= 3 && all.every((n, k) => n === all[0]! + k) ? all.length : 1;
    told.set(iso, Math.max(told.get(iso) ?? 1, days));
  }
  const [only, ...others] = [...told];
  if (!only || others.length > 0) return null;
  const [votingDay, days] = only;
  return findDates(text).every((d) => d.iso <= votingDay) ? { votingDay, days } : null;
}
