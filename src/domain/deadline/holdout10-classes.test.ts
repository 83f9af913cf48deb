import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';

const Y2024 = { period: { start: '2024-01-01', end: '2024-12-31' } };

describe('holdout10 classes: a date told with its weekday', () => {
  it.each([
    ['В среду, 23 октября', '2024-10-23'], // the Moscow school's news, as printed
    ['в пятницу 25 октября', '2024-10-25'],
    ['в понедельник 28 октября', '2024-10-28'],
    ['во вторник, 5 марта', '2024-03-05'],
    ['в субботу, 7 сентября 2024 года', '2024-09-07'],
    ['воскресенье, 17 марта', '2024-03-17'],
    ['23 октября, среда', '2024-10-23'],
  ])('%s → %s', (text, day) => {
    const r = interpretDeadline(text, Y2024);
    expect(r.windows).toEqual([{ start: day, end: day }]);
  });

  it('stays undated when the weekday disagrees with the date (one of them is misprinted)', () => {
    const r = interpretDeadline('во вторник, 23 октября', Y2024);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
    expect(r.reason).toBe('День недели не совпадает с датой');
  });

  it('stays undated without a year, as any yearless date', () => {
    expect(interpretDeadline('в среду, 23 октября', {}).windows).toEqual([]);
  });

  it('does not take a weekday that is not next to a date', () => {
    expect(interpretDeadline('каждую среду', Y2024).windows.length).toBeGreaterThan(40);
    expect(interpretDeadline('в среду', Y2024).windows).toEqual([]);
  });
});

describe('holdout10 classes: a bound outside the plan period', () => {
  it('is the bound day alone with open_start, never a start the page does not give', () => {
    const r = interpretDeadline('До 24 февраля 2024 года', { period: { start: '2026-01-01', end: '2026-12-31' } });
    expect(r.windows).toEqual([{ start: '2024-02-24', end: '2024-02-24' }]);
    expect(r.flags).toContain('open_start');
  });
});
