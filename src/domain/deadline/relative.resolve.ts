/**
 * Phrases counted from the voting day, the call of the election or another
 * event. Offsets were counted by ст. 11.1 67-ФЗ at parse time; here they meet
 * the dates of the elections the plan is tied to.
 */
import { parseIsoDate, type DayNumber } from './calendar-math.js';
import type { DeadlineExpr, ElectionRef } from './deadline.types.js';
import { emptyResolution, orderWindows, type Resolution, type Span } from './resolution.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

export interface KnownElection {
  ref: ElectionRef;
  votingDay: DayNumber;
  calledOn: DayNumber | null;
}

function oneElection(expr: Relative, anchor: DayNumber, election: KnownElection, period: Span | null, res: Resolution): Span | null {
  const lo = expr.notBefore !== null ? anchor + expr.notBefore.offset : null;
  const hi = expr.notAfter !== null ? anchor + expr.notAfter.offset : null;
  if (lo !== null && hi !== null) return lo <= hi ? { start: lo, end: hi } : null;
  if (hi !== null) {
    // The earliest date we know: the call of the election, else the plan period start.
    const called = expr.anchor.type === 'voting_day' ? election.calledOn : null;
    if (called !== null && called <= hi) return { start: called, end: hi };
    if (period !== null && period.start <= hi) return { start: period.start, end: hi };
    res.flags.push('open_start');
    return { start: hi, end: hi };
  }
  if (lo !== null) {
    // «не ранее чем за N дней до дня голосования» still ends before the voting day.
    if (expr.notBefore?.direction === 'before') return { start: lo, end: Math.max(lo, anchor - 1) };
    if (expr.anchor.type === 'call_date' && election.votingDay >= lo) return { start: lo, end: election.votingDay };
    if (period !== null && period.end >= lo) return { start: lo, end: period.end };
    res.flags.push('open_end');
    return { start: lo, end: lo };
  }
  return null;
}

export function resolveRelative(expr: Relative, elections: readonly KnownElection[], period: Span | null): Resolution {
  const res = emptyResolution();
  const anchor = expr.anchor;
  if (anchor.type === 'event') {
    res.needs.push('event_date');
    res.reason = `Срок отсчитывается от события («${anchor.event}»), дата которого неизвестна`;
    return res;
  }
  const usable = anchor.type === 'voting_day' ? elections : elections.filter((e) => e.calledOn !== null);
  if (usable.length === 0) {
    res.needs.push(anchor.type === 'voting_day' ? 'voting_day' : 'call_date');
    res.reason = anchor.type === 'voting_day' ? 'Нужен день голосования' : 'Нужна дата назначения выборов';
    return res;
  }
  const windows: Span[] = [];
  for (const e of usable) {
    const day = anchor.type === 'voting_day' ? e.votingDay : (e.calledOn as DayNumber);
    const w = oneElection(expr, day, e, period, res);
    if (w !== null) windows.push(w);
    res.election ??= e.ref;
  }
  res.windows = orderWindows(windows, res);
  if (res.windows.length === 0) {
    res.invalid = true;
    res.reason = 'Начало срока позже его окончания';
  }
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
    out.push({ ref, votingDay, calledOn: parseIsoDate(ref.calledOn ?? null) });
  }
  return out;
}
