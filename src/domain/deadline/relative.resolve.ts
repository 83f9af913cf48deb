/**
 * Phrases counted from the voting day, the call of the election or another
 * event. Offsets were counted by ст. 11.1 67-ФЗ at parse time; here they meet
 * the dates of the elections the plan is tied to.
 */
import { daysInMonth, fromDayNumber, parseIsoDate, toDayNumber, toIsoDate, type DayNumber } from './calendar-math.js';
import { shiftWorkingDays, type CalendarCountry } from './calendars/production-calendar.js';
import type { Anchor, DeadlineExpr, ElectionRef, PlanEvent, RelativeEdge } from './deadline.types.js';
import { eventLabel } from './events.js';
import { votingDaysOf } from './voting-days.js';
import { emptyResolution, orderWindows, type Resolution, type Span } from './resolution.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

export interface KnownElection {
  ref: ElectionRef;
  votingDay: DayNumber;
  /** First of the consecutive voting days; equals `votingDay` for a one-day vote. */
  firstVotingDay: DayNumber;
  calledOn: DayNumber | null;
}

/** Dated plan events by key; `null` marks an event the plan names but has not dated yet. */
export type KnownEvents = ReadonlyMap<string, DayNumber | null>;

export function knownEvents(events: readonly PlanEvent[] | undefined): Map<string, DayNumber | null> {
  const out = new Map<string, DayNumber | null>();
  if (!Array.isArray(events)) return out;
  for (const e of events) {
    if (e === null || typeof e !== 'object' || typeof e.key !== 'string') continue;
    out.set(e.key, parseIsoDate(e.date ?? null));
  }
  return out;
}

interface Missing {
  anchor: Anchor;
}

function anchorDay(anchor: Anchor, election: KnownElection | null, events: KnownEvents): DayNumber | null {
  if (anchor.type === 'voting_day') {
    // A plan without elections may date the first day as its own event; else its voting day is one day long.
    if (anchor.day === 'first') return election?.firstVotingDay ?? events.get('first_voting_day') ?? events.get('voting_day') ?? null;
    return election?.votingDay ?? events.get('voting_day') ?? null;
  }
  if (anchor.type === 'call_date') return election?.calledOn ?? events.get('election_called') ?? null;
  return events.get(anchor.key ?? anchor.event) ?? events.get(anchor.event) ?? null;
}

/** п. 3 ст. 192 ГК РФ: a term in months ends on the same day number of its last month, or that month's last day. */
function addCalendarMonths(base: DayNumber, months: number): DayNumber {
  const d = fromDayNumber(base);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDayNumber(year, month, Math.min(d.day, daysInMonth(year, month)));
}

type EdgeDay = { day: DayNumber } | { missing: Missing } | { calendar: number };

function edgeDay(e: RelativeEdge, main: Anchor, election: KnownElection | null, events: KnownEvents, country: CalendarCountry): EdgeDay {
  if (e.fixed !== undefined) {
    const d = parseIsoDate(e.fixed);
    return d === null ? { missing: { anchor: main } } : { day: d };
  }
  const anchor = e.anchor ?? main;
  const base = anchorDay(anchor, election, events);
  if (base === null) return { missing: { anchor } };
  if (e.months !== undefined) return { day: addCalendarMonths(base, e.months) + e.offset };
  if (e.unit === 'working_day') {
    // «в течение 5 рабочих дней со дня X»: X itself is the first day counted when it is a working day.
    const shifted = shiftWorkingDays(e.countsEventDay === true && e.offset > 0 ? base - 1 : base, e.offset, country);
    return shifted.ok ? { day: shifted.day } : { calendar: shifted.year };
  }
  return { day: base + e.offset };
}

function oneElection(
  expr: Relative,
  election: KnownElection | null,
  events: KnownEvents,
  period: Span | null,
  country: CalendarCountry,
  res: Resolution,
  missing: Missing[],
): Span | null {
  const parts: (DayNumber | null)[] = [];
  for (const e of [expr.notBefore, expr.notAfter]) {
    if (e === null) {
      parts.push(null);
      continue;
    }
    const d = edgeDay(e, expr.anchor, election, events, country);
    if ('missing' in d) {
      missing.push(d.missing);
      return null;
    }
    if ('calendar' in d) {
      if (!res.needs.includes('production_calendar')) res.needs.push('production_calendar');
      res.reason = `Производственный календарь на ${d.calendar} г. неизвестен: рабочие дни не посчитаны`;
      return null;
    }
    parts.push(d.day);
  }
  const [lo, hi] = parts as [DayNumber | null, DayNumber | null];
  const anchor = anchorDay(expr.anchor, election, events) as DayNumber;
  if (lo !== null && hi !== null) {
    if (lo > hi) res.invalid = true;
    return lo <= hi ? { start: lo, end: hi } : null;
  }
  if (hi !== null) {
    // The earliest date we know: the call of the election, else the plan period start.
    const called = expr.anchor.type === 'voting_day' ? (election?.calledOn ?? events.get('election_called') ?? null) : null;
    if (called !== null && called <= hi) return { start: called, end: hi };
    if (period !== null && period.start <= hi) return { start: period.start, end: hi };
    res.flags.push('open_start');
    return { start: hi, end: hi };
  }
  if (lo !== null) {
    // «не ранее чем за N дней до дня голосования» still ends before the voting day.
    if (expr.notBefore?.direction === 'before') return { start: lo, end: Math.max(lo, anchor - 1) };
    const voting = election?.votingDay ?? events.get('voting_day') ?? null;
    if (expr.anchor.type !== 'voting_day' && voting !== null && voting >= lo) return { start: lo, end: voting };
    if (period !== null && period.end >= lo) return { start: lo, end: period.end };
    res.flags.push('open_end');
    return { start: lo, end: lo };
  }
  return null;
}

function reportMissing(missing: readonly Missing[], res: Resolution): void {
  for (const { anchor } of missing) {
    if (anchor.type === 'voting_day') {
      if (!res.needs.includes('voting_day')) res.needs.push('voting_day');
      res.reason ??= 'Нужен день голосования';
    } else if (anchor.type === 'call_date') {
      if (!res.needs.includes('call_date')) res.needs.push('call_date');
      res.reason ??= 'Нужна дата назначения выборов';
    } else {
      if (!res.needs.includes('event_date')) res.needs.push('event_date');
      const key = anchor.key ?? anchor.event;
      const label = eventLabel(key, anchor.event);
      if (!res.pending.some((p) => p.event === key)) res.pending.push({ event: key, label });
      res.reason ??= `Срок отсчитывается от события («${anchor.event}»), дата которого неизвестна`;
    }
  }
}

export function resolveRelative(
  expr: Relative,
  elections: readonly KnownElection[],
  period: Span | null,
  events: KnownEvents = new Map(),
  country: CalendarCountry = 'ru',
): Resolution {
  const res = emptyResolution();
  const contexts: (KnownElection | null)[] = elections.length > 0 ? [...elections] : [null];
  const windows: Span[] = [];
  const missing: Missing[] = [];
  for (const e of contexts) {
    const w = oneElection(expr, e, events, period, country, res, missing);
    if (w !== null) {
      windows.push(w);
      if (e !== null) res.election ??= e.ref;
    }
  }
  if (res.election === null && windows.length > 0) {
    const voting = events.get('voting_day') ?? null;
    if (voting !== null) {
      const called = events.get('election_called') ?? null;
      res.election = { votingDay: toIsoDate(voting), calledOn: called !== null ? toIsoDate(called) : null };
    }
  }
  if (windows.length === 0) reportMissing(missing, res);
  res.windows = orderWindows(windows, res);
  if (res.windows.length === 0 && res.invalid) res.reason = 'Начало срока позже его окончания';
  return res;
}

export function resolveElectionPeriod(elections: readonly KnownElection[]): Resolution {
  const res = emptyResolution();
  if (elections.length === 0) {
    res.needs.push('call_date', 'voting_day');
    res.reason = 'Нужны дата назначения выборов и день голосования';
    return res;
  }
  const windows: Span[] = [];
  for (const e of elections) {
    if (e.calledOn === null || e.calledOn > e.votingDay) continue;
    windows.push({ start: e.calledOn, end: e.votingDay });
    res.election ??= e.ref;
  }
  if (windows.length === 0) {
    res.needs.push('call_date');
    res.reason = 'Нужна дата назначения выборов';
  }
  res.windows = orderWindows(windows, res);
  return res;
}

export function knownElections(refs: readonly ElectionRef[] | undefined): KnownElection[] {
  const out: KnownElection[] = [];
  if (!Array.isArray(refs)) return out;
  for (const ref of refs) {
    if (ref === null || typeof ref !== 'object') continue;
    const votingDay = parseIsoDate(ref.votingDay);
    if (votingDay === null) continue;
    out.push({ ref, votingDay, firstVotingDay: votingDay - (votingDaysOf(ref) - 1), calledOn: parseIsoDate(ref.calledOn ?? null) });
  }
  return out;
}
