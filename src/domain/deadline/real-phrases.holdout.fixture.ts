/**
 * Held-out real phrases: written before the engine was tuned on the main fixture and
 * never tuned against. The test only requires «no wrong date» here; the share read
 * exactly as the documents say is reported, not forced.
 */
import { w, type RealPhrase } from './real-phrases.types.js';

const KALMYKIA = 'https://kalmykia-gov.ru/doc/9338';
const PERIOD_2011 = { period: { start: '2011-01-01', end: '2011-12-31' } };
const KG_2024 = { elections: [{ votingDay: '2024-06-30' }], period: { start: '2024-01-01', end: '2024-12-31' } };
const KG_2023 = { elections: [{ votingDay: '2023-09-10' }], period: { start: '2023-01-01', end: '2023-12-31' } };
const KG_2025 = {
  elections: [{ votingDay: '2025-11-30', calledOn: '2025-09-30' }],
  events: [{ key: 'official_publication', date: '2025-09-30' }],
  period: { start: '2025-01-01', end: '2025-12-31' },
};
const V2017 = { elections: [{ votingDay: '2017-09-10' }], events: [{ key: 'official_publication', date: '2017-06-23' }] };
const RESULTS_2017 = { ...V2017, events: [{ key: 'официального опубликования результатов выборов', date: '2017-09-20' }] };

export const HOLDOUT_PHRASES: readonly RealPhrase[] = [
  { text: 'Не позднее 5 дней со дня принятия', source: KALMYKIA, ctx: PERIOD_2011, expect: { windows: [] }, note: 'event «принятия» has no date' },
  { text: 'Не позднее 20 мая', source: KALMYKIA, ctx: PERIOD_2011, expect: { kind: 'date', windows: [w('2011-01-01', '2011-05-20')] } },
  { text: 'апрель', source: KALMYKIA, ctx: PERIOD_2011, expect: { kind: 'range', windows: [w('2011-04-01', '2011-04-30')] } },
  { text: 'Весь период', source: KALMYKIA, ctx: PERIOD_2011, expect: { kind: 'whole_period', windows: [w('2011-01-01', '2011-12-31')] } },
  {
    text: 'не позднее чем через 30 дней со дня официального опубликования (публикации) решения о назначении выборов Президента Российской Федерации',
    source: 'https://izbirkom39.ru/press/news/10308/',
    ctx: { elections: [{ votingDay: '2024-03-17' }], events: [{ key: 'official_publication', date: '2023-12-08' }] },
    expect: { windows: [w('2023-12-08', '2024-01-06')] },
    note: 'the commission prints «(Не позднее 6 января 2024 г.)»',
  },
  {
    text: 'Не менее чем в течение 15 дней после дня опубликования (обнародования) сообщения о формировании участковых избирательных комиссий',
    source: 'http://ryazan-gov.ru/doc/20213',
    ctx: { elections: [{ votingDay: '2008-03-02' }] },
    expect: { windows: [] },
  },
  {
    text: '2024-жылдын 14-майына чейин',
    source: 'https://shailoo.gov.kg/kg/news/7269/',
    ctx: KG_2024,
    expect: { kind: 'date', windows: [w('2024-01-01', '2024-05-14')] },
  },
  {
    text: '2024-жылдын 10-июнуна чейин',
    source: 'https://shailoo.gov.kg/kg/news/7269/',
    ctx: KG_2024,
    expect: { kind: 'date', windows: [w('2024-01-01', '2024-06-10')] },
  },
  {
    text: '2023-жылдын 25-июлуна чейин',
    source: 'https://shailoo.gov.kg/kg/news/6772',
    ctx: KG_2023,
    expect: { kind: 'date', windows: [w('2023-01-01', '2023-07-25')] },
  },
  {
    text: '2023-жылдын 21-августуна чейин',
    source: 'https://shailoo.gov.kg/kg/news/6772',
    ctx: KG_2023,
    expect: { kind: 'date', windows: [w('2023-01-01', '2023-08-21')] },
  },
  {
    text: '2020-жылдын 24-октябры',
    source: 'https://www.shailoo.gov.kg/kg/vybory-yanvar-2021/kalendarnyj-plan2/',
    ctx: { elections: [{ votingDay: '2021-01-10', calledOn: '2020-10-24' }], period: { start: '2020-01-01', end: '2021-12-31' } },
    expect: { kind: 'date', windows: [w('2020-10-24')] },
  },
  {
    text: 'Шайлоо дайындалгандан кийин (2020-жылдын 25-октябры)',
    source: 'https://www.shailoo.gov.kg/kg/vybory-yanvar-2021/kalendarnyj-plan2/',
    ctx: { elections: [{ votingDay: '2021-01-10', calledOn: '2020-10-24' }] },
    expect: { windows: [w('2020-10-25', '2021-01-10')] },
  },
  {
    text: 'не позднее чем через 30 дней после дня официального опубликования (публикации) решения о назначении выборов',
    source: 'https://turkmensky.ru/territorialnaya-izbiratelnaya-komissiya/arkhiv-vyborov/',
    ctx: V2017,
    expect: { windows: [w('2017-06-24', '2017-07-23')] },
  },
  {
    text: 'не позднее чем через 10 дней со дня официального опубликования результатов выборов',
    source: 'https://base.garant.ru/27597819/5f8ae450aa10a78f0b0005a38b5989df',
    ctx: RESULTS_2017,
    expect: { windows: [w('2017-09-20', '2017-09-29')] },
  },
  {
    text: 'не позднее чем через 15 дней после дня голосования',
    source: 'https://docs.cntd.ru/document/493803690/titles/2FUM9N3',
    ctx: V2017,
    expect: { windows: [w('2017-09-11', '2017-09-25')] },
  },
  {
    text: 'не позднее чем через один месяц со дня голосования',
    source: 'https://zonazakona.ru/law/zakon_spb/art/3101',
    ctx: V2017,
    expect: { windows: [w('2017-09-10', '2017-10-10')] },
    note: 'calendar months, п. 3 ст. 192 ГК РФ (was: months not counted)',
  },
  {
    text: 'в течение двух месяцев со дня голосования',
    source: 'https://zonazakona.ru/law/zakon_spb/art/3101',
    ctx: V2017,
    expect: { windows: [w('2017-09-10', '2017-11-10')] },
    note: 'calendar months, п. 3 ст. 192 ГК РФ',
  },
  {
    text: 'не позднее пяти дней со дня выборов',
    source: 'https://docs.cntd.ru/document/924012017/titles/208ID01',
    ctx: V2017,
    expect: { windows: [w('2017-09-10', '2017-09-14')] },
  },
  {
    text: 'в течение одних суток после определения результатов выборов',
    source: 'https://base.garant.ru/18311075/cfcad8225940a5d16e25514195aad8a5',
    ctx: { ...V2017, events: [{ key: 'определения результатов выборов', date: '2017-09-15' }] },
    expect: { windows: [w('2017-09-16')] },
  },
  {
    text: 'за 28 дней до дня голосования',
    source: 'https://rostov-pervomaysky.ikro.ru/news/news_55053.html',
    ctx: { elections: [{ votingDay: '2023-09-10' }] },
    expect: { windows: [w('2023-08-12')] },
    note: '«Агитационный период в СМИ стартует 12 августа» for voting on 10.09.2023',
  },
  {
    text: 'до ноля часов по местному времени дня, предшествующего дню голосования',
    source: 'https://pln-pskov.ru/politics/563195.html',
    ctx: { elections: [{ votingDay: '2025-09-14' }], period: { start: '2025-01-01', end: '2025-12-31' } },
    expect: { windows: [w('2025-01-01', '2025-09-12')], time: '00:00' },
    note: '«если выборы 14 сентября, то в 0:00 13 сентября»',
  },
  {
    text: 'не ранее чем за 62 дня и не позднее чем за 42 дня до дня голосования до 18.00',
    source: 'https://base.garant.ru/35712990/79232c367b45a2128d6a8d7ae0217075',
    ctx: V2017,
    expect: { windows: [w('2017-07-09', '2017-07-29')], time: '18:00' },
  },
  {
    text: 'за 80 дней до дня голосования',
    source: 'https://base.garant.ru/35145206/c7f0164139c159e5c4e7786790ae469d',
    ctx: V2017,
    expect: { windows: [w('2017-06-21')] },
  },
  {
    text: 'не позднее чем за 20 дней до дня его проведения',
    source: 'https://base.garant.ru/26300537/afa6a9ba04392e1cfe1c09aeb8a7e5f4',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем за 65 дней до дня истечения срока, на который было избрано должностное лицо',
    source: 'https://base.garant.ru/16121131/8809e0c492096c8d84f508b2440bfb3a',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем через 14 дней со дня такого прекращения полномочий',
    source: 'https://base.garant.ru/16121131/8809e0c492096c8d84f508b2440bfb3a',
    ctx: V2017,
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем за 40 календарных дней до дня выборов',
    source: 'https://24.kg/vlast/208393_vyiboryi-2021_vtsik_postupilo_esche_sem_uvedomleniy_otkandidatov-odnomandatnikov/',
    ctx: { elections: [{ votingDay: '2021-11-28' }] },
    expect: { windows: [w('2021-10-18')] },
    note: '«то есть до 18.00 18 октября»',
  },
  {
    text: 'не позднее чем через 5 календарных дней после опубликования указа президента о назначении выборов',
    source: 'https://www.vb.kg/doc/451072_kalendarnyy_plan_po_podgotovke_i_provedeniu_parlamentskih_vyborov_v_jk.html',
    ctx: KG_2025,
    expect: { windows: [w('2025-10-01', '2025-10-05')] },
    note: 'the plan prints «до 5 октября»',
  },
  {
    text: 'в течение 3 дней после назначения выборов',
    source: 'http://www.sayasat.kg/policy/136448-vybory-v-zhk-2025-klyuchevye-daty-ot-podachi-dokumentov-do-ob-yavleniya-itogov.html',
    ctx: KG_2025,
    expect: { windows: [w('2025-10-01', '2025-10-03')] },
  },
  {
    text: 'не позднее пяти дней после назначения выборов',
    source: 'https://ru.sputnik.kg/amp/20251003/zhogorku-kenesh-vybory-tsik-kalendarniy-plan-grafik-1096928403.html',
    ctx: KG_2025,
    expect: { windows: [w('2025-10-01', '2025-10-05')] },
  },
  {
    text: 'с 8 октября по 14 ноября',
    source: 'http://www.sayasat.kg/policy/136448-vybory-v-zhk-2025-klyuchevye-daty-ot-podachi-dokumentov-do-ob-yavleniya-itogov.html',
    ctx: KG_2025,
    expect: { kind: 'range', windows: [w('2025-10-08', '2025-11-14')] },
  },
  {
    text: 'до 18:00 2 ноября',
    source: 'http://www.sayasat.kg/policy/136448-vybory-v-zhk-2025-klyuchevye-daty-ot-podachi-dokumentov-do-ob-yavleniya-itogov.html',
    ctx: KG_2025,
    expect: { windows: [w('2025-01-01', '2025-11-02')], time: '18:00' },
  },
  {
    text: 'с 10 ноября до 08.00 29 ноября',
    source: 'https://24.kg/vlast/345525_vyiboryi_vkyirgyizstane_obyyavlenyi_klyuchevyie_etapyi_kampanii/',
    ctx: KG_2025,
    expect: { windows: [w('2025-11-10', '2025-11-29')], time: '08:00' },
  },
  {
    text: 'Не позднее 29.07. 2019 г.',
    source: 'https://zovzemli.ru/2019/06/21/the-schedule-of-events/',
    ctx: { period: { start: '2019-01-01', end: '2019-12-31' } },
    expect: { kind: 'date', windows: [w('2019-01-01', '2019-07-29')] },
  },
  {
    text: 'Не позднее чем за 80 дней до истечения срока, в который должны быть назначены выборы, т.е. не позднее 2 октября 2010 года',
    source: 'http://saratov-gov.ru/doc/30438',
    ctx: { elections: [{ votingDay: '2011-03-13' }], period: { start: '2010-01-01', end: '2011-12-31' } },
    expect: { windows: [w('2010-01-01', '2010-10-02')] },
  },
  {
    text: 'не позднее чем за пять дней до дня голосования',
    source: 'https://m.vn.ru/news-svs_100603/amp/',
    ctx: V2017,
    expect: { windows: [w('2017-09-04')] },
  },
  { text: 'не позднее 14 часов', source: 'https://bigkamen.ru/?action=view&id=20018&module=articles', ctx: V2017, expect: { windows: [] } },
  {
    text: '01 августа 2014 года, в 18 час. 00 мин.',
    source: 'http://admintrg.ru/news/4611-.html',
    ctx: { period: { start: '2014-01-01', end: '2014-12-31' } },
    expect: { kind: 'date', windows: [w('2014-08-01')], time: '18:00' },
  },
  {
    text: 'не позднее чем через десять дней со дня приема необходимых документов',
    source: 'https://m.vn.ru/news-svs_100603/amp/',
    ctx: { ...V2017, events: [{ key: 'приема необходимых документов', date: '2017-07-20' }] },
    expect: { windows: [w('2017-07-20', '2017-07-29')] },
  },
  // Collected on 27.11.2026 and written down before any tuning on them
  {
    text: '10-ноябрдан 29-ноябрга чейин',
    source: 'https://www.azattyk.org/a/33575342.html',
    ctx: KG_2025,
    expect: { kind: 'range', windows: [w('2025-11-10', '2025-11-29')] },
  },
  {
    text: '14-декабрга чейин',
    source: 'https://www.azattyk.org/a/33575342.html',
    ctx: KG_2025,
    expect: { kind: 'date', windows: [w('2025-01-01', '2025-12-14')] },
  },
  {
    text: '8-ноябрда',
    source: 'https://pk.kg/news/inner/bshk-talapkerlerdi-shajloo-bjulletenine-kirgiz-kezegin-anyktoo-bojuncha-ch-ch-kulak-tk-r-t/',
    ctx: KG_2025,
    expect: { kind: 'date', windows: [w('2025-11-08')] },
  },
  {
    text: '19-июнга чейин',
    source: 'https://novosti.kg/kg/bishkek-osh-zhana-tokmok-shaardyk-ke-eshterine-shajloo-19-ijunga-chejin-dajyndalyshy-kerek/',
    ctx: { period: { start: '2021-01-01', end: '2021-12-31' } },
    expect: { kind: 'date', windows: [w('2021-01-01', '2021-06-19')] },
  },
  {
    text: 'не позднее 02 сентября 2020 года',
    source: 'https://base.garant.ru/74301775/53f89421bbdaf741eb2d1ecc4ddb4c33',
    ctx: { period: { start: '2020-01-01', end: '2020-12-31' } },
    expect: { kind: 'date', windows: [w('2020-01-01', '2020-09-02')] },
  },
  {
    text: 'После назначения выборов',
    source:
      'http://old.shailoo.gov.kg/index.php?module=content&page=_77_O_Kalendarnom_plane_osnovnyh_meropriyatiy_po_podgotovke_i_provedeniyu_vyborov_deputatov_Jogorku_Kenesha_Kyrgyzskoy_Respubliki_novogo_sozyva_77&pagelang=ru',
    ctx: { elections: [{ votingDay: '2015-10-04', calledOn: '2015-07-25' }] },
    expect: { windows: [w('2015-07-26', '2015-10-04')] },
    note: 'Указ № 157 от 25 июля 2015 года; the Kyrgyz plans print the next day',
  },
  {
    text: 'На постоянной основе',
    source:
      'http://old.shailoo.gov.kg/index.php?module=content&page=_77_O_Kalendarnom_plane_osnovnyh_meropriyatiy_po_podgotovke_i_provedeniyu_vyborov_deputatov_Jogorku_Kenesha_Kyrgyzskoy_Respubliki_novogo_sozyva_77&pagelang=ru',
    ctx: { period: { start: '2015-01-01', end: '2015-12-31' } },
    expect: { kind: 'whole_period', windows: [w('2015-01-01', '2015-12-31')] },
  },
  {
    text: 'в десятидневный срок после подачи документов',
    source: 'https://lenta.ru/news/2007/11/28/plan/',
    ctx: { elections: [{ votingDay: '2008-03-02' }] },
    expect: { windows: [], pending: ['подачи документов'] },
  },
  {
    text: 'с 2 по 29 февраля включительно',
    source: 'https://lenta.ru/news/2007/11/28/plan/',
    ctx: { period: { start: '2008-01-01', end: '2008-12-31' } },
    expect: { kind: 'range', windows: [w('2008-02-02', '2008-02-29')] },
  },
  {
    text: 'не позднее 18:00 16 января',
    source: 'https://lenta.ru/news/2007/11/28/plan/',
    ctx: { period: { start: '2007-11-28', end: '2008-03-31' } },
    expect: { windows: [w('2007-11-28', '2008-01-16')], time: '18:00' },
  },
  {
    text: 'не позднее октября',
    source: 'https://kaktus.media/doc/345691_cik_oficialno_nachal_predvybornyu_gonky.html',
    ctx: { period: { start: '2016-01-01', end: '2016-12-31' } },
    expect: { windows: [w('2016-01-01', '2016-10-31')] },
  },
  {
    text: 'не ранее чем за 100 дней и не позднее чем за 90 дней до дня голосования',
    source: 'http://yurii.ru/ref5/text-10240-str-3-ref.php',
    ctx: { elections: [{ votingDay: '2018-03-18' }] },
    expect: { windows: [w('2017-12-07', '2017-12-17')] },
    note: 'the Federation Council called the 2018 election on 15.12.2017, inside the window',
  },
  {
    text: 'не позднее 15 апреля',
    source: 'https://24.kg/vlast/183828_mestnyie_vyiboryi_tsik_podvedet_ofitsialnyie_itogi_do2maya',
    ctx: { period: { start: '2021-01-01', end: '2021-12-31' } },
    expect: { windows: [w('2021-01-01', '2021-04-15')] },
  },
  {
    text: 'до 2 мая',
    source: 'https://24.kg/vlast/183828_mestnyie_vyiboryi_tsik_podvedet_ofitsialnyie_itogi_do2maya',
    ctx: { period: { start: '2021-01-01', end: '2021-12-31' } },
    expect: { windows: [w('2021-01-01', '2021-05-02')] },
  },
  {
    text: 'не позднее 12 сентября',
    source: 'https://krasnoyarsk-news.net/society/2024/09/08/367348.html',
    ctx: { period: { start: '2024-01-01', end: '2024-12-31' } },
    expect: { windows: [w('2024-01-01', '2024-09-12')] },
  },
  // Calendar plans as the press and the laws quote them (Kazakhstan, Russia, Kyrgyzstan, Ukraine), gathered for #13/#14 (calendar plans)
  {
    text: '10 января с 7.00 до 20.00',
    source: 'https://informburo.kz/novosti/cik-utverdila-plan-meropriyatiy-po-podgotovke-k-vyboram-deputatov-mazhilisa-112945.html',
    ctx: { elections: [{ votingDay: '2021-01-10' }], period: w('2020-11-01', '2021-01-31') },
    expect: { windows: [w('2021-01-10')] },
  },
  {
    text: '19 ноября',
    source: 'https://nur.kz/politics/kazakhstan/1989074-predvybornaya-agitatsiya-v-prezidenty-kazahstana-prodlitsya-pochti-mesyats',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { windows: [w('2022-11-19')] },
    note: 'the day of silence',
  },
  {
    text: 'начнется с 23 сентября и завершится в 18:00 11 октября',
    source: 'https://globalnews.kz/kak-budut-prohodit-vybory-prezidenta-kazahstana',
    ctx: { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') },
    expect: { windows: [w('2022-09-23', '2022-10-11')], time: '18:00' },
  },
  {
    text: 'со дня, следующего за днем назначения выборов, т.е. с 10 апреля 2019 года, и заканчивается в 18:00 часов 28 апреля текущего года',
    source: 'https://zonakz.net/2019/04/10/vydvizhenie-kandidatov-na-dolzhnost-prezidenta-kazaxstana-prodlitsya-do-28-aprelya/',
    ctx: { period: w('2019-01-01', '2019-12-31') },
    expect: { windows: [w('2019-04-10', '2019-04-28')], time: '18:00' },
  },
  {
    text: 'с 20 февраля по 18 марта, в 24:00 часа',
    source: 'https://kursiv.kz/news/politika/2016-01/cik-rk-utverdil-kalendar-meropriyatiy-po-vyboram',
    ctx: { period: w('2016-01-01', '2016-12-31') },
    expect: { windows: [w('2016-02-20', '2016-03-18')] },
  },
  {
    text: 'до 23 февраля',
    source: 'https://kursiv.kz/news/politika/2016-01/cik-rk-utverdil-kalendar-meropriyatiy-po-vyboram',
    ctx: { period: w('2016-01-01', '2016-12-31') },
    expect: { windows: [w('2016-01-01', '2016-02-23')] },
  },
  {
    text: 'с 20 января по 18 февраля',
    source: 'https://taunews.kz/ru/news/glavnoye/vybory-v-mazhilis-i-v-maslikhaty-proydut-v-odin-den',
    ctx: { period: w('2023-01-01', '2023-12-31') },
    expect: { kind: 'range', windows: [w('2023-01-20', '2023-02-18')] },
  },
  {
    text: 'не позднее чем за 45 дней до окончания срока полномочий',
    source: 'https://mgorod.kz/news/v-95-okrugax-zko-projdut-vybory-akimov',
    ctx: { period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'в ноль часов по местному времени за сутки до дня голосования',
    source: 'https://docs.cntd.ru/document/910204852/titles/3GPE6SO',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [w('2017-01-01', '2017-09-08')], time: '00:00' },
    note: 'agitation stops at 0:00 of the day before voting day: its last day is two days before voting',
  },
  {
    text: 'в ноль часов по местному времени за сутки до дня повторного голосования',
    source: 'https://base.garant.ru/6956414/d83dadc1d9eb82a4be83885f2efeee52',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'за 30 дней до дня голосования',
    source: 'https://base.garant.ru/20338162/972fd564a6e3598bb31ccdc27b33ca68',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [w('2017-08-10')] },
    note: '«за 30 дней до дня голосования»: the day after which 30 days remain (ст. 11.1 п. 1 67-ФЗ), as for «за 45 дней»',
  },
  {
    text: 'со дня выдвижения кандидата, областного списка кандидатов',
    source: 'https://base.garant.ru/24140858/52578c3309a272ee8ad686a4e87a118f',
    ctx: { elections: [{ votingDay: '2017-09-10' }], period: w('2017-01-01', '2017-12-31') },
    expect: { windows: [] },
  },
  {
    text: 'не позднее чем за пять дней до дня досрочного голосования',
    source: 'https://geostart.ru/doc/read/43729/19',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [] },
  },
  {
    text: 'до 14:00 14 сентября',
    source: 'https://isheevka-vympel.ru/articles/11865-v-800-otkrylis-izbiratelnye-ucastki-dlia-tretego-zakliucitelnogo-dnia-golosovaniia',
    ctx: { period: w('2025-01-01', '2025-12-31') },
    expect: { windows: [w('2025-01-01', '2025-09-14')], time: '14:00' },
  },
  {
    text: 'не позднее чем через 180 дней и не ранее чем через 70 дней со дня принятия решения о назначении выборов',
    source: 'https://base.garant.ru/29704131/3d3a9e2eb4f30c73ea6671464e2a54b5',
    ctx: { elections: [{ votingDay: '2017-09-10' }] },
    expect: { windows: [] },
  },
  {
    text: 'добуш берүү башталганга чейин 24 саат калганда',
    source: 'http://commoncause.kg/ky/news/181',
    ctx: { elections: [{ votingDay: '2021-07-11' }], period: w('2021-01-01', '2021-12-31') },
    expect: { windows: [w('2021-07-10')] },
    note: 'printed in the same text: «2021-жылдын 10-июлунда саат 8:00дөн баштап» (voting opens at 8:00)',
  },
  // More counts from voting day (laws and commission notices)
  {
    text: 'на следующий день после дня голосования',
    source: 'https://yamal.aif.ru/amp/politic/kogda_budut_izvestny_itogi_vyborov_deputatov_v_gosudarstvennuyu_dumu',
    ctx: { elections: [{ votingDay: '2016-09-18' }] },
    expect: { windows: [w('2016-09-19')] },
  },
  {
    text: 'не позднее, чем за 80 дней до выборов',
    source: 'http://chelnyltd.ru/ofitsioz/v_naberezhnih_chelnah_dan_start_predvibornoy_kompanii?lang=ru%2356734',
    ctx: { elections: [{ votingDay: '2015-09-13' }] },
    expect: { windows: [w('2015-06-24')] },
    note: 'printed in the same text: voting day 13 September 2015',
  },
  // Elections voted over several days (chosen for the holdout before the engine was run on it)
  {
    text: '13-14 сентября',
    source: 'https://www.kommersant.ru/doc/8026540',
    ctx: { elections: [{ votingDay: '2025-09-14', votingDays: 2 }], period: { start: '2025-01-01', end: '2025-12-31' } },
    expect: { kind: 'range', windows: [w('2025-09-13', '2025-09-14')] },
    note: 'two-day voting in the Kurgan region (13–14 September 2025)',
  },
];
