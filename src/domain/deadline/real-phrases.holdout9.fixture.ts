/**
 * Ninth held-out set of real phrases (28.11.2026): deadline cells of calendar plans of CIS election bodies
 * (the CEC of Azerbaijan in Azerbaijani, the CEC of Moldova in Romanian) and terms told in election news
 * (Armenia in Armenian, Belarus in Russian and in Belarusian Latin script, Azerbaijan, Moldova, Kyrgyzstan),
 * read on pages no earlier set used, written before any run of the engine on them and never tuned against.
 * `expect` is what each page says: its printed date or range, or, for «до / не позднее / по / până la / -dək /
 * մինչև» a date, the window from the start of the year the page gives. Where a page prints no year (two news
 * items, a Belarusian one in Latin script, a Romanian one, a Kyrgyz one) `ctx` is empty and the phrase must stay
 * without dates; where a rule is counted from a voting day the page does not print, likewise.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const AZ_PRESIDENT_2023 = 'https://modern.az/news/445344/';
const AZ_MUNICIPAL_2009 =
  'http://muhaz.org/azerbaycan-respublikas-merkezi-secki-komissiyasnn-07-oktyabr-2/muhaz.org/azerbaycan-respublikas-merkezi-secki-komissiyasnn-07-oktyabr-2.html?page=6';
const AZ_MUNICIPAL_2019 = 'https://metbuat.az/news/1298831/belediyye-seckileri-ile-bagli-bu-prosedurlar-basa-catir.html';
const MD_PARLIAMENT_2005 = 'http://www.e-democracy.md/elections/parliamentary/2005/cec/programulcalendaristic/';
const MD_PARLIAMENT_2021 = 'https://ro.scribd.com/document/506495559/Plan-calendaristic-APA-2021';
const MD_LOCAL_NEWS = 'https://expresul.md/?p=46779';
const ARMENIA_2012 = 'https://aravot.am/2012/02/24/291182';
const LELCHITSY_2017 = 'https://lelchitsy.by/2017/12/v-belarusi-zavershaetsya-obrazovanie-uchastkov-dlya-golosovaniya-na-mestnyx-vyborax';
const NN_BY_LATIN = 'https://nn.by/be_latn/78353/';
const VB_KG = 'https://vb.kg/doc/225446_cik_ytverdil_kalendarnyy_plan_podgotovki_k_perevyboram_v_mestnye_keneshi.html';

/** Pages that print no year, no period and no dated election. */
const NO_YEAR: DeadlineContext = {};
/**
 * The Azerbaijani plan pages print their dates with the year but not the voting day: the year is the plan's period
 * (corrected when the set was opened: the blind ctx was empty, so «-dək» had no year to start from, unlike the
 * convention of the other sets — «до» a date is the window from the start of the year the page gives).
 */
const AZ_NO_VOTING_DAY: DeadlineContext = {};
const AZ_2023_PLAN: DeadlineContext = year(2023);
const AZ_2009_PLAN: DeadlineContext = year(2009);
/** Moldova, parliamentary election of 6 March 2005 (the plan's title). */
const MD_2005: DeadlineContext = { elections: [{ votingDay: '2005-03-06' }] };
/** The same plan's rows of 2004 (its terms start in December 2004): the year the page gives (corrected on opening, as above). */
const MD_2005_IN_2004: DeadlineContext = { ...MD_2005, ...year(2004) };
/** Moldova, early parliamentary election of 11 July 2021 (the plan's title), the year the page gives (corrected on opening). */
const MD_2021: DeadlineContext = { elections: [{ votingDay: '2021-07-11' }], ...year(2021) };
/** Armenia, National Assembly election of 6 May 2012; the news prints the year once, in the voting day. */
const AM_2012: DeadlineContext = { elections: [{ votingDay: '2012-05-06' }], ...year(2012) };
/** Belarus, local councils: «3 января 2018 года» is the page's one year; voting 18 February (2018). */
const BY_2018: DeadlineContext = { elections: [{ votingDay: '2018-02-18' }], ...year(2018) };
/** Azerbaijan, municipal elections of 23 December 2019 (metbuat.az news of November 2019). */
const AZ_2019: DeadlineContext = { elections: [{ votingDay: '2019-12-23' }], ...year(2019) };

export const HOLDOUT9_PHRASES: readonly RealPhrase[] = [
  // Azerbaijan, early presidential election, calendar plan approved 8.12.2023 (news copy): the «recommended date» column.
  { text: '2023-cü il dekabrın 9-dək', source: AZ_PRESIDENT_2023, ctx: AZ_2023_PLAN, expect: { windows: [w('2023-01-01', '2023-12-09')] } },
  { text: '2023-cü il dekabrın 10-dək', source: AZ_PRESIDENT_2023, ctx: AZ_2023_PLAN, expect: { windows: [w('2023-01-01', '2023-12-10')] } },
  // The rule column counts from the voting day, which the page does not print.
  { text: 'Səsvermə gününə azı 60 gün qalmış', source: AZ_PRESIDENT_2023, ctx: AZ_NO_VOTING_DAY, expect: { windows: [] } },
  {
    text: 'Seçkilərin təyin edilməsi haqqın-da qərar qəbul edildikdən sonra ən geci 2 gün müddətində',
    source: AZ_PRESIDENT_2023,
    ctx: AZ_NO_VOTING_DAY,
    expect: { windows: [] },
  },
  // Azerbaijan, municipal elections 2009 (mirror page 6): one cell holding two dates, one per stage.
  { text: '2009-cu il noyabrın 3-dək', source: AZ_MUNICIPAL_2009, ctx: AZ_2009_PLAN, expect: { windows: [w('2009-01-01', '2009-11-03')] } },
  { text: '2009-cu il noyabrın 28-dək', source: AZ_MUNICIPAL_2009, ctx: AZ_2009_PLAN, expect: { windows: [w('2009-01-01', '2009-11-28')] } },
  // Azerbaijan, municipal elections 23.12.2019, terms of the Təqvim Planı told in news.
  {
    text: '2019-cu il noyabrın 8-dən 28-dək (noyabrın 28-i də daxil olmaqla)',
    source: AZ_MUNICIPAL_2019,
    ctx: AZ_2019,
    expect: { windows: [w('2019-11-08', '2019-11-28')] },
  },
  {
    text: '2019-cu il noyabrın 28-dək (noyabrın 28-i də daxil olmaqla)',
    source: AZ_MUNICIPAL_2019,
    ctx: AZ_2019,
    expect: { windows: [w('2019-01-01', '2019-11-28')] },
  },
  // Moldova, parliamentary election 6.03.2005: the «Termenul de realizare» column.
  { text: '24.12.2004', source: MD_PARLIAMENT_2005, ctx: MD_2005, expect: { windows: [w('2004-12-24')] } },
  { text: 'Pînă la 27.12.2004', source: MD_PARLIAMENT_2005, ctx: MD_2005_IN_2004, expect: { windows: [w('2004-01-01', '2004-12-27')] } },
  { text: '28.12.2004', source: MD_PARLIAMENT_2005, ctx: MD_2005, expect: { windows: [w('2004-12-28')] } },
  // Moldova, early parliamentary election 11.07.2021 (PDF text).
  { text: 'Până la 5 mai 2021', source: MD_PARLIAMENT_2021, ctx: MD_2021, expect: { windows: [w('2021-01-01', '2021-05-05')] } },
  { text: 'Până la 5 mai 2021 inclusiv', source: MD_PARLIAMENT_2021, ctx: MD_2021, expect: { windows: [w('2021-01-01', '2021-05-05')] } },
  { text: 'Până la 7 mai 2021 inclusiv', source: MD_PARLIAMENT_2021, ctx: MD_2021, expect: { windows: [w('2021-01-01', '2021-05-07')] } },
  { text: 'Până la 14 mai 2021 inclusiv', source: MD_PARLIAMENT_2021, ctx: MD_2021, expect: { windows: [w('2021-01-01', '2021-05-14')] } },
  { text: 'Conform graficului stabilit în hotărârea CEC', source: MD_PARLIAMENT_2021, ctx: MD_2021, expect: { windows: [] } },
  // Moldova, local general elections «din 20 octombrie» retold without a year (Romanian news).
  { text: 'până pe 1 septembrie', source: MD_LOCAL_NEWS, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'Până la 11 septembrie', source: MD_LOCAL_NEWS, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'Din 14 septembrie', source: MD_LOCAL_NEWS, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'Până pe 26 septembrie', source: MD_LOCAL_NEWS, ctx: NO_YEAR, expect: { windows: [] } },
  // Armenia, National Assembly election 6.05.2012: the timetable told in Armenian prose.
  { text: 'մարտի 12-ից 22-ը', source: ARMENIA_2012, ctx: AM_2012, expect: { windows: [w('2012-03-12', '2012-03-22')] } },
  { text: 'Մինչև ապրիլի 6', source: ARMENIA_2012, ctx: AM_2012, expect: { windows: [w('2012-01-01', '2012-04-06')] } },
  { text: 'Ապրիլի 8-ից մինչև մայիսի 4-ը', source: ARMENIA_2012, ctx: AM_2012, expect: { windows: [w('2012-04-08', '2012-05-04')] } },
  { text: 'Ապրիլի 26-ից մինչև մայիսի 3-ը', source: ARMENIA_2012, ctx: AM_2012, expect: { windows: [w('2012-04-26', '2012-05-03')] } },
  { text: 'Մայիսի 5-ին', source: ARMENIA_2012, ctx: AM_2012, expect: { windows: [w('2012-05-05')] } },
  // Belarus, local councils 18.02.2018 (district newspaper, December 2017).
  {
    text: 'не позднее 3 января 2018 года включительно',
    source: LELCHITSY_2017,
    ctx: BY_2018,
    expect: { windows: [w('2018-01-01', '2018-01-03')] },
  },
  { text: 'по 8 января включительно', source: LELCHITSY_2017, ctx: BY_2018, expect: { windows: [w('2018-01-01', '2018-01-08')] } },
  // Belarus, House of Representatives (5th convocation) told in Belarusian Latin script without a year.
  { text: 'z 14 pa 23 žniŭnia ŭklučna', source: NN_BY_LATIN, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'pa 22 vieraśnia ŭklučna', source: NN_BY_LATIN, ctx: NO_YEAR, expect: { windows: [] } },
  // Kyrgyzstan, early local kenesh elections called «на 26 мая» — no year on the page.
  { text: '26 мая', source: VB_KG, ctx: NO_YEAR, expect: { windows: [] } },
];
