import type { DocLine } from '../doc-lines.js';
import { findDates } from '../header-dates.js';
import { azerbaijaniYearlessVotingDay } from './azerbaijani-yearless-voting-day.js';

/**
 * Voting days of the plans and acts of CIS bodies writing in Latin script.
 *   Romanian titles name the election and its day after «din» (of): «… alegerilor Parlamentului Republicii Moldova din
 *   6 martie 2005», «… alegerilor Parlamentare anticipate din data de 11 iulie 2021», «… referendumului local din …».
 *   Azerbaijani acts tell it in a sentence, the day in the dative before «təyin edilmişdir» (is set for): «… seçkilər
 *   2015-ci il noyabrın 1-nə təyin edilmişdir», «… seçkilərin 2024-cü il fevralın 7-də keçirilməsi».
 */
const RO_ELECTION = /(?:alegeril|alegerilor|alegerea|scrutinul|referendumul)/i;
const RO_DAY = /(?<![a-zăâîșşțţ])din\s+(?:data\s+de\s+)?(\d{1,2}\s+[a-zăâîșşțţ]+\s+\d{4})/giu;

export function latinVotingDayInTitle(title: string): string | null {
  if (!RO_ELECTION.test(title)) return null;
  const days = [...title.matchAll(RO_DAY)].map((m) => findDates(m[1]!)[0]?.iso).filter((d): d is string => !!d);
  return days.length === 1 ? days[0]! : null;
}

const AZ_TOLD =
  /seçki[a-zəğıöüşç]*\s+((?:\d{4}\s*-?\s*c[iıuü]\s+il\s+[a-zəğıöüşç]+\s+\d{1,2}|\d{1,2}\s+[a-zəğıöüşç]+\s+\d{4}\s*-?\s*c[iıuü]\s+il)[a-zəğıöüşç-]*)\s+(?:tarixin[əa]\s+)?(?:təyin\s+(?:edilmişdir|edilib|olunmuşdur|olunub|edilir)|keçiril(?:məsi|əcək|ir))/iu;

/** «… seçkilər 2015-ci il noyabrın 1-nə təyin edilmişdir»: the voting day an Azerbaijani act tells; null when none. */
export function latinVotingDayTold(lines: readonly DocLine[]): string | null {
  for (const l of lines) {
    if (l.text.length > 1500) continue;
    const m = AZ_TOLD.exec(l.text);
    const day = m ? findDates(m[1]!)[0]?.iso : undefined;
    if (day) return day;
  }
  return azerbaijaniYearlessVotingDay(lines);
}
