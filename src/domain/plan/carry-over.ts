/**
 * Copying a plan to the next period: which items were not finished (to carry over),
 * how the title's years move, and how a carried-over item is marked. Pure.
 */
export interface OccurrenceOutcome {
  retired: boolean;
  /** Report statuses newest last; reports returned for rework left out by the caller. */
  reportStatuses: string[];
}

/** Done or cancelled closes an occurrence; partial, not done, moved or nothing leaves it open. */
const CLOSING = new Set(['done', 'cancelled']);

/**
 * An item is unfinished when one of its occurrences in force is still open. An item
 * with no occurrences (a heading, a plan never in force) is not known to be
 * unfinished and is not carried over.
 */
export function isUnfinished(outcomes: readonly OccurrenceOutcome[]): boolean {
  return outcomes.some((o) => !o.retired && !CLOSING.has(o.reportStatuses.at(-1) ?? ''));
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** «на 2026 год», «на 2022–2023 годы»: the period as plans name it. */
export function periodLabel(period: { start: string; end: string } | null): string | null {
  if (!period) return null;
  const a = yearOf(period.start);
  const b = yearOf(period.end);
  return a === b ? `на ${a} год` : `на ${a}–${b} годы`;
}

/**
 * The title of the copy: the years of the old period move by the same shift as the
 * period («План работы … на 2026 год» → «… на 2027 год»). Other years (a law's,
 * a programme's) stay.
 */
export function shiftTitleYears(title: string, from: { start: string; end: string } | null, to: { start: string; end: string }): string {
  if (!from) return title;
  const first = yearOf(from.start);
  const last = yearOf(from.end);
  const shift = yearOf(to.start) - first;
  if (!shift) return title;
  return title.replace(/(?<!\d)(\d{4})(?!\d)/g, (m) => {
    const y = Number(m);
    return y >= first && y <= last ? String(y + shift) : m;
  });
}

/** «перенесено из плана на 2026 год, п. 2.3». */
export function carriedOverMark(sourcePeriod: { start: string; end: string } | null, number: string): string {
  const label = periodLabel(sourcePeriod);
  return `перенесено из плана${label ? ` ${label}` : ''}, п. ${number}`;
}
