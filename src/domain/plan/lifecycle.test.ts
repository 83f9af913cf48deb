import { describe, expect, it } from 'vitest';
import { acceptsReports, canApprove, canOpenAmendment, closingStep, isInForce, isReadOnly, planStatuses, type ClosingTarget } from './lifecycle.js';

describe('plan lifecycle rules', () => {
  it.each([
    ['draft', true, false, false],
    ['review', true, false, false],
    ['approved', false, true, true],
    ['amended', false, true, true],
    ['executed', false, false, true],
    ['closed', false, false, true],
    ['archived', false, false, true],
  ] as const)('%s: approve %s, amendment %s, in force %s', (status, approve, amend, inForce) => {
    expect(canApprove(status)).toBe(approve);
    expect(canOpenAmendment(status)).toBe(amend);
    expect(isInForce(status)).toBe(inForce);
  });

  it('every status is covered', () => {
    expect(planStatuses).toHaveLength(7);
  });

  it.each([
    ['approved', 'executed', 'execute'],
    ['amended', 'executed', 'execute'],
    ['executed', 'archived', 'archive'],
    ['closed', 'archived', 'archive'],
    ['executed', 'approved', 'reopen'],
    ['closed', 'approved', 'reopen'],
    ['archived', 'executed', 'unarchive'],
    ['draft', 'executed', null],
    ['review', 'archived', null],
    ['approved', 'archived', null],
    ['archived', 'approved', null],
    ['approved', 'approved', null],
    ['executed', 'executed', null],
    ['archived', 'archived', null],
  ] as const)('%s → %s: %s', (from, to, step) => {
    expect(closingStep(from, to as ClosingTarget)).toBe(step);
  });

  it.each([
    ['draft', false, true],
    ['review', false, true],
    ['approved', false, true],
    ['amended', false, true],
    ['executed', true, true],
    ['closed', true, false],
    ['archived', true, false],
  ] as const)('%s: read-only %s, accepts reports %s', (status, readOnly, reports) => {
    expect(isReadOnly(status)).toBe(readOnly);
    expect(acceptsReports(status)).toBe(reports);
  });
});
