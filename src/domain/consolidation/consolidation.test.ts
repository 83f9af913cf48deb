import { describe, expect, it } from 'vitest';
import type { OccurrenceStatus } from '../execution/occurrence-state.js';
import {
  canonicalContent,
  cascadedPlanTitle,
  consolidatedPlanTitle,
  matchingOccurrence,
  parseExecutorClass,
  pendingChange,
  REMOVED_ACKNOWLEDGED,
  rolledUpStatus,
  selectNodes,
  submissionStatus,
} from './consolidation.js';

describe('canonicalContent', () => {
  it('ignores the order of columns and empty cells, not the content', () => {
    const a = canonicalContent({ title: 'Семинар', deadlineText: 'Март', fields: { a: '1', b: '2', c: ' ' } });
    expect(canonicalContent({ title: 'Семинар ', deadlineText: 'Март', fields: { b: '2', a: '1' } })).toBe(a);
    expect(canonicalContent({ title: 'Семинар', deadlineText: 'Апрель', fields: { a: '1', b: '2' } })).not.toBe(a);
    expect(canonicalContent({ title: 'Семинар', deadlineText: 'Март', fields: { a: '1', b: '3' } })).not.toBe(a);
  });
});

describe('pendingChange', () => {
  it.each([
    ['same digest', { sourceDigest: 'x', sourceItemId: 'i' }, 'x', null],
    ['changed', { sourceDigest: 'x', sourceItemId: 'i' }, 'y', 'changed'],
    ['source deleted', { sourceDigest: 'x', sourceItemId: null }, null, 'removed'],
    ['deletion acknowledged', { sourceDigest: REMOVED_ACKNOWLEDGED, sourceItemId: null }, null, null],
    ['no digest kept', { sourceDigest: null, sourceItemId: 'i' }, 'y', null],
  ] as const)('%s', (_n, link, digest, expected) => {
    expect(pendingChange(link, digest)).toBe(expected);
  });
});

describe('submissionStatus', () => {
  it.each([
    ['draft, before the due date', { status: 'draft', submittedAt: null, submissionDue: '2026-02-01' }, '2026-01-20', 'draft', false],
    ['draft, after the due date', { status: 'draft', submittedAt: null, submissionDue: '2026-02-01' }, '2026-02-02', 'draft', true],
    ['approved on the due date', { status: 'approved', submittedAt: null, submissionDue: '2026-02-01' }, '2026-02-01', 'approved', false],
    ['submitted in time', { status: 'approved', submittedAt: '2026-01-30T10:00:00.000Z', submissionDue: '2026-02-01' }, '2026-03-01', 'submitted', false],
    ['submitted late', { status: 'approved', submittedAt: '2026-02-03T10:00:00.000Z', submissionDue: '2026-02-01' }, '2026-03-01', 'submitted', true],
    ['no due date', { status: 'review', submittedAt: null, submissionDue: null }, '2026-03-01', 'review', false],
  ] as const)('%s', (_n, plan, today, state, late) => {
    expect(submissionStatus(plan, today)).toEqual({ state, late });
  });
});

describe('executor classes and titles', () => {
  it('reads the class by its Russian name or kind', () => {
    expect(parseExecutorClass('ТИК')).toBe('territorial');
    expect(parseExecutorClass('икмо')).toBe('municipal');
    expect(parseExecutorClass('precinct')).toBe('precinct');
    expect(parseExecutorClass('ЦИК')).toBeNull();
  });
  it('titles a cascaded plan by its period', () => {
    expect(cascadedPlanTitle('ТИК Бабынинского района', { start: '2026-01-01', end: '2026-12-31' })).toBe('План работы ТИК Бабынинского района на 2026 год');
    expect(cascadedPlanTitle('ТИК', { start: '2026-01-01', end: '2027-12-31' })).toBe('План работы ТИК на 2026–2027 годы');
    expect(cascadedPlanTitle('ТИК', { start: '2026-03-01', end: '2026-06-30' })).toBe('План работы ТИК на период с 01.03.2026 по 30.06.2026');
    expect(cascadedPlanTitle('Территориальная избирательная комиссия Боровского района', { start: '2026-01-01', end: '2026-12-31' })).toBe(
      'План работы Территориальной избирательной комиссии Боровского района на 2026 год',
    );
    expect(consolidatedPlanTitle('Избирательная комиссия Кемеровской области – Кузбасса', { start: '2026-01-01', end: '2026-12-31' })).toBe(
      'Сводный план мероприятий Избирательной комиссии Кемеровской области – Кузбасса на 2026 год',
    );
  });
});

const status = (over: Partial<OccurrenceStatus>): OccurrenceStatus => ({
  state: 'due',
  dueDate: '2026-03-31',
  current: null,
  needsRework: false,
  moved: false,
  ...over,
});
const done = status({ state: 'done', current: { id: 'r', status: 'done', reviewStatus: 'accepted', movedTo: null, createdAt: '2026-03-01' } });

describe('rolledUpStatus', () => {
  it('takes the cascaded item’s status when the regional occurrence has no report', () => {
    expect(rolledUpStatus(status({ state: 'overdue' }), done)).toBe(done);
  });
  it('keeps the regional occurrence’s own report, and a returned one', () => {
    const own = status({ state: 'done', current: { id: 'o', status: 'partial', reviewStatus: 'pending', movedTo: null, createdAt: '2026-03-02' } });
    expect(rolledUpStatus(own, done)).toBe(own);
    const returned = status({ needsRework: true });
    expect(rolledUpStatus(returned, done)).toBe(returned);
  });
  it('without a cascaded occurrence nothing changes', () => {
    const own = status({});
    expect(rolledUpStatus(own, undefined)).toBe(own);
  });
});

describe('matchingOccurrence', () => {
  const a = { id: 'a', windowStart: '2026-01-01', windowEnd: '2026-06-30' };
  const b = { id: 'b', windowStart: '2026-07-01', windowEnd: '2026-12-31' };
  it('matches by window, else the only one', () => {
    expect(matchingOccurrence({ windowStart: '2026-07-01', windowEnd: '2026-12-31' }, [a, b])).toBe(b);
    expect(matchingOccurrence({ windowStart: '2026-03-01', windowEnd: '2026-03-31' }, [a, b])).toBeUndefined();
    expect(matchingOccurrence({ windowStart: null, windowEnd: null }, [a])).toBe(a);
  });
});

describe('selectNodes', () => {
  const tree = [
    {
      id: 's1',
      children: [
        { id: 'i1', children: [] },
        { id: 'i2', children: [] },
      ],
    },
    { id: 's2', children: [{ id: 'i3', children: [] }] },
  ];
  const ids = (sel: ReturnType<typeof selectNodes>): unknown[] => sel.map((s) => (s.children.length ? [s.node.id, ids(s.children)] : s.node.id));
  it('everything without a choice', () => {
    expect(ids(selectNodes(tree, null))).toEqual([
      ['s1', ['i1', 'i2']],
      ['s2', ['i3']],
    ]);
  });
  it('a chosen section with its items; chosen items lifted out of an unchosen section', () => {
    expect(ids(selectNodes(tree, new Set(['s2', 'i2'])))).toEqual(['i2', ['s2', ['i3']]]);
  });
});
