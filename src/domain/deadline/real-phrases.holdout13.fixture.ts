/**
 * Thirteenth held-out set of real phrases (gathered blind for issue #13): terms read on pages no earlier set used —
 * the Kazakh referendum calendar plan of 2026 (Russian and Kazakh copies), a Kazakh school's election deadlines,
 * a school election commission's slides, a Romanian Government calendar programme and a Romanian news summary,
 * a city news item on school elections, Kazakh and Kyrgyz commission news, a Belarusian district executive
 * committee's notice, a Moscow Public Chamber post, a Zabaikalye Public Chamber news item and an Uzbek regional
 * commission's news. Written before any run of the engine on them and never tuned against. `expect` is what each
 * page says: its printed date or range, or, for «до / не позднее / nu mai târziu de» a date, the window from the
 * start of the year the page gives. Where a page prints no year (the Gelendzhik, Almaty and Kyrgyz news), `ctx`
 * is empty and the phrase must stay without dates; a term counted from an event whose date the context does not
 * hold (the calling of the referendum, a candidate's registration) stays without dates as well.
 * Measured blind once (26/31, one wrong date, the engine's), then opened: see real-phrases.test.ts.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });
const election = (votingDay: string, y: number): DeadlineContext => ({ elections: [{ votingDay }], ...year(y) });

const ZAKON_KZ_2026 = 'https://www.zakon.kz/pravo/6507742-utverzhden-kalendarnyy-plan-meropriyatiy-po-podgotovke-k-referendumu-po-proektu-konstitutsii.html';
const INFO01_KZ_2026 = 'https://01info.kz/?p=5236';
const MANGYSTAU_SCHOOL_2023 = 'https://mangystau-bilim.agartu.kz/news/?lang=ru&pkid=1693796850162161';
const SCHOOL_SLIDES_2020 = 'https://en.ppt-online.org/809321';
const ROMANIA_2013 = 'http://idrept.ro/EmbedView.aspx?EmbedId=6e820844-dfcc-46c4-abdb-ffe764095fb2';
const ROMANIA_2025 =
  'https://www.secundatv.ro/politica/guvernul-bolojan-a-aprobat-data-si-calendarul-alegerilor-pentru-primarul-capitalei-si-a-altor-12-partiale-din-tara-262908.html/';
const GELENDZHIK = 'https://yuga.ru/news/amp/308033';
const ALMATY_TIK = 'https://informburo.kz/novosti/na-vyborah-v-maslihat-almaty-v-posledniy-raz-mogut-prinyat-uchastie-samovydvizhency.html';
const UTRK_KG = 'https://utrk.kg/kg/news/s/88187';
const POLOTSK_2024 = 'https://polotsk.vitebsk-region.gov.by/ru/vybory-prezidenta-respubliki-belarus/obrazovanie-i-deyatelnost-uchastkovykh-komissij';
const MOSCOW_PUBLIC_CHAMBER_2022 = 'https://t.iss.one/s/opm_msk/2378?q=%23%D0%9D%D0%B0%D0%B1%D0%BB%D1%8E%D0%B4%D0%B0%D1%82%D0%B5%D0%BB%D0%B8';
const ZABAIKALYE_2023 = 'http://2018.vybor-naroda.org/vn_exclusive/245964-v-zabajkale-nachalos-obuchenie-obschestvennyh-nabljudatelej.html';
const XORAZM_2024 =
  'http://xorazm.saylov.uz/oz/press_service_in/xalq-deputatlari-viloyat-tuman-shahar-kengashlari-deputatlari-saylovini-yuqori-saviyada-o-tkazishga-puxta-hozirlik-ko-rilmoqda';

/** Pages that print no year for their terms. */
const NO_YEAR: DeadlineContext = {};
/** Kazakhstan, republican referendum on the draft Constitution, voting 15.03.2026 (the calling date is not held). */
const KZ_REFERENDUM_CTX = election('2026-03-15', 2026);
/** Romania, partial elections to the Călmăţuiu de Sus commune council, voting 03.02.2013. */
const ROMANIA_2013_CTX: DeadlineContext = { elections: [{ votingDay: '2013-02-03' }] };
/** Romania, partial local elections (Bucharest mayor and 12 localities), voting 07.12.2025; the page is of 23.10.2025. */
const ROMANIA_2025_CTX = election('2025-12-07', 2025);
/** Uzbekistan, Oliy Majlis and local councils, voting 27.10.2024 (the page's date line 09.10.2024 gives the year). */
const XORAZM_CTX = election('2024-10-27', 2024);

export const HOLDOUT13_PHRASES: readonly RealPhrase[] = [
  // Kazakhstan, referendum calendar plan of 2026 (zakon.kz copy): term cells as dash lines.
  {
    text: 'Не позднее чем через десять дней после назначения референдума.',
    source: ZAKON_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { windows: [] },
    note: 'counted from the calling of the referendum, whose date the context does not hold (the next line of the plan gives 21 February)',
  },
  {
    text: 'Не позднее 21 февраля 2026 года.',
    source: ZAKON_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { windows: [w('2026-01-01', '2026-02-21')] },
  },
  {
    text: 'Начинается после назначения референдума и заканчивается в ноль часов 14 марта 2026 года.',
    source: ZAKON_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { windows: [] },
    note: 'campaigning from the calling (a date the context does not hold) until 00:00 on 14 March, as the Kazakh copy of the same plan',
  },
  {
    text: 'За 20 дней до начала голосования.',
    source: ZAKON_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { windows: [w('2026-02-22')] },
    note: 'one day counted back from voting day 15.03.2026; the plan prints it on the next line: «Не позднее 22 февраля 2026 года»',
  },
  {
    text: 'Не позднее 22 февраля 2026 года.',
    source: ZAKON_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { windows: [w('2026-01-01', '2026-02-22')] },
  },
  // The same plan retold in Kazakh as a dash list (01info.kz).
  {
    text: '27 ақпан – 4 наурыз',
    source: INFO01_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { kind: 'range', windows: [w('2026-02-27', '2026-03-04')] },
    note: 'informing citizens of the time and place of voting',
  },
  {
    text: '12 ақпан – 14 наурыз (00:00)',
    source: INFO01_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { kind: 'range', windows: [w('2026-02-12', '2026-03-13')], time: '00:00' },
    note: 'campaigning ends at 00:00 on 14 March, so 13 March is its last day',
  },
  {
    text: '21–22 ақпан',
    source: INFO01_KZ_2026,
    ctx: KZ_REFERENDUM_CTX,
    expect: { kind: 'range', windows: [w('2026-02-21', '2026-02-22')] },
  },
  // Kazakhstan, a Mangystau school's election of its president: two-digit years glued to «г.».
  {
    text: 'до 26.08.23г.',
    source: MANGYSTAU_SCHOOL_2023,
    ctx: year(2023),
    expect: { windows: [w('2023-01-01', '2023-08-26')] },
  },
  {
    text: 'до 08.09.23г.',
    source: MANGYSTAU_SCHOOL_2023,
    ctx: year(2023),
    expect: { windows: [w('2023-01-01', '2023-09-08')] },
  },
  { text: '12.09.23г.', source: MANGYSTAU_SCHOOL_2023, ctx: year(2023), expect: { windows: [w('2023-09-12')] } },
  // A school election commission's slides (the deck prints 2020).
  {
    text: '15 – 22.09',
    source: SCHOOL_SLIDES_2020,
    ctx: year(2020),
    expect: { kind: 'range', windows: [w('2020-09-15', '2020-09-22')] },
    note: 'a range of days with the month printed once, after the second day',
  },
  { text: 'До 25.09.2020', source: SCHOOL_SLIDES_2020, ctx: year(2020), expect: { windows: [w('2020-01-01', '2020-09-25')] } },
  {
    text: 'В течение 3-х дней после регистрации',
    source: SCHOOL_SLIDES_2020,
    ctx: year(2020),
    expect: { windows: [] },
    note: 'counted from a candidate’s registration, an event without a date',
  },
  // Romania: the Government's calendar programme of partial elections (term cell: rule, date, article).
  { text: '28 decembrie 2012', source: ROMANIA_2013, ctx: ROMANIA_2013_CTX, expect: { windows: [w('2012-12-28')] } },
  // Romania: the Government's calendar of the partial local elections of 7 December 2025, retold by a news site.
  {
    text: 'în perioada 22 noiembrie – 6 decembrie',
    source: ROMANIA_2025,
    ctx: ROMANIA_2025_CTX,
    expect: { kind: 'range', windows: [w('2025-11-22', '2025-12-06')] },
    note: 'the electoral campaign',
  },
  {
    text: 'nu mai târziu de 17 noiembrie',
    source: ROMANIA_2025,
    ctx: ROMANIA_2025_CTX,
    expect: { windows: [w('2025-01-01', '2025-11-17')] },
    note: '«not later than 17 November» (end of the submission of candidacies)',
  },
  // Gelendzhik: school self-government elections told by the city's press service, without any year.
  { text: 'до 1 октября', source: GELENDZHIK, ctx: NO_YEAR, expect: { windows: [] } },
  { text: 'С 1 октября', source: GELENDZHIK, ctx: NO_YEAR, expect: { windows: [] }, note: 'the campaign runs from then «до самого дня голосования»' },
  { text: '15 октября', source: GELENDZHIK, ctx: NO_YEAR, expect: { windows: [] }, note: 'the voting day, without its year' },
  // Almaty city territorial commission: maslikhat by-elections, without any year for the terms.
  {
    text: 'с сегодняшнего дня, то есть с 28 августа, и заканчивается 27 сентября',
    source: ALMATY_TIK,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: '«from today, that is from 28 August»: the day is restated, the year is not printed',
  },
  { text: 'регистрация завершается 2 октября', source: ALMATY_TIK, ctx: NO_YEAR, expect: { windows: [] } },
  // Kyrgyzstan, CEC: campaign terms of the local councils told by the public broadcaster, without any year.
  { text: '18-октябрда', source: UTRK_KG, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '28-октябрда башталып, 16-ноябрда аяктайт', source: UTRK_KG, ctx: NO_YEAR, expect: { windows: [] } },
  { text: '17-ноябрга', source: UTRK_KG, ctx: NO_YEAR, expect: { windows: [] }, note: 'the voting day in the dative' },
  // Belarus, Polotsk district executive committee: precinct commissions for the presidential election.
  {
    text: 'не позднее 20 декабря 2024 г.',
    source: POLOTSK_2024,
    ctx: year(2024),
    expect: { windows: [w('2024-01-01', '2024-12-20')] },
  },
  {
    text: '23 декабря 2024 г. в 9.00 ч.',
    source: POLOTSK_2024,
    ctx: year(2024),
    expect: { windows: [w('2024-12-23')], time: '09:00' },
    note: 'a meeting of the executive committee, with its hour',
  },
  // Moscow Public Chamber: the observation HQ's first meeting; the only year is the hashtag «#Выборы2022».
  { text: 'пройдет 25 июля', source: MOSCOW_PUBLIC_CHAMBER_2022, ctx: year(2022), expect: { windows: [w('2022-07-25')] } },
  {
    text: '9-11 сентября',
    source: MOSCOW_PUBLIC_CHAMBER_2022,
    ctx: year(2022),
    expect: { kind: 'range', windows: [w('2022-09-09', '2022-09-11')] },
    note: 'the three voting days',
  },
  // Zabaikalye Public Chamber: the observers' school (news of 21.08.2023).
  {
    text: 'Старт обучения состоялся 19 августа',
    source: ZABAIKALYE_2023,
    ctx: year(2023),
    expect: { windows: [w('2023-08-19')] },
    note: 'a past event told in the news; the year is the date line’s',
  },
  // Uzbekistan, Khorezm regional commission (Uzbek, Latin script).
  {
    text: 'joriy yilning 27-oktyabr kuni',
    source: XORAZM_2024,
    ctx: XORAZM_CTX,
    expect: { windows: [w('2024-10-27')] },
    note: '«on 27 October of the current year» (the voting day)',
  },
];
