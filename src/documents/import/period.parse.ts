import type { Period } from '../../shared/plan-format.js';
import { findDates, isoDate, monthFromWord } from './header-dates.js';
import { turkicPeriod } from './languages/turkic-period.js';

/**
 * The period a plan covers, read from its title as printed: «на 2025 год», «на 2023-2025 годы»,
 * «на I полугодие 2024 года», «на III квартал», «на сентябрь – декабрь 2024 года», Kyrgyz
 * «2025-жылга», «2023-2025-жылдарга». Quoted names are read last: a programme's name in «…»
 * may carry another year.
 */
const yearPeriod = (from: number, to: number): Period | null =>
  from >= 1990 && to <= 2100 && from <= to && to - from <= 15 ? { start: `${from}-01-01`, end: `${to}-12-31` } : null;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthsPeriod = (y: number, from: number, to: number): Period => ({ start: `${y}-${pad(from)}-01`, end: `${y}-${pad(to)}-${pad(lastDay(y, to))}` });

const withoutQuotes = (text: string): string => {
  let out = text;
  for (let k = 0; k < 3; k++) out = out.replace(/«[^«»]*»/g, ' ');
  return out.replace(/"[^"]*"/g, ' ');
};

export function findPeriod(text: string): Period | null {
  const turkic = turkicPeriod(text);
  // A Kazakh or Kyrgyz half-year narrows the year the Russian reading finds in «2024-жылдын экинчи жарым жылдыгына».
  if (turkic && !(turkic.start.endsWith('-01-01') && turkic.end.endsWith('-12-31'))) return turkic;
  return periodIn(withoutQuotes(text)) ?? periodIn(text) ?? turkic;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

const MONTH_NAME = /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;

/**
 * «на период с 1 февраля по 30 июня 2025 года», «с 01.02.2025 по 30.06.2025»: two days joined by
 * «с … по …»; the first may leave its year to the second. A range of days without the first
 * month («с 15 по 17 марта» — the voting days) is not read as the plan's period.
 */
function dayRange(text: string): Period | null {
  const m = /(?:^|[^а-яё])с\s+(.{4,30}?)\s+по\s+(.{6,30})/i.exec(text);
  if (!m) return null;
  const to = findDates(m[2]!)[0];
  if (!to || to.index !== 0) return null;
  const fromText = m[1]!.trim();
  let from = findDates(fromText)[0]?.iso ?? null;
  if (!from) {
    const dm = /^(\d{1,2})\s+([а-яё]+)$/i.exec(fromText);
    const month = dm && MONTH_NAME.test(dm[2]!) ? monthFromWord(dm[2]!) : null;
    if (!dm || !month) return null;
    from = isoDate(+dm[1]!, month, +to.iso.slice(0, 4));
    if (!from) return null;
  }
  return from < to.iso ? { start: from, end: to.iso } : null;
}

/**
 * «Провести в период с 1 по 28 февраля 2019 года комплекс мероприятий …», «С 01 по 28 февраля 2023 года … будет
 * проведен ряд … мероприятий»: a sentence that sets when the measures run gives the first day without its month;
 * the measures it names in the same sentence make it the plan's period, not a range of voting days.
 */
const MEASURES_PERIOD = /(?:период\s+|^|[^а-яё])с\s+(\d{1,2})\s+по\s+(\d{1,2}\s+[а-яё]+\s+\d{4})(?:\s*(?:года|г\.))?\s+[^.;]{0,80}?мероприяти/i;

/** The measures' own days told in a sentence, wherever the sentence stands (an approval's paragraph too). */
export const findMeasuresPeriod = (text: string): Period | null => measuresPeriod(text.replace(/\s+/g, ' '));

function measuresPeriod(text: string): Period | null {
  const m = MEASURES_PERIOD.exec(text);
  const to = m ? findDates(m[2]!)[0] : undefined;
  if (!m || !to) return null;
  const from = isoDate(+m[1]!, +to.iso.slice(5, 7), +to.iso.slice(0, 4));
  return from && from < to.iso ? { start: from, end: to.iso } : null;
}

function periodIn(text: string): Period | null {
  const days = dayRange(text.replace(/\s+/g, ' ')) ?? measuresPeriod(text.replace(/\s+/g, ' '));
  if (days) return days;
  // A full date («назначенных на 14 сентября 2025 года») is a day, not the plan's period.
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\d{1,2}\s+[а-яё]{3,}\s+\d{4}\s*(?:г\.|года)?|\d{1,2}\.\d{1,2}\.\d{4}\s*(?:г\.|года)?/gi, (m) =>
      /\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)|^\d{1,2}\.\d/i.test(m) ? ' ' : m,
    );
  // «на 2024/2025 учебный год», «2024-2025 учебный год»: September to August (youth and school plans).
  const school = /(\d{4})\s*[/–—-]\s*(\d{2,4})\s*учебн/i.exec(t);
  if (school) {
    const from = +school[1]!;
    const to = school[2]!.length === 2 ? Math.floor(from / 100) * 100 + +school[2]! : +school[2]!;
    if (to === from + 1) return { start: `${from}-09-01`, end: `${to}-08-31` };
  }
  // «на 2025 год и плановый период 2026 и 2027 годов»: the plan runs to the end of the planning period.
  const planning = /(\d{4})\s*год[а-я]*\s+и\s+(?:на\s+)?плановый\s+период\s+(\d{4})(?:\s*(?:и|[-–—])\s*(\d{4}))?/i.exec(t);
  if (planning) {
    const p = yearPeriod(+planning[1]!, +(planning[3] ?? planning[2])!);
    if (p) return p;
  }
  const kyRange = /(\d{4})\s*[-–—]\s*(\d{4})\s*-?\s*жыл(?:дар|дарга|дардын|дары)/i.exec(t);
  if (kyRange) return yearPeriod(+kyRange[1]!, +kyRange[2]!);
  const range = /(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг?\.?|годы|годов|годах|год)?/i.exec(t);
  if (range && /(?:на|в|период|за)\s*$/i.test(t.slice(Math.max(0, range.index - 10), range.index))) {
    const p = yearPeriod(+range[1]!, +range[2]!);
    if (p) return p;
  }
  // «на первое полугодие (январь — июнь) 2014 года»: the months in brackets repeat the half-year. «проведенных в I
  // полугодии 2011 года»: a report (or a plan) told in the prepositional case covers the same half-year.
  const half = /(?:на\s+)?(перв|втор|1|2|I|II)[а-я-]*\s+полугоди[еяюи]\s+(?:\([^()]{0,30}\)\s*)?(\d{4})/i.exec(t);
  if (half) {
    const y = +half[2]!;
    return /^(втор|2|II)$/i.test(half[1]!) ? monthsPeriod(y, 7, 12) : monthsPeriod(y, 1, 6);
  }
  const quarter = /(?:на\s+)?(I{1,3}|IV|[1-4])(?:-?й)?\s+квартал[а-я]*\s+(?:\([^()]{0,30}\)\s*)?(\d{4})/i.exec(t);
  if (quarter) {
    const q = ROMAN[quarter[1]!.toUpperCase()] ?? +quarter[1]!;
    return monthsPeriod(+quarter[2]!, (q - 1) * 3 + 1, q * 3);
  }
  // «на сентябрь – декабрь 2024 года», «на январь 2025 года», «с января по июнь 2025 года»
  const months =
    /на\s+([а-яё]+)(?:\s*[-–—]\s*([а-яё]+))?\s+(\d{4})\s*(?:г\.?|года?)?/i.exec(t) ??
    /(?:^|[^а-яё])с\s+([а-яё]+)\s+по\s+([а-яё]+)\s+(\d{4})\s*(?:г\.?|года?)?/i.exec(t);
  // «Программа проведения Месячника … в феврале 2024 года»: a plan said to run in a month covers that month —
  // unless the month is an election's («… выборов в сентябре 2025 года»), which the plan leads up to.
  const inMonth = /(?:^|[^а-яё])в\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\s+(\d{4})\s*(?:г\.?|года?)?/i.exec(t);
  if (!months && inMonth && !/выбор|голосовани|референдум/i.test(t.slice(Math.max(0, inMonth.index - 60), inMonth.index))) {
    const month = monthFromWord(inMonth[1]!.toLowerCase() === 'мае' ? 'май' : inMonth[1]!);
    if (month) return monthsPeriod(+inMonth[2]!, month, month);
  }
  if (months) {
    const from = monthFromWord(months[1]!);
    const to = months[2] ? monthFromWord(months[2]) : from;
    if (from && to && from <= to && /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i.test(months[1]!))
      return monthsPeriod(+months[3]!, from, to);
  }
  if (range) {
    const p = yearPeriod(+range[1]!, +range[2]!);
    if (p && /гг|год/i.test(range[0])) return p;
  }
  const ky = /(\d{4})\s*-?\s*жыл(?:га|дын|ы|дагы)(?![а-яөүң])/i.exec(t);
  if (ky && !/\d{1,2}\s*-\s*[а-яөүң]+/i.test(t.slice(ky.index + ky[0].length, ky.index + ky[0].length + 16))) return yearPeriod(+ky[1]!, +ky[1]!);
  const single = /(?:на|в)\s+(\d{4})(?:-?й)?\s*(?:г\.?|год[уа]?)(?![а-яё])/i.exec(t) ?? /(\d{4})\s*(?:г\.|год[уа]?)(?![а-яё])/i.exec(t);
  if (single) return yearPeriod(+single[1]!, +single[1]!);
  return null;
}

const DEADLINE_HEADING = /срок|дат[аыу]|период|месяц|квартал|мөөнөт|мөөнөтү/i;

/**
 * «Сроки в 2013 году», «Срок исполнения (2024 год)»: when the title names no year, the deadline
 * column's heading may. Only headings of deadline columns are read: a year in «Отметка об
 * исполнении за 2023 год» says nothing about the plan's own period.
 */
export function periodFromColumns(titles: readonly string[]): { period: Period; heading: string } | null {
  for (const heading of titles) {
    const text = heading.replace(/\s+/g, ' ').trim();
    if (!DEADLINE_HEADING.test(text)) continue;
    const period = findPeriod(text);
    if (period) return { period, heading: text };
  }
  return null;
}

/**
 * «на период подготовки и проведения выборов …»: the plan runs from the calling of the election
 * (else the earliest day it may be called, 100 days before voting day, п. 7 ст. 10 67-ФЗ) to the
 * official results and the last financial reports, about three months after voting day.
 */
export function electionPeriod(votingDay: string, start: string | null): Period {
  const d = new Date(`${votingDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 90);
  const end = d.toISOString().slice(0, 10);
  const fallback = new Date(`${votingDay}T00:00:00Z`);
  fallback.setUTCDate(fallback.getUTCDate() - 100);
  const from = start && start <= votingDay ? start : fallback.toISOString().slice(0, 10);
  return { start: from, end };
}
