/**
 * Voting over several consecutive days (ст. 63.1 67-ФЗ, since 2020): up to three days, the last of which is the
 * day the calling decision names (the 2024 presidential election was called for 17 March and held on 15–17 March).
 */
import { parseIsoDate, toIsoDate } from './calendar-math.js';
import type { ElectionRef } from './deadline.types.js';

export const MAX_VOTING_DAYS = 3;

/** Number of voting days of an election: 1–3; anything else counts as one day. */
export function votingDaysOf(ref: Pick<ElectionRef, 'votingDays'>): number {
  const n = ref.votingDays;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_VOTING_DAYS ? n : 1;
}

/** ISO date of the first voting day; the named day itself when it is not a valid date. */
export function firstVotingDay(votingDay: string, votingDays: number | null | undefined): string {
  const d = parseIsoDate(votingDay);
  return d === null ? votingDay : toIsoDate(d - (votingDaysOf({ votingDays }) - 1));
}
