/**
 * Fifteenth held-out set of real phrases (28.11.2026): terms told in election news of CIS bodies and of Russia's
 * national republics — the Azerbaijani CEC's calendar plans of the municipal (2025) and early parliamentary (2024)
 * elections retold by news sites, Kazakh news in the Arabic script and in Cyrillic without a year, a Belarusian
 * faculty's news of the unified voting day 2024, Kalmyk and Sevastopol campaigns with three voting days, the
 * Ingush commission's plans for 2023 — read on pages no earlier set used, written before any run of the engine
 * on them and never tuned against. `expect` is what each page says: its printed date or range; for «до / -dək» a
 * date, the window from the start of the year the page gives; a rule counted from the voting day only when the
 * page gives that day. Where a page prints no year, `ctx` is empty and the phrase must stay without dates.
 */
import { w, type RealPhrase } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

const AZ_MUNICIPAL_2025 = 'https://icma.az/news/belediyye-seckisinin-tesviqati-ne-zamandan-baslayir-377135';
const AZ_PARLIAMENT_2024 = 'https://metbuat.az/news/1507344/secki-bulletenlerinin-hazirlanmasi-prosesi-basa-catdi.html';
const KZ_ARABIC_2023 = 'https://abai.kz/tt/post/163946';
const BELARUS_2024 = 'http://journ.bsu.by/vse-novosti/1682-vybory-2024-edinyj-den-golosovaniya.html';
const KALMYKIA_2023 =
  'https://vesti-kalmykia.ru/news/zavershilsya-priem-dokumentov-dlya-vydvizheniya-na-vyborah-deputatov-narodnogo-hurala-parlamenta-respubliki-kalmykiya-sedmogo-sozyva';
const SEVASTOPOL_2024 = 'https://obyektiv.press/news/vybory-deputatov-zaksobraniya-sevastopolya';
const INGUSHETIA_2023 =
  'https://nazran-rayon.ru/2022/12/27/%D0%BF%D1%80%D0%B5%D0%B4%D1%81%D0%B5%D0%B4%D0%B0%D1%82%D0%B5%D0%BB%D1%8C-%D1%82%D0%B5%D1%80%D1%80%D0%B8%D1%82%D0%BE%D1%80%D0%B8%D0%B0%D0%BB%D1%8C%D0%BD%D0%BE%D0%B9-%D0%B8%D0%B7%D0%B1%D0%B8%D1%80-2/';
const KYZYLORDA_MASLIKHAT = 'https://qarmaqshy-tany.kz/zanalyk/35147-8-zheltosanda-mslihat-deputattaryny-saylauy-ted.html';

/** Pages that print no year for their terms. */
const NO_YEAR: DeadlineContext = {};
/** Azerbaijani municipal elections: the page prints 2025 but not the voting day. */
const AZ_MUNICIPAL_CTX = year(2025);
/** Azerbaijan, early elections to the Milli Məclis 01.09.2024 (the year from the page's date line 2024-08). */
const AZ_PARLIAMENT_CTX: DeadlineContext = { elections: [{ votingDay: '2024-09-01' }], ...year(2024) };
/** Belarus, unified voting day 25.02.2024. */
const BELARUS_CTX: DeadlineContext = { elections: [{ votingDay: '2024-02-25' }], ...year(2024) };
/** Kalmykia, People's Khural, voting on 8–10 September 2023. */
const KALMYKIA_CTX: DeadlineContext = { elections: [{ votingDay: '2023-09-10', votingDays: 3 }], ...year(2023) };
/** Sevastopol, Legislative Assembly, voting on 6–8 September 2024. */
const SEVASTOPOL_CTX: DeadlineContext = { elections: [{ votingDay: '2024-09-08', votingDays: 3 }], ...year(2024) };
/** The Ingush commission's plans are for the year 2023. */
const INGUSHETIA_CTX = year(2023);

export const HOLDOUT15_PHRASES: readonly RealPhrase[] = [
  // Azerbaijan, municipal elections of 2025: the calendar plan's campaign term, retold.
  {
    text: '2025-ci il yanvarın 6-dan başlayır, yanvarın 28-i saat 08:00-da başa çatır',
    source: AZ_MUNICIPAL_2025,
    ctx: AZ_MUNICIPAL_CTX,
    expect: { kind: 'range', windows: [w('2025-01-06', '2025-01-28')], time: '08:00' },
    note: '«begins on 6 January 2025, ends on 28 January at 08:00» — an end at 08:00 keeps 28 January as the last day',
  },
  {
    text: 'səsvermə gününə 23 gün qalmış',
    source: AZ_MUNICIPAL_2025,
    ctx: AZ_MUNICIPAL_CTX,
    expect: { windows: [] },
    note: '«23 days before the voting day»: the page does not print the voting day',
  },
  {
    text: 'səsvermənin başlanmasına 24 saat qalmış',
    source: AZ_MUNICIPAL_2025,
    ctx: AZ_MUNICIPAL_CTX,
    expect: { windows: [] },
    note: '«24 hours before the voting starts»: no voting day on the page',
  },
  // Azerbaijan, early parliamentary elections 01.09.2024: printing of ballots.
  {
    text: 'səsvermə gününə ən azı 10 gün qalanadək',
    source: AZ_PARLIAMENT_2024,
    ctx: AZ_PARLIAMENT_CTX,
    expect: { kind: 'election_relative', windows: [w('2024-08-22')] },
    note: '«no later than 10 days before the voting day»; the page restates it as «avqustun 22-dək»',
  },
  { text: 'avqustun 22-dək', source: AZ_PARLIAMENT_2024, ctx: AZ_PARLIAMENT_CTX, expect: { windows: [w('2024-01-01', '2024-08-22')] } },
  {
    text: 'sentyabrın 1-nə',
    source: AZ_PARLIAMENT_2024,
    ctx: AZ_PARLIAMENT_CTX,
    expect: { windows: [w('2024-09-01')] },
    note: 'the voting day, in the dative',
  },
  {
    text: 'iyunun 28-də',
    source: AZ_PARLIAMENT_2024,
    ctx: AZ_PARLIAMENT_CTX,
    expect: { windows: [w('2024-06-28')] },
    note: 'the day the President called the elections (past, told in the locative)',
  },
  // Kazakhstan, Mazhilis and maslikhats on one day: Kazakh in the Arabic script, no year printed.
  { text: '20 قاڭتاردان 18 اقپانعا دەيىن', source: KZ_ARABIC_2023, ctx: NO_YEAR, expect: { windows: [] }, note: '«from 20 January to 18 February», no year' },
  {
    text: '18 اقپان 18:00-دەن 18 ناۋرىز 00:00-گە دەيىن',
    source: KZ_ARABIC_2023,
    ctx: NO_YEAR,
    expect: { windows: [] },
    note: '«from 18 February 18:00 to 18 March 00:00» (campaigning), no year',
  },
  { text: '19 ناۋرىزدا', source: KZ_ARABIC_2023, ctx: NO_YEAR, expect: { windows: [] }, note: '«on 19 March» (the voting day), no year' },
  // Belarus, unified voting day 25.02.2024, told by a faculty's news.
  {
    text: 'завершилась 30 января',
    source: BELARUS_2024,
    ctx: BELARUS_CTX,
    expect: { windows: [w('2024-01-01', '2024-01-30')] },
    note: "registration of candidates ended (past); an end told alone bounds the term like «до 30 января», as the opened sets read «завершится 3 октября», «завершилось 15 июля» (docs/deadlines.md, news-wording.ts) — the gatherer's single day was changed on opening",
  },
  { text: 'С 31 января по 24 февраля', source: BELARUS_2024, ctx: BELARUS_CTX, expect: { kind: 'range', windows: [w('2024-01-31', '2024-02-24')] } },
  {
    text: 'с 20 по 24 февраля',
    source: BELARUS_2024,
    ctx: BELARUS_CTX,
    expect: { kind: 'range', windows: [w('2024-02-20', '2024-02-24')] },
    note: 'early voting',
  },
  { text: '25 февраля 2024 года', source: BELARUS_2024, ctx: BELARUS_CTX, expect: { windows: [w('2024-02-25')] } },
  // Kalmykia, People's Khural of the seventh convocation, voting 8–10 September 2023.
  {
    text: 'с 12 августа до нуля часов 8 сентября 2023 года включительно',
    source: KALMYKIA_2023,
    ctx: KALMYKIA_CTX,
    expect: { kind: 'range', windows: [w('2023-08-12', '2023-09-07')], time: '00:00' },
    note: 'the campaign ends at 00:00 on 8 September (the first voting day), so 7 September is its last day; «включительно» does not add 8 September',
  },
  { text: '10 июня', source: KALMYKIA_2023, ctx: KALMYKIA_CTX, expect: { windows: [w('2023-06-10')] }, note: 'the start of the elections, told in the past' },
  {
    text: 'в сентябре и пройдет в три дня – 8,9,10 числа',
    source: KALMYKIA_2023,
    ctx: KALMYKIA_CTX,
    expect: { kind: 'multi', windows: [w('2023-09-08'), w('2023-09-09'), w('2023-09-10')] },
    note: 'three voting days counted, then listed without spaces after the commas; the month is told before them',
  },
  // Sevastopol, Legislative Assembly of the third convocation, voting 6–8 September 2024.
  {
    text: 'в течение нескольких дней - 6, 7 и 8 сентября 2024 года',
    source: SEVASTOPOL_2024,
    ctx: SEVASTOPOL_CTX,
    expect: { kind: 'multi', windows: [w('2024-09-06'), w('2024-09-07'), w('2024-09-08')] },
    note: '«over several days» (not counted) and the three days listed',
  },
  { text: '4 июня', source: SEVASTOPOL_2024, ctx: SEVASTOPOL_CTX, expect: { windows: [w('2024-06-04')] }, note: 'the meeting that approved the plans' },
  // Ingushetia: the commission's plans for 2023.
  { text: 'на 2023 год', source: INGUSHETIA_2023, ctx: INGUSHETIA_CTX, expect: { windows: [w('2023-01-01', '2023-12-31')] } },
  { text: 'в 2023 году', source: INGUSHETIA_2023, ctx: INGUSHETIA_CTX, expect: { windows: [w('2023-01-01', '2023-12-31')] } },
  // Kyzylorda region, maslikhat by-elections: the calendar plan's two days, no year printed.
  { text: '7 желтоқсан', source: KYZYLORDA_MASLIKHAT, ctx: NO_YEAR, expect: { windows: [] }, note: 'the day of silence, no year' },
  { text: '8 желтоқсан', source: KYZYLORDA_MASLIKHAT, ctx: NO_YEAR, expect: { windows: [] }, note: 'the voting day, no year' },
];
