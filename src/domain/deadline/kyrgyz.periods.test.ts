import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import { rewriteKyrgyzPeriods } from './kyrgyz.periods.js';

const y2025 = { period: { start: '2025-01-01', end: '2025-12-31' } };

describe('Kyrgyz plan periods', () => {
  it.each([
    ['I чейрек', '2025-01-01', '2025-03-31'],
    ['1-чейрек', '2025-01-01', '2025-03-31'],
    ['биринчи чейректе', '2025-01-01', '2025-03-31'],
    ['III чейрек', '2025-07-01', '2025-09-30'],
    ['IV чейректе', '2025-10-01', '2025-12-31'],
    ['төртүнчү чейрек', '2025-10-01', '2025-12-31'],
    ['2025-жылдын II чейреги', '2025-04-01', '2025-06-30'],
    ['I жарым жылдык', '2025-01-01', '2025-06-30'],
    ['биринчи жарым жылдыкта', '2025-01-01', '2025-06-30'],
    ['экинчи жарым жылдыгында', '2025-07-01', '2025-12-31'],
    ['март айында', '2025-03-01', '2025-03-31'],
    ['январь-март айлары', '2025-01-01', '2025-03-31'],
  ])('%s', (text, start, end) => {
    expect(interpretDeadline(text, y2025).windows).toEqual([{ start, end }]);
  });

  it.each([
    ['ар бир чейректе', 'quarter', 4],
    ['чейрек сайын', 'quarter', 4],
    ['ай сайын', 'month', 12],
    ['ар айда', 'month', 12],
    ['ар бир айда', 'month', 12],
    ['жыл сайын', 'year', 1],
  ])('recurs: %s', (text, every, count) => {
    const r = interpretDeadline(text, y2025);
    expect(r.kind).toBe('recurring');
    expect(r.recurrence).toEqual({ every });
    expect(r.windows).toHaveLength(count);
  });

  it.each(['V чейрек', '5-чейрек', 'III жарым жылдык', 'ар бир', 'жаңы чейрек'])('no period: %s', (text) => {
    expect(rewriteKyrgyzPeriods(text)).toBeNull();
  });
});
