/**
 * A month narrowed by days in a bracket: «в июне (в период с 9 по 19 число)», «июль (с 1 по 10 число)»,
 * «в марте (10-15 числа)». The bracket says which days of that month the term is; reading the month alone
 * would give days the document does not, so the two are read together as «с 9 по 19 июня».
 */
import { monthFromWord, monthGenitive } from './month-names.js';
import { foldCase } from './normalize.js';

const MONTH_ALONE = /^(?:(?:в|во)\s+)?([а-я]+)(\s+\d{4}(?:\s*(?:года|г\.?))?)?$/;
const DAYS =
  /^(?:в\s+период\s+|в\s+срок\s+)?(?:с\s+(\d{1,2})(?:-?го)?\s+по\s+(\d{1,2})(?:-?е|-?ое)?|(\d{1,2})\s*-\s*(\d{1,2}))(?:\s+(?:числ[а-я]*|дн[а-я]*|([а-я]+)))?$/;
/** A bracket that still names days («… 5 число …», «15 июня», «15.06») after the reading above. */
const NAMES_DAYS =
  /\d.*числ|числ.*\d|(?:^|\D)\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|(?:^|\D)\d{1,2}\.\d{1,2}(?:\D|$)/;

/**
 * Rewrites the folded core when it is one month and a note names its days; the note is taken out of `notes`.
 * Returns null when the phrase is not of this class.
 */
export function monthNarrowedByDays(core: string, notes: string[]): string | null {
  const m = MONTH_ALONE.exec(core);
  if (m === null) return null;
  const month = monthFromWord(m[1]!);
  if (month === 0) return null;
  for (let i = 0; i < notes.length; i++) {
    const d = DAYS.exec(foldCase(notes[i]!.trim()).replace(/[.;,]+$/, ''));
    // «в июне (с 9 по 19 июня)»: the bracket may repeat the month, never name another.
    if (d === null || (d[5] !== undefined && monthFromWord(d[5]) !== month)) continue;
    notes.splice(i, 1);
    return `с ${d[1] ?? d[3]} по ${d[2] ?? d[4]} ${monthGenitive(month)}${m[2] ?? ''}`;
  }
  return null;
}

/**
 * True when a bracket names days that were not read («Май (не позднее 15 мая)», «в июне (начиная с 5 числа)»): the
 * dates of the rest alone would not be the document's, so the caller leaves the phrase undated.
 */
export function notesNameUnreadDays(notes: readonly string[]): boolean {
  return notes.some((n) => NAMES_DAYS.test(foldCase(n)));
}
