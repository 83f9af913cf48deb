/**
 * Twelfth held-out set of real phrases (28.11.2026): terms of Russian election plans retold on news pages —
 * a preliminary calendar plan of a city duma election (a bullet list), a region's week of election steps, a
 * newspaper's presidential calendar, a TIK's day of training, a city commission's by-elections, regional
 * commissions' campaign news — and two plan periods printed in titles, read on pages no earlier set used, written
 * before any run of the engine on them and never tuned against. `expect` is what each page says: its printed date
 * or range, or, for «до / не позднее» a date, the window from the start of the year the page gives. Where a page
 * prints no year (a regional news page, a newspaper's calendar, a news aggregator, a TV channel's news), `ctx` is
 * empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });

const EKATERINBURG_2018 = 'https://eanews.ru/news/policy/Vybory_v_Ekaterinburgskuyu_gorodskuyu_Dumu_Plan_meropriyatiy_17_05_2018';
const VORONEZH_WEEK_2025 = 'https://newsvoronezh.ru/other/2025/09/08/18312-amp.html';
const VORONEZH_AUGUST = 'https://vrn.vestipk.ru/archives/260542/amp';
const KOMMERSANT_CALENDAR = 'https://kommersant.ru/doc/829863';
const KURGAN_CAMPAIGNS = 'https://news-kurgan.ru/society/2025/06/26/9987.html';
const TUGULYM_2017 = 'https://ikso.org/tik/site/tugulimskiy_rayon/archive/news/show/ediniy_denj_obucheniya';
const TVER_GOVERNOR_2000 = 'https://tver-gov.ru/doc/63628';
const ORENBURG_CITY_2019 = 'http://ikorenburg.ru/news/1644/';
const KALININGRAD_GOVERNOR = 'https://dzen.ru/news/story/6d2d99d8-f87f-5420-a774-6ecd87cca784';
const EKATERINBURG_2022 = 'https://kurgan.veved.ru/eburg/news/politika/170581-dovybory-v-ekaterinburgskuju-gorodskuju-dumu-projdut-27-marta/amp.html';
const MURMANSK_2020 = 'https://hibiny.ru/murmanskaya-oblast/news/item-13-sentyabrya-jiteli-murmanskoy-oblasti-budut-vybirat-deputatov-207494';
const YAROSLAVL_TRAINING = 'https://1yar.tv/article/v-yaroslavskoy-oblasti-idet-podgotovka-k-edinomu-dnyu-golosovaniya';

/** Pages that print no year at all. */
const NO_YEAR: DeadlineContext = {};
/** Yekaterinburg city duma, voting on 9 September; the year is in the dateline «May 17, 2018». */
const EKATERINBURG_2018_CTX = election('2018-09-09', 2018);
/** Voronezh region, voting over three days 12–14 September 2025 (date line «8 сентября 2025»). */
const VORONEZH_2025_CTX: DeadlineContext = { elections: [{ votingDay: '2025-09-14', votingDays: 3 }], ...year(2025) };
/** Yekaterinburg by-elections of 27 March; the year is in the date line «05.01.2022». */
const EKATERINBURG_2022_CTX = election('2022-03-27', 2022);

export const HOLDOUT12_PHRASES: readonly RealPhrase[] = [
  // Yekaterinburg city duma 2018: a preliminary calendar plan retold as bullet lines «<action> - <term>.».
  { text: 'не позднее 9 июня', source: EKATERINBURG_2018, ctx: EKATERINBURG_2018_CTX, expect: { windows: [w('2018-01-01', '2018-06-09')] } },
  {
    text: '19 июня',
    source: EKATERINBURG_2018,
    ctx: EKATERINBURG_2018_CTX,
    expect: { windows: [w('2018-06-19')] },
    note: 'the day of the decision calling the election',
  },
  { text: 'до 29 августа', source: EKATERINBURG_2018, ctx: EKATERINBURG_2018_CTX, expect: { windows: [w('2018-01-01', '2018-08-29')] } },
  {
    text: 'с 21 июня до 18:00 20 июля',
    source: EKATERINBURG_2018,
    ctx: EKATERINBURG_2018_CTX,
    expect: { windows: [w('2018-06-21', '2018-07-20')], time: '18:00' },
    note: 'nomination of candidates; the closing hour is on the last day',
  },
  {
    text: 'со дня, следующего за днем уведомления окружной избирательной комиссии о выдвижении кандидата, заверения списка кандидатов и до 18:00 25 июля',
    source: EKATERINBURG_2018,
    ctx: EKATERINBURG_2018_CTX,
    expect: { windows: [] },
    note: 'the start is the day after each candidate’s own notification (or the list’s certification), a date the page does not give; the end 25 July 18:00 is printed',
  },
  { text: 'не позднее 3 сентября', source: EKATERINBURG_2018, ctx: EKATERINBURG_2018_CTX, expect: { windows: [w('2018-01-01', '2018-09-03')] } },
  // Voronezh region, the week before the voting of 12–14 September 2025: terms first, no dash after them.
  { text: '8 сентября', source: VORONEZH_WEEK_2025, ctx: VORONEZH_2025_CTX, expect: { windows: [w('2025-09-08')] } },
  { text: '9-10 сентября', source: VORONEZH_WEEK_2025, ctx: VORONEZH_2025_CTX, expect: { windows: [w('2025-09-09', '2025-09-10')] } },
  {
    text: '12, 13 и 14 сентября',
    source: VORONEZH_WEEK_2025,
    ctx: VORONEZH_2025_CTX,
    expect: { kind: 'multi', windows: [w('2025-09-12'), w('2025-09-13'), w('2025-09-14')] },
    note: 'the three voting days, listed',
  },
  // Voronezh regional duma campaign told in prose; the stored page prints no year.
  { text: 'до 8 августа включительно', source: VORONEZH_AUGUST, ctx: NO_YEAR, expect: { windows: [] } },
  {
    text: 'с 16 августа и будет длиться вплоть до полуночи 12 сентября',
    source: VORONEZH_AUGUST,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: 'printed «начнётся уже с 16 августа и будет длиться вплоть до полуночи 12 сентября»; no year on the page',
  },
  { text: 'с 20 августа по 3 сентября', source: VORONEZH_AUGUST, ctx: NO_YEAR, expect: { windows: [] } },
  {
    text: 'до наступления осени — не позднее 1 сентября',
    source: VORONEZH_AUGUST,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: 'a season restated as a bound after a dash; no year on the page',
  },
  // A newspaper's calendar of the presidential campaign (2007–2008), no year printed on the stored page.
  { text: 'С 28 ноября по 18 декабря', source: KOMMERSANT_CALENDAR, ctx: NO_YEAR, expect: { windows: [] } },
  {
    text: 'Со 2 по 29 февраля',
    source: KOMMERSANT_CALENDAR,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: 'the 29th exists only in a leap year; the page prints no year, so no date may be given',
  },
  // Two municipal campaigns of the Kurgan region; the year is only in the page's address.
  { text: 'с 27 июня по 21 июля', source: KURGAN_CAMPAIGNS, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'в дни голосования 13 и 14 сентября', source: KURGAN_CAMPAIGNS, ctx: NO_YEAR, expect: { windows: [] } },
  // Tugulym TIK (Sverdlovsk region): a day of training of precinct commissions.
  { text: '24 июня 2017 года', source: TUGULYM_2017, ctx: year(2017), expect: { windows: [w('2017-06-24')] } },
  // Plan periods printed in the titles of approved plans.
  {
    text: 'на 2001-2005 годы',
    source: TVER_GOVERNOR_2000,
    ctx: { period: w('2001-01-01', '2005-12-31') },
    expect: { windows: [w('2001-01-01', '2005-12-31')] },
    note: 'the period of the Governor’s complex of measures (resolution of 26.12.2000)',
  },
  { text: 'на 2019 год', source: ORENBURG_CITY_2019, ctx: year(2019), expect: { windows: [w('2019-01-01', '2019-12-31')] } },
  // A governor campaign told by a news aggregator (the regional commission's chair quoted); no year printed.
  {
    text: 'начался с 1 июня и продлится до 6 сентября',
    source: KALININGRAD_GOVERNOR,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: 'the agitation period; no year on the page',
  },
  { text: 'до 21 июня', source: KALININGRAD_GOVERNOR, ctx: NO_YEAR, expect: { windows: [] } },
  // Yekaterinburg by-elections of 27 March 2022, called on 05.01.2022.
  { text: 'до 4 февраля', source: EKATERINBURG_2022, ctx: EKATERINBURG_2022_CTX, expect: { windows: [w('2022-01-01', '2022-02-04')] } },
  { text: 'до 9 февраля', source: EKATERINBURG_2022, ctx: EKATERINBURG_2022_CTX, expect: { windows: [w('2022-01-01', '2022-02-09')] } },
  {
    text: 'назначены на 27 марта',
    source: EKATERINBURG_2022,
    ctx: EKATERINBURG_2022_CTX,
    expect: { windows: [w('2022-03-27')] },
    note: 'what the by-elections are set for: the voting day',
  },
  // Murmansk region: the municipal elections of 2020.
  {
    text: 'в единый день голосования 13 сентября 2020 года',
    source: MURMANSK_2020,
    ctx: election('2020-09-13', 2020),
    expect: { windows: [w('2020-09-13')] },
  },
  // Yaroslavl region: the end of a cycle of seminars, no year printed.
  { text: '7 сентября', source: YAROSLAVL_TRAINING, ctx: NO_YEAR, expect: { windows: [] } },
];
