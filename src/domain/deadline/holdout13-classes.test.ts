import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });
const w = (start: string, end = start) => ({ start, end });

describe('a clock time in brackets after the term it closes', () => {
  it('ends a range at midnight as that day begins, the time kept', () => {
    const r = interpretDeadline('1 сентября – 9 октября (00:00)', year(2024));
    expect([r.kind, r.windows, r.time]).toEqual(['range', [w('2024-09-01', '2024-10-08')], '00:00']);
    const kk = interpretDeadline('3 қыркүйек – 20 қыркүйек (00:00)', year(2023));
    expect([kk.windows, kk.time]).toEqual([[w('2023-09-03', '2023-09-19')], '00:00']);
  });
  it('keeps the day itself for any other hour, and for a day alone', () => {
    const r = interpretDeadline('до 5 мая (18:00)', year(2022));
    expect([r.windows, r.time]).toEqual([[w('2022-01-01', '2022-05-05')], '18:00']);
    expect(interpretDeadline('7 апреля (00:00)', year(2022)).windows).toEqual([w('2022-04-07')]);
  });
  it('ends a range written with a dash at a midnight printed after it, as «по … 00:00» does', () => {
    expect(interpretDeadline('10 мая – 2 июня 00:00', year(2021)).windows).toEqual([w('2021-05-10', '2021-06-01')]);
  });
});

describe('«начала голосования» is counted from the (first) voting day', () => {
  it('reads «за N дней до начала голосования» as «за N дней до дня голосования»', () => {
    const ctx = election('2025-09-14', 2025);
    expect(interpretDeadline('за 10 дней до начала голосования', ctx).windows).toEqual(interpretDeadline('за 10 дней до дня голосования', ctx).windows);
    expect(interpretDeadline('не позднее чем за 3 дня до начала голосования', ctx).windows).toEqual([w('2025-01-01', '2025-09-10')]);
  });
  it('takes the first of several voting days', () => {
    const ctx: DeadlineContext = { elections: [{ votingDay: '2024-03-17', votingDays: 3 }], ...year(2024) };
    expect(interpretDeadline('за 5 дней до начала голосования', ctx).windows).toEqual([w('2024-03-09')]);
  });
});

describe('Romanian «în perioada» before a range', () => {
  it('is «в период»', () => {
    expect(interpretDeadline('în perioada 3 martie – 17 martie', year(2024)).windows).toEqual([w('2024-03-03', '2024-03-17')]);
    expect(interpretDeadline('perioada 1 – 5 mai 2021', {}).windows).toEqual([w('2021-05-01', '2021-05-05')]);
  });
});

describe('Uzbek «joriy yilning … kuni»', () => {
  it('is the day of the plan’s year («-ning»: of; «kuni»: on the day)', () => {
    expect(interpretDeadline('joriy yilning 12-dekabr kuni', year(2023)).windows).toEqual([w('2023-12-12')]);
    expect(interpretDeadline('2019-yil 22-dekabr kuni', {}).windows).toEqual([w('2019-12-22')]);
    expect(interpretDeadline('joriy yilning 12-dekabr kuni', {}).windows).toEqual([]);
  });
});

describe('a start told in the past tense by a news item', () => {
  it('reads «Старт … состоялся <day>» and «Обучение состоялось <day>» as that day', () => {
    expect(interpretDeadline('Старт конкурса состоялся 3 марта', year(2025)).windows).toEqual([w('2025-03-03')]);
    expect(interpretDeadline('Обучение состоялось 14 мая', year(2025)).windows).toEqual([w('2025-05-14')]);
    expect(interpretDeadline('Заседание состоялось 14 мая', year(2025)).windows).toEqual([]);
  });
});
