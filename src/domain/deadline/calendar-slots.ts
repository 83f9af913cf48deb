/**
 * The second half of reading a calendar phrase: the parser's slots become complete terms. A bare number takes
 * the unit of the term after it, a term without a year borrows one from its neighbours (wrapping over New
 * Year), and impossible dates are named. Split from calendar.parse.ts (the grammar) along that seam.
 */
import { isValidDate, maxDaysInMonth, termKey } from './calendar-math.js';
import type { CalendarTerm } from './deadline.types.js';
import { monthGenitive } from './month-names.js';

/** A term, or a number still waiting for its unit from a neighbour. */
export interface Slot {
  term: CalendarTerm | null;
  pending: number;
}

function withYear(t: CalendarTerm, year: number): CalendarTerm {
  return t.unit === 'plan_year' ? t : { ...t, year };
}

function termYear(t: CalendarTerm): number | null {
  return t.unit === 'plan_year' ? null : t.year;
}

/** Gives a bare number the unit of the term after it («1-15 марта», «I-II квартал»). */
function fillPending(slots: Slot[]): CalendarTerm[] | null {
  const terms: (CalendarTerm | null)[] = slots.map((s) => s.term);
  for (let i = slots.length - 1; i >= 0; i--) {
    if (terms[i] !== null) continue;
    const n = (slots[i] as Slot).pending;
    const next = terms[i + 1];
    if (next === undefined || next === null) return null;
    let term: CalendarTerm | null = null;
    switch (next.unit) {
      case 'day':
        if (n <= 31) term = { unit: 'day', day: n, month: next.month, year: null };
        break;
      case 'quarter':
        if (n <= 4) term = { unit: 'quarter', quarter: n, year: null };
        break;
      case 'half_year':
        if (n <= 2) term = { unit: 'half_year', half: n, year: null };
        break;
      case 'decade':
        if (n <= 3) term = { unit: 'decade', decade: n, month: next.month, year: null };
        break;
      case 'plan_year':
        term = { unit: 'plan_year', index: n };
        break;
      default:
        break;
    }
    if (term === null) return null;
    terms[i] = term;
  }
  return terms as CalendarTerm[];
}

/** Lets a term without a year borrow it from its neighbours, wrapping over New Year. */
function propagateYears(terms: CalendarTerm[]): void {
  for (let i = terms.length - 2; i >= 0; i--) {
    const t = terms[i] as CalendarTerm;
    const next = terms[i + 1] as CalendarTerm;
    const k = termKey(t);
    const nk = termKey(next);
    const ny = termYear(next);
    if (k === null || nk === null || ny === null || termYear(t) !== null) continue;
    terms[i] = withYear(t, k > nk ? ny - 1 : ny);
  }
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i] as CalendarTerm;
    const prev = terms[i - 1] as CalendarTerm;
    const k = termKey(t);
    const pk = termKey(prev);
    const py = termYear(prev);
    if (k === null || pk === null || py === null || termYear(t) !== null) continue;
    terms[i] = withYear(t, k < pk ? py + 1 : py);
  }
}

function validate(terms: readonly CalendarTerm[]): string | null {
  for (const t of terms) {
    if (t.unit !== 'day') continue;
    if (t.day > maxDaysInMonth(t.month)) return `${t.day} ${monthGenitive(t.month)} — такой даты не бывает`;
    if (t.year !== null && !isValidDate(t.year, t.month, t.day)) {
      return `${t.day} ${monthGenitive(t.month)} ${t.year} г. — такой даты нет`;
    }
  }
  return null;
}

/** The terms of the slots, a reason when a date is impossible, or null when a number never got its unit. */
export function finish(slots: Slot[]): CalendarTerm[] | string | null {
  const terms = fillPending(slots);
  if (terms === null) return null;
  propagateYears(terms);
  return validate(terms) ?? terms;
}
