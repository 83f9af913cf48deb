import { describe, expect, it } from 'vitest';
import { daysBetween, escalationNotices, type EscalationCandidate } from './escalation.js';

const parents: Record<string, string> = { tik: 'region', region: 'cec', 'tik-2': 'region' };
const parentOf = (id: string) => parents[id] ?? null;
const base: EscalationCandidate = {
  occurrenceId: 'o1',
  planId: 'p1',
  planOrganizationId: 'region',
  organizationId: 'tik',
  state: 'overdue',
  dueDate: '2026-03-01',
  today: '2026-03-02',
  external: false,
  escalationDays: 5,
};
const levels = (c: Partial<EscalationCandidate>) => escalationNotices({ ...base, ...c }, parentOf).map((n) => `${n.level}:${n.recipientOrganizationId}`);

describe('escalation notices', () => {
  it.each<[string, Partial<EscalationCandidate>, string[]]>([
    ['the day after the deadline: only the executor', {}, ['executor:tik']],
    ['one day short of the plan’s days: still only the executor', { today: '2026-03-05' }, ['executor:tik']],
    [
      'after the plan’s days, a ТИК of the region’s plan: the region is told once (controller and higher commission)',
      { today: '2026-03-06' },
      ['executor:tik', 'controller:region'],
    ],
    [
      'a ТИК’s own plan: its staff reminded, the ТИК as controller, the region as higher commission',
      { planOrganizationId: 'tik', organizationId: null, today: '2026-03-10' },
      ['executor:tik', 'controller:tik', 'higher:region'],
    ],
    [
      'the region’s staff on the region’s plan: the CEC is the higher commission',
      { organizationId: null, today: '2026-03-10' },
      ['executor:region', 'controller:region', 'higher:cec'],
    ],
    [
      'a body with no higher commission in the directory',
      { planOrganizationId: 'cec', organizationId: null, today: '2026-03-10' },
      ['executor:cec', 'controller:cec'],
    ],
    ['escalation switched off for the plan (0 days)', { escalationDays: 0, today: '2026-04-01' }, ['executor:tik']],
    ['not overdue', { state: 'due' }, []],
    ['reported', { state: 'done' }, []],
    ['awaiting a date', { state: 'awaiting', dueDate: null }, []],
    ['an external participant is reported on by the owner', { external: true, today: '2026-04-01' }, []],
    ['overdue by the executor’s clock but not a whole day yet', { today: '2026-03-01' }, []],
  ])('%s', (_name, c, expected) => {
    expect(levels(c)).toEqual(expected);
  });

  it('carries the deadline in force and the days overdue (the key of a notice with its level)', () => {
    const [n] = escalationNotices({ ...base, today: '2026-03-31' }, parentOf);
    expect(n).toMatchObject({ occurrenceId: 'o1', planId: 'p1', dueDate: '2026-03-01', daysOverdue: 30 });
  });

  it('counts calendar days across months and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });
});
