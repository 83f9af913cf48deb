import type { Period } from '../../shared/plan-format.js';
import type { DocLine } from './doc-lines.js';
import { toDraftDeadline } from './records/deadline-adapter.js';

/**
 * «Программа … по проведению «Месячника молодого избирателя» … в 2019 году» over «Месячник молодого избирателя
 * начался 04 февраля и завершится 4 марта …»: the plan of a campaign (a month, a decade, a week, days of …) is
 * named for its year, and the text tells the campaign's own first and last days. Those days, read by the deadline
 * engine inside the title's year, are the plan's period. Only a span the engine reads as one window of that year.
 */
const CAMPAIGN = /(месячник|декад|недел|дн(?:и|ей)\s|акци|марафон)[а-яё]*/iu;
const MONTH = '(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const SPAN_VERB = '(?:начал(?:ся|ась|ось|ись)|начинает(?:ся)?|начнет(?:ся)?|начнётся|стартовал[аио]?|стартует|пройд[её]т|проходит|продлится)';

export function campaignPeriod(title: string, yearPeriod: Period, lines: readonly DocLine[]): Period | null {
  const named = CAMPAIGN.exec(title);
  if (!named) return null;
  const stem = named[1]!.toLowerCase().slice(0, 5);
  // The span runs to its last day within the clause: «начался 04 февраля и завершится 4 марта», «пройдет с 13 по 19 марта».
  const told = new RegExp(
    `(?:^|[.!?]\\s+)[«"]?${stem}[а-яё]*(?:\\s+[^\\s.,;]+){0,4}?\\s+(${SPAN_VERB}\\s[^.;,]{0,120}\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?)`,
    'iu',
  );
  for (const l of lines) {
    const m = told.exec(l.text.replace(/\s+/g, ' '));
    if (!m) continue;
    const windows = toDraftDeadline(m[1]!, { period: yearPeriod, elections: [] }).windows;
    const w = windows.length === 1 ? windows[0]! : null;
    if (w && w.start >= yearPeriod.start && w.end <= yearPeriod.end && w.start < w.end) return { start: w.start, end: w.end };
  }
  return null;
}
