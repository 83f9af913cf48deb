/**
 * Kyrgyz wording of the CEC of Kyrgyzstan's calendar plans. Dates
 * («2017-жылдын 27-июлуна чейин», «2023-жылдын 25-июлунан 30-августун кошуп алганда»)
 * are rewritten into the Russian calendar grammar; counts from voting day are read
 * here. Counting: the CEC's own plan prints «Добуш берүү күнүнө чейин 38 календардык
 * күндөн кечиктирбестен (2017-жылдын 27-июлуна чейин)» for voting on 03.09.2017, i.e.
 * the last day is voting day − N (not − (N + 1) as under ст. 11.1 67-ФЗ).
 */
import type { Anchor, DeadlineExpr, RelativeEdge } from './deadline.types.js';
import { inWorkingDays } from './relative.parse.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

const KYRGYZ_LETTERS =
  /[өүң]|(?:^|\s)(?:\d{4}-жыл|шайлоо|чейин|баштап|кийин|күн|аралыгында|кечиктирбестен|чейре[кг]|жарым\s+жыл|ар\s+(?:бир|ай|жыл)|сайын(?:\s|$)|ай(?:ы|ында|лары|ларында)(?:\s|$))|\d-(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)|(?:^|\s)(?:iv|i{1,3})\s+чейре|\d\s*-\s*чейре/;

const MONTH_STEMS: readonly [string, number][] = [
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['май', 5],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
];

function monthOf(word: string): number {
  for (const [stem, m] of MONTH_STEMS) if (word.startsWith(stem)) return m;
  return 0;
}

const DATE = /(?:(\d{4})-жыл[а-яөүң]*\s+)?(\d{1,2})-([а-яөүң]+)/g;
const VOTING = '(?:добуш\\s+берүү|шайлоо)\\s+күн[а-яөүң]*';
// «шайлоого он күн калганга чейин», «добуш берүүгө 30 күн калганда»: the election itself in the dative.
// «добуш берүү башталганга чейин» (before voting begins) counts from voting day too.
const VOTING_TO = `(?:${VOTING}|шайлоого|добуш\\s+берүүгө|добуш\\s+берүү\\s+башталганга\\s+чейин)`;
// «календардык» and the CEC's older spelling «календарлык».
const DAYS = '(\\d{1,3})\\s*(?:календар[дл]ык\\s+)?(?:жумушчу\\s+)?күн[а-яөүң]*';

export function looksKyrgyz(text: string): boolean {
  return KYRGYZ_LETTERS.test(text);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const GENITIVE = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ABLATIVE = /(?:нан|дан|тан|нен|ден|тен|нөн|дөн|төн)$/;

/** Kyrgyz dates → «27.07.2017»; postpositions «чейин», «-нан … кошуп алганда» → Russian prepositions. */
// «8-27-май аралыгында»: two days of one month («аралыгында» — in the interval); «2021-жылдын 2-3-мартында» with its year.
// «Үгүт иш-чаралары 8-27-май аралыгында өткөрүлөт»: the stage before it and the verb of holding after it add no day.
const DAY_SPAN =
  /^(?:[а-яөүң-]+(?:\s+[а-яөүң-]+){0,2}\s+)?(?:(\d{4})-жыл[а-яөүң]*\s+)?(\d{1,2})\s*-\s*(\d{1,2})-([а-яөүң]+)(?:\s+(?:аралыгында|аралыгы|кошуп\s+алганда))?(?:\s+(?:өткөрүлөт|өтөт|уланат|жүргүзүлөт))?$/;

/**
 * News and notices close a date with the verb of the term: «30-октябрга чейин уланат» (continues until),
 * «10-ноябрдан 29-ноябрга чейин уланат», «2-ноябрда аяктайт» (ends on), «10-ноябрда жыйынтыкталат» (is concluded
 * on), «9-февралда башталып, 28-февралда аяктайт» (begins on …, ends on …). A term that ends on a day runs until it,
 * as «завершится 3 октября» does; one that begins on a day runs from it.
 */
const CONTINUES = /\s+(?:уланат|улантылат|созулат)$/;
const END_VERB = '(?:аяктайт|аякталат|жыйынтыкталат|бүтөт|токтотулат)';
// «2-ноябрда саат 18:00дө аяктайт»: the hour was lifted by the clock step, which leaves its «в» behind.
const ENDS_ON = new RegExp(`^§ (?:в )?${END_VERB}$`);
const STARTS_ON = /^§ (?:в )?башталат$/;
// «Шайлоо 28-майда өтөт» (takes place on), «25-ноябрга белгиленген» (is set for): the day of the event itself, as
// Russian «состоится 28 мая», «назначены на 25 ноября».
const HAPPENS_ON = /^§ (?:в )?(?:болуп өтөт|өтөт|болот|өткөрүлөт|өткөрүлдү|өттү|болду)$/;
const SET_FOR = /^§ (?:белгиленген|белгиленди|дайындалган|дайындалды)$/;
const DATIVE = /(?:га|ге|го|гө|ка|ке|ко|кө|а|е|о|ө|на|не|ына|ине|уна|үнө)$/;
const SUBJECT_THEN_DATE = /^([а-яөүң]+(?:\s+[а-яөүң]+){0,2})\s+§\s/;
// A word that counts or bounds («кийин» after, «чейин» until, an ablative «…дан» from) is no subject: the date after it
// is then read with it, not alone.
const NOT_A_SUBJECT = /(?:кийин|чейин|баштап|тартып|мурун|калганда|[дтн][аеоө]н)$/;
const UNTIL_THEN_PREDICATE = /^§ чейин(?:\s+[а-яөүң]+){1,3}$/;
const STARTS_THEN_ENDS_ON = new RegExp(`^§ (?:башталып|башталат\\s+да),? § ${END_VERB}$`);

// «13 –октябрга чейин»: a space typed around the hyphen that joins the day to its month.
const LOOSE_DAY_HYPHEN = /(\d{1,2})\s*-\s*(?=(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яөүңь]*)/g;

export function rewriteKyrgyzDates(input: string): string | null {
  const text = input.replace(LOOSE_DAY_HYPHEN, '$1-');
  const span = DAY_SPAN.exec(text);
  if (span !== null) {
    const m = monthOf(span[4] as string);
    const year = span[1] !== undefined ? ` ${span[1]} года` : '';
    return m === 0 ? null : `с ${Number(span[2])} ${GENITIVE[m]}${year} по ${Number(span[3])} ${GENITIVE[m]}${year}`;
  }
  let ok = true;
  const rendered: string[] = [];
  const words: string[] = [];
  const skeleton = text
    .replace(DATE, (all: string, y: string | undefined, d: string, word: string) => {
      const m = monthOf(word);
      if (m === 0) {
        ok = false;
        return all;
      }
      words.push(word);
      rendered.push(y !== undefined ? `${two(Number(d))}.${two(m)}.${y}` : `${Number(d)} ${GENITIVE[m]}`);
      return '§';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (!ok || rendered.length === 0) return null;
  const [a, b] = rendered as [string, string | undefined];
  // «шайлоонун жыйынтыгы 14-декабрга чейин чыгышы керек», «Шайлоо 2024-жылдын 17-ноябрында болуп өтөт»: the subject
  // before a single date and the predicate after «чейин» are words about the term, not other days.
  const subject = SUBJECT_THEN_DATE.exec(skeleton);
  if (subject !== null && subject[1]!.split(' ').every((w) => !NOT_A_SUBJECT.test(w))) return rewriteKyrgyzDates(text.slice(text.search(/\d/)));
  if (rendered.length === 1 && UNTIL_THEN_PREDICATE.test(skeleton)) return `до ${a}`;
  const verbless = skeleton.replace(CONTINUES, '');
  if (verbless !== skeleton && /(?:^|\s)чейин$/.test(verbless)) return rewriteKyrgyzDates(text.replace(CONTINUES, ''));
  const locative = words.every((w) => LOCATIVE.test(w));
  if (locative && b === undefined && ENDS_ON.test(skeleton)) return `до ${a}`;
  if (locative && b === undefined && STARTS_ON.test(skeleton)) return `с ${a}`;
  if (locative && b === undefined && HAPPENS_ON.test(skeleton)) return a;
  if (b === undefined && DATIVE.test(words[0] as string) && SET_FOR.test(skeleton)) return a;
  if (locative && b !== undefined && STARTS_THEN_ENDS_ON.test(skeleton)) return `с ${a} по ${b}`;
  // «10-ноябрдан (баштап) 29-ноябрга чейин»: from one day to another.
  if (b !== undefined && ABLATIVE.test(words[0] as string) && /^§ (?:(?:баштап|тартып) )?§ ?(?:кошуп алганда|чейин)?$/.test(skeleton)) return `с ${a} по ${b}`;
  if (b !== undefined) return null;
  if (skeleton === '§ чейин') return `до ${a}`;
  // «15-ноябрдан кечиктирбестен» (not later than), «15-ноябрдан кийин» (after): the date in the ablative.
  if (skeleton === '§ кечиктирбестен' && ABLATIVE.test(words[0] as string)) return `не позднее ${a}`;
  if (skeleton === '§ кийин' && ABLATIVE.test(words[0] as string)) return `после ${a}`;
  if (/^§ (?:баштап|тартып)$/.test(skeleton)) return `не ранее ${a}`;
  if (skeleton === '§') return a;
  // «11-декабрга карата» (as of 11 December): the state on that day, as «по состоянию на 11 декабря».
  if (skeleton === '§ карата' && /(?:[гк][аеоө])$/.test(words[0] as string)) return `на ${a}`;
  return null;
}

function edge(days: number, direction: RelativeEdge['direction'], offset: number): RelativeEdge {
  return { days, direction, offset };
}

function rel(anchor: Anchor, form: Relative['form'], lo: RelativeEdge | null, hi: RelativeEdge | null): Relative {
  return { type: 'relative', anchor, form, notBefore: lo, notAfter: hi };
}

// «добуш берүү күнүнө чейин 33 күндөн кечиктирбестен», also to the election itself: «шайлоого чейин 20 күндөн …».
const BEFORE_VOTING = new RegExp(`^(?:${VOTING}|шайлоого|добуш\\s+берүүгө)\\s+чейин\\s+${DAYS}\\s+(кечиктирбестен|эрте\\s+эмес)$`);
// «шайлоо күнүнөн 10 күн мурун», «шайлоодон 5 күн мурун»: that many days before, as «N күн калганда» is.
const DAYS_EARLIER = new RegExp(`^(?:${VOTING}|шайлоодон|добуш\\s+берүүдөн)\\s+${DAYS}\\s+мурун$`);
const AFTER_VOTING = new RegExp(`^${VOTING}\\s+(кийин|тартып|баштап)\\s+${DAYS}\\s+(?:кечиктирбестен|ичинде)$`);
/**
 * Any other event, named by a past participle in the ablative: «мандат берилгенден кийин 14 күндүн ичинде»,
 * «шайлоонун жыйынтыгы аныкталгандан кийин 7 күндүн ичинде», «чечим кабыл алынган күндөн тартып 3 күндүн ичинде».
 * The event is kept under its own words and waits for its date, as Russian custom events do.
 */
const AFTER_EVENT = new RegExp(
  `^((?:[а-яөүң]+\\s+){0,4}[а-яөүң]+?[гк][аеоө]н)(?:дан|ден|дон|дөн|\\s+күндөн)\\s+(кийин|тартып|баштап)\\s+${DAYS}\\s+(?:кечиктирбестен|ичинде)$`,
);
const ON_VOTING = new RegExp(`^${VOTING}$`);
const UNTIL_VOTING = new RegExp(`^${VOTING}\\s+чейин$`);
const AFTER_CALL = /^шайлоо\s+дайындалгандан\s+(?:кийин|баштап|тартып)$/;
/**
 * Counted by the days that remain to voting day («добуш берүү күнүнө (чейин) 10 күн калганда»: when N days remain,
 * i.e. voting day − N):
 *   «… калганда» — that day; «… калгандан кечиктирбестен» — not later than it; «… калгандан эрте эмес» — not
 *   earlier; «… калганга чейин» — before it, so the last day is voting day − (N + 1): 24.kg prints «добуш берүү
 *   күнүнө 30 календардык күн калганга чейин, тактап айтканда, 2026-жылдын 29-январында» for voting on 01.03.2026.
 */
const DAYS_LEFT = new RegExp(`^${VOTING_TO}\\s+(?:чейин\\s+)?${DAYS}\\s+(калганда|калгандан\\s+кечиктирбестен|калгандан\\s+эрте\\s+эмес|калганга\\s+чейин)$`);
// «шайлоо күнүнө 9 күн калганда башталып, 1 күн калганда токтотулат»: a term by its first and last day.
const STARTS_THEN_ENDS = /^(.+?)\s+(?:башталып|башталат\s+(?:да|жана))\s*,?\s+(.+?)\s+(?:токтотулат|токтойт|аяктайт|аякталат|бүтөт)$/;
/**
 * The call of the election or the official publication of the decision calling it, counted forwards:
 * «шайлоо дайындалган күндөн тартып 5 күндүн ичинде», «шайлоо дайындалгандан кийин 3 күндүн ичинде»,
 * «шайлоону дайындоо жөнүндө чечим расмий жарыяланган күндөн тартып 10 күндөн кечиктирбестен».
 */
const FROM_CALL = new RegExp(
  `^(шайлоо\\s+дайындалган|шайлоону\\s+дайындоо\\s+жөнүндө\\s+(?:[а-яөүң]+\\s+){1,3}?расмий\\s+жарыяланган)(?:\\s+күндөн|дан|дан\\s+кийин)?\\s+(кийин|тартып|баштап)\\s+${DAYS}\\s+(?:ичинде|кечиктирбестен)$`,
);
/** Whole-period and on-demand wording of Kyrgyz plans. */
const WHOLE_PERIOD = /^(?:туруктуу(?:\s+негизде)?|дайыма|ар\s+дайым|жыл\s+ичинде|жыл\s+бою|бүткүл\s+мезгил\s+ичинде|шайлоо\s+мезгилинде)$/;
const ON_DEMAND = /^(?:зарылчылыкка\s+жараша|зарыл\s+болгон\s+учурда|керектүү\s+учурда|талапка\s+ылайык)$/;

// «өзүнчө план (жана график) боюнча» (by a separate plan and schedule): the dates are kept in that other plan.
const SEPARATE_PLAN = /^(?:өзүнчө|атайын)\s+(?:план|иш\s+план[а-яөүң]*)(?:\s+жана\s+график)?\s+боюнча$/;

export type KyrgyzClass = 'whole_period' | 'on_demand' | 'external' | null;

export function kyrgyzClass(text: string): KyrgyzClass {
  if (WHOLE_PERIOD.test(text)) return 'whole_period';
  if (SEPARATE_PLAN.test(text)) return 'external';
  if (ON_DEMAND.test(text)) return 'on_demand';
  return null;
}

/** «30-октябрь саат 18:00дө», «саат 18:00гө чейин» → the Russian clock wording the clock reader knows. */
// «таңкы / эртең мененки саат 7де» (in the morning), «кечки саат 8де» (in the evening: 20:00).
const HOUR = '(?:(таңкы|эртең\\s+мененки|эртең\\s+менен|күндүзгү|кечки|түнкү)\\s+)?саат\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*-?';
const UNTIL_HOUR = new RegExp(`${HOUR}(?:гө|ге|го|га|кө|ке|ко|ка)\\s+чейин`, 'g');
const FROM_HOUR = new RegExp(`${HOUR}(?:дөн|ден|дан|дон|төн|тен|тан|тон)\\s+(баштап|тартып)`, 'g');
// «30-ноябрда саат 08:00дөн 20:00гө чейин»: the hours of a day (voting hours); the day is the window, the closing
// hour is kept like «до 20:00».
const HOUR_SPAN = new RegExp(`${HOUR}(?:дөн|ден|дан|дон|төн|тен|тан|тон)\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*-?(?:гө|ге|го|га|кө|ке|ко|ка)\\s+чейин`, 'g');
const AT_HOUR = new RegExp(`${HOUR}(?:дө|де|да|до|тө|те|та|то)?(?=\\s|,|$)`, 'g');

/**
 * «27-ноябрь эртең мененки саат 08:00гө чейин»: a date in the nominative and its hour are one moment, and «чейин»
 * (until) bounds the term by it, like «до 8:00 27 ноября». A date in the locative («30-ноябрда саат 14:00гө чейин»,
 * on 30 November until 14:00) names the day itself, as «в день голосования до 14 часов» does.
 */
const DATE_THEN_UNTIL = new RegExp(
  `(^|\\s)((?:\\d{4}-жыл[а-яөүң]*\\s+)?\\d{1,2}-(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яөүңь]*)\\s+${HOUR}(?:гө|ге|го|га|кө|ке|ко|ка)\\s+чейин`,
  'g',
);
const LOCATIVE = /(?:да|де|до|дө|та|те|то|тө)$/;

function hhmm(part: string | undefined, h: string, m: string | undefined): string {
  const hour = part === 'кечки' && Number(h) < 12 ? Number(h) + 12 : Number(h);
  return `${hour}:${m ?? '00'}`;
}

export function rewriteKyrgyzClock(text: string): string {
  return (
    text
      .replace(HOUR_SPAN, (_all: string, part: string | undefined, _h: string, _m: string | undefined, h2: string, m2?: string) => `до ${hhmm(part, h2, m2)}`)
      .replace(DATE_THEN_UNTIL, (all: string, lead: string, date: string, part: string | undefined, h: string, m?: string) =>
        LOCATIVE.test(date) ? all : `${lead}${hhmm(part, h, m)} ${date} чейин`,
      )
      .replace(UNTIL_HOUR, (_all: string, part: string | undefined, h: string, m?: string) => `до ${hhmm(part, h, m)}`)
      // «2021-жылдын 10-июлунда саат 8:00дөн баштап»: from that hour of that day; «баштап» stays with the date.
      .replace(FROM_HOUR, (_all: string, part: string | undefined, h: string, m: string | undefined, word: string) => `${hhmm(part, h, m)} ${word}`)
      .replace(AT_HOUR, (_all: string, part: string | undefined, h: string, m?: string) => `в ${hhmm(part, h, m)}`)
  );
}

/**
 * A term of N days from an event: «кийин» (after) starts it the next day; «тартып / баштап» (from) counts the
 * event's date as its first day, as «со дня» does in Russian (ст. 11.1 п. 1 67-ФЗ; the Kyrgyz law's own rule was
 * not found).
 */
function termFrom(anchor: Anchor, word: string, days: number): Relative | null {
  if (days <= 0) return null;
  if (word === 'кийин') return rel(anchor, 'within', edge(0, 'after', 1), edge(days, 'after', days));
  return rel(anchor, 'within', edge(0, 'on', 0), { days, direction: 'after', offset: days - 1, countsEventDay: true });
}

/** The second half may leave out what it counts from («…, 1 күн калганда токтотулат»): it is the first half's. */
function startsThenEnds(first: string, second: string): Relative | null {
  const from = countFromVoting(first);
  const voting = new RegExp(`^${VOTING_TO}\\s+`).exec(first)?.[0] ?? '';
  const to = countFromVoting(second) ?? countFromVoting(`${voting}${second}`);
  const lo = from?.notBefore ?? null;
  const hi = to?.notAfter ?? null;
  if (from === null || to === null || lo === null || hi === null || from.anchor.type !== to.anchor.type || lo.offset > hi.offset) return null;
  return rel(from.anchor, 'bound', lo, hi);
}

/**
 * «24 саат калганда» (when 24 hours remain): hours that make whole days are counted as days; any other count of
 * hours names a moment inside a day the engine does not date.
 */
function wholeDaysOfHours(text: string): string {
  return text.replace(/(^|\s)(\d{2,3})\s+саат(?=\s+калган)/, (all: string, lead: string, n: string) =>
    Number(n) % 24 === 0 ? `${lead}${Number(n) / 24} күн` : all,
  );
}

/** Counts from voting day or the call of the election in Kyrgyz; null when the phrase is none of them. */
export function parseKyrgyzRelative(text: string): Relative | null {
  const r = countFromVoting(wholeDaysOfHours(text));
  // «5 жумушчу күндүн ичинде»: working days of the Kyrgyz production calendar.
  return r !== null && /жумушчу\s+күн/.test(text) ? inWorkingDays(r) : r;
}

function countFromVoting(text: string): Relative | null {
  const voting: Anchor = { type: 'voting_day' };
  let m = BEFORE_VOTING.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    const e = edge(days, 'before', -days);
    return m[2] === 'кечиктирбестен' ? rel(voting, 'bound', null, e) : rel(voting, 'bound', e, null);
  }
  m = DAYS_EARLIER.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    return rel(voting, 'exact', edge(days, 'before', -days), edge(days, 'before', -days));
  }
  m = AFTER_VOTING.exec(text);
  if (m !== null) return termFrom(voting, m[1] as string, Number(m[2]));
  if (ON_VOTING.test(text)) return rel(voting, 'on', edge(0, 'on', 0), edge(0, 'on', 0));
  if (UNTIL_VOTING.test(text)) return rel(voting, 'bound', null, edge(1, 'before', -1));
  if (AFTER_CALL.test(text)) return rel({ type: 'call_date' }, 'bound', edge(1, 'after', 1), null);
  m = DAYS_LEFT.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    const e = edge(days, 'before', -days);
    if (m[2] === 'калганда') return rel(voting, 'exact', e, e);
    if (m[2]?.startsWith('калганга')) return rel(voting, 'bound', null, edge(days + 1, 'before', -days - 1));
    return m[2]?.includes('эрте') ? rel(voting, 'bound', e, null) : rel(voting, 'bound', null, e);
  }
  m = STARTS_THEN_ENDS.exec(text);
  if (m !== null) return startsThenEnds(m[1] as string, m[2] as string);
  m = FROM_CALL.exec(text);
  if (m !== null) {
    const anchor: Anchor = m[1]?.startsWith('шайлоону') ? { type: 'event', event: 'official_publication', key: 'official_publication' } : { type: 'call_date' };
    return termFrom(anchor, m[2] as string, Number(m[3]));
  }
  m = AFTER_EVENT.exec(text);
  if (m !== null && !/^(?:шайлоо|шайлоону|добуш)\s/.test(m[1] as string)) {
    const words = m[1] as string;
    return termFrom({ type: 'event', event: words, key: words }, m[2] as string, Number(m[3]));
  }
  return null;
}
