import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../../../shared/plan-format';
import { addElection, deleteRow, electionProblems, removeElection, setApproval, setElection, toggleSection } from './header';

const item = (number: string, title: string, children: DraftItem[] = []): DraftItem => ({ number, title, deadline: null, executors: [], fields: {}, children });
const draft = (extra: Partial<PlanDraft> = {}): PlanDraft => ({
  title: 'Календарный план',
  kind: 'calendar',
  period: null,
  approval: null,
  abbreviations: [],
  description: null,
  items: [item('I', 'ИНФОРМИРОВАНИЕ ИЗБИРАТЕЛЕЙ', [item('1', 'Публикация списков')]), item('2', 'Меню сайта')],
  warnings: [],
  elections: [{ name: 'Выборы депутатов', votingDay: '2025-09-14', calledOn: null }],
  ...extra,
});

describe('header corrections', () => {
  it('fills the approval the importer missed and clears it when emptied', () => {
    const fixed = setApproval(draft(), { number: '45/210', actKind: 'решение' });
    expect(fixed.approval).toEqual({ authority: null, date: null, number: '45/210', actKind: 'решение' });
    expect(setApproval(fixed, { number: null, actKind: null }).approval).toBeNull();
  });

  it('edits, adds and removes elections; flags a missing voting day and a calling after voting day', () => {
    let d = setElection(draft(), 0, { calledOn: '2025-06-20' });
    expect(d.elections![0]).toEqual({ name: 'Выборы депутатов', votingDay: '2025-09-14', calledOn: '2025-06-20' });
    d = addElection(d, 'Выборы главы');
    expect(electionProblems(d)).toEqual([null, 'noVotingDay']);
    d = setElection(d, 1, { votingDay: '2025-09-14', calledOn: '2025-10-01' });
    expect(electionProblems(d)).toEqual([null, 'calledAfterVoting']);
    expect(removeElection(d, 1).elections).toHaveLength(1);
  });

  it('with three voting days the calling must precede the first of them', () => {
    const d = setElection(draft(), 0, { votingDays: 3, calledOn: '2025-09-13' });
    expect(electionProblems(d)).toEqual(['calledAfterVoting']);
    expect(electionProblems(setElection(d, 0, { calledOn: '2025-09-11' }))).toEqual([null]);
    expect(electionProblems(setElection(d, 0, { votingDays: 1 }))).toEqual([null]);
  });

  it('marks a row as a section and back', () => {
    const d = toggleSection(draft(), [1]);
    expect(d.items[1]!.kind).toBe('section');
    expect(toggleSection(d, [1]).items[1]!.kind).toBe('item');
  });

  it('deletes a row but keeps its children in its place', () => {
    const d = deleteRow(draft(), [0]);
    expect(d.items.map((i) => i.title)).toEqual(['Публикация списков', 'Меню сайта']);
    expect(deleteRow(draft(), [1]).items.map((i) => i.title)).toEqual(['ИНФОРМИРОВАНИЕ ИЗБИРАТЕЛЕЙ']);
  });
});
