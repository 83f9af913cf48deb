/**
 * explainDeadline: a short Russian sentence for the UI and the CLI, e.g.
 * «Июль и декабрь 2022 г.», «Не позднее 14.01.2009 (за 45 дней до дня голосования 01.03.2009)».
 * It only describes what the result already holds, so it can never disagree with the windows.
 */
import { daysInMonth, fromDayNumber, parseIsoDate, toRuDate, type DayNumber } from './calendar-math.js';
import type {
  RelativeEdge,
  Anchor,
  BoundEdge,
  CalendarExpr,
  CalendarTerm,
  DeadlineResult,
  DeadlineWindow,
  DeadlineExpr,
  RecurrenceEvery,
} from './deadline.types.js';
import { monthGenitive, monthNominative } from './month-names.js';
import { MAX_PHRASE_LENGTH } from './normalize.js';
import { toRoman } from './ordinals.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;
type Recurring = Extract<DeadlineExpr, { type: 'recurring' }>;

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} и ${parts[parts.length - 1]}`;
}

/** «день», «дня», «дней» after a number. */
export function pluralDays(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  if (mod100 >= 11 && mod100 <= 14) return 'дней';
  if (mod10 === 1) return 'день';
  if (mod10 >= 2 && mod10 <= 4) return 'дня';
  return 'дней';
}

function pluralTerms(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  if (mod100 >= 11 && mod100 <= 14) return 'сроков';
  if (mod10 === 1) return 'срок';
  if (mod10 >= 2 && mod10 <= 4) return 'срока';
  return 'сроков';
}

interface Span {
  start: DayNumber;
  end: DayNumber;
}

function toSpans(windows: readonly DeadlineWindow[]): Span[] {
  const out: Span[] = [];
  for (const w of windows) {
    const start = parseIsoDate(w.start);
    const end = parseIsoDate(w.end);
    if (start !== null && end !== null) out.push({ start, end });
  }
  return out;
}

/** A window as calendar words; `year` is set when the words need «2022 г.» after them. */
function windowWords(w: Span): { text: string; year: number | null } {
  if (w.start === w.end) return { text: toRuDate(w.start), year: null };
  const s = fromDayNumber(w.start);
  const e = fromDayNumber(w.end);
  if (s.year === e.year && s.day === 1 && e.day === daysInMonth(e.year, e.month)) {
    if (s.month === 1 && e.month === 12) return { text: `${s.year} г.`, year: null };
    if ((s.month - 1) % 3 === 0 && e.month === s.month + 2) return { text: `${toRoman((s.month + 2) / 3)} квартал`, year: s.year };
    if ((s.month - 1) % 6 === 0 && e.month === s.month + 5) return { text: `${toRoman((s.month + 5) / 6)} полугодие`, year: s.year };
    if (s.month === e.month) return { text: monthNominative(s.month), year: s.year };
    return { text: `${monthNominative(s.month)} – ${monthNominative(e.month)}`, year: s.year };
  }
  return { text: `с ${toRuDate(w.start)} по ${toRuDate(w.end)}`, year: null };
}

/** «июль и декабрь 2022 г.», «с 15.02.2021 по 15.03.2021». */
export function describeWindows(windows: readonly Span[]): string {
  const groups: string[] = [];
  let pending: string[] = [];
  let pendingYear: number | null = null;
  const flush = () => {
    if (pending.length > 0) groups.push(`${joinAnd(pending)} ${pendingYear} г.`);
    pending = [];
    pendingYear = null;
  };
  for (const w of windows) {
    const words = windowWords(w);
    if (words.year === null) {
      flush();
      groups.push(words.text);
    } else {
      if (pendingYear !== words.year) flush();
      pendingYear = words.year;
      pending.push(words.text);
    }
  }
  flush();
  const allDays = windows.every((w) => w.start === w.end);
  return groups.join(allDays ? ', ' : '; ');
}

function termWords(t: CalendarTerm): string {
  const year = t.unit !== 'plan_year' && t.year !== null ? ` ${t.year} г.` : '';
  switch (t.unit) {
    case 'day':
      return `${t.day} ${monthGenitive(t.month)}${year}`;
    case 'month':
      return `${monthNominative(t.month)}${year}`;
    case 'decade':
      return `${t.decade}-я декада ${monthGenitive(t.month)}${year}`;
    case 'quarter':
      return `${toRoman(t.quarter)} квартал${year}`;
    case 'half_year':
      return `${toRoman(t.half)} полугодие${year}`;
    case 'year':
      return t.year !== null ? `${t.year} г.` : 'год';
    case 'plan_year':
      return `${toRoman(t.index)} год плана`;
  }
}

function edgeWords(e: BoundEdge, upper: boolean): string {
  const words = termWords(e.term);
  if (upper) {
    if (e.shift === -1) return `до ${words}`;
    return e.edge === 'end' && e.term.unit !== 'day' ? `не позднее конца: ${words}` : `не позднее ${words}`;
  }
  return e.shift === 1 ? `после ${words}` : `не ранее ${words}`;
}

/** The phrase's own structure in words, for when no year is known yet. */
function calendarWords(expr: CalendarExpr): string {
  if (expr.type === 'calendar') {
    return joinAnd(
      expr.items.map((i) => (i.until ? `до ${termWords(i.from)}` : i.to === null ? termWords(i.from) : `${termWords(i.from)} – ${termWords(i.to)}`)),
    );
  }
  const parts: string[] = [];
  if (expr.notBefore !== null) parts.push(edgeWords(expr.notBefore, false));
  if (expr.notAfter !== null) parts.push(edgeWords(expr.notAfter, true));
  return parts.join(' и ');
}

function boundWindowWords(expr: CalendarExpr, w: Span): string {
  if (expr.type === 'bound' && expr.notBefore === null) return `не позднее ${toRuDate(w.end)}`;
  if (expr.type === 'bound' && expr.notAfter === null) return `не ранее ${toRuDate(w.start)}`;
  return w.start === w.end ? toRuDate(w.start) : `с ${toRuDate(w.start)} по ${toRuDate(w.end)}`;
}

const EVERY_WORDS: Record<RecurrenceEvery, string> = {
  week: 'еженедельно',
  month: 'ежемесячно',
  quarter: 'ежеквартально',
  half_year: 'раз в полугодие',
  year: 'ежегодно',
};

const WEEKDAYS_PLURAL = ['', 'понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам', 'воскресеньям'];

function recurrenceWords(expr: Recurring): string {
  let words = EVERY_WORDS[expr.every];
  if (expr.weekday !== null) words += ` по ${WEEKDAYS_PLURAL[expr.weekday]}`;
  const rule = expr.dayOfMonth;
  if (rule !== null) words += 'until' in rule ? ` до ${rule.until}-го числа` : ` ${rule.on}-го числа`;
  return words;
}

const VOTING_DAY_ORDINAL = { first: 'первого', last: 'последнего' } as const;

function anchorGenitive(a: Anchor): string {
  if (a.type === 'voting_day') return a.day !== undefined ? `${VOTING_DAY_ORDINAL[a.day]} дня голосования` : 'дня голосования';
  if (a.type === 'call_date') return 'дня назначения выборов';
  return a.event;
}

function anchorDayGenitive(a: Anchor): string {
  return a.type === 'event' ? `дня ${a.event}` : anchorGenitive(a);
}

function anchorDay(a: Anchor): string {
  if (a.type === 'voting_day') return a.day === 'first' ? 'первый день голосования' : a.day === 'last' ? 'последний день голосования' : 'день голосования';
  if (a.type === 'call_date') return 'день назначения выборов';
  return `день ${a.event}`;
}

/** The counting rule in words: «за 45 дней до дня голосования». */
function relativeWords(expr: Relative): string {
  const a = anchorGenitive(expr.anchor);
  const lo = expr.notBefore;
  const hi = expr.notAfter;
  switch (expr.form) {
    case 'on':
      if (lo !== null && lo.offset < 0) return `накануне ${a}`;
      if (lo !== null && lo.offset > 0) return `на следующий день после ${a}`;
      return `в ${anchorDay(expr.anchor)}`;
    case 'exact':
      if (lo?.months !== undefined) return `через ${monthsWords(lo.months, false)} после ${a}`;
      return lo !== null && lo.direction === 'before'
        ? `за ${lo.days} ${pluralDays(lo.days)} до ${a}`
        : `через ${lo?.days ?? 0} ${pluralDays(lo?.days ?? 0)} после ${a}`;
    case 'within':
      if (lo?.anchor?.type === 'voting_day' && lo.anchor.day === 'first' && hi?.direction === 'on') return 'в дни голосования';
      if (hi?.months !== undefined) return `в течение ${monthsWords(hi.months, true)} после ${a}`;
      if (hi !== null && hi.direction === 'after') return `в течение ${hi.days} ${pluralDays(hi.days)} после ${a}`;
      return `в течение ${lo?.days ?? 0} ${pluralDays(lo?.days ?? 0)} до ${a}`;
    case 'bound': {
      const parts: string[] = [];
      if (lo !== null && hi !== null && lo.direction === 'before' && hi.direction === 'before' && lo.anchor === undefined && hi.anchor === undefined) {
        return `не ранее чем за ${lo.days} и не позднее чем за ${hi.days} ${pluralDays(hi.days)} до ${a}`;
      }
      if (lo !== null) parts.push(lowerWords(lo, lo.anchor ?? expr.anchor));
      if (hi !== null) parts.push(upperWords(hi, hi.anchor ?? expr.anchor));
      return parts.join(' и ');
    }
  }
}

function pluralOf(n: number, one: string, few: string, many: string): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 14) return many;
  if (n % 10 === 1) return one;
  return n % 10 >= 2 && n % 10 <= 4 ? few : many;
}

/**
 * A term in calendar months as plans write it: «через 2 месяца», «через 1 год» (12 months); after «в течение» the
 * genitive: «в течение 1 года», «в течение 6 месяцев».
 */
function monthsWords(months: number, genitive: boolean): string {
  const years = months % 12 === 0;
  const n = years ? months / 12 : months;
  const [one, few, many] = years ? ['год', 'года', 'лет'] : ['месяц', 'месяца', 'месяцев'];
  if (!genitive) return `${n} ${pluralOf(n, one, few, many)}`;
  return `${n} ${pluralOf(n, few, many, many)}`;
}

function unitWord(e: RelativeEdge, n: number): string {
  return e.unit === 'working_day' ? `рабоч${n % 10 === 1 && n % 100 !== 11 ? 'его дня' : 'их дней'}` : pluralDays(n);
}

function lowerWords(lo: RelativeEdge, anchor: Anchor): string {
  const a = anchorGenitive(anchor);
  if (lo.fixed !== undefined) return `с ${toRuDate(parseIsoDate(lo.fixed) ?? 0)}`;
  if (lo.direction === 'before') return `не ранее чем за ${lo.days} ${unitWord(lo, lo.days)} до ${a}`;
  if (lo.direction === 'on') return `начиная со ${anchorDayGenitive(anchor)}`;
  if (lo.offset === 1) return `после ${a}`;
  return `не ранее чем через ${lo.days} ${unitWord(lo, lo.days)} после ${a}`;
}

function upperWords(hi: RelativeEdge, anchor: Anchor): string {
  const a = anchorGenitive(anchor);
  if (hi.fixed !== undefined) return `по ${toRuDate(parseIsoDate(hi.fixed) ?? 0)}`;
  if (hi.direction === 'on') return `не позднее ${anchorDayGenitive(anchor)}`;
  if (hi.direction === 'before' && hi.offset === -1 && hi.days === 1) return `до ${a}`;
  if (hi.direction === 'before' && hi.offset === -2 && hi.days === 2) return `до дня, предшествующего ${anchorDative(anchor)}`;
  if (hi.direction === 'before') return `не позднее чем за ${hi.days} ${unitWord(hi, hi.days)} до ${a}`;
  return `не позднее чем через ${hi.days} ${unitWord(hi, hi.days)} после ${a}`;
}

function anchorDative(a: Anchor): string {
  if (a.type === 'voting_day') return a.day === 'first' ? 'первому дню голосования' : a.day === 'last' ? 'последнему дню голосования' : 'дню голосования';
  if (a.type === 'call_date') return 'дню назначения выборов';
  return `дню ${a.event}`;
}

/**
 * In «не позднее 14.01.2009 (за 45 дней до дня голосования 01.03.2009)» the bound
 * word is already in front of the date; the bracket only says how it was counted.
 */
function countingWords(expr: Relative, words: string): string {
  const a = anchorGenitive(expr.anchor);
  const one = expr.form === 'bound' && (expr.notBefore === null) !== (expr.notAfter === null) ? (expr.notBefore ?? expr.notAfter) : null;
  if (one !== null && one.days > 0 && !(one.direction === 'after' && one.offset === 1 && one.days === 1)) {
    if (one.direction === 'before' && one.offset === -(one.days + 1)) return `за ${one.days} ${pluralDays(one.days)} до ${a}`;
    if (one.direction === 'after' && expr.notBefore !== null) return `через ${one.days} ${pluralDays(one.days)} после ${a}`;
  }
  if (expr.form === 'on' && expr.notBefore?.offset === 0) return anchorDay(expr.anchor);
  return words;
}

function votingDaysBack(days: number | null | undefined): number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3 ? days - 1 : 0;
}

function relativeExplanation(expr: Relative, result: DeadlineResult, spans: Span[]): string {
  const words = relativeWords(expr);
  if (spans.length === 0) {
    if (expr.anchor.type === 'event') return `${words}: дата события пока неизвестна`;
    return expr.anchor.type === 'voting_day' ? `${words}: нужен день голосования` : `${words}: нужна дата назначения выборов`;
  }
  const anchorDate = expr.anchor.type === 'voting_day' ? result.election?.votingDay : expr.anchor.type === 'call_date' ? result.election?.calledOn : null;
  const votingDn = anchorDate !== undefined && anchorDate !== null ? parseIsoDate(anchorDate) : null;
  // The first of several voting days lies before the named (last) one.
  const back = expr.anchor.type === 'voting_day' && expr.anchor.day === 'first' ? votingDaysBack(result.election?.votingDays) : 0;
  const anchorDn = votingDn !== null ? votingDn - back : null;
  const votingWindow = words === 'в дни голосования';
  const context = anchorDn !== null && spans.length === 1 && !votingWindow ? `${countingWords(expr, words)} ${toRuDate(anchorDn)}` : words;
  const dated = spans.map((w) => {
    if (expr.form === 'bound' && expr.notBefore === null) return `не позднее ${toRuDate(w.end)}`;
    if (expr.form === 'bound' && expr.notAfter === null) return `не ранее ${toRuDate(w.start)}`;
    return w.start === w.end ? toRuDate(w.start) : `с ${toRuDate(w.start)} по ${toRuDate(w.end)}`;
  });
  return `${dated.join('; ')} (${context})`;
}

function listOrSummary(spans: Span[]): string {
  if (spans.length === 0) return '';
  if (spans.length <= 4) return describeWindows(spans);
  const first = spans[0] as Span;
  const last = spans[spans.length - 1] as Span;
  return `${spans.length} ${pluralTerms(spans.length)} с ${toRuDate(first.start)} по ${toRuDate(last.end)}`;
}

function mainPart(result: DeadlineResult, spans: Span[]): string {
  const parsed = result.parsed;
  if (result.kind === 'unknown') {
    const reason = result.reason ?? (parsed?.expr.type === 'unknown' ? parsed.expr.reason : '');
    return `срок не распознан: «${result.text.trim()}»${reason !== '' ? `. ${reason}` : ''}`;
  }
  if (parsed === undefined) return spans.length > 0 ? describeWindows(spans) : result.text.trim();
  const expr = parsed.expr;
  switch (expr.type) {
    case 'calendar':
    case 'bound': {
      if (spans.length === 0) return `${calendarWords(expr)}${result.reason !== undefined ? `. ${result.reason}` : ''}`;
      const yearly = result.flags.includes('repeats_yearly') ? 'ежегодно: ' : '';
      if (expr.type === 'bound') return yearly + spans.map((w) => boundWindowWords(expr, w)).join('; ');
      // Listed deadlines: each is a day to be met, whatever day its window opens.
      if (expr.items[0]?.until) return yearly + spans.map((w) => `не позднее ${toRuDate(w.end)}`).join('; ');
      // «II Год» alone would read as a bare year; say which plan year it is.
      const planYear = expr.items.some((i) => i.from.unit === 'plan_year') ? `${calendarWords(expr)}: ` : '';
      return yearly + planYear + describeWindows(spans);
    }
    case 'whole_period': {
      const w = spans[0];
      const daily = result.flags.includes('daily') ? 'ежедневно, ' : '';
      return w === undefined ? `${daily}весь период плана (период не задан)` : `${daily}весь период плана: с ${toRuDate(w.start)} по ${toRuDate(w.end)}`;
    }
    case 'recurring': {
      const words = recurrenceWords(expr);
      if (spans.length > 0) return `${words}: ${listOrSummary(spans)}`;
      const at = expr.at !== null ? ` (${calendarWords(expr.at)})` : '';
      return `${words}${at}. ${result.reason ?? ''}`.trim();
    }
    case 'relative':
      return relativeExplanation(expr, result, spans);
    case 'election_period': {
      if (spans.length === 0) return `в период подготовки и проведения выборов: ${(result.reason ?? '').toLowerCase()}`;
      return `период подготовки и проведения выборов: ${spans.map((w) => `с ${toRuDate(w.start)} по ${toRuDate(w.end)}`).join('; ')}`;
    }
    case 'on_demand':
      return `${result.text
        .trim()
        .replace(/[.;,]+$/, '')
        .toLowerCase()} — без фиксированного срока`;
    case 'external':
      return expr.source !== null && expr.source !== '' ? `по внешнему графику: «${expr.source}»` : 'по внешнему графику (сроки — в отдельном плане)';
    case 'nth_weekday': {
      const g = WEEKDAY_GENDER[expr.weekday] ?? 'm';
      const which = expr.n < 0 ? { m: 'последний', f: 'последняя', n: 'последнее' }[g] : `${expr.n}-${{ m: 'й', f: 'я', n: 'е' }[g]}`;
      const where = expr.month === null ? 'каждого месяца' : `${monthGenitive(expr.month)}${expr.yearly === true ? ' каждого года' : ''}`;
      const words = `${which} ${WEEKDAY_NAMES[expr.weekday]} ${where}`;
      return spans.length > 0 ? `${words}: ${listOrSummary(spans)}` : `${words}. ${result.reason ?? ''}`.trim();
    }
    case 'working_day_after': {
      const words = `не позднее ${expr.n}-го рабочего дня после окончания ${PERIOD_GENITIVE[expr.every]}`;
      return spans.length > 0 ? `${words}: ${listOrSummary(spans)}` : `${words}. ${result.reason ?? ''}`.trim();
    }
    case 'unknown':
      return `срок не распознан: «${result.text.trim()}». ${expr.reason}`;
  }
}

const WEEKDAY_GENDER: readonly ('m' | 'f' | 'n')[] = ['m', 'm', 'm', 'f', 'm', 'f', 'f', 'n'];
const WEEKDAY_NAMES = ['', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
const PERIOD_GENITIVE = { month: 'месяца', quarter: 'квартала', half_year: 'полугодия', year: 'года' } as const;

/** The rule of ст. 11.1 67-ФЗ (or the Kyrgyz reading) a relative phrase was counted by. */
function countingRule(result: DeadlineResult): string | null {
  const expr = result.parsed?.expr;
  if (expr === undefined || expr.type !== 'relative' || result.windows.length === 0) return null;
  if (result.parsed?.kyrgyz === true && expr.notBefore?.direction !== 'after' && expr.notAfter?.direction === 'before')
    return 'счет: день события минус N дней, как в календарных планах ЦИК КР';
  const edges = [expr.notBefore, expr.notAfter];
  if (edges.some((e) => e?.months !== undefined))
    return 'срок в месяцах: то же число последнего месяца срока, иначе последний день месяца (п. 3 ст. 192 ГК РФ)';
  if (edges.some((e) => e?.direction === 'before' && e.days > 1 && e.offset === -(e.days + 1))) return 'счет по п. 2–3 ст. 11.1 67-ФЗ';
  if (edges.some((e) => e?.direction === 'on' && e.offset === 0 && e.fixed === undefined) && expr.form !== 'on')
    return 'начало срока — день события (п. 1 ст. 11.1 67-ФЗ)';
  return null;
}

function qualifierParts(result: DeadlineResult): string[] {
  const parts: string[] = [];
  const parsed = result.parsed;
  if (result.flags.includes('separate_plan')) parts.push('по отдельному плану');
  if (result.flags.includes('footnote')) {
    const markers = parsed?.footnotes ?? [];
    parts.push(markers.length > 0 ? `сноска ${markers.map((m) => `<${m}>`).join(', ')}` : 'есть сноска');
  }
  if (result.time !== undefined) parts.push(`время: ${result.time}`);
  if (result.pending !== undefined && result.pending.length > 0) parts.push(`ожидает даты: ${result.pending.map((p) => p.label).join(', ')}`);
  if (result.flags.includes('working_days')) parts.push('в рабочих днях по производственному календарю');
  if (result.flags.includes('minimum_duration')) parts.push('не менее указанного срока');
  if (result.flags.includes('immediately')) parts.push('незамедлительно');
  const rule = countingRule(result);
  if (rule !== null) parts.push(rule);
  if (result.legal_basis !== null) parts.push(`основание: ${result.legal_basis}`);
  for (const note of parsed?.notes ?? []) parts.push(note);
  if (result.flags.includes('open_start')) parts.push('начало срока не определено');
  if (result.flags.includes('open_end')) parts.push('окончание срока не определено');
  if (result.flags.includes('windows_truncated')) parts.push('показана только часть сроков');
  if (result.flags.includes('truncated')) parts.push(`текст срока обрезан до ${MAX_PHRASE_LENGTH} символов`);
  return parts;
}

export function explainDeadline(result: DeadlineResult): string {
  try {
    const spans = toSpans(Array.isArray(result.windows) ? result.windows : []);
    const main = mainPart(result, spans);
    const parts = qualifierParts(result);
    return capitalize(parts.length > 0 ? `${main} — ${parts.join('; ')}` : main);
  } catch {
    return 'Срок не распознан';
  }
}
