import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';
import { looksKazakh, rewriteKazakh } from './kazakh.parse.js';

// Real lines: the Zerendi district commission's plan for the maslikhat election of 10.01.2021 (the visible import
// fixture kz-zerendi-district-tik-maslikhat-calendar-plan-2021-kk, spelled there with «і» and Latin-looking «i»),
// the Kazakh CEC's referendum plan of 2026 (kaz.zakon.kz), and Kazakh press on the 2021–2026 campaigns.
const ZERENDI: DeadlineContext = { elections: [{ votingDay: '2021-01-10', calledOn: '2020-10-21' }], period: { start: '2020-10-01', end: '2021-01-31' } };
const REFERENDUM_2026: DeadlineContext = { elections: [{ votingDay: '2026-03-15' }], period: { start: '2026-01-01', end: '2026-12-31' } };
const YEAR_2023: DeadlineContext = { period: { start: '2023-01-01', end: '2023-12-31' } };

describe('Kazakh wording is rewritten into the Russian grammar', () => {
  it.each([
    ['2020 жылғы 31 қазаннан кешiктiрмей', 'не позднее 31 октября 2020 года'],
    ['18 ақпанға дейін', 'до 18 февраля'],
    ['31-тамызға дейін', 'до 31 августа'],
    ['4 қарашадан бастап', 'с 4 ноября'],
    ['27 ақпаннан бастап 14 наурыз күні сағат 18:00-ге дейін', 'с 27 февраля по 14 марта до 18:00'],
    ['10 қаңтарда сағат 07.00-ден 20.00-ге дейін', '10 января до 20:00'],
    ['Сайлау тағайындалғаннан кейiн он күн мерзiмнен кешiктiрмей', 'не позднее чем через 10 дней после назначения выборов'],
    ['Сайлау тағайындалғаннан кейiн он бес күндік мерзімнен кешіктірмей', 'не позднее чем через 15 дней после назначения выборов'],
    ['дауыс беру күніне 15 күн қалғанда', 'не позднее чем за 15 дней до дня голосования'],
    [
      'референдум тағайындалған күннен бастап он күннен кешіктірмей, яғни 2026 жылғы 21 ақпанға дейін',
      'не позднее чем через 10 дней со дня назначения выборов, т.е. до 21 февраля 2026 года',
    ],
  ])('%s', (kazakh, russian) => {
    expect(looksKazakh(kazakh.toLowerCase())).toBe(true);
    expect(rewriteKazakh(kazakh.toLowerCase())).toBe(russian);
  });

  it('leaves Russian, Kyrgyz and other Latin text alone', () => {
    expect(looksKazakh('не позднее 20 октября 2023 года')).toBe(false);
    expect(looksKazakh('until 20 october 2023')).toBe(false);
    expect(looksKazakh('2024-жылдын 8-майына чейин')).toBe(false);
  });
});

describe('Kazakh deadlines are dated', () => {
  it.each<[string, DeadlineContext, { start: string; end: string }[], string | undefined]>([
    // The call of 21.10.2020 + 10 days: the plan prints 31 October beside the rule.
    ['Сайлау тағайындалғаннан кейiн он күн мерзiмнен кешiктiрмей', ZERENDI, [{ start: '2020-10-22', end: '2020-10-31' }], undefined],
    [
      'Сайлау тағайындалғаннан кейiн он күн мерзiмнен кешiктiрмей 2020 жылғы 31 қазаннан кешiктiрмей',
      ZERENDI,
      [{ start: '2020-10-22', end: '2020-10-31' }],
      undefined,
    ],
    ['2020 жылғы 31 қазаннан кешiктiрмей', ZERENDI, [{ start: '2020-10-01', end: '2020-10-31' }], undefined],
    // A year in the genitive puts the possessive «-ы» on the month («қаңтарынан», «қаңтарына»); «қантар» typed without «ң».
    [
      '2023 жылдың 9 қаңтарынан басталып, 2023 жылдың 21 қантарына жергілікті уақыт бойынша сағат 18.00-де аяқталады',
      YEAR_2023,
      [{ start: '2023-01-09', end: '2023-01-21' }],
      '18:00',
    ],
    ['2023 жылдың 3 наурызында', YEAR_2023, [{ start: '2023-03-03', end: '2023-03-03' }], undefined],
    // A date in the dative alone is what an election is set for: the day itself.
    ['2023 жылғы 16 ақпанға', YEAR_2023, [{ start: '2023-02-16', end: '2023-02-16' }], undefined],
    // 15.03.2026 − 16 = 27.02.2026, as the plan prints it.
    ['дауыс беру күніне 15 күн қалғанда', REFERENDUM_2026, [{ start: '2026-01-01', end: '2026-02-27' }], undefined],
    ['дауыс беру күніне 15 күн қалғанда, яғни 2026 жылғы 27 ақпаннан кешіктірмей', REFERENDUM_2026, [{ start: '2026-01-01', end: '2026-02-27' }], undefined],
    ['27 ақпаннан бастап 14 наурыз күні сағат 18:00-ге дейін', REFERENDUM_2026, [{ start: '2026-02-27', end: '2026-03-14' }], '18:00'],
    ['18 ақпанға дейін', YEAR_2023, [{ start: '2023-01-01', end: '2023-02-18' }], undefined],
    ['10-20 тамыз аралығында', YEAR_2023, [{ start: '2023-08-10', end: '2023-08-20' }], undefined],
    // A nominative date and its hour bound the term; a locative one names the day (Kyzylorda-news, 2024).
    ['21 тамыз сағат 18.00-ге дейін', YEAR_2023, [{ start: '2023-01-01', end: '2023-08-21' }], '18:00'],
    ['23 тамыз сағат 18.01-ден 14 қыркүйек күні сағат 00.00-де аяқталады', YEAR_2023, [{ start: '2023-08-23', end: '2023-09-13' }], '00:00'],
    ['16 қыркүйекте басталып, 30 қазанда аяқталады', YEAR_2023, [{ start: '2023-09-16', end: '2023-10-30' }], undefined],
    // qz.inform.kz (campaign of 2022, in the Latin alphabet): a nominative start with its opening hour, a weekday after
    // the end, and an end at 0:00, which keeps that day out; the same in Cyrillic, and a dative in Latin.
    ['21 qazan saǵat 18:00-den bastap 19 qarasha, senbi saǵat 0:00-ge deıin', YEAR_2023, [{ start: '2023-10-21', end: '2023-11-18' }], '00:00'],
    ['21 қазан сағат 18:00-ден бастап 19 қараша, сенбі сағат 0:00-ге дейін', YEAR_2023, [{ start: '2023-10-21', end: '2023-11-18' }], '00:00'],
    ['10 qańtarǵa deıin', YEAR_2023, [{ start: '2023-01-01', end: '2023-01-10' }], undefined],
    // egemen.kz (Kyzylorda, 2023): the stage that ends named before its day; aqtobetv.kz: «20-шы қаңтардан бері» (since).
    ['кандидаттарды тіркеу 14 шілдеде сағат 18:00-де аяқталады', YEAR_2023, [{ start: '2023-01-01', end: '2023-07-14' }], '18:00'],
    ['20-шы қаңтардан бері', YEAR_2023, [{ start: '2023-01-20', end: '2023-12-31' }], undefined],
    ['5-ші қарашадан бастап', YEAR_2023, [{ start: '2023-11-05', end: '2023-12-31' }], undefined],
    // kyzylorda-news.kz (2024), qarmaqshy-tany.kz (2021): a comma before the hour, the end in the past tense, the month
    // in the genitive before its day; aqshamnews.kz (2021) in Latin letters.
    ['8 қараша, сағат 18.00-де аяқталды', YEAR_2023, [{ start: '2023-01-01', end: '2023-11-08' }], '18:00'],
    ['13 қараша, сағат 18.00-ге дейін аяқталады', YEAR_2023, [{ start: '2023-01-01', end: '2023-11-13' }], '18:00'],
    ['шілденің 14-інде аяқталды', YEAR_2023, [{ start: '2023-01-01', end: '2023-07-14' }], undefined],
    ['қарашаның 5-інде', YEAR_2023, [{ start: '2023-11-05', end: '2023-11-05' }], undefined],
    ['14 shilde kúni saǵat 18.00-ge deıin', YEAR_2023, [{ start: '2023-01-01', end: '2023-07-14' }], '18:00'],
    // astana-akshamy.kz (2019) in the Latin alphabet of 2021: an end at 0:00, the hours of a day, a dative bound.
    ['8 mausym künı saǧat 00.00-ge deiın', YEAR_2023, [{ start: '2023-01-01', end: '2023-06-07' }], '00:00'],
    ['9 mausym künı saǧat 07.00-den 20.00-ge deiın', YEAR_2023, [{ start: '2023-06-09', end: '2023-06-09' }], '20:00'],
    ['6 mamyrǧa deiın', YEAR_2023, [{ start: '2023-01-01', end: '2023-05-06' }], undefined],
    // The hours of a day in Cyrillic with a nominative date are that day too.
    ['9 маусым күні сағат 07.00-ден 20.00-ге дейін', YEAR_2023, [{ start: '2023-06-09', end: '2023-06-09' }], '20:00'],
  ])('%s', (text, ctx, windows, time) => {
    const r = interpretDeadline(text, ctx);
    expect(r.windows).toEqual(windows);
    if (time !== undefined) expect(r.time).toBe(time);
  });

  it('a term from the call without its date stays without dates', () => {
    const r = interpretDeadline('Референдум тағайындалған сәттен басталып, 2026 жылғы 14 наурыз сағат 00:00-де аяқталады', REFERENDUM_2026);
    expect(r.windows).toEqual([]);
  });

  it('Kazakh it does not read gets no date', () => {
    expect(interpretDeadline('Орталық сайлау комиссиясының шешімі бойынша', REFERENDUM_2026).windows).toEqual([]);
  });
});

// The counting forms of the Kazakh election law's text (before and after the vote, from the call), written as its
// articles put them; the Russian text of the same law says «не позднее чем за N дней до дня голосования».
describe('Kazakh terms counted from the vote or the call', () => {
  const VOTE_2026: DeadlineContext = { elections: [{ votingDay: '2026-09-20', calledOn: '2026-06-20' }], period: { start: '2026-01-01', end: '2026-12-31' } };
  it.each<[string, string, { start: string; end: string }[]]>([
    ['сайлауға дейін 20 күннен кешіктірмей', 'не позднее чем за 20 дней до дня голосования', [{ start: '2026-06-20', end: '2026-08-30' }]],
    ['дауыс беру күніне дейін күнтізбелік 15 күн бұрын', 'не позднее чем за 15 дней до дня голосования', [{ start: '2026-06-20', end: '2026-09-04' }]],
    ['сайлау күніне дейін 10 күн ішінде', 'в течение 10 дней до дня голосования', [{ start: '2026-09-10', end: '2026-09-19' }]],
    ['дауыс беру күнінен кейін 10 күн ішінде', 'в течение 10 дней после дня голосования', [{ start: '2026-09-21', end: '2026-09-30' }]],
    ['сайлаудан кейін 7 күннен кешіктірмей', 'не позднее чем через 7 дней после дня голосования', [{ start: '2026-09-21', end: '2026-09-27' }]],
    ['сайлау тағайындалған күннен бастап 5 күн ішінде', 'в течение 5 дней со дня назначения выборов', [{ start: '2026-06-20', end: '2026-06-24' }]],
    ['дауыс беру күні', 'в день голосования', [{ start: '2026-09-20', end: '2026-09-20' }]],
    ['дауыс беру күнінің алдындағы күні', 'накануне дня голосования', [{ start: '2026-09-19', end: '2026-09-19' }]],
  ])('%s → %s', (kazakh, russian, windows) => {
    expect(rewriteKazakh(kazakh)).toBe(russian);
    expect(interpretDeadline(kazakh, VOTE_2026).windows).toEqual(windows);
  });

  it('without the election dates they wait for them instead of guessing', () => {
    expect(interpretDeadline('сайлауға дейін 20 күннен кешіктірмей', YEAR_2023).windows).toEqual([]);
  });
});
