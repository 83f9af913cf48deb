/**
 * Public API of the deadline engine: Russian deadline phrases of election
 * commissions' plans → dated windows. Pure: no I/O, no clock, no time zones.
 * docs/deadlines.md lists the supported phrases.
 */
export type {
  Anchor,
  BoundEdge,
  CalendarExpr,
  CalendarItem,
  CalendarTerm,
  DeadlineContext,
  DeadlineExpr,
  DeadlineFlag,
  DeadlineKind,
  DeadlineResult,
  DeadlineWindow,
  ElectionRef,
  ParsedDeadline,
  RecurrenceEvery,
  RelativeEdge,
} from './deadline.types.js';
export { parseDeadline } from './deadline.parse.js';
export { interpretDeadline, resolveDeadline } from './deadline.resolve.js';
export { explainDeadline } from './deadline.explain.js';
export { MAX_PHRASE_LENGTH } from './normalize.js';
export { EVENT_LABELS, eventLabel } from './events.js';
export { MAX_VOTING_DAYS, firstVotingDay, votingDaysOf } from './voting-days.js';
export type { PlanEvent, PlanEventKey } from './deadline.types.js';
