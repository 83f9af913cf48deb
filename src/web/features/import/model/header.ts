import type { DraftElection, DraftItem, PlanDraft } from '../../../../shared/plan-format';

/**
 * Corrections of what the importer read around the table: the approval block and the plan's
 * elections. Each returns a new draft; an election without a voting day cannot be confirmed.
 */
export type Approval = NonNullable<PlanDraft['approval']>;

const emptyApproval: Approval = { authority: null, date: null, number: null };

export function setApproval(draft: PlanDraft, patch: Partial<Approval>): PlanDraft {
  const next: Approval = { ...(draft.approval ?? emptyApproval), ...patch };
  const empty = !next.authority && !next.date && !next.number && !next.appendix && !next.actKind;
  return { ...draft, approval: empty ? null : next };
}

export function setElection(draft: PlanDraft, index: number, patch: Partial<DraftElection>): PlanDraft {
  const elections = [...(draft.elections ?? [])];
  if (!elections[index]) return draft;
  elections[index] = { ...elections[index]!, ...patch };
  return { ...draft, elections };
}

/** A new election starts without dates: the planner types them in. */
export function addElection(draft: PlanDraft, name: string): PlanDraft {
  return { ...draft, elections: [...(draft.elections ?? []), { name, votingDay: '', calledOn: null }] };
}

export function removeElection(draft: PlanDraft, index: number): PlanDraft {
  return { ...draft, elections: (draft.elections ?? []).filter((_, i) => i !== index) };
}

/** With voting over several days the call must precede the first of them (ст. 63.1 67-ФЗ). */
function firstVotingDay(votingDay: string, days: number): string {
  const ms = Date.parse(`${votingDay}T00:00:00Z`);
  return Number.isNaN(ms) ? votingDay : new Date(ms - (Math.min(Math.max(days, 1), 3) - 1) * 86_400_000).toISOString().slice(0, 10);
}

export type ElectionProblem = 'noVotingDay' | 'calledAfterVoting';

export function electionProblems(draft: PlanDraft): (ElectionProblem | null)[] {
  return (draft.elections ?? []).map((e) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.votingDay)) return 'noVotingDay';
    const first = firstVotingDay(e.votingDay, e.votingDays ?? 1);
    if (e.calledOn && (e.calledOn > e.votingDay || (first < e.votingDay && e.calledOn >= first))) return 'calledAfterVoting';
    return null;
  });
}

function siblings(draft: PlanDraft, path: number[]): DraftItem[] {
  let list = draft.items;
  for (const i of path.slice(0, -1)) list = list[i]!.children;
  return list;
}

/** «Раздел» ↔ «пункт»: a heading the reader took for an item, or the other way round. */
export function toggleSection(draft: PlanDraft, path: number[]): PlanDraft {
  const next = structuredClone(draft);
  const item = siblings(next, path)[path[path.length - 1]!];
  if (!item) return draft;
  item.kind = item.kind === 'section' ? 'item' : 'section';
  return next;
}

/** Deletes one row (site furniture read as an item); its children take its place, so nothing else goes. */
export function deleteRow(draft: PlanDraft, path: number[]): PlanDraft {
  const next = structuredClone(draft);
  const list = siblings(next, path);
  const index = path[path.length - 1]!;
  const item = list[index];
  if (!item) return draft;
  list.splice(index, 1, ...item.children);
  return next;
}
