import type { ReportStatus, ReviewStatus } from './report-rules.js';

/**
 * Where an occurrence stands, from its window, its reports and today's date in the
 * executor's time zone. A report returned for rework does not count; «перенесено»
 * keeps the occurrence open with the new date as its deadline.
 */
export type OccurrenceState = 'awaiting' | 'due' | 'overdue' | 'done';
export type DueBucket = 'overdue' | 'week' | 'month' | 'later' | 'awaiting' | 'done';

export interface StateReport {
  id: string;
  status: ReportStatus | string;
  reviewStatus: ReviewStatus | string;
  movedTo: string | null;
  createdAt: string | Date;
}

export interface OccurrenceStatus {
  state: OccurrenceState;
  /** The deadline in force: the window end, the date an approved extension moved it to, or the date a report moved it to. */
  dueDate: string | null;
  /** The report the state rests on (latest not returned), if any. */
  current: StateReport | null;
  /** The latest report was returned for rework and nothing newer came. */
  needsRework: boolean;
  /** The current report is a postponement. */
  moved: boolean;
}

function time(v: string | Date): number {
  return typeof v === 'string' ? Date.parse(v) : v.getTime();
}

/** `extendedTo`: the deadline as moved by an approved extension request; a later «перенесено» report still wins. */
export function occurrenceStatus(
  window: { windowEnd: string | null; extendedTo?: string | null },
  reports: readonly StateReport[],
  today: string,
): OccurrenceStatus {
  const ordered = [...reports].sort((a, b) => time(a.createdAt) - time(b.createdAt));
  const last = ordered[ordered.length - 1] ?? null;
  const current = [...ordered].reverse().find((r) => r.reviewStatus !== 'returned') ?? null;
  const needsRework = last !== null && last.reviewStatus === 'returned';
  const moved = current?.status === 'moved';
  const dueDate = moved ? current!.movedTo : (window.extendedTo ?? window.windowEnd);
  let state: OccurrenceState;
  if (current && !moved) state = 'done';
  else if (!dueDate) state = 'awaiting';
  else state = dueDate < today ? 'overdue' : 'due';
  return { state, dueDate, current, needsRework, moved };
}

/** Today's calendar date in an IANA time zone (the executor's organisation). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      // Building a formatter costs about a millisecond: lists of thousands of occurrences reuse one per zone.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    dayFormats.set(timeZone, format);
  }
  return format ? format.format(now) : now.toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Sunday of the ISO week that contains the date. */
export function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}

export function endOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The heading «Мои мероприятия» files an occurrence under. */
export function dueBucket(status: Pick<OccurrenceStatus, 'state' | 'dueDate'>, today: string): DueBucket {
  if (status.state === 'done') return 'done';
  if (status.state === 'awaiting' || !status.dueDate) return 'awaiting';
  if (status.dueDate < today) return 'overdue';
  if (status.dueDate <= endOfWeek(today)) return 'week';
  if (status.dueDate <= endOfMonth(today)) return 'month';
  return 'later';
}
