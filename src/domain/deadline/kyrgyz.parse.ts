/**
 * Kyrgyz wording of the CEC of Kyrgyzstan's calendar plans. Dates
 * («2017-жылдын 27-июлуна чейин», «2023-жылдын 25-июлунан 30-августун кошуп алганда»)
 * are rewritten into the Russian calendar grammar; counts from voting day are read
 * here. Counting: the CEC's own plan prints «Добуш берүү күнүнө чейин 38 календардык
 * күндөн кечиктирбестен (2017-жылдын 27-июлуна чейин)» for voting on 03.09.2017, i.e.
 * the last day is voting day − N (not − (N + 1) as under ст. 11.1 67-ФЗ).
 */
import type { Anchor, DeadlineExpr, RelativeEdge } from './deadline.types.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

const KYRGYZ_LETTERS =
  /[өүң]|(?:^|\s)(?:\d{4}-жыл|чейин|баштап|кийин|күн|аралыгында)|\d-(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

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
const DAYS = '(\\d{1,3})\\s*(?:календардык\\s+)?(?:жумушчу\\s+)?күн[а-яөүң]*';

export function looksKyrgyz(text: string): boolean {
  return KYRGYZ_LETTERS.test(text);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const GENITIVE = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ABLATIVE = /(?:нан|дан|тан|нен|ден|тен|нөн|дөн|төн)$/;

/** Kyrgyz dates → «27.07.2017»; postpositions «чейин», «-нан … кошуп алганда» → Russian prepositions. */
// «8-27-май аралыгында»: two days of one month («аралыгында» — in the interval).
const DAY_SPAN = /^(\d{1,2})\s*-\s*(\d{1,2})-([а-яөүң]+)(?:\s+(?:аралыгында|аралыгы|кошуп\s+алганда))?$/;

export function rewriteKyrgyzDates(text: string): string | null {
  const span = DAY_SPAN.exec(text);
  if (span !== null) {
    const m = monthOf(span[3] as string);
    return m === 0 ? null : `с ${Number(span[1])} ${GENITIVE[m]} по ${Number(span[2])} ${GENITIVE[m]}`;
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
  if (b !== undefined && ABLATIVE.test(words[0] as string) && /^§ § ?(?:кошуп алганда|чейин)?$/.test(skeleton)) return `с ${a} по ${b}`;
  if (b !== undefined) return null;
  if (skeleton === '§ чейин') return `до ${a}`;
  if (/^§ (?:баштап|тартып)$/.test(skeleton)) return `не ранее ${a}`;
  if (skeleton === '§') return a;
  return null;
}

function edge(days: number, direction: RelativeEdge['direction'], offset: number): RelativeEdge {
  return { days, direction, offset };
}

function rel(anchor: Anchor, form: Relative['form'], lo: RelativeEdge | null, hi: RelativeEdge | null): Relative {
  return { type: 'relative', anchor, form, notBefore: lo, notAfter: hi };
}

const BEFORE_VOTING = new RegExp(`^${VOTING}\\s+чейин\\s+${DAYS}\\s+(кечиктирбестен|эрте\\s+эмес)$`);
const AFTER_VOTING = new RegExp(`^${VOTING}\\s+(?:кийин|тартып)\\s+${DAYS}\\s+(?:кечиктирбестен|ичинде)$`);
const ON_VOTING = new RegExp(`^${VOTING}$`);
const UNTIL_VOTING = new RegExp(`^${VOTING}\\s+чейин$`);
const AFTER_CALL = /^шайлоо\s+дайындалгандан\s+(?:кийин|баштап|тартып)$/;
// «добуш берүү күнүнө чейин 10 күн калганда»: when N days remain, i.e. voting day − N.
const DAYS_LEFT = new RegExp(`^${VOTING}\\s+чейин\\s+${DAYS}\\s+калганда$`);
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

export type KyrgyzClass = 'whole_period' | 'on_demand' | null;

export function kyrgyzClass(text: string): KyrgyzClass {
  if (WHOLE_PERIOD.test(text)) return 'whole_period';
  if (ON_DEMAND.test(text)) return 'on_demand';
  return null;
}

/** «30-октябрь саат 18:00дө», «саат 18:00гө чейин» → the Russian clock wording the clock reader knows. */
export function rewriteKyrgyzClock(text: string): string {
  return (
    text
      .replace(/саат\s+(\d{1,2})[:.](\d{2})\s*-?(?:гө|ге|го|га|кө|ке)\s+чейин/g, 'до $1:$2')
      // «2021-жылдын 10-июлунда саат 8:00дөн баштап»: from that hour of that day; «баштап» stays with the date.
      .replace(/саат\s+(\d{1,2})[:.](\d{2})\s*-?(?:дөн|ден|дан|дон|төн|тен|тан|тон)\s+(баштап|тартып)/g, '$1:$2 $3')
      .replace(/саат\s+(\d{1,2})[:.](\d{2})\s*-?(?:дө|де|да|до|тө|те|та|то)?(?=\s|$)/g, 'в $1:$2')
  );
}

/** Counts from voting day or the call of the election in Kyrgyz; null when the phrase is none of them. */
export function parseKyrgyzRelative(text: string): Relative | null {
  const voting: Anchor = { type: 'voting_day' };
  let m = BEFORE_VOTING.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    const e = edge(days, 'before', -days);
    return m[2] === 'кечиктирбестен' ? rel(voting, 'bound', null, e) : rel(voting, 'bound', e, null);
  }
  m = AFTER_VOTING.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    return rel(voting, 'within', edge(0, 'after', 1), edge(days, 'after', days));
  }
  if (ON_VOTING.test(text)) return rel(voting, 'on', edge(0, 'on', 0), edge(0, 'on', 0));
  if (UNTIL_VOTING.test(text)) return rel(voting, 'bound', null, edge(1, 'before', -1));
  if (AFTER_CALL.test(text)) return rel({ type: 'call_date' }, 'bound', edge(1, 'after', 1), null);
  m = DAYS_LEFT.exec(text);
  if (m !== null) {
    const days = Number(m[1]);
    if (days <= 0) return null;
    const e = edge(days, 'before', -days);
    return rel(voting, 'exact', e, e);
  }
  m = FROM_CALL.exec(text);
  if (m !== null) {
    const days = Number(m[3]);
    if (days <= 0) return null;
    const anchor: Anchor = m[1]?.startsWith('шайлоону') ? { type: 'event', event: 'official_publication', key: 'official_publication' } : { type: 'call_date' };
    // «кийин» (after) starts the term the next day; «тартып / баштап» (from) counts the event's date as its
    // first day, as «со дня» does in Russian (ст. 11.1 п. 1 67-ФЗ; the Kyrgyz law's own rule was not found).
    if (m[2] === 'кийин') return rel(anchor, 'within', edge(0, 'after', 1), edge(days, 'after', days));
    return rel(anchor, 'within', edge(0, 'on', 0), { days, direction: 'after', offset: days - 1, countsEventDay: true });
  }
  return null;
}
