/**
 * resolveDeadline: a parsed phrase + the plan's context → dated windows.
 * Pure and total: a bad context is treated as missing, never as an error.
 */
import { isoWeekday, parseIsoDate, toIsoDate } from './calendar-math.js';
import { resolveCalendar } from './calendar.resolve.js';
import { parseDeadline } from './deadline.parse.js';
import type { DeadlineContext, DeadlineResult, ParsedDeadline } from './deadline.types.js';
import { resolveRecurring } from './recurrence.resolve.js';
import { knownElections, knownEvents, resolveElectionPeriod, resolveRelative, type KnownElection } from './relative.resolve.js';
import { resolveNthWeekday, resolveWorkingDayAfter } from './weekday.resolve.js';

/** The plan's elections, or one made of its `voting_day` / `election_called` events. */
function electionsOrEvents(ctx: DeadlineContext): KnownElection[] {
  const list = knownElections(ctx.elections);
  if (list.length > 0) return list;
  const events = knownEvents(ctx.events);
  const voting = events.get('voting_day') ?? null;
  if (voting === null) return list;
  const called = events.get('election_called') ?? null;
  const first = events.get('first_voting_day') ?? null;
  const firstVotingDay = first !== null && first <= voting && first >= voting - 2 ? first : voting;
  const ref = { votingDay: toIsoDate(voting), votingDays: voting - firstVotingDay + 1, calledOn: called !== null ? toIsoDate(called) : null };
  return [{ ref, votingDay: voting, firstVotingDay, calledOn: called }];
}
import { emptyResolution, type Resolution, type Span } from './resolution.js';

function contextPeriod(ctx: DeadlineContext): Span | null {
  const p = ctx.period;
  if (p === null || p === undefined || typeof p !== 'object') return null;
  const start = parseIsoDate(p.start);
  const end = parseIsoDate(p.end);
  return start !== null && end !== null && start <= end ? { start, end } : null;
}

/** Accepts the older `{ text, kind }` shape too: anything without an expression is parsed again. */
function ensureParsed(parsed: ParsedDeadline): ParsedDeadline {
  if (parsed !== null && typeof parsed === 'object' && parsed.expr !== undefined && parsed.expr !== null) return parsed;
  const text = parsed !== null && typeof parsed === 'object' && typeof parsed.text === 'string' ? parsed.text : '';
  return parseDeadline(text);
}

function resolveExpr(parsed: ParsedDeadline, ctx: DeadlineContext): Resolution {
  const period = contextPeriod(ctx);
  const expr = parsed.expr;
  const country = ctx.country === 'kg' || parsed.kyrgyz === true ? 'kg' : 'ru';
  switch (expr.type) {
    case 'calendar':
    case 'bound':
      return resolveCalendar(expr, period);
    case 'whole_period': {
      const res = emptyResolution();
      if (period === null) {
        res.needs.push('period');
        res.reason = 'Нужен период плана';
      } else res.windows.push(period);
      return res;
    }
    case 'recurring':
      return resolveRecurring(expr, period);
    case 'relative':
      return resolveRelative(expr, knownElections(ctx.elections), period, knownEvents(ctx.events), country);
    case 'election_period':
      return resolveElectionPeriod(electionsOrEvents(ctx));
    case 'nth_weekday':
      return resolveNthWeekday(expr, period);
    case 'working_day_after':
      return resolveWorkingDayAfter(expr, period, country);
    case 'on_demand':
    case 'external':
      return emptyResolution();
    case 'unknown': {
      const res = emptyResolution();
      res.reason = expr.reason;
      return res;
    }
  }
}

function resolveUnsafe(input: ParsedDeadline, ctx: DeadlineContext): DeadlineResult {
  const parsed = ensureParsed(input);
  const res = resolveExpr(parsed, ctx !== null && typeof ctx === 'object' ? ctx : {});
  const flags = [...parsed.flags];
  for (const f of res.flags) if (!flags.includes(f)) flags.push(f);

  // «по 00:00 13 января»: the term is over when 13 January begins (calendar phrases end on their day otherwise).
  const cut = parsed.flags.includes('ends_before_day') ? 1 : 0;
  const result: DeadlineResult = {
    text: parsed.text,
    kind: parsed.kind,
    windows: res.windows.map((w) => ({ start: toIsoDate(w.start), end: toIsoDate(Math.max(w.start, w.end - cut)) })),
    recurrence:
      parsed.expr.type === 'recurring'
        ? { every: parsed.expr.every }
        : parsed.expr.type === 'nth_weekday' && parsed.expr.yearly === true
          ? { every: 'year' }
          : null,
    flags,
    legal_basis: parsed.legal_basis,
    parsed,
  };
  // «в среду, 23 октября» of a year where 23 October is not a Wednesday: one of the two is misprinted.
  const offDay = parsed.weekday !== undefined && res.windows.some((w) => w.start !== w.end || isoWeekday(w.start) !== parsed.weekday);
  if (res.invalid || offDay) {
    result.kind = 'unknown';
    result.windows = [];
    result.recurrence = null;
  } else if (res.yearly && parsed.kind !== 'recurring') {
    result.kind = 'recurring';
    result.recurrence = { every: 'year' };
    if (!flags.includes('repeats_yearly')) flags.push('repeats_yearly');
  }
  if (res.needs.length > 0) result.needs = res.needs;
  if (res.reason !== null) result.reason = res.reason;
  if (offDay) result.reason = 'День недели не совпадает с датой';
  if (res.election !== null) result.election = res.election;
  if (res.pending.length > 0) result.pending = res.pending;
  if (parsed.time !== undefined) result.time = parsed.time;
  return result;
}

export function resolveDeadline(parsed: ParsedDeadline, ctx: DeadlineContext = {}): DeadlineResult {
  try {
    return resolveUnsafe(parsed, ctx);
  } catch {
    const text = parsed !== null && typeof parsed === 'object' && typeof parsed.text === 'string' ? parsed.text : '';
    return {
      text,
      kind: 'unknown',
      windows: [],
      recurrence: null,
      flags: [],
      legal_basis: null,
      reason: 'Срок не удалось рассчитать',
    };
  }
}

export function interpretDeadline(text: string, ctx: DeadlineContext = {}): DeadlineResult {
  return resolveDeadline(parseDeadline(text), ctx);
}
