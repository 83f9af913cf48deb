import type { DocLine } from '../doc-lines.js';
import { findDates, isoDate } from '../header-dates.js';

/**
 * Uzbek news in Latin script tell the voting day before the elections it is for, the day first with its month after a
 * hyphen: «Mamlakatimizda joriy yilning 27-oktyabr kuni bo‘lib o‘tadigan Oliy Majlis … deputatlari saylovini …» (the
 * elections to be held on 27 October of the current year), «2024-yil 27-oktyabrda o‘tkaziladigan saylov». «Joriy yil»
 * (this year) is the one year the text prints (its date line «09.10.2024»); every sentence must name the same day.
 */
const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'senty?abr', 'okty?abr', 'noyabr', 'dekabr'];
const APOSTROPHE = `['ʻ‘’ʼ\`]`;
const HELD = String.raw`(?:bo${APOSTROPHE}lib\s+o${APOSTROPHE}tadigan|bo${APOSTROPHE}ladigan|o${APOSTROPHE}tkaziladigan|o${APOSTROPHE}tkazilad?igan|belgilangan|tayinlangan)`;
const TOLD = new RegExp(
  String.raw`(?:(\d{4})\s*-?\s*yil(?:ning|da)?|joriy\s+yil(?:ning|da)?)\s+(\d{1,2})\s*-\s*([a-z]+?)(?:da|ga)?(?:\s+kuni)?\s+${HELD}[^.]{0,300}?saylov`,
  'giu',
);

const monthOf = (word: string): number | null => {
  const k = MONTHS.findIndex((m) => new RegExp(`^${m}$`, 'i').test(word));
  return k < 0 ? null : k + 1;
};

export function uzbekVotingDayTold(lines: readonly DocLine[]): string | null {
  const years = new Set(lines.flatMap((l) => findDates(l.text).map((d) => d.iso.slice(0, 4))));
  const days = new Set<string>();
  for (const l of lines) {
    if (!/saylov/i.test(l.text)) continue;
    for (const m of l.text.matchAll(TOLD)) {
      const month = monthOf(m[3]!);
      const year = m[1] ? Number(m[1]) : years.size === 1 ? Number([...years][0]) : null;
      const iso = month && year ? isoDate(Number(m[2]), month, year) : null;
      if (iso) days.add(iso);
    }
  }
  return days.size === 1 ? [...days][0]! : null;
}
