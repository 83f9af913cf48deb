import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './index.js';

// How often a thing is done, said as a floor («не реже одного раза в квартал») or a count a year («2 раза в год»).
const Y2025 = { period: { start: '2025-01-01', end: '2025-12-31' } };
const w = (start: string, end: string) => ({ start, end });
const QUARTERS = [w('2025-01-01', '2025-03-31'), w('2025-04-01', '2025-06-30'), w('2025-07-01', '2025-09-30'), w('2025-10-01', '2025-12-31')];
const HALVES = [w('2025-01-01', '2025-06-30'), w('2025-07-01', '2025-12-31')];

describe('frequencies as cycles', () => {
  it.each<[string, { start: string; end: string }[]]>([
    ['не реже одного раза в квартал', QUARTERS],
    ['не менее 1 раза в квартал', QUARTERS],
    ['Не реже 1 раза в квартал', QUARTERS],
    ['по мере необходимости, но не реже одного раза в квартал', QUARTERS],
    ['4 раза в год', QUARTERS],
    ['не реже одного раза в полугодие', HALVES],
    ['2 раза в год', HALVES],
    ['дважды в год', HALVES],
    ['не реже двух раз в год', HALVES],
    ['не реже 1 раза в год', [w('2025-01-01', '2025-12-31')]],
  ])('«%s» gives a window each cycle', (text, windows) => {
    const r = interpretDeadline(text, Y2025);
    expect(r.kind).toBe('recurring');
    expect(r.windows).toEqual(windows);
  });

  it('a floor a month is twelve windows', () => {
    const r = interpretDeadline('не реже раза в месяц', Y2025);
    expect(r.windows).toHaveLength(12);
    expect(r.windows[1]).toEqual(w('2025-02-01', '2025-02-28'));
  });

  it.each([
    ['не чаще одного раза в месяц', 'a ceiling sets no deadline'],
    ['не реже 2 раз в месяц', 'twice a month has no cycle of its own'],
    ['3 раза в год', 'three a year do not split the year into equal cycles of months that plans use'],
  ])('«%s» stays unread (%s)', (text) => {
    const r = interpretDeadline(text, Y2025);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
  });

  it('on demand alone stays on demand', () => {
    expect(interpretDeadline('по мере необходимости', Y2025).kind).toBe('on_demand');
  });
});
