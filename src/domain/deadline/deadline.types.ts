/**
 * Types of the deadline engine. The first block is the public contract used by
 * the importer, the server and the web app; the rest describes what the parser
 * understood, so that nothing said in a phrase is lost between parse and resolve.
 */
import type { DeadlineKind } from '../../shared/plan-format.js';

export type { DeadlineKind };

export interface DeadlineWindow {
  start: string; // inclusive ISO date
  end: string; // inclusive ISO date
}

export interface ElectionRef {
  /** The day the calling decision names; with voting over several days (ст. 63.1 67-ФЗ) it is the last of them. */
  votingDay: string;
  /** Consecutive voting days ending on `votingDay` (1–3); absent or 1 for a single day. */
  votingDays?: number | null;
  calledOn?: string | null;
  name?: string | null;
}

/**
 * Well-known events of an election a phrase may count from; any other event is
 * kept under its own words («получения документов»).
 */
export type PlanEventKey =
  'voting_day' | 'election_called' | 'official_publication' | 'candidate_registration' | 'nomination_end' | 'polling_stations_formed' | (string & {});

/** A dated (or not yet dated) event of the plan. */
export interface PlanEvent {
  key: PlanEventKey;
  /** ISO date; absent while the event has no date yet. */
  date?: string | null;
  label?: string | null;
}

export interface DeadlineContext {
  /** The plan's period; when absent, phrases without a year stay unresolved. */
  period?: { start: string; end: string } | null;
  /** Elections the plan is tied to. */
  elections?: ElectionRef[];
  /**
   * Named events of the plan. `voting_day` and `election_called` here stand in
   * for an election when `elections` is empty.
   */
  events?: PlanEvent[];
  /** Production calendar for working days; Russian unless said. */
  country?: 'ru' | 'kg';
  /** IANA time zone of the organisation (windows are calendar dates in it). */
  timeZone?: string;
}

export type RecurrenceEvery = 'week' | 'month' | 'quarter' | 'half_year' | 'year';

export interface DeadlineResult {
  text: string;
  kind: DeadlineKind;
  windows: DeadlineWindow[];
  recurrence: { every: RecurrenceEvery } | null;
  flags: string[];
  legal_basis: string | null;
  /** What is missing to resolve the phrase (e.g. "voting_day", "event_date"). */
  needs?: string[];
  /** Why the phrase is unknown / not resolved (Russian, shown to the user). */
  reason?: string;
  /** What the parser understood; explanations and editors read it. */
  parsed?: ParsedDeadline;
  /** The election an election-relative phrase was counted from. */
  election?: ElectionRef;
  /** Events whose dates are missing: the UI lists such items as «ожидает даты». */
  pending?: { event: PlanEventKey; label: string }[];
  /** A clock time the phrase gives with its day («до 18:00»), kept for the explanation. */
  time?: string;
}

/**
 * Flags keep qualifiers that do not change the windows but must reach the user.
 * `open_start` / `open_end`: the window edge is not known from the phrase and
 * was taken as the bound itself because no earlier (later) date was available.
 */
export type DeadlineFlag =
  | 'separate_plan'
  | 'footnote'
  | 'truncated'
  | 'external_plan'
  | 'by_agreement'
  | 'daily'
  | 'open_start'
  | 'open_end'
  | 'repeats_yearly'
  | 'immediately'
  | 'minimum_duration'
  | 'working_days'
  /** A calendar phrase ends at 00:00 of its last day («по 00:00 13 января»), so that day is excluded. */
  | 'ends_before_day';

/** A calendar span named by a phrase; `year: null` leaves the year to the context. */
export type CalendarTerm =
  | { unit: 'day'; day: number; month: number; year: number | null }
  | { unit: 'month'; month: number; year: number | null }
  | { unit: 'decade'; decade: number; month: number; year: number | null }
  | { unit: 'quarter'; quarter: number; year: number | null }
  | { unit: 'half_year'; half: number; year: number | null }
  | { unit: 'year'; year: number | null }
  /** «II Год»: the n-th year of a multi-year plan, counted from the period start. */
  | { unit: 'plan_year'; index: number };

/** One element of a list: a single term («июль») or a range of two («сентябрь-декабрь»). */
export interface CalendarItem {
  from: CalendarTerm;
  to: CalendarTerm | null;
  /**
   * One of several deadlines listed in a phrase («до 20 января, до 20 июля»): the window runs up to `from` (a day),
   * from the day after the deadline before it — or from the period's start for the first.
   */
  until?: true;
}

/**
 * The day a bound points at: `edge` picks the term's first or last day and
 * `shift` moves one day off it («до марта» is the day before March starts,
 * «после 15 марта» the day after).
 */
export interface BoundEdge {
  term: CalendarTerm;
  edge: 'start' | 'end';
  shift: -1 | 0 | 1;
}

export type CalendarExpr = { type: 'calendar'; items: CalendarItem[] } | { type: 'bound'; notBefore: BoundEdge | null; notAfter: BoundEdge | null };

export type Anchor =
  /** `day: 'first'` is the first of several voting days; the plain anchor (or `'last'`) is the named, last one. */
  | { type: 'voting_day'; day?: 'first' | 'last' }
  | { type: 'call_date' }
  /** `key` names a well-known event; custom events use their words as the key. */
  | { type: 'event'; event: string; key?: PlanEventKey };

/**
 * One side of an anchor-relative window: `offset` is the allowed day relative to
 * the anchor day, already counted by ст. 11.1 67-ФЗ; `days` and `direction`
 * repeat the wording for explanations.
 */
export interface RelativeEdge {
  days: number;
  direction: 'before' | 'after' | 'on';
  offset: number;
  /** This edge counts from another anchor than the phrase's main one (two-anchor spans). */
  anchor?: Anchor;
  /** The edge is a calendar date, not an offset («… по 20 июля 2025 года»). */
  fixed?: string;
  /** `offset` counts working days of the production calendar. */
  unit?: 'working_day';
  /**
   * A term in calendar months: the edge is the anchor's day number N months later, or that month's last day
   * when it has no such day (п. 3 ст. 192 ГК РФ); `offset` is added after.
   */
  months?: number;
  /** A term counted «со дня» an event: the event's date is the term's first day (ст. 11.1 п. 1 67-ФЗ). */
  countsEventDay?: boolean;
}

export type RelativeForm = 'bound' | 'within' | 'on' | 'exact';

export type DeadlineExpr =
  | CalendarExpr
  | { type: 'whole_period' }
  | {
      type: 'recurring';
      every: RecurrenceEvery;
      /** «до 5 числа каждого месяца» → { until: 5 }; «5 числа» → { on: 5 }. */
      dayOfMonth: { until: number } | { on: number } | null;
      /** ISO weekday for «по понедельникам». */
      weekday: number | null;
      /** Yearless dates each cycle points at («по состоянию на 1 января, 1 апреля …», «ежегодно в декабре»). */
      at: CalendarExpr | null;
    }
  | {
      type: 'relative';
      anchor: Anchor;
      form: RelativeForm;
      notBefore: RelativeEdge | null;
      notAfter: RelativeEdge | null;
    }
  | { type: 'election_period' }
  /** «в первое воскресенье марта», «в последнюю пятницу месяца» (month null: every month). */
  /** `yearly`: said to repeat every year («ежегодно в третье воскресенье февраля»). */
  | { type: 'nth_weekday'; n: number; weekday: number; month: number | null; year: number | null; yearly?: true }
  /** «не позднее 3-го рабочего дня после окончания квартала»: the n-th working day after each period ends. */
  | { type: 'working_day_after'; n: number; every: 'month' | 'quarter' | 'half_year' | 'year'; bound: 'not_later' | 'on' }
  | { type: 'on_demand' }
  | { type: 'external'; source: string | null }
  | { type: 'unknown'; reason: string };

export interface ParsedDeadline {
  /** The phrase as given (cut to the length limit). */
  text: string;
  kind: DeadlineKind;
  expr: DeadlineExpr;
  flags: string[];
  legal_basis: string | null;
  /** Bracketed remarks kept verbatim: «согласно плану ЦИК России», «по согласованию». */
  notes: string[];
  /** Footnote markers: «1» for «<1>», «*» for an asterisk. */
  footnotes: string[];
  /** A clock time lifted out of the phrase («18:00»). */
  time?: string;
  /** The wording follows the Kyrgyz election law (counting «N күндөн кечиктирбестен» as event − N). */
  kyrgyz?: boolean;
  /** The weekday printed with the date («в среду, 23 октября»), ISO (1 = Monday): the day must fall on it. */
  weekday?: number;
}
