/**
 * Fourth held-out set of real phrases (28.11.2026): read in plans and election notices nobody on the
 * team had used (Karelia, Kamchatka, Kazakhstan, the CEC of Kyrgyzstan, Russian regional news), written
 * before any run of the engine on them and never tuned against. `expect` is what each document says:
 * its printed date, or the counting of its own wording from the dates the same page gives. Where a page
 * prints no year, `ctx` carries the year of the election it is about; where it names no election, the
 * phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number) => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const SEGEZHA = 'https://poisk-ru.ru/s13258t16.html';
const KOSTANAY = 'https://vecher.kz/ru/article/vybory-v-kazahstane-proidut-v-dekabre-2023-goda.html';
const SHAILOO_2023 = 'https://shailoo.gov.kg/kg/news/6529/';
const SURGUT_2014 = 'https://admsurgut.ru/article/383/31767/Provedenie-dnya-molodogo-izbiratelya';
const TAMBOV_2022 =
  'https://t.iss.one/s/tmbcan/15758?q=%23%D0%B8%D0%B7%D0%B1%D0%B8%D1%80%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5%D0%B1%D1%8E%D0%BB%D0%BB%D0%B5%D1%82%D0%B5%D0%BD%D0%B8';
const KURSK_2024 = 'https://kursk-news.net/society/2024/08/23/392289-amp.html';
const TATARSTAN_2024 = 'https://tatcenter.ru/?p=481537';
const IRKUTSK_2025 = 'https://usolie.info/amp/82833';
const KZ_AKIMS =
  'https://ustinka.kz/kz/poisk.html/?tags=%D0%9F%D0%BE%D0%B4%D0%B3%D0%BE%D1%82%D0%BE%D0%B2%D0%BA%D0%B0+%D0%BA+%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D0%B0%D0%BC';
const AMUR_2025 = 'https://news-amur.ru/society/2025/12/10/34774-amp.html';
const KG24_2025 = 'https://24.kg/kyrgyzcha/345220_shayloo_2025_bshk_dobush_beruugo_ukuktuu_jarandardyin_sanyin_jaryiyaladyi/';
const NOVOSTI_KG =
  'https://novosti.kg/kg/borshajkom-shajloo-tilkesinin-daregin-almashtyruuda-koldonula-turchu-2-formasyn-koldonuu-jerezhelerin-k-ch-t-nietinde/';
const KHABAROVSK_2021 = 'http://telegra.ph/-08-27-1318';
const KG24_2024 = 'https://24.kg/vlast/304335_prezident_raspustil_mestnyie_keneshi_inaznachil_novyie_vyiboryi/amp';
const TSIMLYANSK_2025 = 'https://cimlyansk.ikro.ru/news/news_76051.html?wcag=Y';
const ELIZOVO_2026 = 'https://kam24.ru/news/main/20260122/124746.html';
const MOSCOW_2017 = 'https://govoritmoskva.ru/news/145802/';
const ZAOSTROVKA_2020 = 'https://ustzaostrovka.ru/news/poryadok-golosovaniya';
const GOLOS_2015 = 'https://golosinfo.org/articles/1518';
const VB_2017 = 'https://oper.vb.kg/doc/362304_cik_nachala_nabor_novyh_chlenov_territorialnyh_izbiratelnyh_komissiy.html';
const SYSERT = 'https://ikso.org/tik/site/sisertskiy_rayon/archive/news/show/formirovanie_novih_sostavov_uik';

const PRIVOLZHSKY_2021 = 'http://privgaz.ru/2021/08/v-privolzhskom-rayone-nachalsya-priem-zayavleniy-o-vklyuchenii-v-spisok-izbirateley-po-mestu-nahozhdeniya/';
const VOSKRESENSK_2024 = 'https://voskresensk-24.ru/odin-den-ostalsia-do-zaversheniia-adresnogo-informirovaniia-voskresencev/';
const AZATTYK_2023 = 'https://rfe.pangea-cms.com/preview/ky-KG/a/32325986.html';
const KOSTROMA_2025 = 'https://kostroma-news.ru/society/2025/06/30/11828.html';

/** Segezha district (Karelia): decision 15.06.2018, published 20.06.2018, voting 09.09.2018 (the plan's anchor lines). */
const KAR_2018: DeadlineContext = {
  elections: [{ votingDay: '2018-09-09', calledOn: '2018-06-20' }],
  events: [{ key: 'official_publication', date: '2018-06-20' }],
  ...year(2018),
};
/** Kazakhstan, Senate by-election in the Kostanay region, 20.12.2023. */
const KZ_SENATE_2023: DeadlineContext = { elections: [{ votingDay: '2023-12-20' }], ...year(2023) };
/** Kyrgyzstan, 14 aiyl keneshes 09.04.2023. */
const KG_AIYL_2023: DeadlineContext = { elections: [{ votingDay: '2023-04-09' }], ...year(2023) };
/** Tambov region, elections of 9–11.09.2022 (three voting days). */
const TAMBOV: DeadlineContext = { elections: [{ votingDay: '2022-09-11', votingDays: 3 }], ...year(2022) };
/** Kursk region, elections of 6–8.09.2024. */
const KURSK: DeadlineContext = { elections: [{ votingDay: '2024-09-08', votingDays: 3 }], ...year(2024) };
/** Tatarstan, State Council 6–8.09.2024 (the news prints «8 сентября» without the year). */
const TATARSTAN: DeadlineContext = { elections: [{ votingDay: '2024-09-08', votingDays: 3 }], ...year(2024) };
/** Irkutsk region, elections of 12–14.09.2025. */
const IRKUTSK: DeadlineContext = { elections: [{ votingDay: '2025-09-14', votingDays: 3 }], ...year(2025) };
/** Khabarovsk region, Governor and State Duma 17–19.09.2021. */
const KHABAROVSK: DeadlineContext = { elections: [{ votingDay: '2021-09-19', votingDays: 3 }], ...year(2021) };
/** Kyrgyzstan, local councils 17.11.2024. */
const KG_LOCAL_2024: DeadlineContext = { elections: [{ votingDay: '2024-11-17' }], ...year(2024) };
/** Rostov region, single voting day 14.09.2025. */
const ROSTOV_2025: DeadlineContext = { elections: [{ votingDay: '2025-09-14' }], ...year(2025) };
/** Elizovo municipal district (Kamchatka), local council 05.04.2026. */
const ELIZOVO: DeadlineContext = { elections: [{ votingDay: '2026-04-05' }], ...year(2026) };
/** Russia, President 18.03.2018; the news is of 24.12.2017. */
const RU_2018: DeadlineContext = { elections: [{ votingDay: '2018-03-18' }], period: w('2017-12-24', '2018-03-31') };
/** All-Russian vote on the constitutional amendments, 01.07.2020 (the page prints no year). */
const VOTE_2020: DeadlineContext = { elections: [{ votingDay: '2020-07-01' }], ...year(2020) };
/** Kyrgyzstan, President 15.10.2017 (the news prints no year). */
const KG_PRESIDENT_2017: DeadlineContext = { elections: [{ votingDay: '2017-10-15' }], ...year(2017) };

/** Astrakhan region, State Duma and regional Duma 17–19.09.2021. */
const ASTRAKHAN_2021: DeadlineContext = { elections: [{ votingDay: '2021-09-19', votingDays: 3 }], ...year(2021) };
/** Russia, President 15–17.03.2024 (the page prints no year). */
const RU_2024: DeadlineContext = { elections: [{ votingDay: '2024-03-17', votingDays: 3 }], ...year(2024) };
/** Kostroma region, regional Duma 12–14.09.2025. */
const KOSTROMA: DeadlineContext = { elections: [{ votingDay: '2025-09-14', votingDays: 3 }], ...year(2025) };

export const HOLDOUT4_PHRASES: readonly RealPhrase[] = [
  // Karelia, Segezha: the plan's own dates.
  { text: '15 июня 2018 года', source: SEGEZHA, ctx: KAR_2018, expect: { kind: 'date', windows: [w('2018-06-15')] } },
  { text: '20 июня 2018 года', source: SEGEZHA, ctx: KAR_2018, expect: { kind: 'date', windows: [w('2018-06-20')] } },
  // Kazakhstan, Kostanay Senate by-election.
  {
    text: 'начинается 21 октября и продлится до 18.00 19 ноября текущего года',
    source: KOSTANAY,
    ctx: KZ_SENATE_2023,
    expect: { windows: [w('2023-10-21', '2023-11-19')] },
  },
  { text: 'до 18.00 29 ноября', source: KOSTANAY, ctx: KZ_SENATE_2023, expect: { windows: [w('2023-01-01', '2023-11-29')], time: '18:00' } },
  {
    text: 'начинается после 18.00 по местному времени 29 ноября и заканчивается в ноль часов 19 декабря 2023 года',
    source: KOSTANAY,
    ctx: KZ_SENATE_2023,
    expect: { windows: [w('2023-11-29', '2023-12-19')] },
    note: 'the campaign ends at 00:00 of 19 December, the same reading as «в 0 часов 0 минут 12 сентября»',
  },
  { text: 'в течение одного дня – 20 декабря', source: KOSTANAY, ctx: KZ_SENATE_2023, expect: { windows: [w('2023-12-20')] } },
  // Kyrgyzstan, CEC notices in Kyrgyz.
  {
    text: '2023-жылдын 9-мартында саат 24:00дө',
    source: SHAILOO_2023,
    ctx: KG_AIYL_2023,
    expect: { windows: [w('2023-03-09')] },
    note: 'nominations end at the close of 9 March',
  },
  { text: '30-сентябрга чейин', source: KG24_2025, ctx: year(2025), expect: { kind: 'date', windows: [w('2025-01-01', '2025-09-30')] } },
  {
    text: 'добуш берүүгө 30 күн калганда',
    source: NOVOSTI_KG,
    ctx: {},
    expect: { windows: [] },
    note: 'a proposed rule with no election named: no date can be known',
  },
  { text: '17 сентября 2024 года', source: KG24_2024, ctx: KG_LOCAL_2024, expect: { kind: 'date', windows: [w('2024-09-17')] } },
  { text: 'до 15 июля', source: VB_2017, ctx: KG_PRESIDENT_2017, expect: { windows: [w('2017-01-01', '2017-07-15')] } },
  // Russian regions and territorial commissions.
  { text: 'В течение февраля', source: SURGUT_2014, ctx: year(2014), expect: { kind: 'range', windows: [w('2014-02-01', '2014-02-28')] } },
  { text: 'накануне первого дня голосования', source: TAMBOV_2022, ctx: TAMBOV, expect: { windows: [w('2022-09-08')] } },
  { text: 'с 30 августа по 2 сентября', source: KURSK_2024, ctx: KURSK, expect: { kind: 'range', windows: [w('2024-08-30', '2024-09-02')] } },
  { text: 'до 1 сентября', source: TATARSTAN_2024, ctx: TATARSTAN, expect: { windows: [w('2024-01-01', '2024-09-01')] } },
  {
    text: 'начнутся 26 августа и продлятся до 8 сентября включительно',
    source: IRKUTSK_2025,
    ctx: IRKUTSK,
    expect: { kind: 'range', windows: [w('2025-08-26', '2025-09-08')] },
  },
  {
    text: 'закончится за 30 дней до дня голосования',
    source: KZ_AKIMS,
    ctx: {},
    expect: { windows: [] },
    note: 'the news names no voting day',
  },
  {
    text: 'со следующего дня после назначения',
    source: KZ_AKIMS,
    ctx: {},
    expect: { windows: [] },
  },
  { text: 'до 19 декабря', source: AMUR_2025, ctx: year(2025), expect: { windows: [w('2025-01-01', '2025-12-19')] } },
  { text: 'До 17 сентября', source: KHABAROVSK_2021, ctx: KHABAROVSK, expect: { windows: [w('2021-01-01', '2021-09-17')] } },
  {
    text: 'до 14.00 часов 14 сентября',
    source: TSIMLYANSK_2025,
    ctx: ROSTOV_2025,
    expect: { windows: [w('2025-01-01', '2025-09-14')], time: '14:00' },
  },
  { text: '23 января 2026 года', source: ELIZOVO_2026, ctx: ELIZOVO, expect: { kind: 'date', windows: [w('2026-01-23')] } },
  { text: 'с 23 января по 12 февраля', source: ELIZOVO_2026, ctx: ELIZOVO, expect: { kind: 'range', windows: [w('2026-01-23', '2026-02-12')] } },
  { text: 'С 23 января по 11 февраля', source: ELIZOVO_2026, ctx: ELIZOVO, expect: { kind: 'range', windows: [w('2026-01-23', '2026-02-11')] } },
  {
    text: 'с момента заверения списка и до 17 февраля',
    source: ELIZOVO_2026,
    ctx: ELIZOVO,
    expect: { windows: [] },
    note: 'the start waits for the list to be certified, a date the page does not give',
  },
  { text: 'не позднее 7 января', source: MOSCOW_2017, ctx: RU_2018, expect: { windows: [w('2017-12-24', '2018-01-07')] } },
  { text: 'с 25 по 30 июня', source: ZAOSTROVKA_2020, ctx: VOTE_2020, expect: { kind: 'range', windows: [w('2020-06-25', '2020-06-30')] } },
  { text: 'в день голосования – 1 июля', source: ZAOSTROVKA_2020, ctx: VOTE_2020, expect: { windows: [w('2020-07-01')] } },
  { text: 'до 31 марта 2015 года включительно', source: GOLOS_2015, ctx: year(2015), expect: { windows: [w('2015-01-01', '2015-03-31')] } },
  { text: 'в период до 2 апреля 2015 года', source: GOLOS_2015, ctx: year(2015), expect: { windows: [w('2015-01-01', '2015-04-02')] } },
  { text: 'до 6 апреля 2015 года', source: GOLOS_2015, ctx: year(2015), expect: { windows: [w('2015-01-01', '2015-04-06')] } },
  {
    text: '22 мая - крайний срок для подачи документов',
    source: SYSERT,
    ctx: {},
    expect: { windows: [] },
    note: 'the page prints no year',
  },
  // Added after the first blind run (not scored by the gatherer).
  {
    text: 'с 02 августа до 24:00 ч. по московскому времени 13 сентября 2021 года',
    source: PRIVOLZHSKY_2021,
    ctx: ASTRAKHAN_2021,
    expect: { windows: [w('2021-08-02', '2021-09-13')] },
  },
  {
    text: 'с 02 августа по 13 сентября 2021 года',
    source: PRIVOLZHSKY_2021,
    ctx: ASTRAKHAN_2021,
    expect: { kind: 'range', windows: [w('2021-08-02', '2021-09-13')] },
  },
  {
    text: 'с 17 сентября по 19 сентября 2021 года',
    source: PRIVOLZHSKY_2021,
    ctx: ASTRAKHAN_2021,
    expect: { kind: 'range', windows: [w('2021-09-17', '2021-09-19')] },
  },
  { text: 'с 6 по 11 марта', source: VOSKRESENSK_2024, ctx: RU_2024, expect: { kind: 'range', windows: [w('2024-03-06', '2024-03-11')] } },
  { text: 'с 7 марта до 14:00 17 марта', source: VOSKRESENSK_2024, ctx: RU_2024, expect: { windows: [w('2024-03-07', '2024-03-17')] } },
  { text: '8-апрелде', source: AZATTYK_2023, ctx: KG_AIYL_2023, expect: { kind: 'date', windows: [w('2023-04-08')] } },
  { text: '24-мартка чейин', source: AZATTYK_2023, ctx: KG_AIYL_2023, expect: { kind: 'date', windows: [w('2023-01-01', '2023-03-24')] } },
  { text: 'в 18 часов 8 июля', source: KOSTROMA_2025, ctx: KOSTROMA, expect: { kind: 'date', windows: [w('2025-07-08')], time: '18:00' } },
];
