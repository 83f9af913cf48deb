import { ORDINAL_TEEN_STEMS, ORDINAL_UNIT_STEMS } from '../../domain/deadline/ordinals.js';
import { LOWER } from './languages/turkic-letters.js';
import { kazakhMonth } from './languages/turkic-months.js';
import { ARMENIAN_DATE, TAJIK_DATE, armenianMonth } from './languages/other-dates.js';
import { AZERBAIJANI_YEAR_FIRST, LATIN_DAY_FIRST, latinMonth } from './languages/latin-dates.js';

/**
 * Dates as commissions print them in headers: «27 декабря 2021 г.», «27.12.2021», ««27» декабря
 * 2021 года», «от 27.12.2021г.», the Kyrgyz «2025-жылдын 10-июнундагы» (year first, the month
 * borrowed from Russian with a Kyrgyz case ending) and the Kazakh «2022 жылғы 21 қыркүйектегі».
 */
const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (/^\d{1,2}$/.test(w)) {
    const n = parseInt(w, 10);
    return n >= 1 && n <= 12 ? n : null;
  }
  const kazakh = kazakhMonth(w);
  if (kazakh !== null) return kazakh;
  const armenian = armenianMonth(w);
  if (armenian !== null) return armenian;
  const latin = latinMonth(w);
  if (latin !== null) return latin;
  // «мая», «май», and Kyrgyz «майында», «майга», «майындагы».
  if (/^ма[йя][а-яөүң]*$/.test(w) && !/^март/.test(w)) return 5;
  const i = MONTHS.findIndex((m, k) => k !== 4 && w.startsWith(m));
  return i >= 0 ? i + 1 : null;
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 100) year += 2000;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  end: number;
}

const Q_OPEN = '[«"“„\']';
const Q_CLOSE = '[»"”\']';
// Kazakh month words carry letters Russian lacks («қыркүйек»); monthFromWord decides which words are months.
const MONTH_WORD = `[${LOWER}]{3,}`;

/**
 * Days written as ordinals, as some acts print them: «от двадцатого января 2025 года», «тридцать
 * первого декабря». Genitive («первого») and the nominative neuter («первое») of a date.
 */
// «четвёртого» as well as «четвертого»: acts print the letter ё or not.
const withYo = (table: readonly [string, number][]): [string, number][] => table.map(([stem, n]) => [stem.replace(/е/g, '[её]'), n]);
const UNITS = withYo(ORDINAL_UNIT_STEMS);
const TEENS = withYo(ORDINAL_TEEN_STEMS);
const ORDINAL_END = '(?:ого|ое|ье|ьего|его)';
const ORDINAL_WORD = `(?:(?:двадцать|тридцать)\\s+)?(?:${[...TEENS, ...UNITS].map(([stem]) => stem).join('|')})${ORDINAL_END}`;

/** «двадцатого» → 20, «тридцать первого» → 31; null for anything else. */
export function ordinalDay(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(?:(двадцать|тридцать) )?(.+)$/.exec(t);
  if (!m) return null;
  const tens = m[1] === 'двадцать' ? 20 : m[1] === 'тридцать' ? 30 : 0;
  // The 31st is the last day a month has: «тридцать первого», never «тридцать второго».
  const table = tens === 30 ? UNITS.slice(0, 1) : tens ? UNITS : [...TEENS, ...UNITS];
  const hit = table.find(([stem]) => new RegExp(`^${stem}${ORDINAL_END}$`).test(m[2]!));
  return hit ? tens + hit[1] : null;
}

/** Each pattern yields day, month, year in groups 1–3 (Kyrgyz: year, day, month; Armenian: year, month, day — see `order`). */
const PATTERNS: { re: RegExp; order: 'dmy' | 'ydm' | 'ymd' }[] = [
  // «от двадцатого января 2025 года»
  { re: new RegExp(`(?<![а-яё])(${ORDINAL_WORD})\\s+(${MONTH_WORD})\\s*(\\d{4})(?!\\d)`, 'gi'), order: 'dmy' },
  // ««27» декабря 2021 года», «"27" 12 2021»
  { re: new RegExp(`${Q_OPEN}\\s*(\\d{1,2})\\s*${Q_CLOSE}\\s*(${MONTH_WORD}|\\d{1,2})\\.?\\s*(\\d{4})`, 'gi'), order: 'dmy' },
  // «27 декабря 2021 г.», «27 декабря2021г»
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${MONTH_WORD})\\s*(\\d{4})(?!\\d)`, 'gi'), order: 'dmy' },
  // «27.12.2021», «27.12.21 г.», «27/12/2021»
  { re: /(?<![\d.])(?<!(?:№|N|No)\s*)(\d{1,2})\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{4}|\d{2})(?![\d./])/g, order: 'dmy' },
  // Kyrgyz «2025-жылдын 10-июнундагы», «2016- жылдын 4-ноябрындагы», «2025-ж. 10-июнда», «2024 жылдын 5 мартында»;
  // Kazakh «2022 жылғы 21 қыркүйектегі», «2021 ж. 10 қаңтарға», «2022 жылдың 20 қарашасы»
  { re: new RegExp(`(\\d{4})\\s*-?\\s*ж(?:ыл[${LOWER}]*|\\.)\\s*(\\d{1,2})\\s*-?\\s*([${LOWER}]{3,})`, 'gi'), order: 'ydm' },
  // Kyrgyz day first, as an act's heading prints it: «16-январь,2025-жыл.», «5-март 2024-ж.»
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*-\\s*([${LOWER}]{3,})\\s*,?\\s*(\\d{4})\\s*-?\\s*ж(?:ыл[${LOWER}]*|\\.)`, 'gi'), order: 'dmy' },
  { re: ARMENIAN_DATE, order: 'ymd' },
  { re: TAJIK_DATE, order: 'dmy' },
  { re: AZERBAIJANI_YEAR_FIRST, order: 'ymd' },
  { re: LATIN_DAY_FIRST, order: 'dmy' },
];

/** Every date in the text, in reading order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const [day, month, year] = order === 'dmy' ? [m[1]!, m[2]!, m[3]!] : order === 'ydm' ? [m[2]!, m[3]!, m[1]!] : [m[3]!, m[2]!, m[1]!];
      const monthNumber = monthFromWord(month);
      const dayNumber = /^\d+$/.test(day) ? parseInt(day, 10) : ordinalDay(day);
      const iso = monthNumber && dayNumber ? isoDate(dayNumber, monthNumber, parseInt(year, 10)) : null;
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (!iso || out.some((d) => d.index < end && index < d.end)) continue;
      out.push({ iso, index, end });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}
