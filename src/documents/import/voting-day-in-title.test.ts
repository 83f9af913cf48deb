import { describe, expect, it } from 'vitest';
import { votingDayInTitle } from './elections.parse.js';

describe('voting day named in a title or the text above a plan', () => {
  it.each([
    ['Календарный план … выборов депутатов, назначенных на 14 сентября 2025 года', '2025-09-14'],
    ['… муниципальных выборов в Республике Карелия 13 марта 2011 года', '2011-03-13'],
    // The year from the one other date of the text; an act's date after «от» is never voting day itself.
    ['План разработан на основе указа президента от 30 сентября 2025 года. … досрочных выборов депутатов, назначенных на 30 ноября.', '2025-11-30'],
    ['Указ от 30 сентября 2025 года о выборах', null],
    // Two years named: which one the election falls in is not certain.
    ['Указ от 30 декабря 2024 года и постановление от 5 января 2025 года о выборах, назначенных на 2 марта.', null],
  ])('%s', (title, day) => {
    expect(votingDayInTitle(title)).toBe(day);
  });
});
