import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const w = (start: string, end = start) => ({ start, end });

/**
 * holdout15 taught the engine nothing new; its one «wrong date» was an expectation against a convention, kept here
 * so that it is not undone: an end told alone, in the past tense, bounds the term like «до …» (news-wording.ts).
 */
describe('an end told alone in the past tense', () => {
  it('bounds the term from the start of the period, not a single day', () => {
    expect(interpretDeadline('закончилась 14 марта', year(2026)).windows).toEqual([w('2026-01-01', '2026-03-14')]);
  });
});

describe('a campaign ending at midnight «включительно»', () => {
  it('keeps the day before the midnight as its last day', () => {
    const r = interpretDeadline('с 1 августа до нуля часов 5 сентября 2026 года включительно', year(2026));
    expect([r.kind, r.windows, r.time]).toEqual(['range', [w('2026-08-01', '2026-09-04')], '00:00']);
  });
});
