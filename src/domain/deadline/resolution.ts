/** Shared shape of the resolvers' output, in day numbers; ISO strings are made once at the end. */
import type { DayNumber } from './calendar-math.js';
import type { ElectionRef } from './deadline.types.js';

export interface Span {
  start: DayNumber;
  end: DayNumber;
}

export interface Resolution {
  windows: Span[];
  flags: string[];
  needs: string[];
  /** Why no (or not all) windows could be given. */
  reason: string | null;
  /** The phrase names a day that does not exist in the resolved year («29 февраля 2023»). */
  invalid: boolean;
  /** A yearless phrase repeated in several years of a multi-year plan. */
  yearly: boolean;
  election: ElectionRef | null;
  /** Events the phrase counts from whose dates are missing. */
  pending: { event: string; label: string }[];
}

/** Occurrence lists are capped so a weekly item over a century-long period stays cheap. */
export const MAX_WINDOWS = 1000;

export function emptyResolution(): Resolution {
  return { windows: [], flags: [], needs: [], reason: null, invalid: false, yearly: false, election: null, pending: [] };
}

export function clip(span: Span, period: Span): Span | null {
  const start = Math.max(span.start, period.start);
  const end = Math.min(span.end, period.end);
  return start <= end ? { start, end } : null;
}

/** Windows ordered by start (then end), duplicates removed, capped. */
export function orderWindows(windows: Span[], res: Resolution): Span[] {
  windows.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last !== undefined && last.start === w.start && last.end === w.end) continue;
    if (out.length >= MAX_WINDOWS) {
      if (!res.flags.includes('windows_truncated')) res.flags.push('windows_truncated');
      break;
    }
    out.push(w);
  }
  return out;
}
