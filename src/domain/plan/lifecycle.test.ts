import { describe, expect, it } from 'vitest';
import { canApprove, canOpenAmendment, isInForce, planStatuses } from './lifecycle.js';

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
});
