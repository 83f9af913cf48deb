import { describe, expect, it } from 'vitest';
import { explainDeadline, interpretDeadline } from './index.js';

// Several deadlines in one phrase, as plans set the dates of half-year and quarterly reports.
const Y2025 = { period: { start: '2025-01-01', end: '2025-12-31' } };
const Y2024_2025 = { period: { start: '2024-01-01', end: '2025-12-31' } };
const w = (start: string, end: string) => ({ start, end });

describe('listed deadlines («до 20 января, до 20 июля»)', () => {
  it.each<[string, object, { start: string; end: string }[]]>([
    ['до 20 января, до 20 июля', Y2025, [w('2025-01-01', '2025-01-20'), w('2025-01-21', '2025-07-20')]],
    ['не позднее 15 января и 15 июля', Y2025, [w('2025-01-01', '2025-01-15'), w('2025-01-16', '2025-07-15')]],
    ['до 1 февраля и до 1 августа 2025 года', Y2025, [w('2025-01-01', '2025-02-01'), w('2025-02-02', '2025-08-01')]],
    ['до 10 апреля; до 10 июля; до 10 октября', Y2025, [w('2025-01-01', '2025-04-10'), w('2025-04-11', '2025-07-10'), w('2025-07-11', '2025-10-10')]],
    // The January deadline of the next year is not in the plan: it is left out, not moved to 31 December.
    ['до 20 июля, до 20 января', Y2025, [w('2025-01-01', '2025-01-20'), w('2025-01-21', '2025-07-20')]],
    [
      'до 20 января, до 20 июля',
      Y2024_2025,
      [w('2024-01-01', '2024-01-20'), w('2024-01-21', '2024-07-20'), w('2024-07-21', '2025-01-20'), w('2025-01-21', '2025-07-20')],
    ],
  ])('«%s»: one window up to each deadline, from the day after the one before', (text, ctx, windows) => {
    const r = interpretDeadline(text, ctx);
    expect(r.windows).toEqual(windows);
  });

  it('is several terms, yearly in a plan of two years, and says each deadline', () => {
    expect(interpretDeadline('до 20 января, до 20 июля', Y2025).kind).toBe('multi');
    expect(interpretDeadline('до 20 января, до 20 июля', Y2024_2025).flags).toContain('repeats_yearly');
    expect(explainDeadline(interpretDeadline('до 20 января, до 20 июля', Y2025))).toBe('Не позднее 20.01.2025; не позднее 20.07.2025');
    expect(explainDeadline(interpretDeadline('до 20 января, до 20 июля', {}))).toBe('До 20 января и до 20 июля. Год не указан — нужен период плана');
  });

  it.each([
    ['до марта, до сентября', 'months: the day before each is not what plans were seen to mean'],
    ['до 5 марта; до 5 марта', 'the same day twice'],
    ['до 20 января, с 1 июля', 'a start among the deadlines'],
  ])('«%s» stays unread (%s)', (text) => {
    const r = interpretDeadline(text, Y2025);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
  });

  it('leaves one bound, a range and a month list as they were', () => {
    expect(interpretDeadline('до 1 февраля', Y2025).windows).toEqual([w('2025-01-01', '2025-02-01')]);
    expect(interpretDeadline('с 1 по 15 марта', Y2025).windows).toEqual([w('2025-03-01', '2025-03-15')]);
    expect(interpretDeadline('январь, июль', Y2025).windows).toEqual([w('2025-01-01', '2025-01-31'), w('2025-07-01', '2025-07-31')]);
  });
});
