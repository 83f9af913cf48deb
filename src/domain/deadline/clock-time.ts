/**
 * Clock times in deadline phrases: «до 12 часов 00 минут 20 августа 2025 года»,
 * «до 16:00», «до 18 часов по местному времени». The window is a calendar day, so
 * the time is lifted out of the phrase and kept for the explanation; the words
 * around it are left for the date grammar.
 */

// «18 часов 00 минут», «18 час.», «18.00 часов», «18:00», «18-00» — optionally «по местному (московскому) времени».
const TIME =
  /(?:^|\s)(?:(?:в|до|с|к|не позднее|не ранее)\s+)?(\d{1,2}|ноля|нуля)(?:(?::|\.|-)(\d{2})(?:\s*(?:час[а-я]*|ч)\.?)?|\s*(?:час[а-я]*|ч\.)(?:\s*(\d{1,2})\s*мин[а-я]*\.?)?)(?:\s+(?:по\s+)?(?:местному|московскому|местного|московского)\s+времени)?(?=\s|,|$)/;

export interface ClockTime {
  /** The phrase without the time («до 20 августа 2025 года»). */
  rest: string;
  /** «18:00» */
  time: string;
  /**
   * «по 00:00 13 января», «до ноля часов 13 января»: the term ends when that day begins, so the day itself is
   * not part of it. Set only when a day follows the time.
   */
  endsBeforeDay: boolean;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Works on folded text; returns null when the phrase names no clock time. */
const MAYBE_TIME = /\d[:.-]\d\d|час|ч\./;

export function liftClockTime(text: string): ClockTime | null {
  if (!MAYBE_TIME.test(text)) return null;
  const m = TIME.exec(text);
  if (m === null) return null;
  const hour = m[1] === 'ноля' || m[1] === 'нуля' ? 0 : Number(m[1]);
  const minute = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? Number(m[3]) : 0;
  // «18.00» without «час» is a time only when it is no date: month 00 does not exist.
  if (m[2] !== undefined && !/час|ч/.test(m[0]) && m[2] !== '00' && m[2] !== '30') return null;
  if (hour > 24 || minute > 59) return null;
  const whole = m[0];
  const lead = /^\s?(в|до|с|к|не позднее|не ранее)\s+/.exec(whole);
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + whole.length).trim();
  // «в день голосования до 14 часов»: at the end the preposition belongs to the time and goes with it;
  // in front of a date («до 18 часов 2 ноября») it belongs to the date and stays.
  // «до 18 часов дня, предшествующего дню голосования» still allows that day until 18:00, so «до» becomes
  // «не позднее»; only «до ноля часов дня …» ends before that day begins.
  const word = lead?.[1] === 'до' && hour + minute > 0 ? 'не позднее' : (lead?.[1] ?? '');
  const endsBeforeDay = after !== '' && hour + minute === 0 && (lead?.[1] === 'до' || /(?:^|\s)по$/.test(before));
  const parts = after === '' ? [before] : [before, word, after];
  const rest = parts.filter((p) => p !== '').join(' ').replace(/\s+,/g, ',').replace(/[,\s]+$/, '').trim();
  return { rest, time: `${two(hour)}:${two(minute)}`, endsBeforeDay };
}
