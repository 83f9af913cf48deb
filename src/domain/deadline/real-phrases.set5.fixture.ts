/**
 * Fifth set of real phrases, gathered after the engine was tuned on the other sets: deadline cells and
 * announced campaign dates of other commissions (Russian regions and municipalities, the CEC of Kyrgyzstan,
 * Kazakhstan). Each reading is the one the same page gives; `windows: []` where the page gives no date.
 */
import { w, type RealPhrase } from './real-phrases.types.js';

const year = (y: number) => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const at = (votingDay: string, votingDays?: number) => ({
  elections: [{ votingDay, ...(votingDays ? { votingDays } : {}) }],
  ...year(Number(votingDay.slice(0, 4))),
});

const KALININGRAD_2023 = 'https://kaliningrad360.ru/news/gosudarstvo/naznacheny-vybory-deputatov-okruzhnyh-sovetov-deputatov.htm';
const EKB_2018 = 'https://za-ural.com/news-block/k-novoj-dume-2/';
const EKB_2005 = 'http://www.apiural.ru/news/politics/4508/';
const KZ_2022_LATIN = 'https://qz.inform.kz/news/saylau-2022-dauys-beru-kuni-kalay-otedi_a4001801';
const ROSTOV_2025 = 'https://kasharsky.ikro.ru/news/news_73605.html';
const LO_2024 = 'http://tik12.iklo.ru/gas-vybory/688-uchastkovye-izbiratelnye-komissii-pristupili-k-rabote';
const AKSAY_2019 = 'https://aksay.ikro.ru/election-campaign/13-sentyabrya-2020-god-msu/rezhim-raboty-komissii/';
const PK_KG_2025 = 'https://pk.kg/news/inner/bshk-30-oktyabrda-saat-18-00d-zhogorku-ke-eshtin-deputattygyna-talapkerlerdi-k-rs-t-m-n-t-ayaktajt/';
const MAGAS_2024 = 'https://magas.tv/2024/02/22/досрочно-проголосовать-на-выборах-гл';
const TULA_2024 = 'https://web.lifelines.name/read/05f1237d-edf1-514f-bd88-99e929c7cb15';
const SPB_2018 = 'http://msmetal-kolpinfo.ru/node/589';
const ABKH_2025_NEWS = 'http://vybor-naroda.org/lentanovostey/275238-vydvizhenie-kandidatov-v-prezidenty-abhazii-projdet-s-17-dekabrja-po-6-janvarja.html';
const ABKH_2025_NEWS2 = 'https://abkhazia-news.com/world/2025/01/02/266.html';
const PMR_2025 = 'https://tiraspolnews.ru/society/2025/10/25/216349.html';
const PMR_2021 = 'https://novostipmr.com/ru/news/21-09-14/cik-prinyal-dokumenty-ot-kandidata-na-uchastie-v-prezidentskih?page=2';
const PMR_2018 = 'https://novostipmr.com/en/node/83673';
const SHELEKHOV_2019 = 'http://admshamanka.ru/sv_new.php?copylenco=news&cs=2&id_news=20';
const PRIMORYE_2018 = 'http://tikshkot.ru/print/81618';
const ABKH_2025 = { elections: [{ votingDay: '2025-02-15' }], period: { start: '2024-12-01', end: '2025-03-31' } };
const KZ_MASLIKHAT_2023 = 'https://qaz-media.kz/29-oktyabrya-v-sko-projdut-vybory-deputatov-maslixatov';
const KARABALTA_2018 = 'https://kyrgyztoday.org/archives/288959';
const KZ_MASLIKHAT_2016 = 'https://informburo.kz/novosti/segodnya-v-kazahstane-den-tishiny.html';
const SVERDLOVSK_UIK_2023 = 'http://2018.vybor-naroda.org/lentanovostey/237139-sverdlovskij-izbirkom-nachal-formirovanie-novyh-sostavov-uik.html';
const YUGRA_UIK_2023 = 'https://hantimansiysk.bezformata.com/listnews/uchastkovih-izbiratelnih-komissiy/114806298/';
const BAYKALOVO_UIK_2023 = 'https://ikso.org/tik/site/baykalovskiy_rayon/archive/news/show/formirovanie_uik_na_noviy_srok_polnomochiy';
const SAFONOVO_2024 = 'https://pryanikapp.com/posts/1732746';
const SVERDLOVSK_2026 = 'http://vybor-naroda.org/lentanovostey/291904-stala-izvestna-data-provedenija-vyborov-v-sverdlovskoe-zso-v-2026-godu.html';
const DONETSK_RO_2025 = 'https://donetsk.ikro.ru/news/news_69469.html';
const SOVETSKY_RO_2026 = 'https://sovetskaya.ikro.ru/news/news_79665.html?wcag=N';
const PROLETARSKY_RO_2025 = 'https://proletarsky.ikro.ru/news/news_69758.html?wcag=N';
const UNN_2017 = 'http://www.uvr.unn.ru/2017/02/15';
const TAGANROG_2024 = 'https://taganrog.ikro.ru/news/news_64480.html';
const OREANDA_2008 = 'https://oreanda-news.com/common/events/V_pyatnitsu_nachinaetsya_dosrochnoe_golosovanie_na_vyborah_prezidenta_RF/article279662';
const KYZYLORDA_AKIMS = 'https://tolqyn.kz/zanalyk/23311-yzylordada-auyl-kmdern-saylauy-bastaldy.html';
const UTRK_2021 = 'https://utrk.kg/kg/news/s/64207';
const FABULA_2021 = 'https://fabula.kg/sayasat/6651-shajloo-2021-bshkga-bir-mandattuu-okrugdan-308-talapker-aryz-berdi.html';
const VESTI_KG_2025 = 'https://vesti.kg/vybory/item/145084-vybory-v-zhk-zayavleniya-v-tsik-podali-bolee-530-kandidatov.html';
const TVER_2020 = 'https://xn-----6kcalbbrfn0iijf7msb.xn--p1ai/news/obshchestvo/v-tverskoy-oblasti-opublikovan-grafik-raboty-izbiratelnykh-uchastkov-/';
const ISHIM_2015 = 'https://t-l.ru/193484.html';
const IZHEVSK_2005 = 'https://susanin.news/udmurtia/power/20050825-3660';
const AZATTYK_2025 = 'https://www.azattyk.org/a/33545713.html';
const AZATTYK_2026 = 'https://www.azattyk.org/a/33664553.html';
const KOSTROMA_2023 = 'https://dzen.ru/a/Y-oVy8yOkmGN12T3';
const CASIAN_KG_2021 = 'https://casian.info/kg/politics/cik-utverdila-kalendarnyy-plan-dlya-provedeniya-dosrochnyh-vyborov-prezidenta-30711.html';
const TJ_2020 = 'http://2020-2022.vybor-naroda.org/lentanovostey/153412-v-tadzhikistane-nachalas-registracija-kandidatov-v-parlament.html';
const TJ_2015 = 'https://nm.tj/politics/26779-cik-prosit-politicheskie-partii-predostavit-informaciyu-ob-istochnikah-dohodov.html';
const TJ_2015_AP = 'https://asiaplus.news/?p=164226';
const TJ_2020_PRES = 'https://ehokg.info/?p=52248';
const TJ_2006 =
  'https://asiaplustj.info/ru/news/tajikistan/20061005/sotsialistam-i-kommunistam-pridetsya-potruditsya-chtoby-za-dva-dnya-sobrat-nedostayushchee-koli';
const KG_2021_EARLY = { elections: [{ votingDay: '2021-01-10' }], period: { start: '2020-10-24', end: '2021-01-31' } };
const TJ_2015_CAMPAIGN = { elections: [{ votingDay: '2015-03-01' }], period: { start: '2014-12-01', end: '2015-03-31' } };
const KYRA_2025 = 'https://zab-news.ru/society/2025/06/17/6486-amp.html';
const MOSCOW_2024 = 'https://m24.ru/amp/videos/politika/02092024/721817';
const ARMENIA_2022 = 'https://ru.armeniasputnik.am/20220826/v-vyborakh-v-oms-v-17-obschinakh-armenii-budut-uchastvovat-14-partiy-i-12-blokov-47348772.html';
const MOSCOW_2023 =
  'https://pronews24.ru/proisshestviya/%d0%b2-%d0%bc%d0%be%d1%81%d0%ba%d0%b2%d0%b5-%d0%be%d1%82%d0%ba%d1%80%d1%8b%d0%bb%d0%b8%d1%81%d1%8c-%d0%b8%d0%b7%d0%b1%d0%b8%d1%80%d0%b0%d1%82%d0%b5%d0%bb%d1%8c%d0%bd%d1%8b%d0%b5-%d1%83%d1%87%d0%b0.html';
const KG_LOCAL_2022 = 'https://www.shailoo.gov.kg/ru/news/6156';
const MARAL_2023 = 'https://maralfm.kg/archives/625520';
const AZATTYK_VOTING_HOURS = 'http://www.azattyk.org/a/politics/28169283.html';
const KAMCHATKA_2025 = 'http://vybor-naroda.org/lentanovostey/291648-v-zone-svo-zaversheno-golosovanie-na-vyborah-glavy-kamchatki.html';
const KURSK_2025 = 'https://xn----ctbbffdqacdhkgqz2bughm.xn--p1ai/2025/09/45129/';
const NIASAM_2025 = 'https://www.niasam.ru/politika/v-rossii-nachalsya-edinyj-den-golosovaniya-260705.html';
const INFOROS_2025 = 'https://inforos.com/ru/?module=news&action=view&id=184965';
const AERO_2024 = 'https://aero-sity.ru/vydvizhenie-kandidatov-na-vybory-prezidenta-rf-prodolzhaetsja-v-rossii/amp';
const PRESIDENT_2024 = { elections: [{ votingDay: '2024-03-17', votingDays: 3 }], period: { start: '2023-12-01', end: '2024-04-30' } };
const AQSHAM_2021 = 'https://aqshamnews.kz/latyn/article/qazaqstanda-sailauga-tusetin-umitkerlerdi-tirkeu-aiaqtaldy.html';
const AQSHAM_JETISU_2021 = 'https://aqshamnews.kz/latyn/article/jetisu-onirinde-okrug-akimderin-sailauga-220-mynnan-astam-adam-qatysady.html';
const KYZYLORDA_2024 =
  'https://kyzylorda-news.kz/kogam/khyzylorda-oblysynda-7-okrugten-shyghyp-khalghan-maeslihat-deputattarynyng-ornyna-sajlau-oetedi-11-11-2024';
const KARMAKSHY_2021 = 'https://qarmaqshy-tany.kz/zanalyk/18789-bgn-elde-auyl-kmdern-saylauy-bastaldy.html';
const ASTANA_AKSHAMY_2019 = 'https://astana-akshamy.kz/lat/sheteldik-baqylaushylar-tirkeldi';

export const SET5_PHRASES: readonly RealPhrase[] = [
  { text: 'не позднее чем через пять дней со дня принятия', source: KALININGRAD_2023, ctx: at('2023-09-10'), expect: { windows: [] } },
  {
    text: 'начнется со дня, следующего за днем официального опубликования решений о назначении выборов и закончится не позднее чем за 45 дней до дня голосования',
    source: KALININGRAD_2023,
    ctx: at('2023-09-10'),
    expect: { windows: [] },
    note: 'the page gives no publication date, so the start is unknown',
  },
  { text: 'по 25 июля включительно', source: EKB_2018, ctx: at('2018-09-09'), expect: { windows: [w('2018-01-01', '2018-07-25')] } },
  {
    text: 'начнется с 13 января и продлится до 2 февраля включительно',
    source: EKB_2005,
    ctx: at('2005-03-20'),
    expect: { windows: [w('2005-01-13', '2005-02-02')] },
  },
  {
    text: '21 qazan saǵat 18:00-den bastap 19 qarasha, senbi saǵat 0:00-ge deıin',
    source: KZ_2022_LATIN,
    ctx: at('2022-11-20'),
    expect: { windows: [w('2022-10-21', '2022-11-18')], time: '00:00' },
    note: 'Kazakh in Latin script: campaigning ends as 19 November begins',
  },
  { text: 'продлится до 1 августа 2025 года', source: ROSTOV_2025, ctx: at('2025-09-14'), expect: { windows: [w('2025-01-01', '2025-08-01')] } },
  {
    text: 'C 29 августа и до 14:00 8 сентября 2024 года',
    source: LO_2024,
    ctx: at('2024-09-08'),
    expect: { windows: [w('2024-08-29', '2024-09-08')], time: '14:00' },
    note: 'the first letter is a Latin C in the source',
  },
  {
    text: 'в день, в который истекает срок представления документов для регистрации кандидатов – 26 июля 2019 года',
    source: AKSAY_2019,
    ctx: at('2019-09-08'),
    expect: { windows: [w('2019-07-26')] },
  },
  {
    text: '30-октябрда саат 18:00гө чейин',
    source: PK_KG_2025,
    ctx: at('2025-11-30'),
    expect: { windows: [w('2025-10-30')], time: '18:00' },
    note:
      'the sentence: «арыздарын кабыл алуу эртең, 30-октябрда саат 18:00гө чейин жүргүзүлөт» — acceptance goes on tomorrow, ' +
      '30 October, until 18:00: that day. First written as a bound from the plan start (the headline says the nomination ' +
      'period ends then), which the sentence does not say; corrected on re-reading it.',
  },
  { text: '2-ноябрга чейин', source: PK_KG_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-11-02')] } },
  { text: 'с 25 февраля по 14 марта', source: MAGAS_2024, ctx: at('2024-03-17', 3), expect: { windows: [w('2024-02-25', '2024-03-14')] } },
  { text: 'С 22 июля по 2 сентября 2024 года', source: TULA_2024, ctx: at('2024-09-08'), expect: { windows: [w('2024-07-22', '2024-09-02')] } },
  { text: 'с 28 августа по 2 сентября', source: TULA_2024, ctx: at('2024-09-08'), expect: { windows: [w('2024-08-28', '2024-09-02')] } },
  { text: 'с 15 по 24 февраля 2018 года', source: SPB_2018, ctx: at('2018-03-18'), expect: { windows: [w('2018-02-15', '2018-02-24')] } },
  { text: 'с 25 февраля по 16 марта 2018 года', source: SPB_2018, ctx: at('2018-03-18'), expect: { windows: [w('2018-02-25', '2018-03-16')] } },
  { text: 'с 31 января по 12 марта 2018 г.', source: SPB_2018, ctx: at('2018-03-18'), expect: { windows: [w('2018-01-31', '2018-03-12')] } },
  { text: 'с 17 декабря по 6 января', source: ABKH_2025_NEWS, ctx: ABKH_2025, expect: { windows: [w('2024-12-17', '2025-01-06')] } },
  { text: 'завершается 16 января', source: ABKH_2025_NEWS, ctx: ABKH_2025, expect: { windows: [w('2024-12-01', '2025-01-16')] } },
  { text: 'в течение 10 дней после подачи документов', source: ABKH_2025_NEWS2, ctx: ABKH_2025, expect: { windows: [] } },
  { text: 'продлится до 16 января', source: ABKH_2025_NEWS2, ctx: ABKH_2025, expect: { windows: [w('2024-12-01', '2025-01-16')] } },
  { text: 'продлится до 30 октября', source: PMR_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-10-30')] } },
  { text: 'до 18:00 11 ноября 2021 года', source: PMR_2021, ctx: at('2021-12-12'), expect: { windows: [w('2021-01-01', '2021-11-11')], time: '18:00' } },
  { text: 'в течение 10 дней с момента поступления этих документов', source: PMR_2021, ctx: at('2021-12-12'), expect: { windows: [] } },
  { text: 'до 7 октября 2018 года включительно', source: PMR_2018, ctx: at('2018-10-28'), expect: { windows: [w('2018-01-01', '2018-10-07')] } },
  {
    text: 'в период с 28 августа 2019 года по 3 сентября 2019 года',
    source: SHELEKHOV_2019,
    ctx: at('2019-09-08'),
    expect: { windows: [w('2019-08-28', '2019-09-03')] },
  },
  {
    text: 'с 4 сентября 2019 года по 7 сентября 2019 года',
    source: SHELEKHOV_2019,
    ctx: at('2019-09-08'),
    expect: { windows: [w('2019-09-04', '2019-09-07')] },
  },
  { text: 'с 25 июля 2018 года по 5 сентября 2018 года', source: PRIMORYE_2018, ctx: at('2018-09-16'), expect: { windows: [w('2018-07-25', '2018-09-05')] } },
  {
    text: 'с 29 августа 2018 года по 5 сентября 2018 года',
    source: PRIMORYE_2018,
    ctx: at('2018-09-16'),
    expect: { windows: [w('2018-08-29', '2018-09-05')] },
  },
  { text: '6 и 7 сентября 2018 года', source: PRIMORYE_2018, ctx: at('2018-09-16'), expect: { windows: [w('2018-09-06'), w('2018-09-07')] } },
  {
    text: 'начнётся 30 августа и продлится до 28 сентября',
    source: KZ_MASLIKHAT_2023,
    ctx: at('2023-10-29'),
    expect: { windows: [w('2023-08-30', '2023-09-28')] },
  },
  { text: 'завершится 3 октября', source: KZ_MASLIKHAT_2023, ctx: at('2023-10-29'), expect: { windows: [w('2023-01-01', '2023-10-03')] } },
  { text: '2018-жылдын 5-январынан тартып', source: KARABALTA_2018, ctx: year(2018), expect: { windows: [w('2018-01-05', '2018-12-31')] } },
  {
    text: '30 октября с 7.00 до 20.00 по местному времени',
    source: KZ_MASLIKHAT_2016,
    ctx: at('2016-10-30'),
    expect: { windows: [w('2016-10-30')] },
    note: 'the page names 20 March 2016 as past, so the year is 2016',
  },
  { text: 'не позднее 29 марта 2023 года', source: SVERDLOVSK_UIK_2023, ctx: year(2023), expect: { windows: [w('2023-01-01', '2023-03-29')] } },
  { text: 'в период с 30 марта по 28 апреля 2023 года', source: SVERDLOVSK_UIK_2023, ctx: year(2023), expect: { windows: [w('2023-03-30', '2023-04-28')] } },
  {
    text: 'в период с 01 марта 2023 года по 31 марта 2023 года',
    source: YUGRA_UIK_2023,
    ctx: year(2023),
    expect: { windows: [w('2023-03-01', '2023-03-31')] },
  },
  { text: 'В мае 2023 года', source: YUGRA_UIK_2023, ctx: year(2023), expect: { windows: [w('2023-05-01', '2023-05-31')] } },
  { text: 'В июне 2023 года', source: BAYKALOVO_UIK_2023, ctx: year(2023), expect: { windows: [w('2023-06-01', '2023-06-30')] } },
  {
    text: '11,12 и 13 октября 2024 года',
    source: SAFONOVO_2024,
    ctx: at('2024-10-13', 3),
    expect: { windows: [w('2024-10-11'), w('2024-10-12'), w('2024-10-13')] },
    note: 'three voting days',
  },
  { text: 'с 18 по 20 сентября 2026 года', source: SVERDLOVSK_2026, ctx: at('2026-09-20', 3), expect: { windows: [w('2026-09-18', '2026-09-20')] } },
  {
    text: 'отмечается в третье воскресенье февраля',
    source: DONETSK_RO_2025,
    ctx: year(2025),
    expect: { windows: [w('2025-02-16')] },
    note: 'the page: «в этом году он выпадает на 16 февраля»',
  },
  { text: 'со 2 по 28 февраля 2026 года', source: SOVETSKY_RO_2026, ctx: year(2026), expect: { windows: [w('2026-02-02', '2026-02-28')] } },
  {
    text: 'отмечается ежегодно в третье воскресенье февраля',
    source: PROLETARSKY_RO_2025,
    ctx: year(2025),
    expect: { windows: [w('2025-02-16')] },
    note: 'the page: «В 2025 году он выпал на 16 февраля»',
  },
  {
    text: 'Проводится он в третье воскресенье февраля',
    source: UNN_2017,
    ctx: year(2017),
    expect: { windows: [w('2017-02-19')] },
    note: 'the page: «19 февраля 2017 года — Всероссийский День молодого избирателя»',
  },
  {
    text: 'в течение трех дней – 6, 7 и 8 сентября',
    source: TAGANROG_2024,
    ctx: at('2024-09-08', 3),
    expect: { windows: [w('2024-09-06'), w('2024-09-07'), w('2024-09-08')] },
  },
  { text: 'в период с 15 февраля до 1 марта', source: OREANDA_2008, ctx: at('2008-03-02'), expect: { windows: [w('2008-02-15', '2008-03-01')] } },
  {
    text: 'Жергілікті уақыт сағат 07.00-ден бастап сағат 20.00-ге дейін',
    source: KYZYLORDA_AKIMS,
    ctx: year(2023),
    expect: { windows: [] },
    note: 'hours of the voting day only; the page gives no date',
  },
  {
    text: '13 –октябрга чейин',
    source: UTRK_2021,
    ctx: at('2021-11-28'),
    expect: { windows: [w('2021-01-01', '2021-10-13')] },
    note: 'spacing and dash as printed',
  },
  { text: '28-октябрга чейин', source: UTRK_2021, ctx: at('2021-11-28'), expect: { windows: [w('2021-01-01', '2021-10-28')] } },
  {
    text: 'бүгүн саат 18.00дө аяктайт',
    source: FABULA_2021,
    ctx: at('2021-11-28'),
    expect: { windows: [] },
    note: '«today» of a news item: no date in the phrase',
  },
  { text: 'завершается завтра, 30 октября', source: VESTI_KG_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-10-30')] } },
  { text: 'стартует 10 ноября', source: VESTI_KG_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-11-10', '2025-12-31')] } },
  { text: 'С 25 по 30 июня', source: TVER_2020, ctx: at('2020-07-01'), expect: { windows: [w('2020-06-25', '2020-06-30')] } },
  {
    text: '25, 26, 29 июня с 8.00 до 13.00 и с 19.00 до 21.00',
    source: TVER_2020,
    ctx: at('2020-07-01'),
    expect: { windows: [w('2020-06-25'), w('2020-06-26'), w('2020-06-29')] },
  },
  { text: '27 июня с 15.00 до 18.00', source: TVER_2020, ctx: at('2020-07-01'), expect: { windows: [w('2020-06-27')] } },
  { text: '30 июня с 8.00 до 13.00', source: TVER_2020, ctx: at('2020-07-01'), expect: { windows: [w('2020-06-30')] } },
  { text: 'начнется 9 июля и продлится до 4 августа', source: ISHIM_2015, ctx: at('2015-09-13'), expect: { windows: [w('2015-07-09', '2015-08-04')] } },
  { text: 'досрочно с 3 по 12 сентября', source: ISHIM_2015, ctx: at('2015-09-13'), expect: { windows: [w('2015-09-03', '2015-09-12')] } },
  { text: 'С 21 августа', source: IZHEVSK_2005, ctx: at('2005-10-16'), expect: { windows: [w('2005-08-21', '2005-12-31')] } },
  {
    text: 'шайлоо дайындалгандан кийин үч календардык күндүн ичинде',
    source: AZATTYK_2025,
    ctx: at('2025-11-30'),
    expect: { windows: [] },
    note: 'the page does not give the day the election was called',
  },
  { text: '30-октябрга чейин уланат', source: AZATTYK_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-10-30')] } },
  { text: '2-ноябрда аяктайт', source: AZATTYK_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-11-02')] } },
  { text: '10-ноябрда жыйынтыкталат', source: AZATTYK_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-01-01', '2025-11-10')] } },
  { text: '10-ноябрдан 29-ноябрга чейин уланат', source: AZATTYK_2025, ctx: at('2025-11-30'), expect: { windows: [w('2025-11-10', '2025-11-29')] } },
  { text: '9-февралда башталып, 28-февралда аяктайт', source: AZATTYK_2026, ctx: at('2026-03-01'), expect: { windows: [w('2026-02-09', '2026-02-28')] } },
  {
    text: 'до 18 часов 22 февраля 2023 года',
    source: KOSTROMA_2023,
    ctx: at('2023-04-23'),
    expect: { windows: [w('2023-01-01', '2023-02-22')], time: '18:00' },
  },
  { text: 'в рабочие дни с понедельника по пятницу – с 9.00 до 18.00', source: KOSTROMA_2023, ctx: at('2023-04-23'), expect: { windows: [] } },
  {
    text: 'до 7 декабря (последний день — 24.00 6 декабря. — Прим. 24.kg)',
    source: CASIAN_KG_2021,
    ctx: KG_2021_EARLY,
    expect: { windows: [w('2020-10-24', '2020-12-06')] },
    note: 'the editor’s note names 6 December as the last day',
  },
  { text: 'продлится до 9 февраля', source: TJ_2020, ctx: at('2020-03-01'), expect: { windows: [w('2020-01-01', '2020-02-09')] } },
  { text: 'не позднее 15 января 2015 года', source: TJ_2015, ctx: TJ_2015_CAMPAIGN, expect: { windows: [w('2014-12-01', '2015-01-15')] } },
  { text: 'с 6 декабря по 15 января', source: TJ_2015, ctx: TJ_2015_CAMPAIGN, expect: { windows: [w('2014-12-06', '2015-01-15')] } },
  { text: 'начнется с 30 декабря и завершится 15 января', source: TJ_2015, ctx: TJ_2015_CAMPAIGN, expect: { windows: [w('2014-12-30', '2015-01-15')] } },
  { text: 'до 26 февраля', source: TJ_2015, ctx: TJ_2015_CAMPAIGN, expect: { windows: [w('2014-12-01', '2015-02-26')] } },
  {
    text: 'начнется за 60 дней до выборов и закончится за 45 дней до выборов',
    source: TJ_2015_AP,
    ctx: year(2015),
    expect: { windows: [] },
    note: 'the page does not give the day of the elections',
  },
  { text: 'не позднее 15 сентября', source: TJ_2020_PRES, ctx: at('2020-10-11'), expect: { windows: [w('2020-01-01', '2020-09-15')] } },
  { text: 'заканчивается 7 октября', source: TJ_2006, ctx: at('2006-11-06'), expect: { windows: [w('2006-01-01', '2006-10-07')] } },
  {
    text: 'в течение двух дней 13 и 14 сентября',
    source: KYRA_2025,
    ctx: at('2025-09-14', 2),
    expect: { windows: [w('2025-09-13'), w('2025-09-14')] },
  },
  { text: 'не позднее 25 июня', source: KYRA_2025, ctx: at('2025-09-14', 2), expect: { windows: [w('2025-01-01', '2025-06-25')] } },
  { text: 'с 6 по 8 сентября с 08:00 до 20:00', source: MOSCOW_2024, ctx: at('2024-09-08', 3), expect: { windows: [w('2024-09-06', '2024-09-08')] } },
  { text: 'срок регистрации кандидатов истек 26 августа', source: ARMENIA_2022, ctx: at('2022-09-25'), expect: { windows: [w('2022-01-01', '2022-08-26')] } },
  { text: 'с 8 по 10 сентября', source: MOSCOW_2023, ctx: at('2023-09-10', 3), expect: { windows: [w('2023-09-08', '2023-09-10')] } },
  { text: 'назначены на 10 апреля 2022 года', source: KG_LOCAL_2022, ctx: at('2022-04-10'), expect: { windows: [w('2022-04-10')] } },
  // Added after the first measure (60/82): read 1 of 2 before the class of «өтөт» was added.
  { text: '28-майда өтөт', source: MARAL_2023, ctx: at('2023-05-28'), expect: { windows: [w('2023-05-28')] } },
  {
    text: 'Добуш берүү саат 20:00дө токтойт',
    source: AZATTYK_VOTING_HOURS,
    ctx: year(2016),
    expect: { windows: [] },
    note: 'closing hour of voting, no day given',
  },
  // Added later again: read 2 of 3 before the class of opening hours after a verb was added.
  { text: 'продлится до завершения 11 сентября', source: KAMCHATKA_2025, ctx: at('2025-09-14', 3), expect: { windows: [w('2025-01-01', '2025-09-11')] } },
  { text: '12 сентября в 08:00', source: KAMCHATKA_2025, ctx: at('2025-09-14', 3), expect: { windows: [w('2025-09-12')], time: '08:00' } },
  {
    text: '13 и 14 сентября будут работать с 8:00 до 20:00 часов',
    source: KURSK_2025,
    ctx: at('2025-09-14', 2),
    expect: { windows: [w('2025-09-13'), w('2025-09-14')] },
    note: 'polling stations on the two voting days',
  },
  // And once more: read 4 of 5 before the plural verbs of an end were added.
  { text: 'продлятся с 12 по 14 сентября', source: NIASAM_2025, ctx: at('2025-09-14', 3), expect: { windows: [w('2025-09-12', '2025-09-14')] } },
  { text: 'В период с 12 по 14 сентября', source: INFOROS_2025, ctx: at('2025-09-14', 3), expect: { windows: [w('2025-09-12', '2025-09-14')] } },
  { text: 'продлится до 1 января', source: AERO_2024, ctx: PRESIDENT_2024, expect: { windows: [w('2023-12-01', '2024-01-01')] } },
  { text: 'не позднее 31 января', source: AERO_2024, ctx: PRESIDENT_2024, expect: { windows: [w('2023-12-01', '2024-01-31')] } },
  {
    text: '15, 16 и 17 марта 2024 года',
    source: AERO_2024,
    ctx: PRESIDENT_2024,
    expect: { windows: [w('2024-03-15'), w('2024-03-16'), w('2024-03-17')] },
  },
  // Kazakh akim and maslikhat elections, gathered after the Latin-alphabet class was added: 5 of 8 read on arrival.
  {
    text: '24 shilde saǵat 00.00-ge deıin',
    source: AQSHAM_2021,
    ctx: at('2021-07-25'),
    expect: { windows: [w('2021-01-01', '2021-07-23')], time: '00:00' },
    note: 'campaigning ends as 24 July begins',
  },
  { text: '9 shilde saǵat 18:00-ge deıin', source: AQSHAM_2021, ctx: at('2021-07-25'), expect: { windows: [w('2021-01-01', '2021-07-09')], time: '18:00' } },
  { text: '9 shildege deıin', source: AQSHAM_JETISU_2021, ctx: at('2021-07-25'), expect: { windows: [w('2021-01-01', '2021-07-09')] } },
  {
    text: '14 shilde kúni saǵat 18.00-ge deıin',
    source: AQSHAM_JETISU_2021,
    ctx: at('2021-07-25'),
    expect: { windows: [w('2021-01-01', '2021-07-14')], time: '18:00' },
  },
  {
    text: '8 қараша, сағат 18.00-де аяқталды',
    source: KYZYLORDA_2024,
    ctx: at('2024-12-08'),
    expect: { windows: [w('2024-01-01', '2024-11-08')], time: '18:00' },
  },
  {
    text: '13 қараша, сағат 18.00-ге дейін аяқталады',
    source: KYZYLORDA_2024,
    ctx: at('2024-12-08'),
    expect: { windows: [w('2024-01-01', '2024-11-13')], time: '18:00' },
  },
  { text: '8 желтоқсан күні', source: KYZYLORDA_2024, ctx: at('2024-12-08'), expect: { windows: [w('2024-12-08')] } },
  { text: 'шілденің 14-інде аяқталды', source: KARMAKSHY_2021, ctx: at('2021-07-25'), expect: { windows: [w('2021-01-01', '2021-07-14')] } },
  // Kazakh in the Latin alphabet of 2021 (presidential election of 09.06.2019): none read on arrival.
  { text: '12 mamyr künı saǧat 18.00-de', source: ASTANA_AKSHAMY_2019, ctx: at('2019-06-09'), expect: { windows: [w('2019-05-12')], time: '18:00' } },
  {
    text: '8 mausym künı saǧat 00.00-ge deiın',
    source: ASTANA_AKSHAMY_2019,
    ctx: at('2019-06-09'),
    expect: { windows: [w('2019-01-01', '2019-06-07')], time: '00:00' },
    note: 'campaigning ends as 8 June (the day of silence) begins',
  },
  { text: '9 mausym künı saǧat 07.00-den 20.00-ge deiın', source: ASTANA_AKSHAMY_2019, ctx: at('2019-06-09'), expect: { windows: [w('2019-06-09')] } },
  { text: '6 mamyrǧa deiın', source: ASTANA_AKSHAMY_2019, ctx: at('2019-06-09'), expect: { windows: [w('2019-01-01', '2019-05-06')] } },
  { text: '3 mausymǧa deiın', source: ASTANA_AKSHAMY_2019, ctx: at('2019-06-09'), expect: { windows: [w('2019-01-01', '2019-06-03')] } },
];
