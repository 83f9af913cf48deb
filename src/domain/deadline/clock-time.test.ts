import { describe, expect, it } from 'vitest';
import { liftClockTime } from './clock-time.js';
import { interpretDeadline } from './deadline.resolve.js';

describe('clock times in every spelling', () => {
  it.each([
    ['01 августа 2014 года, в 18 час. 00 мин.', '2014-08-01', '18:00'],
    ['не позднее 18 час. 2 августа 2014 года', '2014-08-02', '18:00'],
    ['2 сентября 2014 года в 18.00 часов', '2014-09-02', '18:00'],
    ['до 18 часов по местному времени 28 апреля 2019 г.', '2019-04-28', '18:00'],
    ['20 августа 2010 года в восемнадцать часов по местному времени', '2010-08-20', '18:00'],
    ['до двадцати четырех часов 5 сентября 2010 года', '2010-09-05', '24:00'],
    ['5 сентября 2010 года до 24 часов', '2010-09-05', '24:00'],
  ])('%s', (text, day, time) => {
    const r = interpretDeadline(text, {});
    expect(r.windows).toEqual([{ start: day, end: day }]);
    expect(r.time).toBe(time);
  });

  it.each([
    ['в день голосования до четырнадцати часов', '14:00'],
    ['до двенадцати часов дня, предшествующего дню голосования', '12:00'],
    ['в двадцать один час', '21:00'],
  ])('reads the hour in words: %s', (text, time) => {
    expect(liftClockTime(text)?.time).toBe(time);
  });

  it.each([
    ['до 18 марта 00:00 часов', '2023-03-17'],
    ['по 9 января 2023 года 00.00', '2023-01-08'],
    ['до 18.03.2023 00:00', '2023-03-17'],
    ['до 18 марта 18:00 часов', '2023-03-18'],
    ['в 00.00 12 сентября', null],
  ])('midnight written after the day ends the term as that day begins: %s', (text, end) => {
    const r = interpretDeadline(text, { period: { start: '2023-01-01', end: '2023-12-31' } });
    if (end === null) expect(r.windows).toEqual([{ start: '2023-09-12', end: '2023-09-12' }]);
    else expect(r.windows).toEqual([{ start: '2023-01-01', end }]);
  });

  it.each([
    'в течение двух часов после окончания голосования',
    'в течение 2 часов после окончания голосования',
    'не позднее чем за 2 часа до начала голосования',
  ])('a duration in hours is no time of day: %s', (text) => {
    expect(liftClockTime(text)).toBeNull();
  });
});
