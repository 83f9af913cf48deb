import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './index.js';
import { SEED_DOCUMENTS } from './seed-phrases.fixture.js';

describe.each(SEED_DOCUMENTS)('seed $file', ({ period, cases }) => {
  it.each(cases)('«$text» → $kind', (c) => {
    const result = interpretDeadline(c.text, { period });
    expect(result.kind).toBe(c.kind);
    expect(result.windows.map((w) => [w.start, w.end])).toEqual(c.windows);
    expect(result.text).toBe(c.text);
    for (const flag of c.flags ?? []) expect(result.flags).toContain(flag);
    if (c.needs !== undefined) expect([...(result.needs ?? [])].sort()).toEqual([...c.needs].sort());
    expect(result.recurrence).toEqual(c.recurrence !== undefined ? { every: c.recurrence } : null);
  });
});

describe('seed phrases of the training plan tied to an election', () => {
  // Единый день голосования 11.09.2022; the call date is illustrative.
  const ctx = {
    period: { start: '2022-01-01', end: '2022-12-31' },
    elections: [{ votingDay: '2022-09-11', calledOn: '2022-06-10', name: 'Выборы 11 сентября 2022 года' }],
  };

  it('«В период подготовки и проведения выборов» runs from the call to the voting day', () => {
    const r = interpretDeadline('В период подготовки и проведения выборов', ctx);
    expect(r.kind).toBe('election_relative');
    expect(r.windows).toEqual([{ start: '2022-06-10', end: '2022-09-11' }]);
    expect(r.needs).toBeUndefined();
  });

  it('needs the call date when only the voting day is known', () => {
    const r = interpretDeadline('В период подготовки и проведения выборов', {
      period: ctx.period,
      elections: [{ votingDay: '2022-09-11' }],
    });
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['call_date']);
  });
});
