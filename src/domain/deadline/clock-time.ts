/**
 * Clock times in deadline phrases: «до 12 часов 00 минут 20 августа 2025 года»,
 * «до 16:00», «до 18 часов по местному времени». The window is a calendar day, so
 * the time is lifted out of the phrase and kept for the explanation; the words
 * around it are left for the date grammar.
 */

// «18 часов 00 минут», «18 час.», «18.00 часов», «18:00», «18-00» — optionally «по местному (московскому) времени».
const TIME =
  /(?:^|\s)(?:(?:в|до|с|к|не позднее|не ранее)\s+)?(\d{1,2}|ноля|нуля)(?:(?::|\.|-)(\d{2})(?:\s*(?:час[а-я]*|ч)\.?)?|\s*(?:час[а-я]*\.?|ч\.)(?:\s*(\d{1,2})\s*мин[а-я]*\.?)?)(?:\s+(?:по\s+)?(?:местному|московскому|местного|московского)\s+времени)?(?=\s|,|$)/;

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

// «до 18 марта», «по 9 января 2021 года», «до 18.03.2023»: a bound on a day, right before a midnight written after it.
// «12 февраля – 14 марта 00:00»: the end of a range written with a dash is such a bound as well.
const DAY_THEN_MIDNIGHT = /(?:^|\s)(?:до|по|[–—-])\s*(?:\d{1,2}\s+[а-я]+(?:\s+\d{4}(?:\s*г(?:ода|\.)?)?)?|\d{1,2}\.\d{1,2}\.\d{4})$/;

/** Works on folded text; returns null when the phrase names no clock time. */
const MAYBE_TIME = /\d[:.-]\d\d|час|ч\./;

const UNITS: Record<string, number> = {
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
};
const TEENS: Record<string, number> = {
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
  двенадцать: 12,
  двенадцати: 12,
  тринадцать: 13,
  тринадцати: 13,
  четырнадцать: 14,
  четырнадцати: 14,
  пятнадцать: 15,
  пятнадцати: 15,
  шестнадцать: 16,
  шестнадцати: 16,
  семнадцать: 17,
  семнадцати: 17,
  восемнадцать: 18,
  восемнадцати: 18,
  девятнадцать: 19,
  девятнадцати: 19,
};
// «в восемнадцать часов», «до двадцати четырех часов»: the hour written in words, only right before «час…».
const HOUR_WORDS = /(^|\s)(?:(двадцать|двадцати)(?:\s+(один|одного|два|двух|три|трех|четыре|четырех))?|([а-я]+))(?=\s+час)/;

function hourWordsToDigits(text: string): string {
  const m = HOUR_WORDS.exec(text);
  if (m === null) return text;
  let hour: number | undefined;
  if (m[2] !== undefined) hour = 20 + (m[3] !== undefined ? (UNITS[m[3]] ?? 0) : 0);
  else if (m[4] !== undefined) hour = TEENS[m[4]] ?? UNITS[m[4]];
  if (hour === undefined) return text;
  return `${text.slice(0, m.index)}${m[1] ?? ''}${hour}${text.slice(m.index + m[0].length)}`;
}

export function liftClockTime(input: string): ClockTime | null {
  if (!MAYBE_TIME.test(input)) return null;
  const text = hourWordsToDigits(input);
  const m = TIME.exec(text);
  if (m === null) return null;
  const hour = m[1] === 'ноля' || m[1] === 'нуля' ? 0 : Number(m[1]);
  const minute = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? Number(m[3]) : 0;
  // «18.00» without «час» is a time only when it is no date: month 00 does not exist. A colon never writes a date,
  // so «до 23:59 24 октября» keeps any minutes.
  if (m[2] !== undefined && !/час|ч|:/.test(m[0]) && m[2] !== '00' && m[2] !== '30') return null;
  if (hour > 24 || minute > 59) return null;
  const whole = m[0];
  const lead = /^\s?(в|до|с|к|не позднее|не ранее)\s+/.exec(whole);
  const before = text.slice(0, m.index).trim();
  // «в течение двух часов», «через 2 часа», «за 3 часа до …»: a duration, not a time of day.
  if (/(?:^|\s)(?:течение|через|за|менее|более|чем)$/.test(before)) return null;
  const after = text.slice(m.index + whole.length).trim();
  // «в день голосования до 14 часов»: at the end the preposition belongs to the time and goes with it;
  // in front of a date («до 18 часов 2 ноября») it belongs to the date and stays.
  // «до 18 часов дня, предшествующего дню голосования» still allows that day until 18:00, so «до» becomes
  // «не позднее»; only «до ноля часов дня …» ends before that day begins.
  const word = lead?.[1] === 'до' && hour + minute > 0 ? 'не позднее' : (lead?.[1] ?? '');
  // «до 18 марта 00:00 часов», «по 9 января 2021 года 00.00»: midnight written after the day ends the term as it begins too.
  const midnightAfterDay = after === '' && hour + minute === 0 && lead === null && DAY_THEN_MIDNIGHT.test(before);
  const endsBeforeDay = (after !== '' && hour + minute === 0 && (lead?.[1] === 'до' || /(?:^|\s)по$/.test(before))) || midnightAfterDay;
  // «в 18 часов … за месяц до дня X»: «в» belongs to the time when no date or day follows it.
  const ownWord = lead?.[1] === 'в' && before === '' && !/^(?:\d|дн|день)/.test(after) ? '' : word;
  const parts = after === '' ? [before] : [before, ownWord, after];
  const rest = parts
    .filter((p) => p !== '')
    .join(' ')
    .replace(/\s+,/g, ',')
    .replace(/[,\s]+$/, '')
    .trim();
  return { rest, time: `${two(hour)}:${two(minute)}`, endsBeforeDay };
}
