/**
 * Eighth held-out set of real phrases (28.11.2026): deadline cells of Russian plans (a regional
 * legal-culture programme's list of measures, a regional commission's table of measures held in a
 * half-year, a school's plan for the Day of the Young Voter, a city head's plan for a regional
 * election) and terms told in the news of regional and territorial commissions, youth commissions
 * and district administrations, read on pages no earlier set used, written before any run of the
 * engine on them. Scored blind once (27/28, no wrong date), then opened on 28.11.2026 and learned from. `expect` is what each page says: its printed date or
 * range, or, for «до / не позднее» a date, the window from the start of the year the page gives.
 * Where a page prints no year (a school club's plan told in a TIK's news, a news item on the Month
 * of the Young Voter), `ctx` is empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const IKSO_2014 = 'https://base.garant.ru/20936384/7fe0c8609bd1fbc7af8dc70775472cf3';
const KALMYKIA_2011 = 'https://base.garant.ru/24919681/f7ee959fd36b5699076b35abf4f52c5c/';
const VORSIKHA_2016 = 'https://vorsihasch.ucoz.ru/index/den_molodogo_izbiratelja/0-100';
const YOUTH_UNION_2021 =
  'http://tik23.iklo.ru/gas-vybory/201-nachalas-izbiratelnaya-kampaniya-po-vyboram-predsedatelya-soyuza-molodjozhnykh-izbiratelnykh-komissij-rossii';
const TVER_2024 = 'http://molodayatver.ru/news/5802';
const UCHALY = 'https://cikrb.ru/news/index.php?ELEMENT_ID=49253';
const NOVOSHAKHTINSK_2019 = 'https://novoshahtinsk.ikro.ru/news/news_27395.html?wcag=Y';
const SARATOV_2013 = 'http://techliders.ru/index.php?docid=1090898';
const NIZHNEVARTOVSK_2006 = 'https://base.garant.ru/30707808/3e22e51c74db8e0b182fad67b502e640/';
const IBRESI_2010 = 'https://ibresi.cap.ru/doc/laws/2010/09/07/postanovlenie391';
const TAMBOV_2021 = 'https://tambov-gid.ru/news/gosudarstvo/utverzhdena-programma-meropriyatiy-v-ramkah-vserossiyskogo-dnya-molodogo-izbiratelya.htm';
const MATVEEVO_2016 = 'https://matveevo-kurgansky.ikro.ru/news/news_7020.html';
const GREMYACHINSK_2021 = 'http://59t043.permkrai.ru/novosti/2021-year/03-month/10-day/40283-id/?interfaceString=normal';
const UDMURTIA = 'https://aifudm.net/news/news22162.html';
const TATARSTAN_2013 = 'https://izbirkom.tatarstan.ru/index.htm/news/235022.htm';
const PRIMORSKOYE_2014 = 'http://xn----8sbmnklelgkdm.xn--p1ai/?p=5647';

/** The Kalmyk commission's table covers «I полугодие 2011 года». */
const H1_2011: DeadlineContext = { period: w('2011-01-01', '2011-06-30') };
/** The election of the Chairman of the Union of youth commissions: «Выборы состоятся: 22 декабря 2021 года». */
const UNION_2021: DeadlineContext = { elections: [{ votingDay: '2021-12-22' }], ...year(2021) };
/** Pages that print no year at all. */
const NO_YEAR: DeadlineContext = {};

export const HOLDOUT8_PHRASES: readonly RealPhrase[] = [
  // A regional programme's list of measures for 2014 (Гарант).
  { text: 'Январь', source: IKSO_2014, ctx: year(2014), expect: { windows: [w('2014-01-01', '2014-01-31')] } },
  // Kalmykia, measures held in the first half of 2011.
  { text: 'Февраль', source: KALMYKIA_2011, ctx: H1_2011, expect: { windows: [w('2011-02-01', '2011-02-28')] } },
  { text: 'Апрель', source: KALMYKIA_2011, ctx: H1_2011, expect: { windows: [w('2011-04-01', '2011-04-30')] } },
  { text: 'Весь период', source: KALMYKIA_2011, ctx: H1_2011, expect: { kind: 'whole_period', windows: [w('2011-01-01', '2011-06-30')] } },
  // A school's plan for the Day of the Young Voter: the page prints «2016» and dates with a two-digit year.
  { text: '17.02.16', source: VORSIKHA_2016, ctx: year(2016), expect: { windows: [w('2016-02-17')] } },
  { text: '18.02.16', source: VORSIKHA_2016, ctx: year(2016), expect: { windows: [w('2016-02-18')] } },
  // The Union of youth election commissions: stage headings with a range and no year.
  { text: '23 ноября - 8 декабря', source: YOUTH_UNION_2021, ctx: UNION_2021, expect: { windows: [w('2021-11-23', '2021-12-08')] } },
  { text: '23 ноября - 21 декабря', source: YOUTH_UNION_2021, ctx: UNION_2021, expect: { windows: [w('2021-11-23', '2021-12-21')] } },
  { text: 'до 8 декабря включительно', source: YOUTH_UNION_2021, ctx: UNION_2021, expect: { windows: [w('2021-01-01', '2021-12-08')] } },
  { text: '22 декабря', source: YOUTH_UNION_2021, ctx: UNION_2021, expect: { windows: [w('2021-12-22')] } },
  {
    text: 'не позднее, чем 2 дня после подачи документов',
    source: YOUTH_UNION_2021,
    ctx: UNION_2021,
    expect: { windows: [] },
    note: 'counted from each candidate’s own filing, a date the page does not give',
  },
  // Tver region: Days of the Young Voter 2024; the year is printed only in «ДМИ-2024».
  { text: '25 января', source: TVER_2024, ctx: year(2024), expect: { windows: [w('2024-01-25')] } },
  { text: '18 февраля', source: TVER_2024, ctx: year(2024), expect: { windows: [w('2024-02-18')] } },
  // Uchaly (Bashkortostan): a school club's plan told without a year.
  { text: 'на сентябрь месяц', source: UCHALY, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'в ноябре', source: UCHALY, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'в декабре', source: UCHALY, ctx: NO_YEAR, expect: { windows: [] } },
  // Novoshakhtinsk TIK (Rostov region), news dated 04.02.2019.
  {
    text: 'начался 04 февраля и завершится 4 марта',
    source: NOVOSHAKHTINSK_2019,
    ctx: year(2019),
    expect: { windows: [w('2019-02-04', '2019-03-04')] },
  },
  // Saratov region commission, resolution of 18.12.2013.
  { text: '16 февраля 2014 года', source: SARATOV_2013, ctx: year(2014), expect: { windows: [w('2014-02-16')] } },
  // Nizhnevartovsk: the dates print their own year; the page gives no plan period.
  { text: 'до 15.01.2007', source: NIZHNEVARTOVSK_2006, ctx: year(2007), expect: { windows: [w('2007-01-01', '2007-01-15')] } },
  { text: 'до 24.01.2007', source: NIZHNEVARTOVSK_2006, ctx: year(2007), expect: { windows: [w('2007-01-01', '2007-01-24')] } },
  // Ibresi district (Chuvashia): the period of a youth campaign.
  {
    text: 'С 10 сентября по 10 октября 2010 года',
    source: IBRESI_2010,
    ctx: year(2010),
    expect: { windows: [w('2010-09-10', '2010-10-10')] },
  },
  // Tambov region commission, programme for the Day of the Young Voter 2021.
  { text: 'В период с 14 мая по 1 июня 2021 года', source: TAMBOV_2021, ctx: year(2021), expect: { windows: [w('2021-05-14', '2021-06-01')] } },
  // Matveevo-Kurgansky TIK (Rostov region), news dated 29.01.2016.
  { text: 'С 1 по 29 февраля 2016 года', source: MATVEEVO_2016, ctx: year(2016), expect: { windows: [w('2016-02-01', '2016-02-29')] } },
  // Gremyachinsk TIK (Perm krai), news dated 10 March 2021.
  { text: 'с 11 по 16 мая', source: GREMYACHINSK_2021, ctx: year(2021), expect: { windows: [w('2021-05-11', '2021-05-16')] } },
  // Udmurtia: a Month of the Young Voter told without a year.
  { text: 'с 3-го по 28 февраля', source: UDMURTIA, ctx: NO_YEAR, expect: { windows: [] }, note: 'the stored page prints no year' },
  // CEC of Tatarstan, news of 22 October 2013 on the stages of training precinct commissions.
  { text: 'В ноябре-декабре', source: TATARSTAN_2013, ctx: year(2013), expect: { windows: [w('2013-11-01', '2013-12-31')] } },
  {
    text: 'в февраль-апреле 2014 года',
    source: TATARSTAN_2013,
    ctx: year(2013),
    expect: { windows: [w('2014-02-01', '2014-04-30')] },
    note: 'the page declines only the second month («февраль-апреле»)',
  },
  // Primorskoye settlement (Leningrad region): council election in the single voting day.
  {
    text: 'в единый день голосования 14 сентября 2014 года',
    source: PRIMORSKOYE_2014,
    ctx: { elections: [{ votingDay: '2014-09-14' }], ...year(2014) },
    expect: { windows: [w('2014-09-14')] },
  },
];
