/**
 * Calendar and bound expressions → windows. A phrase with its years stated
 * resolves once, as written, even outside the plan period. A yearless phrase is
 * tried in every year the period touches; each occurrence is kept if it falls
 * into the period and clipped to it, so «Январь» in a 2023–2025 plan is three
 * Januaries and «ноябрь – февраль» wraps over New Year.
 */
import { addYears, isValidDate, monthEnd, monthStart, termKey, toDayNumber, yearOf, type DayNumber } from './calendar-math.js';
import type { BoundEdge, CalendarExpr, CalendarItem, CalendarTerm } from './deadline.types.js';
import { monthGenitive } from './month-names.js';
import { clip, emptyResolution, orderWindows, type Resolution, type Span } from './resolution.js';

class TermError {
  constructor(readonly reason: string) {}
}

function termSpan(term: CalendarTerm, year: number | null, period: Span | null): Span {
  if (term.unit === 'plan_year') {
    if (period === null) throw new TermError('Нужен период плана, чтобы понять, какой это год');
    const start = addYears(period.start, term.index - 1);
    if (start > period.end) throw new TermError(`В периоде плана нет ${term.index}-го года`);
    return { start, end: Math.min(addYears(period.start, term.index) - 1, period.end) };
  }
  const y = term.year ?? year;
  if (y === null) throw new TermError('Год не указан — нужен период плана');
  switch (term.unit) {
    case 'day':
      if (!isValidDate(y, term.month, term.day)) {
        throw new TermError(`${term.day} ${monthGenitive(term.month)} ${y} г. — такой даты нет`);
      }
      return { start: toDayNumber(y, term.month, term.day), end: toDayNumber(y, term.month, term.day) };
    case 'month':
      return { start: monthStart(y, term.month), end: monthEnd(y, term.month) };
    case 'decade': {
      const start = toDayNumber(y, term.month, (term.decade - 1) * 10 + 1);
      const end = term.decade === 3 ? monthEnd(y, term.month) : start + 9;
      return { start, end };
    }
    case 'quarter':
      return { start: monthStart(y, term.quarter * 3 - 2), end: monthEnd(y, term.quarter * 3) };
    case 'half_year':
      return { start: monthStart(y, term.half * 6 - 5), end: monthEnd(y, term.half * 6) };
    case 'year':
      return { start: toDayNumber(y, 1, 1), end: toDayNumber(y, 12, 31) };
  }
}

function edgeDay(edge: BoundEdge, year: number | null, period: Span | null): DayNumber {
  const span = termSpan(edge.term, year, period);
  return (edge.edge === 'start' ? span.start : span.end) + edge.shift;
}

function termsOf(expr: CalendarExpr): CalendarTerm[] {
  const terms: CalendarTerm[] = [];
  if (expr.type === 'calendar') {
    for (const item of expr.items) {
      terms.push(item.from);
      if (item.to !== null) terms.push(item.to);
    }
  } else {
    if (expr.notBefore !== null) terms.push(expr.notBefore.term);
    if (expr.notAfter !== null) terms.push(expr.notAfter.term);
  }
  return terms;
}

export function isYearless(expr: CalendarExpr): boolean {
  return termsOf(expr).some((t) => t.unit !== 'plan_year' && t.year === null);
}

/** Years for a yearless sequence starting in `base`: a step back in the calendar means New Year passed. */
function assignYears(terms: readonly CalendarTerm[], base: number): number[] {
  const years: number[] = [];
  let year = base;
  let prev: number | null = null;
  for (const t of terms) {
    const key = termKey(t);
    if (key !== null && prev !== null && key < prev) year++;
    years.push(year);
    if (key !== null) prev = key;
  }
  return years;
}

/**
 * The windows of one occurrence: items as ranges, a two-sided bound as one range. Listed deadlines («до 20 января,
 * до 20 июля») run each from the day after the one before; the first from `firstStart`.
 */
function occurrence(expr: CalendarExpr, years: readonly (number | null)[], period: Span | null, firstStart: DayNumber | null = null): Span[] {
  const out: Span[] = [];
  if (expr.type === 'calendar') {
    let i = 0;
    let previous: DayNumber | null = null;
    for (const item of expr.items) {
      if (item.until) {
        const day = termSpan(item.from, years[i++] ?? null, period).end;
        const start = previous !== null ? previous + 1 : (firstStart ?? day);
        if (start > day) throw new TermError('Сроки перечислены не по порядку');
        out.push({ start, end: day });
        previous = day;
        continue;
      }
      const from = termSpan(item.from, years[i++] ?? null, period);
      const to = item.to !== null ? termSpan(item.to, years[i++] ?? null, period) : from;
      if (from.start > to.end) throw new TermError('Конец срока раньше его начала');
      out.push({ start: from.start, end: to.end });
    }
    return out;
  }
  const a = expr.notBefore !== null ? edgeDay(expr.notBefore, years[0] ?? null, period) : null;
  const b = expr.notAfter !== null ? edgeDay(expr.notAfter, years[a === null ? 0 : 1] ?? null, period) : null;
  if (a !== null && b !== null) {
    if (a > b) throw new TermError('Начало срока позже его окончания');
    out.push({ start: a, end: b });
  }
  return out;
}

function resolveExplicit(expr: CalendarExpr, period: Span | null, res: Resolution): void {
  const years = termsOf(expr).map(() => null);
  if (expr.type === 'bound' && (expr.notBefore === null || expr.notAfter === null)) {
    if (expr.notAfter !== null) {
      const b = edgeDay(expr.notAfter, null, period);
      if (period !== null && period.start <= b) res.windows.push({ start: period.start, end: b });
      else if (period !== null && expr.notAfter.term.unit === 'plan_year') {
        // «до первого года»: no day of the plan comes before its first year.
        throw new TermError(`До ${expr.notAfter.term.index}-го года в периоде плана нет дней`);
      } else {
        res.windows.push({ start: b, end: b });
        res.flags.push('open_start');
      }
    } else if (expr.notBefore !== null) {
      const a = edgeDay(expr.notBefore, null, period);
      if (period !== null && period.end >= a) res.windows.push({ start: a, end: period.end });
      else if (period !== null && expr.notBefore.term.unit === 'plan_year') {
        // «после первого года» of a plan that has no time after that year names no day of the plan.
        throw new TermError(`После ${expr.notBefore.term.index}-го года в периоде плана не остается дней`);
      } else {
        res.windows.push({ start: a, end: a });
        res.flags.push('open_end');
      }
    }
    return;
  }
  let firstStart: DayNumber | null = null;
  if (expr.type === 'calendar' && expr.items[0]?.until) {
    const first = termSpan(expr.items[0].from, null, period).end;
    if (period !== null && period.start <= first) firstStart = period.start;
    else res.flags.push('open_start');
  }
  res.windows.push(...occurrence(expr, years, period, firstStart));
}

/** The day after the last listed deadline of the cycle before `years` (each one year earlier), where it exists. */
function afterPreviousCycle(expr: CalendarExpr, years: readonly number[], period: Span): DayNumber | null {
  if (expr.type !== 'calendar' || !expr.items[0]?.until) return null;
  const last = expr.items[expr.items.length - 1] as CalendarItem;
  try {
    return termSpan(last.from, (years[years.length - 1] as number) - 1, period).end + 1;
  } catch (e) {
    if (e instanceof TermError) return null;
    throw e;
  }
}

function resolveYearless(expr: CalendarExpr, period: Span, res: Resolution): void {
  const terms = termsOf(expr);
  const first = yearOf(period.start) - 1;
  const last = yearOf(period.end);
  const oneSided = expr.type === 'bound' && (expr.notBefore === null || expr.notAfter === null);
  let invalidReason: string | null = null;
  let instances = 0;
  const windows: Span[] = [];
  const dayIn = (d: DayNumber) => d >= period.start && d <= period.end;
  const until = expr.type === 'calendar' && expr.items[0]?.until === true;

  for (let y = first; y <= last; y++) {
    try {
      let found: Span[];
      if (oneSided && expr.type === 'bound' && expr.notAfter !== null) {
        const b = edgeDay(expr.notAfter, y, period);
        if (!dayIn(b)) continue;
        // Each yearly occurrence of «до 1 февраля» starts after the previous one's deadline.
        let start = period.start;
        try {
          start = Math.max(period.start, edgeDay(expr.notAfter, y - 1, period) + 1);
        } catch {
          start = period.start;
        }
        found = [{ start, end: b }];
      } else if (oneSided && expr.type === 'bound' && expr.notBefore !== null) {
        const a = edgeDay(expr.notBefore, y, period);
        if (!dayIn(a)) continue;
        let end = period.end;
        try {
          end = Math.min(period.end, edgeDay(expr.notBefore, y + 1, period) - 1);
        } catch {
          end = period.end;
        }
        found = [{ start: a, end }];
      } else {
        found = [];
        const years = assignYears(terms, y);
        for (const w of occurrence(expr, years, period, afterPreviousCycle(expr, years, period) ?? period.start)) {
          // A listed deadline outside the period is not moved into it: «до 20 января» of the next year is not 31 December.
          if (until && !dayIn(w.end)) continue;
          const c = clip(w, period);
          if (c !== null) found.push(c);
        }
      }
      if (found.length > 0) {
        instances++;
        windows.push(...found);
      }
    } catch (e) {
      if (!(e instanceof TermError)) throw e;
      // Prefer the message about a year inside the period over the look-behind year.
      if (invalidReason === null || y === first + 1) invalidReason = e.reason;
    }
  }

  res.windows = windows;
  if (windows.length === 0) {
    if (invalidReason !== null) {
      res.invalid = true;
      res.reason = invalidReason;
    } else {
      res.reason = 'Срок не попадает в период плана';
    }
  }
  // In a plan longer than a year the same month recurs; in a one-year plan a wrap-around is one occurrence.
  res.yearly = instances >= 2 && period.end - period.start + 1 > 366;
}

export function resolveCalendar(expr: CalendarExpr, period: Span | null): Resolution {
  const res = emptyResolution();
  const yearless = isYearless(expr);
  const planYears = termsOf(expr).some((t) => t.unit === 'plan_year');
  if ((yearless || planYears) && period === null) {
    res.needs.push('period');
    res.reason = yearless ? 'Год не указан — нужен период плана' : 'Нужен период плана, чтобы понять, какой это год';
    return res;
  }
  try {
    if (yearless) resolveYearless(expr, period as Span, res);
    else resolveExplicit(expr, period, res);
  } catch (e) {
    if (!(e instanceof TermError)) throw e;
    res.windows = [];
    res.invalid = true;
    res.reason = e.reason;
  }
  res.windows = orderWindows(res.windows, res);
  return res;
}
