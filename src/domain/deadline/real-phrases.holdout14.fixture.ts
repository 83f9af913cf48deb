/**
 * Fourteenth held-out set of real phrases (28.11.2026): terms read on Russian pages about plans around elections —
 * the holdout14 documents (a library bulletin of Yelets, a library system's news of Pervomaisky district, a legal
 * mirror of the Lipetsk commission's act) and news of the same kind (district sites, libraries, TIK news), written
 * before any run of the engine on them and never tuned against. `expect` is what each page says: its printed date or
 * range, or, for «до» a date, the window from the start of the year the page gives. Where a page prints no year,
 * `ctx` is empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });

const ELETS_2017 = 'http://cbse.ru/informatsionnyiy-sbornik-bibliotechnaya-zhizn-14-2017-biblioteki-vyiboram/';
const PERVOMAISKY_2014 = 'https://prcb.ucoz.ru/news/2014-08-25';
const LIPETSK_2006 = 'http://vesrostov.ru/index.php?ds=1100562';
const MEGION_2010 = 'https://megion.net/showthread.php?s=dde0098a756382c3f86fcc45bf1d0f12&t=10376';
const ALTAI_2012 = 'http://zvezdaltaya.ru/politika/izbirkom-gotovitsya-k-osenney-kompanii-21-06-2012.html';
const KINESHMA_2014 = 'http://www.gorki.mrkineshma.ru/content/news/index.php?news=5886';
const LEBYAZHYE_SEMINAR_2015 = 'https://lebadminist.ucoz.ru/news/obuchajushhij_seminar/2015-03-27-1285';
const LEBYAZHYE_CONTEST = 'https://lebadminist.ucoz.ru/news/objavlen_konkurs/2015-06-22-1432';
const KHMAO_DISTRICT_2022 = 'http://hmrn.ru/index_new.php?ELEMENT_ID=79580';
const USTLABINSK_2021 = 'https://sn-news.ru/index.php?id=5393';
const KIRILLOV_2024 =
  'https://kirillov-r19.gosweb.gosuslugi.ru/dlya-zhiteley/ofitsialnaya-informatsiya-ot-gosorganov-i-gosuchrezhdeniy/territorialnaya-izbiratelnaya-komissiya/novosti-2_534.html';
const MANTUROVO_2024 = 'https://manturovo-press.ru/zakon-i-porjadok/obespechenie-pravoporjadka-v-period-podgotovki-i-provedenija-vyborov/';
const MOGOYTUY_2024 = 'https://mogoytuy.75.ru/novosti/354045';
const BEKISHEVO_2024 = 'https://bekishevo.tukalinsklib.ru/vremya-vybirat';
const NOVOMOSKOVSK_LIB_2024 = 'https://www.nmosk-lib.ru/news/events/detail.php?ID=12235';
const LEV_TOLSTOY_2024 = 'http://tik13.iklo.ru/gas-vybory?start=30';
const LIPETSK_CHILD_LIB = 'https://childbook.lib48.ru/news/ya-golos-myi-v-otvete-za-budushhee/';
const KULUNDA_LIB = 'https://kulundabibl.ru/news/item/34';

/** Pages that print no year for their terms. */
const NO_YEAR: DeadlineContext = {};
/** Yelets city council, single voting day 10.09.2017 (the bulletin's date line 23.07.2017 gives the year). */
const ELETS_CTX = election('2017-09-10', 2017);
/** Orenburg governor, 14.09.2014. */
const PERVOMAISKY_CTX = election('2014-09-14', 2014);
/**
 * Megion city Duma, 14.03.2010; the plan was approved the December before. The context is the campaign, not the
 * calendar year 2010 (given blind, it put «22 декабря» in December 2010, after the voting day): an election is called
 * 90–110 days before its voting day (67-FZ, art. 10 p. 7), so the campaign runs from 24.11.2009 at the earliest to
 * the voting day, as the Belarusian contexts run from the calling (real-phrases.regions-contexts.ts).
 */
const MEGION_CTX: DeadlineContext = { elections: [{ votingDay: '2010-03-14' }], period: w('2009-11-24', '2010-03-14') };
/** Ivanovo governor, 14.09.2014 (the news is dated 08.09.2014). */
const KINESHMA_CTX = election('2014-09-14', 2014);
/** Kurgan regional and district Dumas, 13.09.2015 (the seminar's theme names «в 2015 году»). */
const LEBYAZHYE_CTX = election('2015-09-13', 2015);
/** Vologda governor, 08.09.2024. */
const KIRILLOV_CTX = election('2024-09-08', 2024);
/** Lipetsk governor 2024: the page prints «21 июля 2024 года» for the TIK's meeting. */
const LEV_TOLSTOY_CTX = year(2024);

export const HOLDOUT14_PHRASES: readonly RealPhrase[] = [
  // Yelets libraries' bulletin (holdout14 document): a voting day and a campaign start without a year.
  {
    text: '10 сентября, в Единый день голосования',
    source: ELETS_2017,
    ctx: ELETS_CTX,
    expect: { windows: [w('2017-09-10')] },
    note: 'the year is the date line’s (23.07.2017)',
  },
  { text: '24 июня', source: ELETS_2017, ctx: ELETS_CTX, expect: { windows: [w('2017-06-24')] }, note: '«кампании, которая стартовала в Ельце 24 июня»' },
  // Pervomaisky district libraries (holdout14 document).
  { text: '14 сентября 2014 года', source: PERVOMAISKY_2014, ctx: PERVOMAISKY_CTX, expect: { windows: [w('2014-09-14')] } },
  {
    text: 'В предвыборный период',
    source: PERVOMAISKY_2014,
    ctx: PERVOMAISKY_CTX,
    expect: { windows: [] },
    note: 'the span of the campaign; the page prints neither its start (the calling of the election) nor an end',
  },
  // Lipetsk commission's act on a legal mirror (holdout14 document).
  {
    text: '8 октября 2006 года',
    source: LIPETSK_2006,
    ctx: election('2006-10-08', 2006),
    expect: { windows: [w('2006-10-08')] },
    note: '«при подготовке и проведении 8 октября 2006 года выборов главы муниципального образования»',
  },
  // Megion: a TIK approved the calendar plan in December for a March election.
  { text: '14 марта 2010 года', source: MEGION_2010, ctx: MEGION_CTX, expect: { windows: [w('2010-03-14')] } },
  {
    text: '22 декабря',
    source: MEGION_2010,
    ctx: MEGION_CTX,
    expect: { windows: [w('2009-12-22')] },
    note: '«22 декабря территориальной избирательной комиссией г. Мегиона утверждён календарный план … выборов …, которые состоятся 14 марта 2010 года»: the approval precedes the voting day, so December is 2009, not the year of the election',
  },
  // Altai Republic commission's plan for the single voting day, told in a newspaper.
  { text: '14 октября 2012 года', source: ALTAI_2012, ctx: election('2012-10-14', 2012), expect: { windows: [w('2012-10-14')] } },
  // Kineshma district: a working group before the governor's election.
  { text: '14 сентября', source: KINESHMA_2014, ctx: KINESHMA_CTX, expect: { windows: [w('2014-09-14')] }, note: '«в организации выборов 14 сентября»' },
  // Lebyazhye (Kurgan region) district site: TIK news.
  {
    text: 'в Единый день голосования 13 сентября',
    source: LEBYAZHYE_SEMINAR_2015,
    ctx: LEBYAZHYE_CTX,
    expect: { windows: [w('2015-09-13')] },
  },
  {
    text: 'до 1 декабря т.г.',
    source: LEBYAZHYE_CONTEST,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: '«т.г.» (текущего года) is the page’s own year, and the stored text prints none (only the address holds 2015-06-22)',
  },
  // Khanty-Mansiysk district: the campaign started on the day of publication.
  {
    text: '17 июня',
    source: KHMAO_DISTRICT_2022,
    ctx: year(2022),
    expect: { windows: [w('2022-06-17')] },
    note: 'the date line 17.06.2022 gives the year («опубликованы в газете … от 17 июня»)',
  },
  // Ust-Labinsk: inspection of polling premises before the election of 19.09.2021.
  { text: '19 сентября 2021 года', source: USTLABINSK_2021, ctx: election('2021-09-19', 2021), expect: { windows: [w('2021-09-19')] } },
  // Kirillov district (Vologda region): inspection of polling premises.
  { text: '24 июня 2024 года', source: KIRILLOV_2024, ctx: KIRILLOV_CTX, expect: { windows: [w('2024-06-24')] } },
  { text: '8 сентября 2024 года', source: KIRILLOV_2024, ctx: KIRILLOV_CTX, expect: { windows: [w('2024-09-08')] } },
  // Manturovo: police on duty before and during the presidential election.
  {
    text: 'с 13 марта 2024 года по 17 марта 2024 года',
    source: MANTUROVO_2024,
    ctx: election('2024-03-17', 2024),
    expect: { windows: [w('2024-03-13', '2024-03-17')] },
    note: 'both ends print their year',
  },
  // Mogoytuy (Zabaykalsky krai): early voting of remote groups.
  { text: '13 марта 2024 года', source: MOGOYTUY_2024, ctx: election('2024-03-17', 2024), expect: { windows: [w('2024-03-13')] } },
  // Bekishevo village library: the presidential election's three days.
  {
    text: 'С 15 по 17 марта 2024 года',
    source: BEKISHEVO_2024,
    ctx: election('2024-03-17', 2024),
    expect: { windows: [w('2024-03-15', '2024-03-17')] },
  },
  // Novomoskovsk library system: an exhibition «Действует до 17 марта 2024 года».
  {
    text: 'до 17 марта 2024 года',
    source: NOVOMOSKOVSK_LIB_2024,
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-03-17')] },
    note: '«до DATE» from the start of the year by the convention (the page’s date line is 05.03.2024)',
  },
  // Lev-Tolstoy TIK (Lipetsk region): the «Мобильный избиратель» period.
  {
    text: '2 сентября',
    source: LEV_TOLSTOY_2024,
    ctx: LEV_TOLSTOY_CTX,
    expect: { windows: [w('2024-09-02')] },
    note: '«Завершится период подачи заявлений 2 сентября»',
  },
  // Pages without a year.
  {
    text: 'С 12 по 19 февраля',
    source: LIPETSK_CHILD_LIB,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: 'a regional children’s library’s exhibition before the presidential election; the page prints no year',
  },
  { text: 'в течение всего февраля', source: KULUNDA_LIB, ctx: NO_YEAR, expect: { windows: [] }, note: 'Young Voter Day events; no year on the page' },
];
