import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';
import { azerbaijaniMonth } from '../locale/azerbaijani-months.js';
import { romanianMonth } from '../locale/romanian-months.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const windows = (text: string, ctx: DeadlineContext = {}) => interpretDeadline(text, ctx).windows;
const w = (start: string, end = start) => ({ start, end });

describe('Azerbaijani terms (CEC of Azerbaijan, Təqvim planı)', () => {
  it('reads a year-first date with -dək as «up to»', () => {
    expect(windows('2023-cü il dekabrın 9-dək', year(2023))).toEqual([w('2023-01-01', '2023-12-09')]);
    expect(windows('2020-ci il yanvarın 15-dək', year(2020))).toEqual([w('2020-01-01', '2020-01-15')]);
    expect(windows('2024-cü il fevralın 6-dək', year(2024))).toEqual([w('2024-01-01', '2024-02-06')]);
  });
  it('reads -dən … -dək as a range, the second day in the month of the first', () => {
    expect(windows('2019-cu il noyabrın 8-dən 28-dək', year(2019))).toEqual([w('2019-11-08', '2019-11-28')]);
    expect(windows('2024-cü il yanvarın 10-dan 25-dək', year(2024))).toEqual([w('2024-01-10', '2024-01-25')]);
  });
  it('reads a day-first date and a date with a case ending as the day itself', () => {
    expect(windows('8 dekabr 2023-cü il')).toEqual([w('2023-12-08')]);
    expect(windows('2015-ci il noyabrın 1-nə')).toEqual([w('2015-11-01')]);
  });
  it('counts «N days left to the voting day» from the voting day, and gives no date without one', () => {
    expect(windows('Səsvermə gününə azı 60 gün qalmış')).toEqual([]);
    const ctx: DeadlineContext = { elections: [{ votingDay: '2024-02-07' }] };
    expect(windows('Səsvermə gününə azı 60 gün qalmış', ctx)).toEqual(windows('не позднее чем за 60 дней до дня голосования', ctx));
  });
  it('leaves wording it does not know unread', () => {
    expect(windows('Seçkilərin təyin edilməsi haqqında qərar qəbul edildikdən sonra ən geci 2 gün müddətində', year(2023))).toEqual([]);
  });
  it('knows the months bare and in the genitive, nothing else', () => {
    expect([azerbaijaniMonth('dekabrın'), azerbaijaniMonth('Avqust'), azerbaijaniMonth('iyunun'), azerbaijaniMonth('mayın')]).toEqual([12, 8, 6, 5]);
    expect([azerbaijaniMonth('martda'), azerbaijaniMonth('maddə')]).toEqual([null, null]);
  });
});

describe('Romanian terms (CEC of Moldova, programul calendaristic)', () => {
  it('reads «până la» (old spelling «pînă») as «up to», with «inclusiv»', () => {
    expect(windows('Până la 5 mai 2021 inclusiv', year(2021))).toEqual([w('2021-01-01', '2021-05-05')]);
    expect(windows('Pînă la 27.12.2004', year(2004))).toEqual([w('2004-01-01', '2004-12-27')]);
    expect(windows('până la 15 octombrie 2023', year(2023))).toEqual([w('2023-01-01', '2023-10-15')]);
  });
  it('reads «începând cu», «de la» as a start and «între … și …» as a range', () => {
    expect(windows('Începând cu 5 mai 2021')).toEqual([w('2021-05-05')]);
    expect(windows('între 1 și 10 iunie 2021')).toEqual([w('2021-06-01', '2021-06-10')]);
    expect(windows('De la 27.12.2004 până la 05.02.2005')).toEqual([w('2004-12-27', '2005-02-05')]);
  });
  it('gives no date where the page prints no year, and leaves other wording unread', () => {
    expect(windows('Până la 11 septembrie')).toEqual([]);
    expect(windows('Conform graficului stabilit în hotărârea CEC', year(2021))).toEqual([]);
    expect(windows('Cu cel puţin 60 de zile înainte de ziua alegerilor', year(2005))).toEqual([]);
  });
  it('knows the months and their short forms', () => {
    expect([romanianMonth('decembrie'), romanianMonth('Mai'), romanianMonth('sept.'), romanianMonth('ianuarii')]).toEqual([12, 5, 9, 1]);
    expect([romanianMonth('art'), romanianMonth('la')]).toEqual([null, null]);
  });
});

describe('Armenian range with the month printed once', () => {
  it('reads «մարտի 12-ից 22-ը» as 12 to 22 March', () => {
    expect(windows('մարտի 12-ից 22-ը', year(2012))).toEqual([w('2012-03-12', '2012-03-22')]);
    expect(windows('ապրիլի 1-ից 15-ը', year(2024))).toEqual([w('2024-04-01', '2024-04-15')]);
  });
});
