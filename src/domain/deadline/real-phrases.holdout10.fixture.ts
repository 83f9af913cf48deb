/**
 * Tenth held-out set of real phrases (28.11.2026): deadline cells and terms of Russian bodies that plan
 * around elections — a district library's monthly plan, a regional commission's plan, a city commission's
 * calendar plan, TIK and regional-commission news retelling their plans, a school's council election and a
 * regional contest's stages — read on pages no earlier set used, written before any run of the engine on
 * them and never tuned against. `expect` is what each page says: its printed date or range, a month as that
 * month, or, for «до» a date, the window from the start of the year the page gives. Where a page prints no
 * year (a TIK's announcement, a district's news, a gymnasium's election news) `ctx` is empty and the phrase
 * must stay without dates. Measured blind once (26/31), then opened on 28.11.2026: two expectations corrected to the
 * conventions (a month list is a window per month; a bound before the plan period is its day alone), each noted.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const ZHIGALOVO_2023_08 = 'https://jiglib.ru/plan-of-the-main-activities-of-the-zhigalovsky-mcuk-wdl-for-august-2023';
const MORDOVIA_2014 = 'https://mordovia-gov.ru/doc/46965';
const SVECHA_2015 = 'https://svechamunicipal.ru/news_tik/699-fevral-2015.html';
const OMSK_2008 = 'http://www.globalomsk.ru/news/archives/2008/02/13/5921/';
const NOVOSIBIRSK_SOVETSKY = 'https://navigato.ru/print.php?id=13085&publication=article';
const GULKEVICHI = 'https://yuga.ru/news/amp/321899';
const ROSTOV_2023 = 'https://zernograd.ikro.ru/news/news_50085.html';
const PENZA_2026 = 'https://pnznews.ru/society/2026/02/18/31977.html';
const MOSCOW_SCHOOL_2024 = 'https://sch2126.mskobr.ru/edu-news/8527';
const OREL_2024 = 'https://ru24.net/mix/371517636';
const CHUVASHIA_2025 = 'https://chuvashiya-news.ru/society/2025/07/08/3889.html';
const GEORGIEVSK_2017 = 'https://base.garant.ru/45346090/53f89421bbdaf741eb2d1ecc4ddb4c33/';
const LOMONOSOV_2020 = 'https://pdfslide.tips/documents/013-web-view-f-oe.html';
const BIROBIDZHAN = 'https://birobidzhan-gid.ru/news/politika/v-birobidzhanskoy-gimnazii-1-vyberut-prezidenta-i-ministrov-shkolnogo-parlamenta.htm';
const ZIMOVNIKI_2019 = 'https://zimovniki.ikro.ru/news/news_27216.html?wcag=Y';

/** The Zhigalovo library's plan «на август 2023 г.»: the term cell is a bare day.month. */
const AUGUST_2023: DeadlineContext = { period: w('2023-08-01', '2023-08-31') };
/** Pages that print no year anywhere. */
const NO_YEAR: DeadlineContext = {};

const augustDay = (text: string, day: string): RealPhrase => ({
  text,
  source: ZHIGALOVO_2023_08,
  ctx: AUGUST_2023,
  expect: { windows: [w(`2023-08-${day}`)] },
});

export const HOLDOUT10_PHRASES: readonly RealPhrase[] = [
  // Zhigalovo district library (Irkutsk region), plan for August 2023: day.month without the year.
  augustDay('01.08', '01'),
  augustDay('10.08', '10'),
  augustDay('15.08', '15'),
  augustDay('17.08', '17'),
  augustDay('19.08', '19'),
  augustDay('21.08', '21'),
  augustDay('22.08', '22'),
  // Mordovia, plan of legal culture for 2014: the whole period of the plan.
  { text: 'весь период', source: MORDOVIA_2014, ctx: year(2014), expect: { windows: [w('2014-01-01', '2014-12-31')] } },
  // Svecha TIK (Kirov region), news dated 16.02.2015.
  { text: '17 февраля 2015 года', source: SVECHA_2015, ctx: year(2015), expect: { windows: [w('2015-02-17')] } },
  // Omsk regional commission retold by a city site, news dated 13.02.2008.
  { text: '16 февраля', source: OMSK_2008, ctx: year(2008), expect: { windows: [w('2008-02-16')] } },
  // A Novosibirsk district TIK's announcement and a Krasnodar district's news: no year on the page.
  { text: '19 февраля', source: NOVOSIBIRSK_SOVETSKY, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '16 февраля', source: GULKEVICHI, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'до 23 февраля', source: GULKEVICHI, ctx: NO_YEAR, expect: { windows: [] } },
  // Rostov regional commission, forming precinct commissions (news dated 30.03.2023).
  { text: 'В апреле', source: ROSTOV_2023, ctx: year(2023), expect: { windows: [w('2023-04-01', '2023-04-30')] } },
  { text: 'В июне', source: ROSTOV_2023, ctx: year(2023), expect: { windows: [w('2023-06-01', '2023-06-30')] } },
  { text: '6 июня', source: ROSTOV_2023, ctx: year(2023), expect: { windows: [w('2023-06-06')] } },
  // Penza region, stages of a contest for 10th-graders (news of 18.02.2026).
  { text: '17 февраля 2026 года', source: PENZA_2026, ctx: year(2026), expect: { windows: [w('2026-02-17')] } },
  {
    text: 'До 24 февраля 2024 года',
    source: PENZA_2026,
    ctx: year(2026),
    expect: { kind: 'date', windows: [w('2024-02-24')] },
    note:
      'the page prints 2024 in a post of February 2026; the printed year is what the page says. Corrected when opened: ' +
      'the plan period (2026) starts after the bound, so by the «Bounds» convention the window is the bound day alone ' +
      '(flag open_start); the blind expectation began the window on 1 January 2024, a day the page does not give',
  },
  { text: 'до 5 марта', source: PENZA_2026, ctx: year(2026), expect: { windows: [w('2026-01-01', '2026-03-05')] } },
  // Moscow school No. 2126, election of the student council chair (news dated 21.10.2024).
  { text: 'В среду, 23 октября', source: MOSCOW_SCHOOL_2024, ctx: year(2024), expect: { windows: [w('2024-10-23')] } },
  { text: 'в пятницу 25 октября', source: MOSCOW_SCHOOL_2024, ctx: year(2024), expect: { windows: [w('2024-10-25')] } },
  { text: 'в понедельник 28 октября', source: MOSCOW_SCHOOL_2024, ctx: year(2024), expect: { windows: [w('2024-10-28')] } },
  // Orel regional commission, Young Voter Day programme 2024 (aggregator news).
  {
    text: 'в феврале и марте текущего года',
    source: OREL_2024,
    ctx: year(2024),
    expect: { kind: 'multi', windows: [w('2024-02-01', '2024-02-29'), w('2024-03-01', '2024-03-31')] },
    note: 'corrected when opened: a list of months is one window per month (`multi`), as «июль, август, октябрь, ноябрь»',
  },
  { text: 'до 15 апреля 2024 года', source: OREL_2024, ctx: year(2024), expect: { windows: [w('2024-01-01', '2024-04-15')] } },
  // Chuvashia, the commission's meeting of 8 July before the single voting day 2025.
  { text: '14 сентября 2025 года', source: CHUVASHIA_2025, ctx: year(2025), expect: { windows: [w('2025-09-14')] } },
  // Georgievsk city commission (Stavropol), calendar plan of the city Duma election 10.09.2017: the anchor lines.
  {
    text: '10 сентября 2017 года',
    source: GEORGIEVSK_2017,
    ctx: { elections: [{ votingDay: '2017-09-10', calledOn: '2017-06-23' }], ...year(2017) },
    expect: { windows: [w('2017-09-10')] },
  },
  {
    text: '23 июня 2017 года',
    source: GEORGIEVSK_2017,
    ctx: { elections: [{ votingDay: '2017-09-10', calledOn: '2017-06-23' }], ...year(2017) },
    expect: { windows: [w('2017-06-23')] },
  },
  // Lomonosov district TIK (Leningrad region), calendar plan of 13.09.2020 on a document viewer.
  {
    text: '13 сентября 2020 года',
    source: LOMONOSOV_2020,
    ctx: { elections: [{ votingDay: '2020-09-13' }], ...year(2020) },
    expect: { windows: [w('2020-09-13')] },
  },
  // Birobidzhan gymnasium, school-parliament election told without its year.
  { text: '29 сентября', source: BIROBIDZHAN, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'С 25-го числа', source: BIROBIDZHAN, ctx: NO_YEAR, expect: { windows: [] } },
  // Zimovniki TIK (Rostov region), the Young Voter month 2019.
  {
    text: 'в период с 04 февраля 2019 года по 04 марта 2019 года',
    source: ZIMOVNIKI_2019,
    ctx: year(2019),
    expect: { windows: [w('2019-02-04', '2019-03-04')] },
  },
];
