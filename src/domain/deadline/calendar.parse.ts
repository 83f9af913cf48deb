/**
 * Grammar of calendar phrases: single dates, months, quarters, half-years,
 * decades, years, plan years; lists and ranges of them; one- and two-sided
 * bounds («до 1 февраля», «не ранее 31 января и не позднее 7 февраля 2008 года»).
 *
 * A bare number waits for the unit of the next term («1-15 марта», «I-II квартал»)
 * and a missing year is taken from the other end of a range or the rest of the
 * list; what is still missing after that is left to the plan period.
 */
import { finish, type Slot } from './calendar-slots.js';
import type { BoundEdge, CalendarExpr, CalendarItem, CalendarTerm } from './deadline.types.js';
import { monthFromWord, monthGenitive } from './month-names.js';
import { ordinalFromWord, romanFromWord } from './ordinals.js';
import type { Token } from './tokenize.js';

export type CalendarParse =
  | { ok: true; expr: CalendarExpr }
  /** `reason` is set when the phrase is calendar-like but impossible («31 февраля»). */
  | { ok: false; reason: string | null };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

type Lead = 'until' | 'until_start' | 'not_later' | 'from' | 'after';

const FILLERS = new Set(['в', 'во', 'на', 'течение', 'срок', 'сроки', 'срока', 'период', 'периоде', 'месяц', 'месяце', 'месяцы', 'месяцах', 'текущего', 'т']);
const TRAILING = new Set(['включительно', 'г', 'гг', 'года', 'год', 'году', 'годы', 'текущего', 'т']);
const YEAR_WORDS = new Set(['г', 'гг', 'год', 'года', 'году', 'годы', 'годов', 'годах', 'годом']);
const LIST_WORDS = new Set(['и', 'а', 'также']);

function isQuarterWord(w: string): boolean {
  return w === 'кв' || w.startsWith('квартал');
}
function isHalfWord(w: string): boolean {
  return w.startsWith('полугоди') || w.startsWith('полугодь');
}
function isDecadeWord(w: string): boolean {
  return w.startsWith('декад');
}
function isHalfOfYearWord(w: string): boolean {
  return w.startsWith('половин');
}

class Invalid {
  constructor(readonly reason: string) {}
}

class CalendarParser {
  private pos = 0;

  constructor(private readonly toks: readonly Token[]) {}

  private peek(k = 0): Token | undefined {
    return this.toks[this.pos + k];
  }

  private word(k = 0): string {
    const t = this.toks[this.pos + k];
    return t !== undefined && t.t === 'word' ? t.v : '';
  }

  private skip(set: ReadonlySet<string>): void {
    while (set.has(this.word())) this.pos++;
  }

  atEnd(): boolean {
    this.skip(TRAILING);
    return this.pos >= this.toks.length;
  }

  private year(value: number): number {
    if (value < MIN_YEAR || value > MAX_YEAR) throw new Invalid(`Год ${value} вне допустимого диапазона (${MIN_YEAR}–${MAX_YEAR})`);
    return value;
  }

  /** «2022», «2022 г.», «2022 года» after a day, month or unit. */
  private yearSuffix(): number | null {
    const t = this.peek();
    if (t !== undefined && t.t === 'num' && t.digits === 4 && !t.ordinal) {
      this.pos++;
      this.skip(YEAR_WORDS);
      return this.year(t.v);
    }
    return null;
  }

  /** A unit word after a number: «I квартал», «2-е полугодие», «первая декада марта», «II Год». */
  private unitAfterNumber(n: number, mayBePlanYear: boolean): CalendarTerm | null {
    const w = this.word();
    if (w === '') return null;
    if (isQuarterWord(w)) {
      if (n < 1 || n > 4) throw new Invalid(`Квартала с номером ${n} не бывает`);
      this.pos++;
      return { unit: 'quarter', quarter: n, year: this.yearSuffix() };
    }
    if (isHalfWord(w)) {
      if (n < 1 || n > 2) throw new Invalid(`Полугодия с номером ${n} не бывает`);
      this.pos++;
      return { unit: 'half_year', half: n, year: this.yearSuffix() };
    }
    if (isHalfOfYearWord(w) && (n === 1 || n === 2)) {
      const next = this.word(1);
      const t = this.peek(1);
      if (YEAR_WORDS.has(next)) {
        this.pos += 2;
        return { unit: 'half_year', half: n, year: null };
      }
      if (t !== undefined && t.t === 'num' && t.digits === 4) {
        this.pos++;
        return { unit: 'half_year', half: n, year: this.yearSuffix() };
      }
      return null;
    }
    if (isDecadeWord(w)) {
      if (n < 1 || n > 3) throw new Invalid(`Декады с номером ${n} не бывает`);
      const month = monthFromWord(this.word(1));
      if (month === 0) return null;
      this.pos += 2;
      return { unit: 'decade', decade: n, month, year: this.yearSuffix() };
    }
    if (mayBePlanYear && (w === 'год' || w === 'года' || w === 'году')) {
      if (n < 1 || n > 50) return null;
      this.pos++;
      return { unit: 'plan_year', index: n };
    }
    return null;
  }

  /** Reads one term; null (nothing consumed) when the next tokens are not a term. */
  term(): Slot | null {
    this.skip(FILLERS);
    const t = this.peek();
    if (t === undefined) return null;
    if (t.t === 'date') {
      if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) throw new Invalid(`${t.raw} — такой даты нет`);
      this.pos++;
      const year = t.year !== null ? this.year(t.year) : this.yearSuffix();
      this.skip(YEAR_WORDS);
      return { term: { unit: 'day', day: t.day, month: t.month, year }, pending: 0 };
    }
    if (t.t === 'num') {
      if (t.digits === 4 && !t.ordinal) {
        this.pos++;
        const year = this.year(t.v);
        this.skip(YEAR_WORDS);
        return { term: { unit: 'year', year }, pending: 0 };
      }
      if (t.digits > 2 || t.v < 1) return null;
      this.pos++;
      const month = monthFromWord(this.word());
      if (month !== 0) {
        this.pos++;
        if (t.v > 31) throw new Invalid(`${t.v} ${monthGenitive(month)} — такой даты нет`);
        return { term: { unit: 'day', day: t.v, month, year: this.yearSuffix() }, pending: 0 };
      }
      const unit = this.unitAfterNumber(t.v, t.ordinal);
      if (unit !== null) return { term: unit, pending: 0 };
      if (this.word() === 'числа' || this.word() === 'число') this.pos++;
      return { term: null, pending: t.v };
    }
    if (t.t !== 'word') return null;
    const roman = romanFromWord(t.v);
    if (roman !== 0) {
      this.pos++;
      const unit = this.unitAfterNumber(roman, true);
      return unit !== null ? { term: unit, pending: 0 } : { term: null, pending: roman };
    }
    const ordinal = ordinalFromWord(t.v);
    if (ordinal !== 0) {
      this.pos++;
      const unit = this.unitAfterNumber(ordinal, true);
      if (unit !== null) return { term: unit, pending: 0 };
      this.pos--;
      return null;
    }
    const month = monthFromWord(t.v);
    if (month !== 0) {
      this.pos++;
      return { term: { unit: 'month', month, year: this.yearSuffix() }, pending: 0 };
    }
    if (t.v === 'год' || t.v === 'года' || t.v === 'году') {
      this.pos++;
      return { term: { unit: 'year', year: null }, pending: 0 };
    }
    return null;
  }

  /** Bound words; returns null and consumes nothing if the phrase does not start with one. */
  private lead(): Lead | null {
    const w = this.word();
    const w1 = this.word(1);
    let lead: Lead | null = null;
    let used = 0;
    if (w === 'до' || w === 'к') {
      lead = 'until';
      used = 1;
    } else if (w === 'по') {
      lead = 'not_later';
      used = 1;
    } else if (w === 'не' && (w1 === 'позднее' || w1 === 'позже')) {
      lead = 'not_later';
      used = 2;
    } else if (w === 'не' && (w1 === 'ранее' || w1 === 'раньше')) {
      lead = 'from';
      used = 2;
    } else if (w === 'с' || w === 'со' || w === 'от') {
      lead = 'from';
      used = 1;
    } else if (w === 'начиная' && (w1 === 'с' || w1 === 'со')) {
      lead = 'from';
      used = 2;
    } else if (w === 'после') {
      lead = 'after';
      used = 1;
    }
    if (lead === null) return null;
    this.pos += used;
    if (this.word() === 'чем') this.pos++;
    const edge = this.word();
    if (edge === 'конца' || edge === 'окончания' || edge === 'завершения') {
      this.pos++;
      if (lead === 'until') lead = 'not_later';
    } else if (edge === 'начала') {
      this.pos++;
      if (lead === 'until' || lead === 'not_later') lead = 'until_start';
      else if (lead === 'after') lead = 'from';
    }
    return lead;
  }

  /** «до X», «не ранее X и не позднее Y», «с X по Y». */
  bound(): { first: Lead; a: Slot; second: Lead | null; b: Slot | null } | null {
    const start = this.pos;
    this.skip(FILLERS);
    const first = this.lead();
    if (first === null) {
      this.pos = start;
      return null;
    }
    const a = this.term();
    if (a === null) {
      this.pos = start;
      return null;
    }
    if (first === 'until' || first === 'until_start' || first === 'not_later') return { first, a, second: null, b: null };
    while (this.peek()?.t === 'sep' || this.word() === 'и') this.pos++;
    let second: Lead | null = null;
    if (this.peek()?.t === 'dash') {
      this.pos++;
      second = 'not_later';
    } else {
      const at = this.pos;
      second = this.lead();
      if (second === 'from' || second === 'after') {
        this.pos = at;
        return null;
      }
    }
    if (second === null) return { first, a, second: null, b: null };
    const b = this.term();
    if (b === null) return null;
    return { first, a, second, b };
  }

  list(): { from: Slot; to: Slot | null }[] | null {
    const items: { from: Slot; to: Slot | null }[] = [];
    for (;;) {
      const from = this.term();
      if (from === null) break;
      let to: Slot | null = null;
      if (this.peek()?.t === 'dash') {
        this.pos++;
        to = this.term();
        if (to === null) return null;
      }
      items.push({ from, to });
      while (this.peek()?.t === 'sep' || LIST_WORDS.has(this.word())) this.pos++;
    }
    return items.length > 0 ? items : null;
  }

  /** «до 20 января, до 20 июля», «не позднее 15 января и 15 июля»: several deadlines, the bound word at least before the first. */
  untilList(): Slot[] | null {
    this.skip(FILLERS);
    const slots: Slot[] = [];
    for (;;) {
      const lead = this.lead();
      if (lead === null ? slots.length === 0 : lead !== 'until' && lead !== 'not_later') return null;
      const term = this.term();
      if (term === null) return null;
      slots.push(term);
      while (this.peek()?.t === 'sep' || LIST_WORDS.has(this.word())) this.pos++;
      if (this.atEnd()) return slots.length >= 2 ? slots : null;
    }
  }

  reset(): void {
    this.pos = 0;
  }
}

/** Only days: «до марта, до сентября» would need the day before each month, which no plan was seen to mean. */
function untilList(p: CalendarParser): CalendarParse {
  p.reset();
  const slots = p.untilList();
  if (slots === null) return { ok: false, reason: null };
  const terms = finish(slots);
  if (terms === null || typeof terms === 'string' || terms.some((t) => t.unit !== 'day'))
    return { ok: false, reason: typeof terms === 'string' ? terms : null };
  return { ok: true, expr: { type: 'calendar', items: terms.map((from) => ({ from, to: null, until: true as const })) } };
}

function edgeFor(lead: Lead, term: CalendarTerm): BoundEdge {
  switch (lead) {
    case 'until':
      // «до 1 февраля» includes the day (as plans mean it); «до марта» stops before March.
      return term.unit === 'day' ? { term, edge: 'end', shift: 0 } : { term, edge: 'start', shift: -1 };
    case 'until_start':
      return { term, edge: 'start', shift: -1 };
    case 'not_later':
      return { term, edge: 'end', shift: 0 };
    case 'from':
      return { term, edge: 'start', shift: 0 };
    case 'after':
      return { term, edge: 'end', shift: 1 };
  }
}

function isUpper(lead: Lead): boolean {
  return lead === 'until' || lead === 'until_start' || lead === 'not_later';
}

export function parseCalendarTokens(tokens: readonly Token[]): CalendarParse {
  const p = new CalendarParser(tokens);
  try {
    const bound = p.bound();
    if (bound !== null && p.atEnd()) {
      const slots = bound.b !== null ? [bound.a, bound.b] : [bound.a];
      const terms = finish(slots);
      if (terms === null) return { ok: false, reason: null };
      if (typeof terms === 'string') return { ok: false, reason: terms };
      const a = terms[0] as CalendarTerm;
      if (bound.second === null || bound.b === null) {
        const edge = edgeFor(bound.first, a);
        return {
          ok: true,
          expr: isUpper(bound.first) ? { type: 'bound', notBefore: null, notAfter: edge } : { type: 'bound', notBefore: edge, notAfter: null },
        };
      }
      const b = terms[1] as CalendarTerm;
      return { ok: true, expr: { type: 'bound', notBefore: edgeFor(bound.first, a), notAfter: edgeFor(bound.second, b) } };
    }
    p.reset();
    const drafts = p.list();
    if (drafts === null || !p.atEnd()) return untilList(p);
    const slots: Slot[] = [];
    for (const d of drafts) {
      slots.push(d.from);
      if (d.to !== null) slots.push(d.to);
    }
    const terms = finish(slots);
    if (terms === null) return { ok: false, reason: null };
    if (typeof terms === 'string') return { ok: false, reason: terms };
    const items: CalendarItem[] = [];
    let i = 0;
    for (const d of drafts) {
      const from = terms[i++] as CalendarTerm;
      const to = d.to !== null ? (terms[i++] as CalendarTerm) : null;
      items.push({ from, to });
    }
    return { ok: true, expr: { type: 'calendar', items } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.reason };
    throw e;
  }
}
