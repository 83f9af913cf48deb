/**
 * Recurring deadlines: «ежемесячно», «ежеквартально», «до 5 числа каждого месяца»,
 * «по состоянию на 1 января, 1 апреля, 1 июля и 1 октября», «по понедельникам».
 */
import type { CalendarParse } from './calendar.parse.js';
import type { CalendarExpr, CalendarTerm, DeadlineExpr, RecurrenceEvery } from './deadline.types.js';
import { weekdayOfWord } from './weekday-words.js';

type Recurring = Extract<DeadlineExpr, { type: 'recurring' }>;

export type RecurrenceParse = { ok: true; expr: Recurring | CalendarExpr } | { ok: false; reason: string | null };

const LEADS: readonly [RegExp, RecurrenceEvery][] = [
  [/^(?:ежемесячн[а-я]*|помесячно|каждый месяц|(?:один |1 )?раз в месяц)/, 'month'],
  [/^(?:ежеквартальн[а-я]*|поквартально|каждый квартал|(?:один |1 )?раз в квартал|по кварталам)/, 'quarter'],
  [/^(?:ежеполугодн[а-я]*|каждое полугодие|(?:один |1 )?раз в (?:полугодие|полгода)|по полугодиям)/, 'half_year'],
  [/^(?:ежегодн[а-я]*|каждый год|(?:один |1 )?раз в год)/, 'year'],
  [/^(?:еженедельн[а-я]*|каждую неделю|(?:один |1 )?раз в неделю|понедельно)/, 'week'],
];

const WEEKDAY = /^(?:по|в|во|каждый|каждую|каждое)\s+([а-я]+)$/;
// «до 5 числа», «не позднее 10-го числа», «1 числа», «первого числа», «последнего числа»
const DAY_OF_MONTH = /^(?:(до|не позднее|не позже|к|в срок до|в срок не позднее)\s+)?(\d{1,2}|перво[ег]?о?|последне[ег]?о?)(?:-?(?:го|е|ое))?\s+числ[а-я]*/;
const EACH_MONTH = /^(?:каждого|ежемесячно|месяца|текущего месяца|каждого месяца)(?:\s|$)/;
const FOLLOWING = /^,?\s*(?:месяца,?\s+)?следующ[а-я]*\s+за\s+отчетн[а-я]*(?:\s+[а-я]+)?$/;

function dayOfMonth(text: string): { rule: { until: number } | { on: number }; rest: string } | { reason: string } | null {
  const m = DAY_OF_MONTH.exec(text);
  if (m === null) return null;
  const word = m[2] as string;
  const day = word.startsWith('перв') ? 1 : word.startsWith('последн') ? 31 : Number(word);
  if (day < 1 || day > 31) return { reason: `${day}-го числа не бывает` };
  return { rule: m[1] !== undefined ? { until: day } : { on: day }, rest: text.slice(m[0].length).trim() };
}

/** The spacing of «1 января, 1 апреля, 1 июля и 1 октября» tells the cycle. */
function cycleOfDays(terms: readonly CalendarTerm[]): RecurrenceEvery | null {
  const months: number[] = [];
  const year = terms[0]?.unit === 'day' ? terms[0].year : null;
  for (const t of terms) {
    // «… 2024 года» pins the whole list to one year; mixed years are not a cycle.
    if (t.unit !== 'day' || t.year !== year) return null;
    if (!months.includes(t.month)) months.push(t.month);
  }
  months.sort((a, b) => a - b);
  if (months.length === 1) return 'year';
  const gap = (months[1] as number) - (months[0] as number);
  for (let i = 1; i < months.length; i++) if ((months[i] as number) - (months[i - 1] as number) !== gap) return null;
  if ((months[0] as number) + 12 - (months[months.length - 1] as number) !== gap) return null;
  return gap === 1 ? 'month' : gap === 3 ? 'quarter' : gap === 6 ? 'half_year' : null;
}

/**
 * How often, said as a floor or a count: «не реже одного раза в квартал», «не менее 1 раза в месяц», «2 раза в год»,
 * «дважды в год», «по мере необходимости, но не реже раза в полугодие». The floor is the schedule the executor is
 * held to, so it reads as the cycle; a count per year becomes the cycle it spaces out (two a year — each half-year).
 * A ceiling («не чаще …») sets no deadline and is left alone.
 */
const ON_DEMAND_BUT = /^(?:по мере необходимости|при необходимости|по необходимости|в случае необходимости),?\s+но\s+/;
const FLOOR = /^(?:не реже|не менее)\s+/;
const ONCE = /^(?:одного|один|1)?\s*раза?\s+в\s+/;
const TIMES_A_YEAR: readonly [RegExp, string][] = [
  [/^(?:(?:2|два|двух)\s+раза?|дважды)\s+в\s+год(?=\s|,|$)/, 'раз в полугодие'],
  [/^(?:4|четыре|четырех)\s+раза?\s+в\s+год(?=\s|,|$)/, 'раз в квартал'],
  [/^(?:12|двенадцать|двенадцати)\s+раз\s+в\s+год(?=\s|,|$)/, 'раз в месяц'],
];

function frequencyAsCycle(text: string): string {
  const asked = text.replace(ON_DEMAND_BUT, '');
  const floor = FLOOR.test(asked);
  const t = asked.replace(FLOOR, '');
  for (const [re, cycle] of TIMES_A_YEAR) if (re.test(t)) return t.replace(re, cycle);
  const qualified = floor || asked !== text;
  const once = ONCE.exec(t);
  if (once !== null && (qualified || /^(?:1|один)\s/.test(t))) return `раз в ${t.slice(once[0].length)}`;
  if (qualified && LEADS.some(([re]) => re.test(t))) return t;
  return text;
}

function recurring(every: RecurrenceEvery, extra: Partial<Recurring> = {}): Recurring {
  return { type: 'recurring', every, dayOfMonth: null, weekday: null, at: null, ...extra };
}

export function parseRecurrence(text: string, calendar: (s: string) => CalendarParse): RecurrenceParse | null {
  if (text.startsWith('по состоянию на ') || text.startsWith('на ')) {
    const rest = text.startsWith('на ') ? text.slice(3) : text.slice(16);
    const dom = dayOfMonth(rest);
    if (dom !== null && 'rule' in dom && EACH_MONTH.test(dom.rest)) {
      return { ok: true, expr: recurring('month', { dayOfMonth: { on: 'on' in dom.rule ? dom.rule.on : dom.rule.until } }) };
    }
    if (!text.startsWith('по состоянию')) return null;
    const parsed = calendar(rest);
    if (!parsed.ok) return parsed;
    const expr = parsed.expr;
    if (expr.type !== 'calendar') return { ok: true, expr };
    const terms: CalendarTerm[] = [];
    for (const item of expr.items) {
      if (item.to !== null) return { ok: true, expr };
      terms.push(item.from);
    }
    const every = terms.length > 1 ? cycleOfDays(terms) : null;
    return { ok: true, expr: every === null ? expr : recurring(every, { at: expr }) };
  }

  const cycle = frequencyAsCycle(text);
  for (const [re, every] of LEADS) {
    const m = re.exec(cycle);
    if (m === null) continue;
    const rest = cycle.slice(m[0].length).replace(/^[\s,;:-]+/, '');
    if (rest === '') return { ok: true, expr: recurring(every) };
    const dom = dayOfMonth(rest);
    if (dom !== null) {
      if ('reason' in dom) return { ok: false, reason: dom.reason };
      if (dom.rest === '' || EACH_MONTH.test(dom.rest) || FOLLOWING.test(dom.rest)) {
        return { ok: true, expr: recurring(every, { dayOfMonth: dom.rule }) };
      }
    }
    const wd = WEEKDAY.exec(rest);
    if (wd !== null && weekdayOfWord(wd[1] as string) !== 0) {
      return { ok: true, expr: recurring('week', { weekday: weekdayOfWord(wd[1] as string) }) };
    }
    const at = calendar(rest);
    if (at.ok) return { ok: true, expr: recurring(every, { at: at.expr }) };
    return { ok: false, reason: at.reason ?? `Не понято уточнение «${rest}» к «${m[0]}»` };
  }

  const dom = dayOfMonth(text);
  if (dom !== null) {
    if ('reason' in dom) return { ok: false, reason: dom.reason };
    if (/^(?:каждого|ежемесячно)/.test(dom.rest)) return { ok: true, expr: recurring('month', { dayOfMonth: dom.rule }) };
    if (/^каждого квартала/.test(dom.rest)) return { ok: true, expr: recurring('quarter', { dayOfMonth: dom.rule }) };
    // «не позднее 15 числа месяца, следующего за отчетным (кварталом)»: a report due each month (quarter).
    if (FOLLOWING.test(dom.rest)) return { ok: true, expr: recurring(/квартал/.test(dom.rest) ? 'quarter' : 'month', { dayOfMonth: dom.rule }) };
    return null;
  }

  const wd = WEEKDAY.exec(text);
  if (wd !== null && (text.startsWith('по ') || text.startsWith('кажд'))) {
    const day = weekdayOfWord(wd[1] as string);
    if (day !== 0) return { ok: true, expr: recurring('week', { weekday: day }) };
  }
  return null;
}
