import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const Y: DeadlineContext = { period: { start: '2024-01-01', end: '2024-12-31' } };
const Y2: DeadlineContext = { period: { start: '2013-01-01', end: '2014-12-31' } };
const V: DeadlineContext = { elections: [{ votingDay: '2026-09-13' }], period: { start: '2026-01-01', end: '2026-12-31' } };

/** Classes added on 28.11.2026 from the third held-out set; a document's days only, or none. */
const ROWS: readonly [string, DeadlineContext, string, [string, string][]][] = [
  // A month narrowed by the days in its bracket; a bracket of days not read leaves the phrase undated.
  ['в июне (в период с 9 по 19 число)', Y, 'range', [['2024-06-09', '2024-06-19']]],
  ['Июль (10-15 числа)', Y, 'range', [['2024-07-10', '2024-07-15']]],
  ['в июне (начиная с 5 числа)', Y, 'unknown', []],
  ['в июне (с 1 по 31 число)', Y, 'unknown', []],
  ['в июне (в период с 9 по 19 июня)', Y, 'range', [['2024-06-09', '2024-06-19']]],
  ['в июне (с 9 по 19 июля)', Y, 'unknown', []],
  ['Май (не позднее 15 мая)', Y, 'unknown', []],
  ['до 1 июля (включительно)', Y, 'date', [['2024-01-01', '2024-07-01']]],
  // Day numbers written as ordinals before a month.
  ['не позже шестого января 2024 года', Y, 'date', [['2024-01-01', '2024-01-06']]],
  ['к двадцать первому марта', Y, 'date', [['2024-01-01', '2024-03-21']]],
  ['тридцать второго декабря', Y, 'unknown', []],
  ['к 15-му июня', Y, 'date', [['2024-01-01', '2024-06-15']]],
  // The voting day printed with its date: that date, even when the plan's election is another day.
  ['в единый день голосования 20 сентября 2026 года', V, 'date', [['2026-09-20', '2026-09-20']]],
  ['в день голосования - 20 сентября 2026 года', V, 'date', [['2026-09-20', '2026-09-20']]],
  ['в единый день голосования (20.09.2026)', V, 'date', [['2026-09-20', '2026-09-20']]],
  ['в день голосования', V, 'election_relative', [['2026-09-13', '2026-09-13']]],
  // «ежегодно» before a weekday of a named month: one day a year.
  [
    'ежегодно в третье воскресенье февраля',
    Y2,
    'recurring',
    [
      ['2013-02-17', '2013-02-17'],
      ['2014-02-16', '2014-02-16'],
    ],
  ],
  // A clock time with a colon keeps any minutes; a yearless day after «то есть» is the printed reading.
  ['до 23:59 24 октября', Y, 'date', [['2024-01-01', '2024-10-24']]],
  ['за 30 дней до дня голосования, то есть до 14 августа', V, 'date', [['2026-01-01', '2026-08-14']]],
];

describe('month days in brackets, ordinal days, printed voting days, yearly weekdays', () => {
  it.each(ROWS)('%s', (text, ctx, kind, windows) => {
    const r = interpretDeadline(text, ctx);
    expect(r.kind).toBe(kind);
    expect(r.windows).toEqual(windows.map(([start, end]) => ({ start, end })));
  });

  it('reads a day of the month in words as its number', () => {
    const r = interpretDeadline('не позднее пятнадцатого числа каждого месяца', Y);
    expect(r.kind).toBe('recurring');
    expect(r.windows[0]).toEqual({ start: '2024-01-01', end: '2024-01-15' });
  });

  it('keeps the yearly recurrence and the minutes', () => {
    expect(interpretDeadline('ежегодно в третье воскресенье февраля', Y2).recurrence).toEqual({ every: 'year' });
    expect(interpretDeadline('до 23:59 24 октября', Y).time).toBe('23:59');
  });
});
