/**
 * Real deadline phrases read in published calendar plans, work plans, election laws
 * and the CEC of Kyrgyzstan's plans (Kyrgyz and Russian), with the reading each
 * document gives: its own printed date where it prints one, else the counting of
 * ст. 11.1 67-ФЗ for the event dates given in `ctx`. The held-out set lives in
 * real-phrases.holdout.fixture.ts.
 */
import * as R from './real-phrases.regions-contexts.js';
import { w, type RealPhrase } from './real-phrases.types.js';

const CHUV_2009 = 'https://chuvashia-gov.ru/doc/15635';
const CHUV_2012 = 'https://chuvashia-gov.ru/doc/30095';
const RYAZAN = 'http://ryazan-gov.ru/doc/20213';
const KG_2017 =
  'https://www.shailoo.gov.kg/kg/vybory-sentyabr-2017/kalendarnyj-plan-osnovnyh-organizacionno-prakticheskih-meropriyatij-po-podgotovke-i-provedeniyu-dosrochnyh-vyborov-deputatov-nekotoryh-mestnyh-keneshej-kyrgyzskoj-respubliki-naznachennyh-na-3-sentyabrya-2017-goda/';
const KG_2021_PLAN = 'https://www.shailoo.gov.kg/kg/vybory-yanvar-2021/kalendarnyj-plan2/';
const KAKTUS = 'https://m.kaktus.media/doc/11254_lenin_rayonyndagy_shayloo._talapkerlerdi_kattoo_27_aprelge_cheyin_ylanat.html';
const NAZAR = 'https://nazarnews.kg (ЦИК КР, календарный план выборов ЖК 28.11.2021)';
const SAYASAT = 'http://www.sayasat.kg/policy/136448-vybory-v-zhk-2025-klyuchevye-daty-ot-podachi-dokumentov-do-ob-yavleniya-itogov.html';
const KG24_2025 = 'https://24.kg/vlast/345525_vyiboryi_vkyirgyizstane_obyyavlenyi_klyuchevyie_etapyi_kampanii/';
const KG24_2020 = 'https://24.kg/vlast/175460_vyiboryi_prezidenta_ocherednoy_kandidat_otkazalsya_otuchastiya_vgonke';
const ORENBURG = 'https://base.garant.ru/27597819/5f8ae450aa10a78f0b0005a38b5989df';
const ORICHI = 'http://www.orichi-rayon.ru/law/vyiboryi-2012/kalendarnyj-plan';
const MORGAU = 'https://old-morgau.cap.ru/SiteMap.aspx?id=863937';
const SVERDLOVSK = 'https://base.garant.ru/35145206/c7f0164139c159e5c4e7786790ae469d';
const TYUMEN_2011 = 'https://admsurgut.ru/rubric/18440/Kalendarnyy-plan';

const year = (y: number) => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const V2009 = { elections: [{ votingDay: '2009-03-01' }] };
const V2012 = { elections: [{ votingDay: '2012-03-04' }] };
const V2011 = { elections: [{ votingDay: '2011-03-13' }] };
const V2017 = { elections: [{ votingDay: '2017-09-10' }], events: [{ key: 'official_publication', date: '2017-06-23' }] };
const KG_V2017 = { elections: [{ votingDay: '2017-09-03' }], ...year(2017) };
const KG_V2021 = { elections: [{ votingDay: '2021-11-28' }], ...year(2021) };
const KG_V2025 = { elections: [{ votingDay: '2025-11-30', calledOn: '2025-09-30' }], ...year(2025) };
const RESULTS = (key: string) => ({ ...V2017, events: [{ key, date: '2017-09-20' }] });

export const REAL_PHRASES: readonly RealPhrase[] = [
  // Calendar plans of Russian commissions
  {
    text: 'Не позднее чем за 45 дней до дня голосования',
    source: CHUV_2009,
    ctx: V2009,
    expect: { kind: 'election_relative', windows: [w('2009-01-14')] },
    note: 'printed: «Не позднее 14 января 2009 года»',
  },
  { text: 'Не позднее 14 января 2009 года', source: CHUV_2009, ctx: year(2009), expect: { kind: 'date', windows: [w('2009-01-01', '2009-01-14')] } },
  {
    text: 'Не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования (п. 1 ст. 5 Закона ЧР)',
    source: CHUV_2012,
    ctx: V2012,
    expect: { windows: [w('2011-12-04', '2011-12-14')] },
  },
  {
    text: 'Не ранее 4 декабря 2011 года и не позднее 14 декабря 2011 года',
    source: CHUV_2012,
    ctx: year(2011),
    expect: { kind: 'range', windows: [w('2011-12-04', '2011-12-14')] },
  },
  {
    text: 'Не позднее чем через 5 дней со дня принятия решения (п. 1 ст. 5 Закона ЧР)',
    source: CHUV_2012,
    ctx: V2012,
    expect: { windows: [], pending: ['принятия решения'] },
  },
  {
    text: 'Не позднее чем за 45 дней до дня голосования (п. 2 ст. 9 Закона ЧР)',
    source: CHUV_2012,
    ctx: V2012,
    expect: { windows: [w('2012-01-18')] },
    note: 'printed: «Не позднее 18 января 2012 года»',
  },
  { text: 'Не позднее 18 января 2012 года', source: CHUV_2012, ctx: year(2012), expect: { windows: [w('2012-01-01', '2012-01-18')] } },
  {
    text: 'После образования избирательных участков',
    source: RYAZAN,
    ctx: { elections: [{ votingDay: '2008-03-02' }] },
    expect: { windows: [], pending: ['polling_stations_formed'] },
  },
  {
    text: 'Не ранее 31 января и не позднее 7 февраля 2008 года',
    source: RYAZAN,
    ctx: year(2008),
    expect: { kind: 'range', windows: [w('2008-01-31', '2008-02-07')] },
  },
  {
    text: 'Не позднее 22 июля 2014 года',
    source: 'https://base.garant.ru/32121004/53f89421bbdaf741eb2d1ecc4ddb4c33/',
    ctx: year(2014),
    expect: { windows: [w('2014-01-01', '2014-07-22')] },
  },
  { text: 'Не позднее 25 апреля 2012 года', source: 'https://penza-gov.ru/doc/44186', ctx: year(2012), expect: { windows: [w('2012-01-01', '2012-04-25')] } },
  { text: 'март', source: 'https://kalmykia-gov.ru/doc/9338', ctx: year(2011), expect: { kind: 'range', windows: [w('2011-03-01', '2011-03-31')] } },
  {
    text: 'с 30 августа по 10 сентября',
    source: 'https://priazovka.ru/vlast/158037-v-krasnodarskom-krae-startovala-izbiratelnaya-kampaniya/',
    ctx: year(2025),
    expect: { kind: 'range', windows: [w('2025-08-30', '2025-09-10')] },
  },
  {
    text: 'до 27 июня',
    source: 'https://priazovka.ru/vlast/158037-v-krasnodarskom-krae-startovala-izbiratelnaya-kampaniya/',
    ctx: year(2025),
    expect: { windows: [w('2025-01-01', '2025-06-27')] },
  },
  {
    text: 'с 12 по 14 сентября',
    source: 'https://priazovka.ru/vlast/158037-v-krasnodarskom-krae-startovala-izbiratelnaya-kampaniya/',
    ctx: year(2025),
    expect: { kind: 'range', windows: [w('2025-09-12', '2025-09-14')] },
  },
  { text: 'до 16 июля', source: 'https://www.volzsky.ru/index.php?wx=16&wx2=30455', ctx: year(2014), expect: { windows: [w('2014-01-01', '2014-07-16')] } },
  { text: 'с 20 августа', source: 'https://www.volzsky.ru/index.php?wx=16&wx2=30455', ctx: year(2014), expect: { windows: [w('2014-08-20', '2014-12-31')] } },
  {
    text: 'не позднее 22 сентября',
    source: 'https://www.volzsky.ru/index.php?wx=16&wx2=30455',
    ctx: year(2014),
    expect: { windows: [w('2014-01-01', '2014-09-22')] },
  },
  {
    text: 'с 17 февраля по 14 марта 2024 года',
    source: 'https://dzen.ru/b/Zc3sUTioHwztf17c',
    ctx: year(2024),
    expect: { kind: 'range', windows: [w('2024-02-17', '2024-03-14')] },
  },
  {
    text: 'в 0 часов 0 минут 12 сентября',
    source: 'https://lentv24.ru/avm_izberkom_15.htm',
    ctx: year(2025),
    expect: { kind: 'date', windows: [w('2025-09-12')], time: '00:00' },
  },
  {
    text: 'Не позднее 6 января 2024 г.',
    source: 'https://izbirkom39.ru/press/news/10308/',
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-01-06')] },
  },
  {
    text: 'не позднее 20 июля 2018 года',
    source: 'https://ufa-news.net/politics/2018/06/25/163632.html',
    ctx: year(2018),
    expect: { windows: [w('2018-01-01', '2018-07-20')] },
  },
  {
    text: 'До 14.00',
    source: 'https://gorodbeloretsk.ru/?action=view&id=2128&module=articles',
    ctx: year(2025),
    expect: { windows: [] },
    note: 'a time with no day',
  },
  { text: 'не позднее 30 января', source: 'https://m.vn.ru/news-svs_100603/amp/', ctx: year(2010), expect: { windows: [w('2010-01-01', '2010-01-30')] } },
  // Election laws (the wording calendar plans copy)
  {
    text: 'не позднее чем через 5 дней со дня его принятия',
    source: 'https://base.garant.ru/29704131/3d3a9e2eb4f30c73ea6671464e2a54b5',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем за 90 дней и не ранее чем за 120 дней до дня истечения срока, на который был избран глава администрации области',
    source: 'https://base.garant.ru/29704131/3d3a9e2eb4f30c73ea6671464e2a54b5',
    ctx: V2017,
    expect: { windows: [] },
  },
  { text: 'за 70 дней до дня голосования', source: SVERDLOVSK, ctx: V2017, expect: { windows: [w('2017-07-01')] } },
  { text: 'за 45 дней до дня голосования', source: SVERDLOVSK, ctx: V2017, expect: { windows: [w('2017-07-26')] } },
  {
    text: 'не позднее чем через 30 дней со дня официального опубликования результатов выборов',
    source: ORENBURG,
    ctx: RESULTS('официального опубликования результатов выборов'),
    expect: { windows: [w('2017-09-20', '2017-10-19')] },
  },
  {
    text: 'не позднее чем через 45 дней со дня официального опубликования результатов выборов по соответствующему избирательному округу',
    source: ORENBURG,
    ctx: RESULTS('официального опубликования результатов выборов по соответствующему избирательному округу'),
    expect: { windows: [w('2017-09-20', '2017-11-03')] },
  },
  {
    text: 'в течение трех дней после окончания выборов',
    source: 'https://base.garant.ru/3960890/79232c367b45a2128d6a8d7ae0217075',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее месяца со дня проведения выборов',
    source: 'https://base.garant.ru/25535740/b3975f01ce8b0eb0c9b11526d9b4c7bf',
    ctx: V2017,
    expect: { windows: [w('2017-09-10', '2017-10-10')] },
    note: '«день проведения выборов» is the voting day; calendar month, п. 3 ст. 192 ГК РФ',
  },
  {
    text: 'не позднее чем за 60 дней до дня голосования',
    source: 'https://base.garant.ru/17304303/7d6bbe1829627ce93319dc72963759a2',
    ctx: V2017,
    expect: { windows: [w('2017-07-11')] },
  },
  {
    text: 'не позднее чем за 30 дней до дня голосования',
    source: 'https://base.garant.ru/17304303/7d6bbe1829627ce93319dc72963759a2',
    ctx: V2017,
    expect: { windows: [w('2017-08-10')] },
  },
  {
    text: 'не позднее чем в двухнедельный срок после дня выборов',
    source: 'https://gazeta.ua/ru/articles/politics/_centrizbirkom-ob-yavil-novye-vybory/360599',
    ctx: { elections: [{ votingDay: '2010-10-31' }] },
    expect: { windows: [w('2010-11-01', '2010-11-14')] },
    note: 'repeat voting set on 14 November for elections of 31 October',
  },
  // CEC of Kyrgyzstan (Kyrgyz)
  {
    text: 'Добуш берүү күнүнө чейин 38 календардык күндөн кечиктирбестен (2017-жылдын 27-июлуна чейин)',
    source: KG_2017,
    ctx: KG_V2017,
    expect: { kind: 'date', windows: [w('2017-01-01', '2017-07-27')] },
  },
  {
    text: 'Шайлоо дайындалгандан кийин',
    source: KG_2021_PLAN,
    ctx: { elections: [{ votingDay: '2021-01-10', calledOn: '2020-10-24' }] },
    expect: { windows: [w('2020-10-25', '2021-01-10')] },
  },
  {
    text: '2024-жылдын 8-майына чейин',
    source: 'https://shailoo.gov.kg/kg/news/7269/',
    ctx: { elections: [{ votingDay: '2024-06-30' }], ...year(2024) },
    expect: { kind: 'date', windows: [w('2024-01-01', '2024-05-08')] },
  },
  {
    text: '2023-жылдын 25-июлунан 30-августун кошуп алганда',
    source: 'https://shailoo.gov.kg/kg/news/6772',
    ctx: year(2023),
    expect: { kind: 'range', windows: [w('2023-07-25', '2023-08-30')] },
  },
  { text: '27-апрелге чейин', source: KAKTUS, ctx: year(2023), expect: { windows: [w('2023-01-01', '2023-04-27')] } },
  { text: '5-апрелге чейин', source: KAKTUS, ctx: year(2023), expect: { windows: [w('2023-01-01', '2023-04-05')] } },
  { text: '11-апрелден 17-майга чейин (кошкондо)', source: KAKTUS, ctx: year(2023), expect: { kind: 'range', windows: [w('2023-04-11', '2023-05-17')] } },
  { text: '23-майга чейин', source: KAKTUS, ctx: year(2023), expect: { windows: [w('2023-01-01', '2023-05-23')] } },
  { text: '8-27-май аралыгында', source: KAKTUS, ctx: year(2023), expect: { kind: 'range', windows: [w('2023-05-08', '2023-05-27')] } },
  // CEC of Kyrgyzstan (Russian)
  { text: 'до 18.00 3 сентября', source: NAZAR, ctx: KG_V2021, expect: { windows: [w('2021-01-01', '2021-09-03')], time: '18:00' } },
  { text: 'До 14 октября', source: NAZAR, ctx: KG_V2021, expect: { windows: [w('2021-01-01', '2021-10-14')] } },
  { text: 'До 18 октября 18.00', source: NAZAR, ctx: KG_V2021, expect: { windows: [w('2021-01-01', '2021-10-18')], time: '18:00' } },
  { text: 'до 18 ноября', source: NAZAR, ctx: KG_V2021, expect: { windows: [w('2021-01-01', '2021-11-18')] } },
  { text: 'до 5 октября', source: SAYASAT, ctx: KG_V2025, expect: { windows: [w('2025-01-01', '2025-10-05')] } },
  { text: 'до 10 ноября', source: SAYASAT, ctx: KG_V2025, expect: { windows: [w('2025-01-01', '2025-11-10')] } },
  { text: 'до 30 октября', source: SAYASAT, ctx: KG_V2025, expect: { windows: [w('2025-01-01', '2025-10-30')] } },
  { text: 'после утверждения округов', source: SAYASAT, ctx: KG_V2025, expect: { windows: [], pending: ['утверждения округов'] } },
  { text: 'по предложению МИД', source: SAYASAT, ctx: KG_V2025, expect: { windows: [] } },
  { text: 'не позднее 25 ноября', source: KG24_2025, ctx: KG_V2025, expect: { windows: [w('2025-01-01', '2025-11-25')] } },
  { text: 'до 28 ноября', source: KG24_2025, ctx: KG_V2025, expect: { windows: [w('2025-01-01', '2025-11-28')] } },
  { text: 'с 08.00 до 20.00', source: KG24_2025, ctx: KG_V2025, expect: { windows: [] } },
  { text: 'До 14 декабря включительно', source: KG24_2020, ctx: year(2020), expect: { windows: [w('2020-01-01', '2020-12-14')] } },
  { text: 'в течение двух календарных дней после регистрации', source: KG24_2020, ctx: year(2020), expect: { windows: [] } },
  { text: 'в течение 24 часов после принятия ЦИК решения', source: KG24_2020, ctx: year(2020), expect: { windows: [] } },
  {
    text: 'В течение 7 календарных дней со дня определения результатов выборов',
    source: 'https://shailoo.gov.kg/ru/election/povtornye-vybory-deputatov-mk-11-iyulya-2021/schedule/',
    ctx: { elections: [{ votingDay: '2021-07-11' }], events: [{ key: 'определения результатов выборов', date: '2021-07-15' }] },
    expect: { windows: [w('2021-07-15', '2021-07-21')] },
    note: 'assumes the Russian reading of «со дня» (first day = the event date)',
  },
  {
    text: 'до 21 ноября',
    source: 'https://kaktus.media/doc/345691_cik_oficialno_nachal_predvybornyu_gonky.html',
    ctx: year(2016),
    expect: { windows: [w('2016-01-01', '2016-11-21')] },
  },
  {
    text: 'не позднее 22 октября',
    source: 'https://platforma.kg/ru/our-priorities/election/tsik-utverdila-kalendarnyj-plan-merop',
    ctx: year(2016),
    expect: { windows: [w('2016-01-01', '2016-10-22')] },
  },
  {
    text: 'До 9 июня',
    source: 'https://ru.sputnik.kg/20210601/bishkek-osh-tokmok-tsik-kalendar-vybory-gorkenesh-1052679588.html',
    ctx: year(2021),
    expect: { windows: [w('2021-01-01', '2021-06-09')] },
  },
  // Election laws of the regions, second reading
  {
    text: 'в течение десяти дней со дня приема необходимых для регистрации кандидата, списка кандидатов документов',
    source: 'https://docs.cntd.ru/document/406617454/titles/3HUE9T5',
    ctx: { ...V2017, events: [{ key: 'приема необходимых для регистрации кандидата, списка кандидатов документов', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-20', '2017-07-29')] },
  },
  {
    text: 'не позднее чем за три дня до дня заседания избирательной комиссии, организующей выборы, на котором должен рассматриваться вопрос о регистрации кандидата, списка кандидатов',
    source: 'https://docs.cntd.ru/document/406617454/titles/3HUE9T5',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем на пятый день после представления в Комиссию необходимых документов',
    source: 'https://consultant.ru/document/cons_doc_LAW_67031/d79c29f0d0cf7e42623105d3750b7a82916f3d8d/',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'в течение трех дней после поступления документов',
    source: 'https://base.garant.ru/23133844/c2b13d82888658a0ce4a41735a722b2b',
    ctx: { ...V2017, events: [{ key: 'поступления документов', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-21', '2017-07-23')] },
  },
  {
    text: 'в течение суток с момента его принятия',
    source: 'https://base.garant.ru/23133844/c2b13d82888658a0ce4a41735a722b2b',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'в течение 10 дней со дня приема документов, необходимых для регистрации кандидата',
    source: 'https://docs.cntd.ru (Закон Ивановской области от 14.10.2011 N 98-ОЗ)',
    ctx: { ...V2017, events: [{ key: 'приема документов, необходимых для регистрации кандидата', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-20', '2017-07-29')] },
  },
  {
    text: 'не ранее чем за 20 дней до дня голосования',
    source: 'https://base.garant.ru/33699073/b3975f01ce8b0eb0c9b11526d9b4c7bf',
    ctx: V2017,
    expect: { windows: [w('2017-08-20', '2017-09-09')] },
  },
  {
    text: 'не позднее чем за 20 дней до дня голосования',
    source: 'https://base.garant.ru/8905529/36bfb7176e3e8bfebe718035887e4efc',
    ctx: V2017,
    expect: { windows: [w('2017-08-20')] },
  },
  {
    text: 'не позднее чем за два дня до дня голосования',
    source: 'https://base.garant.ru/8905529/36bfb7176e3e8bfebe718035887e4efc',
    ctx: V2017,
    expect: { windows: [w('2017-09-07')] },
  },
  {
    text: 'за 10 дней до дня голосования',
    source: 'https://base.garant.ru/31740059/74d7c78a3a1e33cef2750a2b7b35d2ed',
    ctx: V2017,
    expect: { windows: [w('2017-08-30')] },
  },
  {
    text: 'за 21 день до дня голосования',
    source: 'https://docs.cntd.ru (Закон Камчатского края, ч. 1.1)',
    ctx: V2017,
    expect: { windows: [w('2017-08-19')] },
  },
  { text: 'в трехдневный срок', source: 'https://docs.cntd.ru (ознакомление со списком избирателей)', ctx: V2017, expect: { windows: [] } },
  {
    text: 'не позднее, чем за 40 дней до выборов',
    source: 'https://base.garant.ru/17101390/6ce8c73767b2c990f5efabbb9184c339',
    ctx: V2017,
    expect: { windows: [w('2017-07-31')] },
  },
  {
    text: 'не позднее чем за 40 дней до дня выборов',
    source: 'https://base.garant.ru/8301004/b5dae26bebf2908c0e8dd3b8a66868fe',
    ctx: V2017,
    expect: { windows: [w('2017-07-31')] },
  },
  {
    text: 'не позднее чем через 30 дней после опубликования результатов выборов',
    source: 'https://docs.cntd.ru/document/872605166/titles/1FSE7KI',
    ctx: RESULTS('опубликования результатов выборов'),
    expect: { windows: [w('2017-09-21', '2017-10-20')] },
  },
  { text: 'не позднее 3 дней со дня их поступления', source: 'https://docs.cntd.ru/document/872605166/titles/1FSE7KI', ctx: V2017, expect: { windows: [] } },
  {
    text: 'не позднее чем через 30 дней со дня официального опубликования результатов соответствующих выборов',
    source: 'https://ikso.org/tik/site/tugulimskiy_rayon/archive/news/show/itogovie_finansovie_otcheti_kandidatov',
    ctx: RESULTS('официального опубликования результатов соответствующих выборов'),
    expect: { windows: [w('2017-09-20', '2017-10-19')] },
  },
  {
    text: 'не позднее чем через пять дней со дня их получения',
    source: 'https://docs.cntd.ru/document/5812174/titles/A7E0NA',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'В течение 20 дней после дня выборов',
    source: 'https://base.garant.ru/9530948/9db18ed28bd6c0256461e303941d7e7a',
    ctx: V2017,
    expect: { windows: [w('2017-09-11', '2017-09-30')] },
  },
  {
    text: 'не позднее чем через 45 дней после его представления в избирательную комиссию',
    source: 'https://base.garant.ru/9530948/9db18ed28bd6c0256461e303941d7e7a',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем за 10 дней до дня голосования',
    source: 'https://base.garant.ru/7111469/089b4a5b96814c6974a9dc40194feaf2',
    ctx: V2017,
    expect: { windows: [w('2017-08-30')] },
  },
  {
    text: 'не позднее чем через 30 дней после опубликования (обнародования) результатов выборов',
    source: 'https://base.garant.ru/7111469/089b4a5b96814c6974a9dc40194feaf2',
    ctx: RESULTS('опубликования результатов выборов'),
    expect: { windows: [w('2017-09-21', '2017-10-20')] },
  },
  {
    text: 'не ранее чем за 12 дней и не позднее чем за 10 дней до дня голосования',
    source: 'https://base.garant.ru/18948035/73181210863ab688cbd363828f57d1f4',
    ctx: V2017,
    expect: { windows: [w('2017-08-28', '2017-08-30')] },
  },
  {
    text: 'не позднее чем через 30 дней после дня выборов',
    source: 'https://base.garant.ru/29704326/972fd564a6e3598bb31ccdc27b33ca68',
    ctx: V2017,
    expect: { windows: [w('2017-09-11', '2017-10-10')] },
  },
  // Schedules of commissions and notices to voters
  {
    text: 'с 29 января по 11 марта',
    source: 'https://marsrus.ru (график работы избирательных комиссий, выборы Президента 2024)',
    ctx: year(2024),
    expect: { kind: 'range', windows: [w('2024-01-29', '2024-03-11')] },
  },
  {
    text: 'c 6 по 11 марта 2024 года',
    source: 'https://marsrus.ru (график работы избирательных комиссий, выборы Президента 2024)',
    ctx: year(2024),
    expect: { kind: 'range', windows: [w('2024-03-06', '2024-03-11')] },
    note: 'Latin «c» as printed',
  },
  {
    text: 'с 10 до 12 часов и с 13 до 21 часа',
    source: 'https://marsrus.ru (график работы избирательных комиссий, выборы Президента 2024)',
    ctx: year(2024),
    expect: { windows: [] },
  },
  // Elections voted over several days (ст. 63.1 67-ФЗ)
  {
    text: 'до 14.00 17 марта 2024 года',
    source: 'https://rostov-leninsky.ikro.ru/news/news_61414.html',
    ctx: { elections: [{ votingDay: '2024-03-17', votingDays: 3 }], ...year(2024) },
    expect: { windows: [w('2024-01-01', '2024-03-17')], time: '14:00' },
    note: 'applications for voting at home on the last of three voting days (15–17 March 2024)',
  },
  {
    text: '12-14 сентября',
    source: 'https://www.kommersant.ru/doc/8026540',
    ctx: { elections: [{ votingDay: '2025-09-14', votingDays: 3 }], ...year(2025) },
    expect: { kind: 'range', windows: [w('2025-09-12', '2025-09-14')] },
    note: 'three-day voting of the unified voting day (14 September 2025)',
  },
  {
    text: 'не ранее чем за 45 дней до дня первого дня голосования',
    source: 'https://ibuevskiy.ru/110625/novosti-skolko-dlitsya-podschet-golosov-na-vyborah',
    // Presidential election 2024: the Federation Council named 17 March, the CEC set voting on 15, 16 and 17 March
    // (https://kherson-news.ru/society/2023/12/08/240309.html); applications for remote voting opened on 29 January.
    ctx: { elections: [{ votingDay: '2024-03-17', votingDays: 3 }] },
    expect: { kind: 'election_relative', windows: [w('2024-01-29', '2024-03-14')] },
    note: 'counted from the first of three voting days (15.03.2024): 15.03 − 46 days',
  },
  {
    text: 'не позднее 19 марта',
    source: 'https://marsrus.ru/301224/novosti-grafik-raboty-izbiratelnoj-komissii',
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-03-19')] },
  },
  {
    text: 'не позднее 21 марта',
    source: 'https://marsrus.ru/301224/novosti-grafik-raboty-izbiratelnoj-komissii',
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-03-21')] },
  },
  {
    text: 'с 1 августа по 29 сентября 2023 года',
    source: 'https://marsrus.ru/301224/novosti-grafik-raboty-izbiratelnoj-komissii',
    ctx: year(2023),
    expect: { kind: 'range', windows: [w('2023-08-01', '2023-09-29')] },
  },
  {
    text: 'незамедлительно после их подписания членами комиссии с правом решающего голоса',
    source: 'https://docs.cntd.ru/document/802040963/titles/848FHK',
    ctx: V2017,
    expect: { windows: [] },
  },
  { text: 'в течение трех дней', source: 'https://bulak.kg/tag/izbiratelnaya-sistema', ctx: year(2021), expect: { windows: [] } },
  {
    text: 'в третье воскресенье ноября',
    source: 'https://vesti.kz/polit/vyiboryi-prezidenta-kyirgyizstana-nametili-trete-voskresene-88859',
    ctx: year(2011),
    expect: { kind: 'date', windows: [w('2011-11-20')] },
  },
  { text: 'по истечении времени голосования', source: 'https://docs.cntd.ru/document/804956994/titles/3CDG9V8', ctx: V2017, expect: { windows: [] } },
  {
    text: 'сразу после окончания времени голосования',
    source: 'https://marsrus.ru/121224/novosti-kogda-podschet-golosov-izbiratelej-nachinaetsya',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'с 21 января 2025 г. по 25 января 2025 г. включительно',
    source:
      'https://pruzhany.brest-region.gov.by/ru/golosovanie-ru/view/soobschenie-dlja-izbiratelej-o-vozmozhnosti-progolosovat-na-vyborax-dosrochno-na-uchastke-dlja-2000005318',
    ctx: year(2025),
    expect: { kind: 'range', windows: [w('2025-01-21', '2025-01-25')] },
  },
  {
    text: 'в рабочие дни с 16-00 до 20-00, в выходные дни с 10-00 до 15-00',
    source: 'https://admburla.ru/news/poleznaya-informaciya/2410-obyavlenie-o-provedenii-dosrochnogo-golosovaniya.html',
    ctx: year(2014),
    expect: { windows: [] },
  },
  {
    text: 'с 03 сентября по 13 сентября 2014 года',
    source: 'https://admburla.ru/news/poleznaya-informaciya/2410-obyavlenie-o-provedenii-dosrochnogo-golosovaniya.html',
    ctx: year(2014),
    expect: { kind: 'range', windows: [w('2014-09-03', '2014-09-13')] },
  },
  {
    text: 'не ранее чем за 100 календарных дней и не позднее чем за 90 календарных дней до дня голосования',
    source: 'https://for.kg/news-717086-ru.html',
    ctx: V2017,
    expect: { windows: [w('2017-06-01', '2017-06-11')] },
  },
  // Referendum laws and more notices
  {
    text: 'не позднее трех месяцев со дня принятия решения о назначении местного референдума',
    source: 'https://base.garant.ru/16706773/a7b26eafd8fd23d18ca4410ac5359e0e',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее 14 дней со дня получения документов инициативной группы от территориальной комиссии местного референдума',
    source: 'https://docs.cntd.ru/document/802000828/titles/2VTO89C',
    ctx: { events: [{ key: 'получения документов инициативной группы от территориальной комиссии местного референдума', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-20', '2017-08-02')] },
  },
  {
    text: 'со дня, следующего за днем регистрации инициативной группы по проведению местного референдума',
    source: 'https://base.garant.ru/24141432/98c63fbcbeeb1362018330a88cb049e2',
    ctx: { ...year(2017), events: [{ key: 'регистрации инициативной группы по проведению местного референдума', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-21', '2017-12-31')] },
  },
  {
    text: 'в течение 30 дней со дня поступления в представительный орган муниципального образования документов, на основании которых назначается референдум',
    source: 'https://base.garant.ru/25552501/b6e02e45ca70d110df0019b9fe339c70',
    ctx: {
      events: [
        { key: 'поступления в представительный орган муниципального образования документов, на основании которых назначается референдум', date: '2017-07-20' },
      ],
    },
    expect: { windows: [w('2017-07-20', '2017-08-18')] },
  },
  { text: 'в 15-дневный срок', source: 'https://base.garant.ru/28115651/b6e02e45ca70d110df0019b9fe339c70', ctx: V2017, expect: { windows: [] } },
  { text: 'в месячный срок', source: 'https://base.garant.ru/28115651/b6e02e45ca70d110df0019b9fe339c70', ctx: V2017, expect: { windows: [] } },
  { text: 'в течение 14 дней', source: 'https://base.garant.ru/28115651/b6e02e45ca70d110df0019b9fe339c70', ctx: V2017, expect: { windows: [] } },
  { text: 'за две недели', source: 'http://gorodskoyportal.ru/astrakhan/news/polit/5929186/', ctx: V2017, expect: { windows: [] } },
  { text: '4 декабря 2011 года', source: 'https://mordovia-gov.ru/doc/36149', ctx: year(2011), expect: { kind: 'date', windows: [w('2011-12-04')] } },
  {
    text: 'до 27 декабря',
    source: 'https://infotomsk.ru/news/gosudarstvo/utverzhden-kalendarnyy-plan-meropriyatiy-po-podgotovke-i-provedeniyu-vyborov-prezidenta-rossii.htm',
    ctx: { period: { start: '2023-12-01', end: '2024-03-31' } },
    expect: { windows: [w('2023-12-01', '2023-12-27')] },
  },
  {
    text: 'до 1 января',
    source: 'https://infotomsk.ru/news/gosudarstvo/utverzhden-kalendarnyy-plan-meropriyatiy-po-podgotovke-i-provedeniyu-vyborov-prezidenta-rossii.htm',
    ctx: { period: { start: '2023-12-01', end: '2024-03-31' } },
    expect: { windows: [w('2023-12-01', '2024-01-01')] },
  },
  {
    text: 'с 24 декабря по 00:00 13 января',
    source: 'https://dzen.ru/b/Y4RMjQcQ4SIHHfgY',
    ctx: { period: { start: '2022-11-01', end: '2023-01-31' } },
    expect: { windows: [w('2022-12-24', '2023-01-12')], time: '00:00' },
    note: '13 January is the day of silence',
  },
  {
    text: 'с 29 ноября по 24 декабря до 18:00',
    source: 'https://dzen.ru/b/Y4RMjQcQ4SIHHfgY',
    ctx: { period: { start: '2022-11-01', end: '2023-01-31' } },
    expect: { windows: [w('2022-11-29', '2022-12-24')], time: '18:00' },
  },
  {
    text: 'в 18.00 местного времени 14 декабря',
    source: 'https://dzen.ru/b/Y4RMjQcQ4SIHHfgY',
    ctx: { period: { start: '2022-11-01', end: '2023-01-31' } },
    expect: { kind: 'date', windows: [w('2022-12-14')], time: '18:00' },
  },
  // CEC of Kyrgyzstan, presidential election of 10.01.2021 (Russian), and more Russian laws and notices
  {
    text: 'до 14 ноября включительно',
    source: 'https://24.kg/vlast/172423_vyiboryi_prezidenta_predvaritelnyiy_spisok_izbirateley_poyavitsya_do14noyabrya',
    ctx: year(2020),
    expect: { windows: [w('2020-01-01', '2020-11-14')] },
  },
  {
    text: 'начиная с 19 ноября до 29 декабря включительно',
    source: 'https://24.kg/vlast/172423_vyiboryi_prezidenta_predvaritelnyiy_spisok_izbirateley_poyavitsya_do14noyabrya',
    ctx: year(2020),
    expect: { windows: [w('2020-11-19', '2020-12-29')] },
  },
  {
    text: 'не позднее 18 декабря',
    source: 'https://24.kg/vlast/172423_vyiboryi_prezidenta_predvaritelnyiy_spisok_izbirateley_poyavitsya_do14noyabrya',
    ctx: year(2020),
    expect: { windows: [w('2020-01-01', '2020-12-18')] },
  },
  {
    text: 'не позже 2 января',
    source: 'https://24.kg/vlast/172423_vyiboryi_prezidenta_predvaritelnyiy_spisok_izbirateley_poyavitsya_do14noyabrya',
    ctx: { period: { start: '2020-10-01', end: '2021-01-31' } },
    expect: { windows: [w('2020-10-01', '2021-01-02')] },
  },
  {
    text: 'не позднее 4 января',
    source: 'https://24.kg/vlast/172423_vyiboryi_prezidenta_predvaritelnyiy_spisok_izbirateley_poyavitsya_do14noyabrya',
    ctx: { period: { start: '2020-10-01', end: '2021-01-31' } },
    expect: { windows: [w('2020-10-01', '2021-01-04')] },
  },
  {
    text: 'до 25 ноября',
    source: 'https://novosti.kg/2021/11/vybory-2021-golosovanie-vne-pomeshhenij-sostoitsya-27-noyabrya/',
    ctx: KG_V2021,
    expect: { windows: [w('2021-01-01', '2021-11-25')] },
  },
  {
    text: 'до 14:00 часов 13 сентября',
    source: 'https://m.region29.ru/2020/09/13/5f5dc5167db7cadeff7d90b2.html',
    ctx: year(2020),
    expect: { windows: [w('2020-01-01', '2020-09-13')], time: '14:00' },
  },
  { text: 'с 8:00 до 20:00', source: 'https://m.region29.ru/2020/09/13/5f5dc5167db7cadeff7d90b2.html', ctx: year(2020), expect: { windows: [] } },
  {
    text: 'с 8 часов до 22 часов по московскому времени',
    source: 'https://base.garant.ru/26300537/afa6a9ba04392e1cfe1c09aeb8a7e5f4',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'со дня официального опубликования (обнародования) схемы избирательных округов',
    source: 'https://docs.cntd.ru/document/804900166/titles/DOI7AT',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'со дня опубликования (обнародования) решения о назначении выборов',
    source: 'https://docs.cntd.ru/document/804900166/titles/DOI7AT',
    ctx: V2017,
    expect: { windows: [w('2017-06-23', '2017-09-10')] },
  },
  {
    text: 'С 15 июня',
    source: 'http://mediusinfo.ru/2013/06/18/v-ryazani-startovala-kampaniya-po-vyboram-novogo-sozyva-gorodskoj-dumy/',
    ctx: year(2013),
    expect: { windows: [w('2013-06-15', '2013-12-31')] },
  },
  {
    text: 'с 15 до 24 сентября включительно',
    source: 'https://imag.one/news/v-ukraine-segodnya-startoval-process/4082539',
    ctx: year(2020),
    expect: { kind: 'range', windows: [w('2020-09-15', '2020-09-24')] },
  },
  {
    text: 'не позднее чем через 25 дней после дня официального опубликования (публикации) решения о назначении выборов',
    source: 'https://base.garant.ru/27178967/9e3305d0d08ff111955ebd93afd10878',
    ctx: V2017,
    expect: { windows: [w('2017-06-24', '2017-07-18')] },
  },
  {
    text: 'не позднее чем через 30 дней после дня официального опубликования (публикации) решения о назначении выборов, но не ранее дня опубликования схемы одномандатных избирательных округов',
    source: 'https://turkmensky.ru/territorialnaya-izbiratelnaya-komissiya/arkhiv-vyborov/',
    ctx: V2017,
    expect: { windows: [] },
    note: 'the second condition names an event the plan has not dated',
  },
  // Plans that print the computed date after the rule (Kirov oblast 2011, Chuvashia 2010)
  {
    text: 'Не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования (с 12 по 22 декабря 2010 года)',
    source: ORICHI,
    ctx: V2011,
    expect: { kind: 'range', windows: [w('2010-12-12', '2010-12-22')] },
    note: "the bracket is the plan's own reading of the rule",
  },
  {
    text: 'Не позднее чем за 45 дней до дня голосования (не позднее 26 января 2011 года)',
    source: ORICHI,
    ctx: V2011,
    expect: { kind: 'date', windows: [w('2011-01-26')] },
  },
  {
    text: 'Не ранее 11 июля и не позднее 21 июля 2010 года',
    source: MORGAU,
    ctx: year(2010),
    expect: { kind: 'range', windows: [w('2010-07-11', '2010-07-21')] },
  },
  {
    text: 'Не позднее чем через 5 дней после утверждения',
    source: MORGAU,
    ctx: year(2010),
    expect: { windows: [], pending: ['утверждения'] },
    note: 'the event «утверждение схемы округов» has no date in the plan',
  },
  // Families added on 27.11.2026: terms «по истечении», the N-th day, months «не позднее N месяцев со дня»,
  // «проведения выборов» as the voting day, reports due after the reporting month, Kyrgyz clock and counts
  {
    text: 'не позднее чем через три дня после проведения выборов',
    source: 'https://krasnoyarsk-news.net/society/2024/09/08/367348.html',
    ctx: { elections: [{ votingDay: '2024-09-08' }] },
    expect: { kind: 'election_relative', windows: [w('2024-09-09', '2024-09-11')] },
  },
  {
    text: 'не позднее 10 сентября',
    source: 'https://krasnoyarsk-news.net/society/2024/09/08/367348.html',
    ctx: year(2024),
    expect: { kind: 'date', windows: [w('2024-01-01', '2024-09-10')] },
  },
  {
    text: 'в течение трех месяцев со дня проведения голосования',
    source: 'https://base.garant.ru/5716904/d31bd2d89fd17d70aaefe3134ccf3ea8',
    ctx: V2017,
    expect: { windows: [w('2017-09-10', '2017-12-10')] },
  },
  {
    text: 'Не позднее, чем за 38 календарных дней до дня голосования (до 3 ноября 2016 года)',
    source:
      'https://shailoo.gov.kg/ru/vybory-dekabr-2016_/kalendarnyj-plan-osnovnyh-organizacionno-prakticheskih-meropriyatij-po-podgotovke-i-provedeniyu-dosrochnyh-vyborov-deputatov-nekotoryh-mestnyh-keneshej-kyrgyzskoj-respubliki-naznachennyh-na-11-dekabrya-2016-goda',
    ctx: { elections: [{ votingDay: '2016-12-11' }] },
    expect: { kind: 'date', windows: [w('2016-11-03')] },
    note: 'the printed date is the reading (voting day − 38, as the Kyrgyz plans count)',
  },
  {
    text: '30-октябрь саат 18:00дө',
    source: 'https://www.azattyk.org/a/33575342.html',
    ctx: year(2025),
    expect: { kind: 'date', windows: [w('2025-10-30')], time: '18:00' },
  },
  {
    text: '40 күндүн ичинде',
    source: 'https://novosti.kg/kg/bishkek-osh-zhana-tokmok-shaardyk-ke-eshterine-shajloo-19-ijunga-chejin-dajyndalyshy-kerek/',
    ctx: year(2021),
    expect: { windows: [] },
    note: 'no event to count from',
  },
  // Calendar plans as the press and the laws quote them (Kazakhstan, Russia, Kyrgyzstan, Ukraine), gathered for #13/#14 (calendar plans)
  {
    text: 'до 18.00 30 ноября',
    source: 'https://informburo.kz/novosti/cik-utverdila-plan-meropriyatiy-po-podgotovke-k-vyboram-deputatov-mazhilisa-112945.html',
    ctx: { elections: [{ votingDay: '2021-01-10' }], period: w('2020-11-01', '2021-01-31') },
    expect: { windows: [w('2020-11-01', '2020-11-30')], time: '18:00' },
  },
  {
    text: 'с 10 ноября по 18.00 10 декабря',
    source: 'https://informburo.kz/novosti/cik-utverdila-plan-meropriyatiy-po-podgotovke-k-vyboram-deputatov-mazhilisa-112945.html',
    ctx: { elections: [{ votingDay: '2021-01-10' }], period: w('2020-11-01', '2021-01-31') },
    expect: { windows: [w('2020-11-10', '2020-12-10')], time: '18:00' },
  },
  {
    text: 'с 18.01 10 декабря 2020 года по 00.00 9 января 2021 года',
    source: 'https://informburo.kz/novosti/cik-utverdila-plan-meropriyatiy-po-podgotovke-k-vyboram-deputatov-mazhilisa-112945.html',
    ctx: { elections: [{ votingDay: '2021-01-10' }], period: w('2020-11-01', '2021-01-31') },
    expect: { windows: [w('2020-12-10', '2021-01-08')] },
    note: 'agitation ends at the start of 9 January, the day of silence',
  },
  {
    text: 'с 23 сентября по 21 октября',
    source: 'https://nur.kz/politics/kazakhstan/1989074-predvybornaya-agitatsiya-v-prezidenty-kazahstana-prodlitsya-pochti-mesyats',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { kind: 'range', windows: [w('2022-09-23', '2022-10-21')] },
  },
  {
    text: 'с 18:00 21 октября по 18 ноября',
    source: 'https://nur.kz/politics/kazakhstan/1989074-predvybornaya-agitatsiya-v-prezidenty-kazahstana-prodlitsya-pochti-mesyats',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { windows: [w('2022-10-21', '2022-11-18')] },
  },
  {
    text: 'с 21 ноября по 27 ноября',
    source: 'https://nur.kz/politics/kazakhstan/1989074-predvybornaya-agitatsiya-v-prezidenty-kazahstana-prodlitsya-pochti-mesyats',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { kind: 'range', windows: [w('2022-11-21', '2022-11-27')] },
  },
  {
    text: 'в течение пяти дней после установления соответствия кандидата требованиям Конституции и конституционного закона',
    source: 'https://globalnews.kz/kak-budut-prohodit-vybory-prezidenta-kazahstana',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'по 11 октября включительно',
    source: 'https://woman.rambler.ru/children/49387362-tsik-kazahstana-vydvizhenie-kandidatov-v-prezidenty-nachnetsya-23-sentyabrya/',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { windows: [w('2022-09-01', '2022-10-11')] },
  },
  {
    text: 'до 18:00 28 апреля 2019 года',
    source: 'https://zonakz.net/2019/04/10/vydvizhenie-kandidatov-na-dolzhnost-prezidenta-kazaxstana-prodlitsya-do-28-aprelya/',
    ctx: { period: w('2019-01-01', '2019-12-31') },
    expect: { windows: [w('2019-01-01', '2019-04-28')], time: '18:00' },
  },
  {
    text: 'начинается с 26 февраля и заканчивается 15 марта текущего года',
    source: 'http://old.kp.kz/politics/8366-vydvizhenie-kandidatov-v-prezidenty-kazakhstana-nachnetsya-26-fevralya',
    ctx: { period: w('2015-01-01', '2015-12-31') },
    expect: { windows: [w('2015-02-26', '2015-03-15')] },
  },
  {
    text: 'с 20 января по 8 февраля',
    source: 'https://kursiv.kz/news/politika/2016-01/cik-rk-utverdil-kalendar-meropriyatiy-po-vyboram',
    ctx: { period: w('2016-01-01', '2016-12-31') },
    expect: { kind: 'range', windows: [w('2016-01-20', '2016-02-08')] },
  },
  {
    text: 'до 19 февраля',
    source: 'https://kursiv.kz/news/politika/2016-01/cik-rk-utverdil-kalendar-meropriyatiy-po-vyboram',
    ctx: { period: w('2016-01-01', '2016-12-31') },
    expect: { windows: [w('2016-01-01', '2016-02-19')] },
  },
  {
    text: 'не позднее двух месяцев со дня досрочного прекращения полномочий маслихатов',
    source: 'https://taunews.kz/ru/news/glavnoye/vybory-v-mazhilis-i-v-maslikhaty-proydut-v-odin-den',
    ctx: { period: w('2023-01-01', '2023-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'начинается с 10 августа и заканчивается в 18.00 часов по местному времени 22 августа 2023 г.',
    source: 'https://www.gov.kz/memleket/entities/karaganda-aktogay/activities/30102?lang=ru&parentId=25591',
    ctx: { elections: [{ votingDay: '2023-09-17' }], period: w('2023-01-01', '2023-12-31') },
    expect: { windows: [w('2023-08-10', '2023-08-22')], time: '18:00' },
  },
  {
    text: 'заканчивается в 18.00 часов по местному времени 27 августа 2023 г.',
    source: 'https://www.gov.kz/memleket/entities/karaganda-aktogay/activities/30102?lang=ru&parentId=25591',
    ctx: { elections: [{ votingDay: '2023-09-17' }], period: w('2023-01-01', '2023-12-31') },
    expect: { windows: [w('2023-01-01', '2023-08-27')], time: '18:00' },
  },
  {
    text: 'со дня регистрации кандидата',
    source: 'https://docs.cntd.ru/document/910204852/titles/3GPE6SO',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'В течение 3-х дней до дня голосования, а также в день голосования',
    source: 'https://docs.cntd.ru/document/910204852/titles/3GPE6SO',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [w('2017-09-07', '2017-09-10')] },
  },
  {
    text: 'в ноль часов по местному времени первого дня голосования',
    source: 'https://docs.cntd.ru/document/819023290/titles/18L05NG',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
    note: 'the first of several voting days is not a date the context holds',
  },
  {
    text: 'со дня назначения Избирательной комиссией Рязанской области дня повторного голосования',
    source: 'https://base.garant.ru/6956414/d83dadc1d9eb82a4be83885f2efeee52',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'в ноль часов по местному времени за одни сутки до дня голосования',
    source: 'https://base.garant.ru/35906557/79232c367b45a2128d6a8d7ae0217075',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [w('2017-01-01', '2017-09-08')], time: '00:00' },
  },
  {
    text: 'в ноль часов за сутки до дня голосования',
    source: 'https://base.garant.ru/20338162/972fd564a6e3598bb31ccdc27b33ca68',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [w('2017-01-01', '2017-09-08')], time: '00:00' },
  },
  {
    text: 'в 0:00 12 сентября',
    source: 'https://pln-pskov.ru/politics/563195.html',
    ctx: { period: w('2025-01-01', '2025-12-31') },
    expect: { kind: 'date', windows: [w('2025-09-12')], time: '00:00' },
  },
  {
    text: 'в 0:00 13 сентября',
    source: 'https://pln-pskov.ru/politics/563195.html',
    ctx: { period: w('2025-01-01', '2025-12-31') },
    expect: { kind: 'date', windows: [w('2025-09-13')], time: '00:00' },
  },
  {
    text: '16 августа 2025 года',
    source: 'https://pln-pskov.ru/politics/563195.html',
    ctx: { period: w('2025-01-01', '2025-12-31') },
    expect: { windows: [w('2025-08-16')] },
  },
  {
    text: 'с 8 до 20 часов по местному времени',
    source: 'https://geostart.ru/doc/read/43729/19',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем через 14 дней со дня голосования',
    source: 'https://docs.cntd.ru/document/962015610/titles/1QJO9FD',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { kind: 'election_relative', windows: [w('2017-09-10', '2017-09-23')] },
    note: '«со дня»: voting day is the first of the 14 days (ст. 11.1 п. 1 67-ФЗ), as the engine counts every «со дня» term',
  },
  {
    text: 'не позднее чем через пять дней со дня его принятия',
    source: 'https://docs.cntd.ru/document/962015610/titles/1QJO9FD',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [] },
  },
  {
    text: 'не позднее 14:00 14 сентября',
    source: 'https://news.mail.ru/politics/67858532/',
    ctx: { period: w('2025-01-01', '2025-12-31') },
    expect: { windows: [w('2025-01-01', '2025-09-14')], time: '14:00' },
  },
  {
    text: 'в течение 30 дней со дня поступления в Совет депутатов документов',
    source: 'https://www.pandia.org/text/78/026/1870-2.php',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [] },
  },
  {
    text: '2021-жылдын 10-июлунда саат 8:00дөн баштап',
    source: 'http://commoncause.kg/ky/news/181',
    ctx: { period: w('2021-01-01', '2021-12-31') },
    expect: { windows: [w('2021-07-10', '2021-12-31')], time: '08:00' },
  },
  {
    text: 'до 2 октября включительно',
    source: 'https://for-ua.com/article/433540',
    ctx: { period: w('2010-01-01', '2010-12-31') },
    expect: { windows: [w('2010-01-01', '2010-10-02')] },
  },
  // More counts from voting day (laws and commission notices)
  {
    text: 'не позднее чем через две недели после дня голосования',
    source: 'https://docs.cntd.ru/document/819074296/titles/3L38LOP',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { kind: 'election_relative', windows: [w('2017-09-11', '2017-09-24')] },
  },
  {
    text: 'в течение трех недель со дня голосования',
    source: 'https://yamal.aif.ru/amp/politic/kogda_budut_izvestny_itogi_vyborov_deputatov_v_gosudarstvennuyu_dumu',
    ctx: { elections: [{ votingDay: '2016-09-18' }] },
    expect: { kind: 'election_relative', windows: [w('2016-09-18', '2016-10-08')] },
    note: '«со дня»: voting day is the first of the 21 days (ст. 11.1 п. 1 67-ФЗ)',
  },
  // Other regions (Belarus, Kazakhstan, Russian territorial commissions) and the CEC of Kyrgyzstan, gathered on
  // 27.11.2026; every other phrase of that collection is held out in real-phrases.holdout2.fixture.ts.
  {
    text: 'До 1 ноября',
    source: 'https://nesvizh-news.by/2024/10/25/registraciya-kandidatov-v-prezidenty-belarusi-nachnetsya-22-dekabrya',
    ctx: R.BY_2025,
    expect: { kind: 'date', windows: [w('2024-10-23', '2024-11-01')] },
  },
  {
    text: 'С 7 по 21 декабря',
    source: 'https://nesvizh-news.by/2024/10/25/registraciya-kandidatov-v-prezidenty-belarusi-nachnetsya-22-dekabrya',
    ctx: R.BY_2025,
    expect: { kind: 'range', windows: [w('2024-12-07', '2024-12-21')] },
  },
  {
    text: 'в двухдневный срок после регистрации',
    source: 'https://nesvizh-news.by/2024/10/25/registraciya-kandidatov-v-prezidenty-belarusi-nachnetsya-22-dekabrya',
    ctx: R.BY_2025,
    expect: { windows: [] },
    note: 'counted from each registration, whose date the plan does not hold',
  },
  {
    text: 'С 21 по 25 января',
    source: 'https://nesvizh-news.by/2024/10/25/registraciya-kandidatov-v-prezidenty-belarusi-nachnetsya-22-dekabrya',
    ctx: R.BY_2025,
    expect: { kind: 'range', windows: [w('2025-01-21', '2025-01-25')] },
  },
  {
    text: 'В срок до 20 июля',
    source: 'http://varjag.net/5-iyulya-nachalas-registraciya-kandidatov-v-prezidenty-belarusi/',
    ctx: R.BY_2020,
    expect: { kind: 'date', windows: [w('2020-05-08', '2020-07-20')] },
  },
  {
    text: 'с 21 июня по 20 июля',
    source: 'https://goths.ru/old_news.php?id=13362',
    ctx: R.year(2001),
    expect: { kind: 'range', windows: [w('2001-06-21', '2001-07-20')] },
  },
  {
    text: 'не позднее чем за 45 дней до выборов, то есть до 8 августа включительно',
    source: 'http://m.21.by/society/2012/07/21/572172.html',
    ctx: R.BY_2012,
    expect: { windows: [w('2012-01-01', '2012-08-08')] },
    note: 'voting 23.09.2012; the printed date is the reading',
  },
  {
    text: 'не позднее 23 июля',
    source: 'http://m.21.by/society/2012/07/21/572172.html',
    ctx: R.BY_2012,
    expect: { kind: 'date', windows: [w('2012-01-01', '2012-07-23')] },
  },
  {
    text: 'не позднее чем через три дня со дня их создания',
    source: 'http://euroradio.fm/ru/segodnya-sozdadut-territorialnye-i-okruzhnye-izbirkomy-dlya-vyborov',
    ctx: R.year(2016),
    expect: { windows: [] },
    note: "«их создания»: the commissions' formation, not dated in the plan",
  },
  {
    text: 'не позднее 20 декабря',
    source:
      'https://budakosh.by/2024/12/%d0%b7%d0%b0%d0%b2%d0%b5%d1%80%d1%88%d0%b8%d0%bb%d1%81%d1%8f-%d1%8d%d1%82%d0%b0%d0%bf-%d0%be%d0%b1%d1%80%d0%b0%d0%b7%d0%be%d0%b2%d0%b0%d0%bd%d0%b8%d1%8f-%d1%83%d1%87%d0%b0%d1%81%d1%82%d0%ba%d0%be-2',
    ctx: R.BY_2025,
    expect: { kind: 'date', windows: [w('2024-10-23', '2024-12-20')] },
  },
  {
    text: 'с 9 по 18 января',
    source: 'https://politring.com/country/print:page,1,11176-v-belarusi-podhodit-k-koncu-vydvizhenie-kandidatov-v-deputaty.html',
    ctx: R.BY_2018,
    expect: { kind: 'range', windows: [w('2018-01-09', '2018-01-18')] },
  },
  {
    text: 'до 19:00',
    source: 'https://politring.com/country/print:page,1,11176-v-belarusi-podhodit-k-koncu-vydvizhenie-kandidatov-v-deputaty.html',
    ctx: R.BY_2018,
    expect: { windows: [] },
    note: 'a time with no day',
  },
  {
    text: 'начинается со дня, следующего за днем назначения выборов, то есть с 23 сентября и заканчивается в 18.00 11 октября 2022 года',
    source: 'https://caravan.kz/news/nazvany-sroki-i-poryadok-vydvizheniya-kandidatov-v-prezidenty-kazakhstana-878373',
    ctx: R.KZ_2022,
    expect: { windows: [w('2022-09-23', '2022-10-11')], time: '18:00' },
  },
  {
    text: 'В течение 3-х дней после получения необходимых документов',
    source: 'https://ic24.kz/news/v-kazakhstane-nachalos-vydvidgenie-kandidatov-v-senat-parlamenta-u23970',
    ctx: R.KZ_2022,
    expect: { windows: [] },
  },
  {
    text: 'начинается 16 сентября 2023 года и заканчивается за 30 дней до проведения выборов, то есть 5 октября 2023 года',
    source: 'http://vesti-kazakhstan.net/ekonomika/item/16288-vybory-akimov-rayonov-i-gorodov-oblastnogo-znacheniya-proydut-5-noyabrya',
    ctx: R.KZ_2023,
    expect: { windows: [w('2023-09-16', '2023-10-05')] },
  },
  {
    text: 'начнётся 15 сентября и завершится 10 октября',
    source: 'https://informburodata.com/novosti/v-kakix-raionax-i-gorodax-5-noyabrya-proidut-vybory-akimov',
    ctx: R.KZ_2023,
    expect: { kind: 'range', windows: [w('2023-09-15', '2023-10-10')] },
  },
  {
    text: 'шайлоо күнүнө тогуз күн калганда башталып, бир күн калганда токтотулат',
    source: 'https://www.azattyk.org/a/24774124.html',
    ctx: R.KG_2012,
    expect: { windows: [w('2012-11-16', '2012-11-24')] },
    note: 'early voting: voting day − 9 … voting day − 1 (Kyrgyz «N күн калганда» = voting day − N)',
  },
  {
    text: '29-октябрда',
    source: 'https://maralfm.kg/archives/527357?amp=1',
    ctx: R.KG_2021,
    expect: { kind: 'date', windows: [w('2021-10-29')] },
  },
  {
    text: '3-сентябрда, саат 18:00дө',
    source: 'https://alakan.biz/2021/09/04/parlamenttik-shajloogo-75-partiya-at-salyshat-tizme',
    ctx: R.KG_2021,
    expect: { kind: 'date', windows: [w('2021-09-03')], time: '18:00' },
  },
  {
    text: '27-мартка чейин',
    source: 'https://serep.kg/kabarlar/koom/bshk-shailoochular-ozyn-tizmeden-27-martka-cheiin-taktai-alyshat',
    ctx: R.year(2021),
    expect: { kind: 'date', windows: [w('2021-01-01', '2021-03-27')] },
  },
  {
    text: '1-апрелге чейин',
    source: 'https://serep.kg/kabarlar/koom/bshk-shailoochular-ozyn-tizmeden-27-martka-cheiin-taktai-alyshat',
    ctx: R.year(2021),
    expect: { kind: 'date', windows: [w('2021-01-01', '2021-04-01')] },
  },
  {
    text: '20-августта',
    source: 'https://novosti.kg/kg/lenin-okrugundagy-kajra-shajloogo-26-adam-aryz-berdi/',
    ctx: R.year(2023),
    expect: { kind: 'date', windows: [w('2023-08-20')] },
  },
  {
    text: 'Мандат берилгенден кийин эки апта ичинде',
    source: 'https://bulak.kg/ky/2021/12/20/bshk-22-dekabrda-deputattyk-mandat-tapshyruunu-plandap-zhatat',
    ctx: R.year(2021),
    expect: { windows: [] },
    note: 'counted from the handing of mandates, not dated in the plan',
  },
  {
    text: '9-июлда таңкы саат 7де',
    source: 'https://www.azattyk.org/a/1240835.html',
    ctx: R.year(2009),
    expect: { kind: 'date', windows: [w('2009-07-09')], time: '07:00' },
  },
  {
    text: '“Референдумду дайындоо жөнүндө” Мыйзамдын күчүнө киргенден тартып',
    source: 'https://shailoo.gov.kg/kg/ReferendumReferendum/kalendarnyj-plan/',
    ctx: R.KG_2016,
    expect: { windows: [] },
    note: "counted from the law's entry into force, not dated in the plan",
  },
  {
    text: 'кабыл алынгандан кийин үч календардык күндүн ичинде',
    source: 'https://24.kg/kyrgyzcha/353001_janyi_deputattar_kachan_jaryiyalanat_bshk_jyiyyintyik_chyigaruunun_tak_moonotun_ayttyi_/',
    ctx: R.KG_2025,
    expect: { windows: [] },
  },
  {
    text: 'добуш берүү күнүнө 7 календардык күн калгандан кечиктирбестен',
    source: 'https://www.shailoo.gov.kg/kg/izbirateli-shailoochular/Poryadok_golosovaniya_na_vyborahShayloodo_dobush_beryynyn_tartibi/Poryadok_golosovaniya/',
    ctx: R.KG_2025,
    expect: { windows: [w('2025-09-30', '2025-11-23')] },
  },
  {
    text: '7-августтан 11-августка чейин',
    source: 'http://kyrgyztuusu.kg/?p=4792',
    ctx: R.year(2016),
    expect: { kind: 'range', windows: [w('2016-08-07', '2016-08-11')] },
    note: "the year is not printed; read in the plan's year",
  },
  {
    text: 'Декабрь',
    source: 'https://penza-gov.ru/doc/7284',
    ctx: R.year(2008),
    expect: { kind: 'range', windows: [w('2008-12-01', '2008-12-31')] },
  },
  {
    text: 'не позднее чем за 5 дней до окончания срока полномочий соответствующей участковой комиссии предыдущего состава',
    source: 'https://base.garant.ru/21724746/9e3305d0d08ff111955ebd93afd10878',
    ctx: R.year(2018),
    expect: { windows: [] },
    note: "the end of the previous commissions' term is not dated in the plan",
  },
  {
    text: 'До 29 марта',
    source: 'https://justmedia.ru/news/politics/sverdlovskiy-izbirkom-nachal-formirovat-uchastkovyye-komissii-k-sentyabrskim-vyboram',
    ctx: R.year(2018),
    expect: { kind: 'date', windows: [w('2018-01-01', '2018-03-29')] },
  },
  {
    text: 'В течение 25 дней после публикации',
    source: 'https://dni.ru/amp/russia/2007/11/10/121591.html',
    ctx: R.year(2007),
    expect: { windows: [] },
  },
  {
    text: 'с 9 по 12 сентября',
    source: 'https://ru24.pro/pics/29030553',
    ctx: R.year(2015),
    expect: { kind: 'range', windows: [w('2015-09-09', '2015-09-12')] },
  },
  {
    text: 'с 3 по 13 сентября',
    source: 'http://moi-goda.ru/vladimirskaya-oblast-v-kurse-sobitiy/kak-progolosovat-dosrochno',
    ctx: R.year(2014),
    expect: { kind: 'range', windows: [w('2014-09-03', '2014-09-13')] },
  },
  {
    text: 'с 10 сентября по 13 сентября',
    source: 'https://nurlat-tat.ru/news/novosti/dosrochnoe-golosovanie-v-gossovet-respubliki-tatar',
    ctx: R.year(2014),
    expect: { kind: 'range', windows: [w('2014-09-10', '2014-09-13')] },
  },
  {
    text: 'В 00.00 12 сентября',
    source: 'https://dostup1.ru/amp/Predvybornaya-gonka-v-Chelyabinskoy-oblasti-perehodit-v-aktivnuyu-stadiyu_78208.html',
    ctx: R.year(2015),
    expect: { kind: 'date', windows: [w('2015-09-12')], time: '00:00' },
  },
  {
    text: 'до 5 июля',
    source: 'https://eanews.ru/chelyabinsk/20200616174720/v-chelyabinskoy-oblasti-nachalsya-priem-dokumentov-ot-kandidatov-v-zaksobranie',
    ctx: R.year(2020),
    expect: { kind: 'date', windows: [w('2020-01-01', '2020-07-05')] },
  },
  {
    text: 'до 11 марта',
    source: 'https://murmansk.mk.ru/politics/2023/03/04/startovalo-vydvizhenie-kandidatov-na-vybory-v-gorsovet-murmanska.html',
    ctx: R.year(2023),
    expect: { kind: 'date', windows: [w('2023-01-01', '2023-03-11')] },
  },
  {
    text: 'До 24 июля',
    source:
      'http://etrk.ru/%d0%b2-%d0%b5%d0%bb%d1%8c%d1%86%d0%b5-%d0%b7%d0%b0-25-%d0%bc%d0%b5%d1%81%d1%82-%d0%b2-%d1%81%d0%be%d0%b2%d0%b5%d1%82%d0%b5-%d0%b4%d0%b5%d0%bf%d1%83%d1%82%d0%b0%d1%82%d0%be%d0%b2-%d0%b1%d1%83%d0%b4/',
    ctx: R.year(2017),
    expect: { kind: 'date', windows: [w('2017-01-01', '2017-07-24')] },
  },
  {
    text: 'не позднее 6 августа',
    source: 'http://kasharsky.ikro.ru/news/news_52576.html',
    ctx: R.year(2023),
    expect: { kind: 'date', windows: [w('2023-01-01', '2023-08-06')] },
  },
  {
    text: 'c 29 января по 11 марта 2024 года',
    source: 'https://ternovskij-r20.gosweb.gosuslugi.ru/dlya-zhiteley/novosti-i-reportazhi/novosti_471.html',
    ctx: R.year(2024),
    expect: { kind: 'range', windows: [w('2024-01-29', '2024-03-11')] },
  },
  {
    text: 'до 18 марта 00:00 часов',
    source: 'http://bjj-gazeti.kz/ru/vibor/id/9305',
    ctx: R.year(2023),
    expect: { windows: [w('2023-01-01', '2023-03-17')] },
    note: 'agitation ends at the start of 18 March, the day of silence',
  },
  {
    text: 'в течение одного года со дня официального опубликования результатов выборов',
    source: 'https://base.garant.ru/32821168/646cd7e8cf19279b078cdec8fcd89ce4',
    ctx: R.RESULTS_2017,
    expect: { windows: [w('2017-09-20', '2018-09-20')] },
    note: "a term in years: п. 3 ст. 192 ГК РФ; «со дня» starts on the event's date",
  },
  {
    text: 'не позднее чем за восемь дней до дня голосования',
    source: 'https://base.garant.ru/23134016/cc12a8659832f122039bc8a24afdf1e5',
    ctx: R.V_2017,
    expect: { windows: [w('2017-09-01')] },
    note: '10.09.2017 − 9 (п. 2 ст. 11.1)',
  },
  {
    text: 'начинается с момента окончания регистрации кандидата и заканчивается за сутки до выборов',
    source: 'http://www.inform.kz/ru/v-kyrgyzstane-nachalos-vydvizhenie-kandidatov-v-prezidenty-respubliki_a3036345',
    ctx: R.KG_2017,
    expect: { windows: [] },
    note: 'starts when registration ends, a date the plan does not hold',
  },
  // The Tyumen regional commission's calendar plan of the regional Duma election of 4 December 2011
  // (decision of 08.07.2011 № 91/485), as the TIK's city republished it.
  {
    text: 'Не ранее 25 августа 2011 года и не позднее 4 сентября 2011 года',
    source: TYUMEN_2011,
    ctx: { elections: [{ votingDay: '2011-12-04' }], ...year(2011) },
    expect: { kind: 'range', windows: [w('2011-08-25', '2011-09-04')] },
    note: 'the calling of the election, its window printed as dates',
  },
  {
    text: 'В соответствии с Календарным планом Центральной избирательной комиссии Российской Федерации по подготовке и проведению выборов депутатов Государственной Думы Федерального Собрания Российской Федерации',
    source: TYUMEN_2011,
    ctx: { elections: [{ votingDay: '2011-12-04' }], ...year(2011) },
    expect: { kind: 'external_schedule', windows: [] },
    note: 'a whole section (polling stations) follows the CEC’s own plan; the dates are in that plan, not in this one',
  },
  // A Kazakh district TIK's calendar plan retold by a news site: maslikhat by-election of 26 October 2025.
  {
    text: 'в 18.00 часов 30 сентября 2025 года',
    source:
      'https://ru.200.news/2025/08/30/naznacheny-vybory-depwtata-celinogradskogo-rajonnogo-maslihata-vmesto-vybyvshego-po-odnomandatnomw-territorialnomw-izbiratelnomw-okrwgw-%e2%84%96-3.html?amp=1',
    ctx: { elections: [{ votingDay: '2025-10-26' }], ...year(2025) },
    expect: { kind: 'date', windows: [w('2025-09-30')], time: '18:00' },
    note: 'the end of candidates’ registration, an hour before the date',
  },
  {
    text: 'С 30 сентября',
    source: 'https://24.kg/vlast/346411_vyiboryi-2025_agitatsiya_seychas_nezakonna_vkyirgyizstane/',
    ctx: R.year(2025),
    expect: { windows: [w('2025-09-30', '2025-12-31')] },
  },
];
