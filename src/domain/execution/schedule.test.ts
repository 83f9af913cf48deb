import { describe, expect, it } from 'vitest';
import { dateIn, nextDailyRun, zonedTime } from './schedule.js';

describe('daily schedule in a time zone', () => {
  it.each([
    // [now (UTC), time, zone, next run (UTC)]
    ['2026-11-24T04:00:00Z', '08:00', 'Europe/Moscow', '2026-11-24T05:00:00.000Z'],
    ['2026-11-24T05:00:00Z', '08:00', 'Europe/Moscow', '2026-11-25T05:00:00.000Z'],
    ['2026-11-24T23:30:00Z', '08:00', 'Asia/Novokuznetsk', '2026-11-25T01:00:00.000Z'],
    ['2026-12-31T21:00:00Z', '00:30', 'Europe/Moscow', '2026-12-31T21:30:00.000Z'],
    // Berlin changes to summer time on 29 March 2026.
    ['2026-03-28T08:00:00Z', '08:00', 'Europe/Berlin', '2026-03-29T06:00:00.000Z'],
  ])('after %s at %s %s → %s', (now, time, tz, next) => expect(nextDailyRun(new Date(now), time, tz).toISOString()).toBe(next));

  it('wall-clock time to an instant and back', () => {
    const instant = zonedTime('2026-07-01', '09:15', 'Asia/Bishkek');
    expect(instant.toISOString()).toBe('2026-07-01T03:15:00.000Z');
    expect(dateIn(instant, 'Asia/Bishkek')).toBe('2026-07-01');
  });
});
