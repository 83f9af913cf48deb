import type { DocLine } from '../doc-lines.js';
import { findDates } from '../header-dates.js';

/**
 * An Azerbaijani news item telling the voting day without its year, the day in the dative before the election:
 * «Sərəncamla … sentyabrın 1-nə növbədənkənar seçkilər təyin edilib» (early elections are set for 1 September). As for
 * Russian news (`yearless-voting-day.ts`), the year is the one year the text prints — here often only in the page's
 * date line («date 2024-08»); two years printed, or two days told, leave it unread.
 */
const AZ_TOLD_NO_YEAR =
  /(?<![\d-]\s*)(?<!il\s+)([a-zəğıöüşç]+\s+\d{1,2})\s*-\s*(?:[ny]?[əa])\s+(?:[a-zəğıöüşç]+\s+){0,3}seçki[a-zəğıöüşç]*\s+təyin\s+(?:edilmişdir|edilib|olunmuşdur|olunub)/giu;

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

export function azerbaijaniYearlessVotingDay(lines: readonly DocLine[]): string | null {
  const text = lines.map((l) => l.text).join('\n');
  const years = new Set([...text.matchAll(YEAR)].map((m) => m[1]!));
  if (years.size !== 1) return null;
  const [year] = [...years];
  const days = new Set([...text.matchAll(AZ_TOLD_NO_YEAR)].map((m) => findDates(`${year}-ci il ${m[1]}`)[0]?.iso).filter((d): d is string => !!d));
  return days.size === 1 ? [...days][0]! : null;
}
