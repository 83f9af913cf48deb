/**
 * Seventh held-out set of real phrases (28.11.2026): deadline cells of plans (a regional commission's
 * programme, school and club plans of legal-culture events, a TIK's programme told in its news) and
 * terms told in election news (Russian regions, Belarus, Kazakhstan in Kazakh, Armenia in Armenian), read on pages no earlier
 * set used, written before any run of the engine on them and never tuned against. `expect` is what each
 * page says: its printed date or range, or, for «до / не позднее / по» a date, the window from the start
 * of the year the page gives. Where a page prints no year (a club plan, two Belarusian news items), `ctx`
 * is empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const BELOVO_2025 = 'https://school12-belovo.kemobl.ru/news/izbiratelnaya-sistema';
const CHELYABINSK = 'https://chelyab-gov.ru/doc/99070';
const OSKOLKOVO_2024 = 'https://shkolaoskolkovskaya-r22.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/mesyachnik-molodogo-izbiratelya.html';
const LENSK = 'https://kultgorodlensk.ru/plany/plan-za-nami-buduschee-19/';
const TSELINA_2023 = 'https://tselinaraion.ikro.ru/news/news_47744.html';
const KHOMUTOVKA_2023 = 'https://xomutovka-xomutovskij-r38.gosweb.gosuslugi.ru/dlya-zhiteley/novosti-i-reportazhi/novosti_14.html';
const DINSKAYA_2023 = 'https://www.dinskoi-raion.ru/TIKdinskaya/TIKnews/?ELEMENT_ID=60375';
const KOMSOMOLSKOYE_2019 =
  'http://kasalen.ru/2019/08/29/%D0%BA-%D1%81%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D1%8E-%D0%B8%D0%B7%D0%B1%D0%B8%D1%80%D0%B0%D1%82%D0%B5%D0%BB%D0%B5%D0%B9/';
const MINSK_2014 = 'http://www.belta.by/amp/regions/view/v-minske-obrazovano-714-uchastkov-dlja-golosovanija-po-vyboram-v-gorodskoj-sovet-deputatov-35188-2014';
const ORSHA = 'https://orshanka.by/?p=75979';
const KRUGLOE = 'https://krugloe.by/official/kalendarnyj-plan-meroprijatij-prinjat/';
const KYZYLORDA_2025 = 'https://tirshilik-tynysy.kz/zanalyk/34537-yzylorda-oblysynda-1-knde-12-auyldy-km-saylanady.html';
const ZHETISU_2025 = 'http://7-su.kz/news/cat-20/26804/';
const KARGALY_2024 = 'https://kargali.kz/sajlaualdy-ugit-nasihat-zhumystary-bastaldy';
const SVERDLOVSK_2022 = 'https://kamensk-uralskij-gid.ru/news/gosudarstvo/sostoyalos-zasedanie-izbiratelnoy-komissii-sverdlovskoy-oblasti.htm';
const ORENBURG_2025 = 'https://orenburzhie2.ru/policy/izbirkom-orenburgskoj-oblasti-formiruet-rezerv-v-sostave-uchastkovyx-komissij';
const ARMENIA_2026 = 'https://mitk.am/ertyrr/';
const RYAZAN_2026 = 'https://ryazan-news.ru/society/2026/02/06/27838.html';

/** The Kuzbass school plan «… в 2025 году»: one month per row. */
const KUZBASS_2025 = year(2025);
/** The Chelyabinsk programme's header prints the years 2011, 2012, 2013 (the title is not on the page). */
const CHEL_2011_2013: DeadlineContext = { period: w('2011-01-01', '2013-12-31') };
/** The Oskolkovo school programme: «С 1 февраля 2024 года по 29 февраля 2024 года». */
const FEB_2024: DeadlineContext = { period: w('2024-02-01', '2024-02-29') };
/** The Lensk club plan prints no year, no election and no period. */
const NO_YEAR: DeadlineContext = {};

const month = (text: string, m: string, last: string): RealPhrase => ({
  text,
  source: BELOVO_2025,
  ctx: KUZBASS_2025,
  expect: { windows: [w(`2025-${m}-01`, `2025-${m}-${last}`)] },
});

export const HOLDOUT7_PHRASES: readonly RealPhrase[] = [
  // Kuzbass, school plan for 2025: the term cell is a month (May is missing on the page).
  month('Январь', '01', '31'),
  month('Февраль', '02', '28'),
  month('Март', '03', '31'),
  month('Апрель', '04', '30'),
  month('Июнь', '06', '30'),
  month('Июль', '07', '31'),
  month('Август', '08', '31'),
  month('Сентябрь', '09', '30'),
  month('Октябрь', '10', '31'),
  month('Ноябрь', '11', '30'),
  month('Декабрь', '12', '31'),
  // Chelyabinsk, programme of legal education: a span of years.
  { text: '2011 - 2013 годы', source: CHELYABINSK, ctx: CHEL_2011_2013, expect: { windows: [w('2011-01-01', '2013-12-31')] } },
  // Oskolkovo school, Month of the Young Voter 2024.
  { text: '01.02.24', source: OSKOLKOVO_2024, ctx: FEB_2024, expect: { windows: [w('2024-02-01')] } },
  { text: '01-29 февраля', source: OSKOLKOVO_2024, ctx: FEB_2024, expect: { windows: [w('2024-02-01', '2024-02-29')] } },
  {
    text: 'С 1 февраля 2024 года по 29 февраля 2024 года',
    source: OSKOLKOVO_2024,
    ctx: FEB_2024,
    expect: { windows: [w('2024-02-01', '2024-02-29')] },
  },
  // Lensk, a young voters' club plan with no year anywhere on the page.
  { text: 'июнь', source: LENSK, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'июль - август', source: LENSK, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'сентябрь', source: LENSK, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'сентябрь-декабрь', source: LENSK, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'сентябрь- декабрь', source: LENSK, ctx: NO_YEAR, expect: { windows: [] } },
  // Tselina TIK (Rostov region): the period of the programme it approved.
  { text: 'С 01 по 28 февраля 2023 года', source: TSELINA_2023, ctx: year(2023), expect: { windows: [w('2023-02-01', '2023-02-28')] } },
  // Khomutovka (Kursk region), elections of 8-10.09.2023: requests to vote at home.
  {
    text: 'с 30 августа и не позднее 14-00 часов 10 сентября 2023 года',
    source: KHOMUTOVKA_2023,
    ctx: { elections: [{ votingDay: '2023-09-10', votingDays: 3 }], ...year(2023) },
    expect: { windows: [w('2023-08-30', '2023-09-10')] },
  },
  // Dinskaya district (Krasnodar), early election of a head 02.04.2023.
  {
    text: 'в период с 22 марта по 1 апреля 2023 года',
    source: DINSKAYA_2023,
    ctx: { elections: [{ votingDay: '2023-04-02' }], ...year(2023) },
    expect: { windows: [w('2023-03-22', '2023-04-01')] },
  },
  {
    text: '2 апреля 2023 года',
    source: DINSKAYA_2023,
    ctx: { elections: [{ votingDay: '2023-04-02' }], ...year(2023) },
    expect: { windows: [w('2023-04-02')] },
  },
  // Komsomolskoye district (Chuvashia), additional elections 08.09.2019: early voting.
  {
    text: 'С 28 августа по 7 сентября 2019 года',
    source: KOMSOMOLSKOYE_2019,
    ctx: { elections: [{ votingDay: '2019-09-08' }], ...year(2019) },
    expect: { windows: [w('2019-08-28', '2019-09-07')] },
  },
  // Minsk, local councils 23.03.2014 (BelTA, dated 21.01.2014).
  {
    text: 'не позднее 5 февраля включительно',
    source: MINSK_2014,
    ctx: { elections: [{ votingDay: '2014-03-23' }], ...year(2014) },
    expect: { windows: [w('2014-01-01', '2014-02-05')] },
  },
  {
    text: 'по 10 февраля',
    source: MINSK_2014,
    ctx: { elections: [{ votingDay: '2014-03-23' }], ...year(2014) },
    expect: { windows: [w('2014-01-01', '2014-02-10')] },
  },
  {
    text: 'с 11 по 20 февраля',
    source: MINSK_2014,
    ctx: { elections: [{ votingDay: '2014-03-23' }], ...year(2014) },
    expect: { windows: [w('2014-02-11', '2014-02-20')] },
  },
  {
    text: 'с 18 по 22 марта',
    source: MINSK_2014,
    ctx: { elections: [{ votingDay: '2014-03-23' }], ...year(2014) },
    expect: { windows: [w('2014-03-18', '2014-03-22')] },
  },
  // Belarus, a referendum told without its year (Orsha news): no dates can be known.
  { text: 'Не позднее 6 февраля', source: ORSHA, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'с 22 по 26 февраля включительно', source: ORSHA, ctx: NO_YEAR, expect: { windows: [] } },
  // Belarus, a presidential calendar plan retold without its year (Krugloe news).
  { text: 'не позднее 9 августа', source: KRUGLOE, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'не позднее 25 сентября', source: KRUGLOE, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'с 6 по 15 сентября', source: KRUGLOE, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'до 26 сентября', source: KRUGLOE, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'не позднее 30 сентября', source: KRUGLOE, ctx: NO_YEAR, expect: { windows: [] } },
  // Kazakhstan, akim elections told in Kazakh.
  { text: '2025 жылғы 11 мамырда, сағат 18.00-де', source: KYZYLORDA_2025, ctx: year(2025), expect: { windows: [w('2025-05-11')] } },
  {
    text: '2025 жылдың 9 қаңтарынан басталып, 2025 жылдың 21 қантарына жергілікті уақыт бойынша сағат 18.00-де аяқталады',
    source: ZHETISU_2025,
    ctx: { elections: [{ votingDay: '2025-02-16' }], ...year(2025) },
    expect: { windows: [w('2025-01-09', '2025-01-21')] },
    note: "«қантарына» is the page's misspelling of «қаңтарына» (January)",
  },
  {
    text: '2025 жылғы 16 ақпанға',
    source: ZHETISU_2025,
    ctx: { elections: [{ votingDay: '2025-02-16' }], ...year(2025) },
    expect: { windows: [w('2025-02-16')] },
    note: 'the date the election is set for',
  },
  {
    text: '25 сәуірден басталып, 7 мамыр күні аяқталды',
    source: KARGALY_2024,
    ctx: { elections: [{ votingDay: '2024-06-02' }], ...year(2024) },
    expect: { windows: [w('2024-04-25', '2024-05-07')] },
  },
  // Sverdlovsk region, governor 11.09.2022: the commission may decide on several voting days.
  {
    text: 'до 20 июня 2022 года',
    source: SVERDLOVSK_2022,
    ctx: { elections: [{ votingDay: '2022-09-11' }], ...year(2022) },
    expect: { windows: [w('2022-01-01', '2022-06-20')] },
  },
  // Orenburg region, reserve of precinct commissions before 14.09.2025.
  {
    text: 'с 3 июля по 14 августа 2025 года включительно',
    source: ORENBURG_2025,
    ctx: { elections: [{ votingDay: '2025-09-14' }], ...year(2025) },
    expect: { windows: [w('2025-07-03', '2025-08-14')] },
  },
  // Ryazan region, reserve of precinct commissions 2026.
  { text: 'с 16 февраля по 16 марта 2026 года', source: RYAZAN_2026, ctx: year(2026), expect: { windows: [w('2026-02-16', '2026-03-16')] } },
  // Armenia, National Assembly 07.06.2026: the CEC's timetable retold (news dated 09.02.2026).
  {
    text: 'փետրվարի 9-ից մինչև ապրիլի 23-ը',
    source: ARMENIA_2026,
    ctx: { elections: [{ votingDay: '2026-06-07' }], ...year(2026) },
    expect: { windows: [w('2026-02-09', '2026-04-23')] },
  },
  {
    text: 'ապրիլի 23-ից մինչև մայիսի 3-ը՝ ժամը 18:00-ը',
    source: ARMENIA_2026,
    ctx: { elections: [{ votingDay: '2026-06-07' }], ...year(2026) },
    expect: { windows: [w('2026-04-23', '2026-05-03')] },
  },
];
