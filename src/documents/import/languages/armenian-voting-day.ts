import type { DocLine } from '../doc-lines.js';
import { findDates, isoDate } from '../header-dates.js';
import { armenianMonth } from './other-dates.js';

/**
 * Armenian news tell the voting day before the elections it is for, the day in the genitive or the dative:
 *   «2017թ. ապրիլի 2-ին կայանալիք հերթական խորհրդարանական ընտրությունների» (of the regular parliamentary elections to be
 *   held on 2 April 2017 — the year abbreviated «թ.», as it is «թվականի» written out),
 *   «նոյեմբերի 16-ին կայանալիք ՏԻՄ ընտրություններին», «նոյեմբերի 16-ի ՏԻՄ ընտրությունների» (of the local elections of
 *   16 November — a headline, no participle; a regional page may misspell «կայանալիք»).
 * A day printed without its year takes the one year the text prints (a news date line «01/09/2025»), and only when it
 * then falls after every dated line of the text; every sentence must name the same day, or none is read.
 */
const WITH_YEAR =
  /(\d{4})\s*թ(?:վականի|\.)\s+([\u0561-\u0587]{3,})\s+(\d{1,2})\s*-\s*ին?\s+(?:[\u0561-\u0587]+իք\s+|(?:[\u0531-\u0587]+\s+){0,3})(?:[\u0531-\u0587]+\s+){0,3}ընտրություն/gu;
const NO_YEAR =
  /(?<!\d\s*թ(?:վականի|\.)\s+)(?<![\u0531-\u0587])([\u0561-\u0587]{3,})\s+(\d{1,2})\s*-\s*ին?\s+(?:[\u0561-\u0587]+իք\s+)?(?:[\u0531-\u0587]+\s+){0,3}ընտրություն/gu;

function oneYear(lines: readonly DocLine[]): number | null {
  const years = new Set(lines.flatMap((l) => findDates(l.text).map((d) => d.iso.slice(0, 4))));
  return years.size === 1 ? Number([...years][0]) : null;
}

export function armenianVotingDayTold(lines: readonly DocLine[]): string | null {
  const days = new Set<string>();
  const yearless: { day: number; month: number }[] = [];
  for (const l of lines) {
    const text = l.text.replace(/\s+/g, ' ');
    if (!/ընտրություն/u.test(text)) continue;
    for (const m of text.matchAll(WITH_YEAR)) {
      const month = armenianMonth(m[2]!);
      const iso = month ? isoDate(+m[3]!, month, +m[1]!) : null;
      if (iso) days.add(iso);
    }
    for (const m of text.matchAll(NO_YEAR)) {
      const month = armenianMonth(m[1]!);
      if (month) yearless.push({ day: +m[2]!, month });
    }
  }
  if (days.size > 0 || yearless.length === 0) return days.size === 1 ? [...days][0]! : null;
  const year = oneYear(lines);
  const told = new Set(yearless.map((d) => (year ? isoDate(d.day, d.month, year) : null)));
  const day = told.size === 1 ? [...told][0] : null;
  if (!day) return null;
  // An election follows the work that prepares it: a dated line after the day means the year is not the election's.
  const dated = lines.flatMap((l) => findDates(l.text).map((d) => d.iso));
  return dated.some((d) => d > day) ? null : day;
}
