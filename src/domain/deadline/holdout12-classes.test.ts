import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const read = (text: string, ctx: DeadlineContext = {}) => interpretDeadline(text, ctx);
const w = (start: string, end = start) => ({ start, end });

// A class of the twelfth held-out set (voronezh-oblast-duma-campaign-august-news-no-year), shown on wording of its own.
describe('a bound told in words and restated after a dash by a dated bound', () => {
  it('reads the dated restatement, not an event nobody dates', () => {
    expect(read('к началу учебного года – не позднее 25 августа', year(2026)).windows).toEqual([w('2026-01-01', '2026-08-25')]);
    expect(read('до окончания сезона — до 30 ноября', year(2026)).windows).toEqual([w('2026-01-01', '2026-11-30')]);
    expect(read('до окончания сезона — до 30 ноября', year(2026)).pending ?? []).toEqual([]);
  });
  it('gives no date without a year, and leaves a bound with no restatement as it was', () => {
    expect(read('к началу учебного года – не позднее 25 августа').windows).toEqual([]);
    expect(read('до начала учебного года', year(2026)).windows).toEqual([]);
  });
});
