/**
 * Eleventh held-out set of real phrases (28.11.2026): terms told in election news of the CIS and of Russia's
 * national republics (Armenian CEC timetables retold in Armenian, Belarusian CEC calendar plans retold in Russian
 * and Belarusian, Kazakh and Uzbek commissions, Kyrgyz CEC news, the Tajik CEC, the Chechen commission) and two cells of a
 * Kazakh district akimat's timetable, read on pages no earlier set used, written before any run of the engine
 * on them and never tuned against. `expect` is what each page says: its printed date or range, or, for «до /
 * մինչև / qadar» a date, the window from the start of the year the page gives. Where a page prints no year
 * (Belarusian news, an Armenian newspaper, Kyrgyz and Tajik news), `ctx` is empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });

const AMANGELDI_2020 = 'https://www.gov.kz/memleket/entities/kostanai-amangeldi-audany-akimat/press/news/details/94803';
const VAGHARSHAPAT_2025 =
  'https://mitk.am/2025/09/01/%D5%BE%D5%A1%D5%B2%D5%A1%D6%80%D5%B7%D5%A1%D5%BA%D5%A1%D5%BF-%D5%A7%D5%BB%D5%B4%D5%AB%D5%A1%D5%AE%D5%B6%D5%B8%D6%82%D5%B4-%D5%A5%D5%9E%D6%80%D5%A2-%D5%A7-%D5%BD%D5%AF%D5%BD%D5%BE%D5%A5%D5%AC%D5%B8/';
const AZG_EARLY =
  'https://azg.am/news/%d6%84%d5%a1%d6%80%d5%b8%d5%a6%d5%a1%d6%80%d5%b7%d5%a1%d5%be%d5%a8-%d5%b4%d5%a5%d5%af%d5%b6%d5%a1%d6%80%d5%af%d5%a5%d5%ac%d5%b8%d6%82-%d5%a7-%d5%b0%d5%b8%d6%82%d5%b6%d5%ab%d5%bd%d5%ab-7-%d5%ab%d5%b6';
const ARMENIA_2017 = 'http://topnews.mediamall.am/?id=158500';
const NG_2012 = 'http://ng.ru/cis/2012-06-20/7_belorussia.html';
const CTV_2017 = 'https://ctv.by/news/politika/16-noyabrya-lukashenko-podpisal-ukaz-o-naznachenii-vyborov-v-mestnye-sovety-deputatov';
const CRI_2013 = 'http://belarusian.cri.cn/41/2013/12/18/2s19588.htm';
const CHECHNYA_PARLIAMENT_2016 =
  'https://checheninfo.ru/93472-ik-chr-utverdila-kalendarnyy-plan-meropriyatiy-po-podgotovke-i-provedeniyu-vyborov-parlamenta-chr.html';
const CHECHNYA_HEAD_2016 =
  'https://checheninfo.ru/92715-v-chechenskoy-respublike-nachalas-izbiratelnaya-kampaniya-po-vyboram-glavy-chechenskoy-respubliki.html';
const KASHKADARYA_2024 = 'https://uza.uz/react/posts/oquv-amaliy-mashgulotlar-saylov-uchastkalarining-ozida-otkazilmoqda_643521';
const ARAINFO_2022 = 'https://arainfo.kz/3638/prezident-saylauy-kandidattardy-tirkeu-aya-talyp-git-nasihat-keze-i-bastaldy';
const AZATTYK_KG = 'https://azattyk.org/amp/31126003.html';
const TEST_VOTING_KG = 'https://24.kg/kyrgyzcha/347766_kyirgyizstandyin_bardyik_shayloo_tilkelerinde_testtik_dobush_beruu_jurup_jatat/';
const TAJIK_ROUND_TABLE = 'https://tiroz.org/?p=826';

/** Pages that print no year for their terms. */
const NO_YEAR: DeadlineContext = {};
/** The akimat's timetable is titled «… 2021 жылы …» (the year the list is for); its cells print 2020. */
const AMANGELDI_CTX = year(2021);
/** Vagharshapat local elections 16.11.2025 (the page's date line 01/09/2025 gives the year). */
const VAGHARSHAPAT_CTX = election('2025-11-16', 2025);
/** Armenian National Assembly 02.04.2017. */
const ARMENIA_2017_CTX = election('2017-04-02', 2017);
/** Chechnya, single voting day 18.09.2016. */
const CHECHNYA_CTX = election('2016-09-18', 2016);
/** Kazakhstan, early presidential election 20.11.2022. */
const KZ_2022_CTX = election('2022-11-20', 2022);

export const HOLDOUT11_PHRASES: readonly RealPhrase[] = [
  // Amangeldi district akimat (Kostanay region): timetable of the jury candidates' list, cells with their year.
  {
    text: '14 қыркүйек – 13 қазан 2020 жыл (бір айлық мерзім)',
    source: AMANGELDI_2020,
    ctx: AMANGELDI_CTX,
    expect: { windows: [w('2020-09-14', '2020-10-13')] },
    note: 'the bracket says «(a one-month term)»; the printed year 2020 wins over the title year 2021',
  },
  { text: '14 – 20 қазан 2020 жыл', source: AMANGELDI_2020, ctx: AMANGELDI_CTX, expect: { windows: [w('2020-10-14', '2020-10-20')] } },
  // Armenia, Vagharshapat community, local self-government elections 16.11.2025.
  {
    text: 'հոկտեմբերի 20-ից և կտևի մինչև նոյեմբերի 14-ը',
    source: VAGHARSHAPAT_2025,
    ctx: VAGHARSHAPAT_CTX,
    expect: { windows: [w('2025-10-20', '2025-11-14')] },
    note: '«from 20 October and lasts until 14 November» (the campaign)',
  },
  {
    text: 'հոկտեմբերի 2-ից մինչև հոկտեմբերի 12-ը',
    source: VAGHARSHAPAT_2025,
    ctx: VAGHARSHAPAT_CTX,
    expect: { windows: [w('2025-10-02', '2025-10-12')] },
  },
  { text: 'մինչև հոկտեմբերի 20-ը', source: VAGHARSHAPAT_2025, ctx: VAGHARSHAPAT_CTX, expect: { windows: [w('2025-01-01', '2025-10-20')] } },
  { text: 'մինչև հոկտեմբերի 27-ը', source: VAGHARSHAPAT_2025, ctx: VAGHARSHAPAT_CTX, expect: { windows: [w('2025-01-01', '2025-10-27')] } },
  {
    text: 'նոյեմբերի 16-ին',
    source: VAGHARSHAPAT_2025,
    ctx: VAGHARSHAPAT_CTX,
    expect: { windows: [w('2025-11-16')] },
    note: 'the voting day, in the locative «-ին»',
  },
  // Armenia, early National Assembly elections retold by a newspaper without any year.
  { text: 'մինչեւ մայիսի 26-ը', source: AZG_EARLY, ctx: NO_YEAR, expect: { windows: [] }, note: '«մինչեւ» spelled with «եւ»' },
  { text: 'մինչեւ մայիսի 26-ը ժամը 18.00-ն', source: AZG_EARLY, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'մինչեւ մայիսի 31-ը', source: AZG_EARLY, ctx: NO_YEAR, expect: { windows: [] } },
  // Armenia, National Assembly 02.04.2017.
  {
    text: '2017թ. ապրիլի 2-ին',
    source: ARMENIA_2017,
    ctx: ARMENIA_2017_CTX,
    expect: { windows: [w('2017-04-02')] },
    note: 'the year abbreviated «թ.» glued to it',
  },
  {
    text: 'ընտրությունների օրը նշանակելուց ոչ ուշ, քան երեք օր հետո',
    source: ARMENIA_2017,
    ctx: ARMENIA_2017_CTX,
    expect: { windows: [] },
    note: '«not later than three days after the election day is set»: the page gives no date of the calling',
  },
  // Belarus, House of Representatives (Nezavisimaya gazeta, no year in the text).
  { text: 'с 15 июля по 13 августа', source: NG_2012, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'За пять дней до 23 сентября', source: NG_2012, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '23 сентября', source: NG_2012, ctx: NO_YEAR, expect: { windows: [] }, note: 'the main voting day, without its year' },
  // Belarus, local councils (CTV, no year in the text).
  { text: 'не позднее 24 ноября', source: CTV_2017, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '18 февраля', source: CTV_2017, ctx: NO_YEAR, expect: { windows: [] } },
  // Belarus, local councils, in Belarusian: «of the next year», the year itself not printed.
  { text: '23 сакавіка наступнага года', source: CRI_2013, ctx: NO_YEAR, expect: { windows: [] } },
  // Chechnya: the parliament's early election and the head's election, single voting day 18.09.2016.
  { text: '18 сентября 2016 года', source: CHECHNYA_PARLIAMENT_2016, ctx: CHECHNYA_CTX, expect: { windows: [w('2016-09-18')] } },
  {
    text: 'до 4 июля с.г.',
    source: CHECHNYA_HEAD_2016,
    ctx: CHECHNYA_CTX,
    expect: { windows: [w('2016-01-01', '2016-07-04')] },
    note: '«с.г.» = of this year; the same page prints 2016',
  },
  {
    text: 'до 18 часов 00 минут 3 августа 2016 года',
    source: CHECHNYA_HEAD_2016,
    ctx: CHECHNYA_CTX,
    expect: { windows: [w('2016-01-01', '2016-08-03')], time: '18:00' },
  },
  // Uzbekistan, Kashkadarya regional commission: training of precinct commissions (news of 09.10.2024).
  {
    text: 'joriy yil 14 oktyabrga qadar',
    source: KASHKADARYA_2024,
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-10-14')] },
    note: '«until 14 October of the current year»; the page is dated 2024-10-09',
  },
  // Kazakhstan, early presidential election 20.11.2022, in Kazakh: campaigning.
  {
    text: '2022 жылғы 21 қазанда жергілікті уақыт бойынша сағат 18.00-де басталады және сайлау болатын күннің алдындағы күні жергілікті уақыт бойынша сағат 00.00-де аяқталады (2022 жылғы 19 қарашада сағат 00.00-де аяқталады)',
    source: ARAINFO_2022,
    ctx: KZ_2022_CTX,
    expect: { kind: 'range', windows: [w('2022-10-21', '2022-11-18')], time: '00:00' },
    note: 'ends at 00:00 on 19 November, i.e. with 18 November (the bracket repeats the rule as a date)',
  },
  // Kyrgyzstan, local councils: the CEC's notice on the voters' lists, without any year.
  { text: '27-мартка чейин', source: AZATTYK_KG, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '1-апрелге чейин', source: AZATTYK_KG, ctx: NO_YEAR, expect: { windows: [] } },
  // Kyrgyzstan, test voting before the early Jogorku Kenesh election: «of the current year», never printed.
  { text: '30-октябрда', source: TEST_VOTING_KG, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '10-ноябрда', source: TEST_VOTING_KG, ctx: NO_YEAR, expect: { windows: [] } },
  // Tajikistan, the CEC's round table with the media, without its year.
  { text: '16 декабр', source: TAJIK_ROUND_TABLE, ctx: NO_YEAR, expect: { windows: [] } },
];
