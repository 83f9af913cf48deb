import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });
const w = (start: string, end = start) => ({ start, end });

describe('a date printed with the words that say it is the voting day', () => {
  it('reads the date after «в единый день голосования», without its year too', () => {
    expect(interpretDeadline('в единый день голосования 19 сентября', election('2021-09-19', 2021)).windows).toEqual([w('2021-09-19')]);
    expect(interpretDeadline('во единый день выборов 8 сентября 2019 года', year(2019)).windows).toEqual([w('2019-09-08')]);
  });
  it('reads the date set off before the words', () => {
    expect(interpretDeadline('11 сентября, в единый день голосования', year(2022)).windows).toEqual([w('2022-09-11')]);
    expect(interpretDeadline('18 марта — в день голосования', year(2018)).windows).toEqual([w('2018-03-18')]);
  });
  it('keeps the printed date as the reading, not the day of the context', () => {
    expect(interpretDeadline('в единый день голосования 13 сентября', election('2020-09-13', 2020)).kind).toBe('date');
  });
  it('takes nothing for a number that is not a date', () => {
    expect(interpretDeadline('12 членов, в единый день голосования', year(2022)).windows).not.toEqual([w('2022-01-12')]);
    expect(interpretDeadline('в единый день голосования 12 членов', year(2022)).windows).toEqual([]);
  });
});
