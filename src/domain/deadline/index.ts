/**
 * Public API of the deadline engine. PLACEHOLDER implementation: the real parser
 * replaces the bodies below; the exported names and types are the contract used
 * by the importer, the server and the web app.
 */
import type { DeadlineKind } from '../../shared/plan-format.js';

export type { DeadlineKind };

export interface DeadlineWindow {
  start: string; // inclusive ISO date
  end: string; // inclusive ISO date
}

export interface DeadlineContext {
  /** The plan's period; when absent, phrases without a year stay unresolved. */
  period?: { start: string; end: string } | null;
  /** Elections the plan is tied to. */
  elections?: { votingDay: string; calledOn?: string | null; name?: string | null }[];
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
  /** Why the phrase is unknown / not resolved. */
  reason?: string;
}

export interface ParsedDeadline {
  text: string;
  kind: DeadlineKind;
}

export function parseDeadline(text: string): ParsedDeadline {
  return { text: String(text ?? ''), kind: 'unknown' };
}

export function resolveDeadline(parsed: ParsedDeadline, _ctx: DeadlineContext = {}): DeadlineResult {
  return { text: parsed.text, kind: parsed.kind, windows: [], recurrence: null, flags: [], legal_basis: null };
}

export function interpretDeadline(text: string, ctx: DeadlineContext = {}): DeadlineResult {
  return resolveDeadline(parseDeadline(text), ctx);
}

export function explainDeadline(result: DeadlineResult): string {
  return result.kind === 'unknown' ? 'Срок не распознан' : result.text;
}
