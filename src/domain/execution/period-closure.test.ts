import { describe, expect, it } from 'vitest';
import { extensionViolation } from './extension-rules.js';
import { closeViolation, missedClosure } from './period-closure.js';

const h1 = { id: 'h1', periodStart: '2022-01-01', periodEnd: '2022-06-30', closedAt: new Date('2022-07-20T10:00:00Z') };

describe('a report late for a closed period', () => {
  it.each<[string, string | null, string, string | null]>([
    ['deadline inside, reported after the closing', '2022-06-30', '2022-07-21T00:00:00Z', 'h1'],
    ['deadline inside, reported before the closing', '2022-03-31', '2022-07-19T00:00:00Z', null],
    ['deadline after the period', '2022-07-01', '2022-08-01T00:00:00Z', null],
    ['no deadline', null, '2022-08-01T00:00:00Z', null],
  ])('%s', (_n, due, at, expected) => {
    expect(missedClosure(due, new Date(at), [h1])?.id ?? null).toBe(expected);
  });
});

describe('closing a period', () => {
  const plan = { periodStart: '2022-01-01', periodEnd: '2022-12-31' };
  it.each<[string, { from: string; to: string }, string | null]>([
    ['the first half-year after it ended', { from: '2022-01-01', to: '2022-06-30' }, null],
    ['not ended yet', { from: '2022-07-01', to: '2022-12-31' }, 'to'],
    ['reversed', { from: '2022-06-30', to: '2022-01-01' }, 'from'],
    ['outside the plan', { from: '2021-01-01', to: '2021-06-30' }, 'to'],
  ])('%s', (_n, period, field) => {
    expect(closeViolation(period, '2022-10-01', plan, [])?.field ?? null).toBe(field);
  });
  it('refuses a period overlapping a closed one', () => {
    expect(closeViolation({ from: '2022-03-01', to: '2022-09-30' }, '2022-10-01', plan, [h1])?.message).toContain('пересекается');
  });
});

describe('asking to move a deadline', () => {
  const open = { state: 'overdue', dueDate: '2022-06-30' };
  it.each<[string, { newDate: string; reason: string }, { state: string; dueDate: string | null }, string | null]>([
    ['a later date with a reason', { newDate: '2022-07-15', reason: 'Нет помещения до июля' }, open, null],
    ['not later than the deadline in force', { newDate: '2022-06-30', reason: 'Нет помещения' }, open, 'newDate'],
    ['without a reason', { newDate: '2022-07-15', reason: '  ' }, open, 'reason'],
    ['already done', { newDate: '2022-07-15', reason: 'Нет помещения' }, { state: 'done', dueDate: '2022-06-30' }, 'newDate'],
    ['no date to move', { newDate: '2022-07-15', reason: 'Нет помещения' }, { state: 'awaiting', dueDate: null }, 'newDate'],
    ['years beyond the plan', { newDate: '2024-01-15', reason: 'Нет помещения' }, open, 'newDate'],
  ])('%s', (_n, input, current, field) => {
    expect(extensionViolation(input, current, { periodEnd: '2022-12-31' })?.field ?? null).toBe(field);
  });
});
