/**
 * Phrases counted from an event: the voting day, the call of the election or
 * anything else the plan names («После образования избирательных участков»,
 * «не позднее чем через 5 дней со дня принятия решения»).
 */
import type { Anchor, DeadlineExpr, RelativeEdge, RelativeForm } from './deadline.types.js';
import { FIRST_DAY_AFTER, daysBeforeOffset, firstDayAfterTermOffset, lastDayWithinOffset } from './legal-counting.js';
import { ORDINAL_TEEN_STEMS, ORDINAL_UNIT_STEMS, cardinalFromWord, spelledCountsToDigits } from './ordinals.js';
import { eventKeyOf } from './events.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

export type RelativeParse = { ok: true; expr: Relative; flags?: string[] } | { ok: false; reason: string };

const COUNT = '(\\d{1,3}|[а-я]+)';
const DAYS = '(?:календарн[а-я]*\\s+)?(?:дн[а-я]*|день|сут[а-я]*)';

// «не позднее чем за 45 дней до дня голосования», «через 5 дней со дня принятия решения»
const OFFSET_CLAUSE = new RegExp(
  `^(?:(не позднее|не позже|не ранее|не раньше),?\\s+(?:чем\\s+)?)?(?:(за|через)\\s+)?${COUNT}\\s+${DAYS}(?:\\s+(?:(до|после|со|с|от|с момента|начиная с)\\s+)?(.+))?$`,
);
// «в течение 20 дней после дня выборов»
const WITHIN_CLAUSE = new RegExp(`^в\\s+течение\\s+${COUNT}\\s+${DAYS}\\s+(до|после|со|с|от|с момента)\\s+(.+)$`);
const ALSO_ON_DAY = /^(.+?),?\s+а\s+также\s+в\s+(?:день|дни)\s+(.+)$/;
// «в день голосования», «в день, предшествующий дню голосования»
const ON_DAY = /^(?:в|во)\s+(?:день|дни)\s*,?\s+(.+)$/;
const VOTING_DAYS = /^(?:в\s+течение|в|во|во\s+все|в\s+период)\s+(?:дней|дни)\s+голосовани[а-я]*$/;
const ON_NTH_VOTING_DAY = /^(?:в|во)\s+(перв|последн)[а-я]*\s+день\s+голосовани[а-я]*$/;
const DAY_BEFORE_WORDS = /^предшествующ[а-я]*\s+(?:(первому|последнему)\s+)?(?:дню|дня|дне)\s+(.+)$/;
/** «предшествующий (первому) дню голосования»: the anchor words, an ordinal of the voting day kept in front. */
const DAY_BEFORE = {
  exec(text: string): [string, string] | null {
    const m = DAY_BEFORE_WORDS.exec(text);
    if (m === null) return null;
    return [m[0], m[1] !== undefined ? `${m[1]} дня ${m[2] as string}` : (m[2] as string)];
  },
};
const DAY_AFTER = /^следующ[а-я]*\s+за\s+(?:днем|дня)\s+(.+)$/;
// «не позднее дня голосования», «до дня голосования», «со дня принятия решения»
const BY_DAY = /^(не позднее|не позже|до|по|не ранее|не раньше|после|со|с|начиная с)\s+(дн[а-я]*|день|даты)\s*,?\s+(.+)$/;
const AFTER_EVENT = /^(после|по окончании|по завершении|по итогам|по результатам|с момента|вслед за|начиная с момента)\s+(.+)$/;
const BEFORE_EVENT = /^(до начала|до окончания|до|перед|накануне)\s+(.+)$/;
const PERIOD_END =
  /^(?:(?:окончани[а-я]*|завершени[а-я]*)\s+)?(?:(?:отчетного|текущего|календарного|учебного|каждого|[ivx]+|\d+(?:-?г?о)?|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)\s+)?(?:года|полугодия|квартала|месяца|периода)$/;

// «проведения выборов / голосования» is the voting day itself («со дня проведения выборов» = «со дня голосования»).
// «повторного голосования» is a second round on a later date that the plan does not hold, not voting day;
// «повторных выборов» are the plan's own election.
const VOTING = /^(?:(?:общего|единого|основного)\s+)?(?:дн[а-я]*\s+)?(?:проведени[а-я]*\s+)?(?:голосовани|(?:повторн[а-я]+\s+)?выбор)/;
const CALL = /^(?:принятия\s+(?:решения|постановления)\s+о\s+)?назначени[а-я]*\s+(?:выбор|голосовани|референдум)/;

/**
 * «после …» / «до …» name an event with a noun in the genitive («образования
 * участков», «принятия решения»); anything else is not taken for an event.
 */
const EVENT_NOUN = /^[а-я]{2,}(?:а|я|ы|и|ов|ев|ей|ой|ого|его|ых|их)(?:\s|$)/;

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : cardinalFromWord(word);
}

function stripDayWord(text: string): string {
  // «с момента …», «с даты …» count like «со дня …».
  return text.replace(/^(?:дн[а-я]*|день|даты|дату|момента)\s+/, '').trim();
}

// Voting over several days (ст. 63.1 67-ФЗ): «первого дня голосования», «последнего дня голосования», and the end of voting
// hours «(окончания) времени голосования (в последний день голосования)», which is the last voting day.
const NTH_VOTING_DAY = /^(перв|последн)[а-я]*\s+(?:дн[а-я]*|день)\s+(?:голосовани|выбор)/;
// «за 20 дней до начала голосования»: voting starts on its (first) day — counted from it as from voting day.
const VOTING_START = /^начал[а-я]*\s+(?:(?:дня|дней)\s+)?голосовани[а-я]*$/;
const VOTING_HOURS = /^(?:окончани[а-я]*\s+)?времени\s+голосовани[а-я]*(?:\s+в\s+(перв|последн)[а-я]*\s+день\s+голосовани[а-я]*)?$/;

function votingDayAnchor(which: string | undefined): Anchor {
  if (which === 'перв') return { type: 'voting_day', day: 'first' };
  if (which === 'последн') return { type: 'voting_day', day: 'last' };
  return { type: 'voting_day' };
}

// «за 10 дней до дня голосования и в день голосования», «в день голосования и в течение 3 дней после него»: a second
// term joined after the anchor. Read as one anchor it lost its second term without a word; such a phrase stays unread.
const SECOND_TERM =
  /(?:,\s*|\s+)(?:и|а\s+также|либо|или)\s+(?:(?:в|во)\s+(?:день|дни|течение|период)|не\s+(?:позднее|ранее|позже)|за\s+\S+\s+(?:дн|день|сут|недел|месяц)|(?:до|после|со?)\s+(?:дня|\d)|через\s|накануне\s)/;

export function classifyAnchor(text: string): Anchor | null {
  const anchor = stripDayWord(text);
  if (anchor === '' || SECOND_TERM.test(anchor)) return null;
  const nth = NTH_VOTING_DAY.exec(anchor);
  if (nth !== null) return votingDayAnchor(nth[1]);
  if (VOTING_START.test(anchor)) return votingDayAnchor('перв');
  const hours = VOTING_HOURS.exec(anchor);
  if (hours !== null) return votingDayAnchor(hours[1]);
  if (VOTING.test(anchor)) return { type: 'voting_day' };
  if (CALL.test(anchor)) return { type: 'call_date' };
  return { type: 'event', event: anchor, key: eventKeyOf(anchor) };
}

/** Last day of a term of N days counted «со дня» an event: the event's date is its first day. */
function fromDayEnd(days: number): RelativeEdge {
  return { days, direction: 'after', offset: days - 1, countsEventDay: true };
}

function edge(days: number, direction: RelativeEdge['direction'], offset: number): RelativeEdge {
  return { days, direction, offset };
}

function relative(anchor: Anchor, form: RelativeForm, notBefore: RelativeEdge | null, notAfter: RelativeEdge | null): Relative {
  return { type: 'relative', anchor, form, notBefore, notAfter };
}

interface Clause {
  bound: 'not_later' | 'not_earlier' | 'exact';
  edge: RelativeEdge;
  anchorText: string | null;
  /** «со дня …»: by ст. 11.1 п. 1 67-ФЗ the term may start on the event's own date. */
  fromDay: boolean;
}

const FROM_DAY_PREPS = new Set(['со', 'с', 'от', 'с момента', 'начиная с']);

function offsetClause(text: string): Clause | { reason: string } | null {
  const m = OFFSET_CLAUSE.exec(text);
  if (m === null) return null;
  const prep = m[4];
  // «не позднее 10 дней после дня голосования» drops «чем через»; the preposition still tells the direction.
  if (m[2] === undefined && (m[1] === undefined || prep === undefined)) return null;
  const days = count(m[3] as string);
  if (days <= 0) return { reason: `Не понято число дней «${m[3]}»` };
  const before = m[2] === 'за' || (m[2] === undefined && prep === 'до');
  if (before && prep !== undefined && prep !== 'до') return { reason: `«за ${days} дней» без «до …»` };
  const word = m[1];
  const bound = word === undefined ? 'exact' : word.startsWith('не ран') ? 'not_earlier' : 'not_later';
  const fromDay = prep !== undefined && FROM_DAY_PREPS.has(prep);
  let offset: number;
  if (before) offset = daysBeforeOffset(days);
  // «не ранее чем через N дней со дня …»: the term's first day is the event's date (ст. 11.1 п. 1), so the day
  // after the term is event + N; «… после дня …» starts the term the next day, so event + N + 1.
  else if (bound === 'not_earlier') offset = fromDay ? days : firstDayAfterTermOffset(days);
  else offset = lastDayWithinOffset(days);
  return { bound, edge: edge(days, before ? 'before' : 'after', offset), anchorText: m[5] ?? null, fromDay };
}

function fromClauses(clauses: Clause[]): RelativeParse | null {
  const last = clauses[clauses.length - 1] as Clause;
  if (last.anchorText === null) return null;
  const anchor = classifyAnchor(last.anchorText);
  if (anchor === null) return null;
  if (clauses.length === 1) {
    const c = last;
    if (c.bound === 'exact') return { ok: true, expr: relative(anchor, 'exact', c.edge, c.edge) };
    if (c.bound === 'not_earlier') return { ok: true, expr: relative(anchor, 'bound', c.edge, null) };
    if (c.edge.direction === 'after') {
      // «не позднее чем через N дней после» is a term running from the day after the event; «… со дня» counts
      // the event's date as the term's first day (ст. 11.1 п. 1 67-ФЗ), so its N-th day is event + N − 1.
      if (c.fromDay) return { ok: true, expr: relative(anchor, 'within', edge(0, 'on', 0), fromDayEnd(c.edge.days)) };
      return { ok: true, expr: relative(anchor, 'within', edge(0, 'after', FIRST_DAY_AFTER), c.edge) };
    }
    return { ok: true, expr: relative(anchor, 'bound', null, c.edge) };
  }
  const lower = clauses.find((c) => c.bound === 'not_earlier');
  const upper = clauses.find((c) => c.bound === 'not_later');
  if (clauses.length !== 2 || lower === undefined || upper === undefined) return null;
  if (lower.edge.offset > upper.edge.offset) {
    return { ok: false, reason: 'Начало срока позже его окончания' };
  }
  return { ok: true, expr: relative(anchor, 'bound', lower.edge, upper.edge) };
}

function parseRelativeCore(text: string): RelativeParse | null {
  // «не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования»
  const parts = text.split(/\s*,?\s+и\s+(?=не\s)|\s*,\s*(?=не\s)/);
  if (parts.length > 1) {
    const clauses: Clause[] = [];
    for (const part of parts) {
      const c = offsetClause(part);
      if (c === null) return null;
      if ('reason' in c) return { ok: false, reason: c.reason };
      clauses.push(c);
    }
    return fromClauses(clauses);
  }

  const single = offsetClause(text);
  if (single !== null) {
    if ('reason' in single) return { ok: false, reason: single.reason };
    return fromClauses([single]);
  }

  // «в течение 3-х дней до дня голосования, а также в день голосования»: the days before and the day itself.
  const alsoOnDay = text.includes('а также') ? ALSO_ON_DAY.exec(text) : null;
  let m = WITHIN_CLAUSE.exec(alsoOnDay !== null ? (alsoOnDay[1] as string) : text);
  if (m !== null) {
    const days = count(m[1] as string);
    const anchor = classifyAnchor(m[3] as string);
    if (days <= 0 || anchor === null) return null;
    const onDay = alsoOnDay !== null ? classifyAnchor(alsoOnDay[2] as string) : null;
    const includesDay = onDay !== null && m[2] === 'до' && sameAnchor(anchor, onDay);
    if (alsoOnDay !== null && !includesDay) return null;
    if (m[2] === 'до') {
      return { ok: true, expr: relative(anchor, 'within', edge(days, 'before', -days), includesDay ? edge(0, 'on', 0) : edge(0, 'before', -1)) };
    }
    // «в течение N дней со дня …» starts on the event's date (ст. 11.1 п. 1 67-ФЗ); «после дня …» the day after.
    if (FROM_DAY_PREPS.has(m[2] as string)) return { ok: true, expr: relative(anchor, 'within', edge(0, 'on', 0), fromDayEnd(days)) };
    return { ok: true, expr: relative(anchor, 'within', edge(0, 'after', FIRST_DAY_AFTER), edge(days, 'after', lastDayWithinOffset(days))) };
  }

  // «в дни голосования», «в течение дней голосования», «в день (дни) голосования»: every day voting lasts.
  if (VOTING_DAYS.test(text)) {
    const first: RelativeEdge = { ...edge(0, 'on', 0), anchor: { type: 'voting_day', day: 'first' } };
    return { ok: true, expr: relative({ type: 'voting_day' }, 'within', first, edge(0, 'on', 0)) };
  }
  m = ON_NTH_VOTING_DAY.exec(text);
  if (m !== null) {
    const e = edge(0, 'on', 0);
    return { ok: true, expr: relative(votingDayAnchor(m[1]), 'on', e, e) };
  }

  m = ON_DAY.exec(text);
  if (m !== null) {
    const rest = m[1] as string;
    const before = DAY_BEFORE.exec(rest);
    const after = DAY_AFTER.exec(rest);
    const anchorText = before?.[1] ?? after?.[1] ?? rest;
    const anchor = classifyAnchor(anchorText);
    if (anchor === null) return null;
    const shift = before !== null ? -1 : after !== null ? 1 : 0;
    const e = edge(Math.abs(shift), shift < 0 ? 'before' : shift > 0 ? 'after' : 'on', shift);
    return { ok: true, expr: relative(anchor, 'on', e, e) };
  }

  m = BY_DAY.exec(text);
  if (m !== null) {
    const word = m[1] as string;
    const rest = m[3] as string;
    const before = DAY_BEFORE.exec(rest);
    const anchor = classifyAnchor(before?.[1] ?? rest);
    if (anchor === null) return null;
    const base = before !== null ? -1 : 0;
    if (word === 'до') return { ok: true, expr: relative(anchor, 'bound', null, edge(1 - base, 'before', base - 1)) };
    if (word === 'не позднее' || word === 'не позже' || word === 'по') {
      return { ok: true, expr: relative(anchor, 'bound', null, edge(-base, base < 0 ? 'before' : 'on', base)) };
    }
    if (word === 'после') return { ok: true, expr: relative(anchor, 'bound', edge(1, 'after', base + 1), null) };
    return { ok: true, expr: relative(anchor, 'bound', edge(-base, base < 0 ? 'before' : 'on', base), null) };
  }

  m = AFTER_EVENT.exec(text);
  if (m !== null) {
    // «по итогам года», «после окончания квартала»: the end of a period of the plan, not an event whose date could be
    // entered; the phrase names no day after it.
    if (PERIOD_END.test(m[2] as string)) return { ok: false, reason: `«${text}» не называет дня после окончания периода: укажите срок датой` };
    const anchor = classifyAnchor(m[2] as string);
    if (anchor === null || (anchor.type === 'event' && !EVENT_NOUN.test(anchor.event))) return null;
    const from = m[1] === 'с момента' || m[1] === 'начиная с момента' ? 0 : 1;
    return { ok: true, expr: relative(anchor, 'bound', edge(from, from === 0 ? 'on' : 'after', from), null) };
  }

  m = BEFORE_EVENT.exec(text);
  if (m !== null) {
    const lead = m[1] as string;
    const boundary = lead === 'до начала' || lead === 'до окончания';
    const anchor = classifyAnchor(m[2] as string);
    if (anchor === null || (anchor.type === 'event' && !EVENT_NOUN.test(anchor.event))) return null;
    if (boundary) {
      // «до начала голосования» is still the voting day itself; for other events the boundary is the event day.
      if (anchor.type === 'event')
        return { ok: true, expr: relative({ type: 'event', event: `${lead.slice(3)} ${anchor.event}` }, 'bound', null, edge(0, 'on', 0)) };
      return { ok: true, expr: relative(anchor, 'bound', null, edge(0, 'on', 0)) };
    }
    if (lead === 'накануне') {
      const e = edge(1, 'before', -1);
      return { ok: true, expr: relative(anchor, 'on', e, e) };
    }
    return { ok: true, expr: relative(anchor, 'bound', null, edge(1, 'before', -1)) };
  }
  return null;
}

const SPELLED_TERMS: readonly [string, number][] = [
  ['одно', 1],
  ['двух', 2],
  ['трех', 3],
  ['четырех', 4],
  ['пяти', 5],
  ['шести', 6],
  ['семи', 7],
  ['восьми', 8],
  ['девяти', 9],
  ['десяти', 10],
  ['пятнадцати', 15],
  ['двадцати', 20],
  ['тридцати', 30],
];

/** «в пятидневный срок», «в 5-дневный срок», «не позднее чем в двухнедельный срок», «через две недели» → N дней. */
function termAsWithin(text: string): string {
  // «через две недели после …», «в течение трех недель со дня …»: a counted number of weeks is 7 days each.
  const weeks = text.replace(/(^|\s)(\d{1,2}|[а-я]+?)\s+недел[а-я]*(?=\s+(?:после|со|с|до|от)\s)/, (all, lead: string, n: string) => {
    const count = /^\d+$/.test(n) ? Number(n) : cardinalFromWord(n);
    return count > 0 ? `${lead}${count * 7} дней` : all;
  });
  // «двухнедельный срок» is a term of 14 days; month terms are not counted in days and stay unknown.
  return weeks.replace(/^(?:не позднее(?: чем)?\s+)?в\s+(\d{1,3}|[а-я]+?)-?(дневный|недельный)\s+срок\s+/, (all, n: string, unit: string) => {
    const count = /^\d+$/.test(n) ? Number(n) : (SPELLED_TERMS.find(([w]) => w === n)?.[1] ?? 0);
    const days = unit === 'недельный' ? count * 7 : count;
    return days > 0 ? `в течение ${days} дней ` : all;
  });
}

const WORKING = /\s+рабоч[а-я]*(?=\s+(?:дн|день))/;

/** Marks the counted edges of an expression as working days (the start edge of a term stays a calendar day). */
export function inWorkingDays(expr: Relative): Relative {
  const mark = (e: RelativeEdge | null): RelativeEdge | null =>
    e === null || e.days === 0 ? e : { ...e, unit: 'working_day', offset: e.direction === 'before' ? -e.days : e.days };
  // With «со дня» the event's own date, if a working day, is the first counted day (countsEventDay stays on the edge).
  return { ...expr, notBefore: mark(expr.notBefore), notAfter: mark(expr.notAfter) };
}

const NEXT_DAY_AFTER = /^(?:начиная\s+)?со\s+дня\s*,?\s+следующего\s+за\s+(?:днем|днём)\s+(.+)$/;
const AT_LEAST = /^не\s+менее\s+(?:чем\s+)?(в\s+течение\s+.+)$/;
const IMMEDIATELY = /^незамедлительно\s+(?:после|по)\s+(.+)$/;

/** The lower bound a one-sided phrase sets («со дня X», «со дня, следующего за днем X», «после X»). */
function lowerEdge(text: string): RelativeEdge | null {
  const r = parseRelativeSingle(text);
  if (r === null || !r.ok) return null;
  const e = r.expr.notBefore;
  if (e === null || (r.expr.form !== 'bound' && r.expr.form !== 'on')) return null;
  return { ...e, anchor: r.expr.anchor };
}

function upperEdge(text: string): RelativeEdge | null {
  const r = parseRelativeSingle(text);
  if (r === null || !r.ok) return null;
  const e = r.expr.notAfter;
  if (e === null || (r.expr.form !== 'bound' && r.expr.form !== 'on')) return null;
  return { ...e, anchor: r.expr.anchor };
}

export type FixedDate = (text: string) => string | null;

/**
 * Two bounds from different anchors or a date: «со дня, следующего за днем официального
 * опубликования решения о назначении выборов, и не позднее чем за 45 дней до дня голосования»,
 * «со дня регистрации кандидата до ноля часов дня, предшествующего дню голосования»,
 * «со дня официального опубликования … по 20 июля 2025 года». Both bounds are kept.
 */
const SPAN_START = /^(?:со|с|начиная|после|не ранее|не раньше)\s/;

function parseSpan(text: string, fixedDate: FixedDate): RelativeParse | null {
  // Only a lower bound can open a span; the check keeps the common one-sided phrases cheap.
  if (!SPAN_START.test(text)) return null;
  const joints = [...text.matchAll(/,?\s+(?:и|но|а также)\s+(?=не\s)|,\s+(?=не\s)|,?\s+(?:и\s+)?(?=(?:до|по)\s)/g)];
  for (const j of joints) {
    const left = text.slice(0, j.index).replace(/,$/, '').trim();
    const right = text.slice((j.index ?? 0) + j[0].length).trim();
    const lo = lowerEdge(left);
    if (lo === null) continue;
    let hi = upperEdge(right);
    if (hi === null) {
      // «… по 20 июля 2025 года» (inclusive), «… до 20 июля 2025 года» (the engine's «до» includes the day).
      const m = /^(?:до|по|не позднее)\s+(.+)$/.exec(right);
      const iso = m !== null ? fixedDate(m[1] as string) : null;
      if (iso !== null) hi = { days: 0, direction: 'on', offset: 0, fixed: iso };
    }
    if (hi === null) continue;
    const anchor = lo.anchor as Anchor;
    const { anchor: _lo, ...loEdge } = lo;
    const hiEdge: RelativeEdge = hi.anchor !== undefined && sameAnchor(hi.anchor, anchor) ? stripAnchor(hi) : hi;
    return { ok: true, expr: relative(anchor, 'bound', loEdge, hiEdge) };
  }
  return null;
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'event' || b.type !== 'event' || (a.key ?? a.event) === (b.key ?? b.event);
}

function stripAnchor(e: RelativeEdge): RelativeEdge {
  const { anchor: _a, ...rest } = e;
  return rest;
}

const MONTH_COUNTS: Readonly<Record<string, number>> = {
  один: 1,
  одного: 1,
  одно: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
};
// «через один месяц после …», «не позднее чем через три месяца со дня …», «в течение месяца со дня …»,
// «в двухмесячный срок со дня …», «в месячный срок после …»
const MONTH_TERM =
  /^(?:не позднее(?: чем)?\s+)?(?:(?:через\s+)?(?:(\d{1,2}|[а-я]+)\s+)?месяц[а-я]*|в\s+течение\s+(?:(\d{1,2}|[а-я]+)\s+)?месяц[а-я]*|в\s+(?:(\d{1,2}|[а-я]+?)-?)?месячный\s+срок)\s+(после|со|с|от|с момента)\s+(.+)$/;

/**
 * A term in months ends by п. 3 ст. 192 ГК РФ (67-ФЗ counts only days): the event's day number in the
 * term's last month. It starts on the event's date «со дня» (п. 1 ст. 11.1 67-ФЗ), the day after «после».
 */
function monthTerm(text: string): RelativeParse | null {
  const m = MONTH_TERM.exec(text);
  if (m === null) return null;
  const word = m[1] ?? m[2] ?? m[3];
  const months = word === undefined ? 1 : /^\d+$/.test(word) ? Number(word) : MONTH_COUNTS[word];
  if (months === undefined || months <= 0) return null;
  const anchor = classifyAnchor(m[5] as string);
  if (anchor === null) return null;
  const end: RelativeEdge = { days: 0, direction: 'after', offset: 0, months };
  // «через месяц после …» without «не позднее» names that one day, like «через 5 дней после …».
  if (text.startsWith('через')) return { ok: true, expr: relative(anchor, 'exact', end, end) };
  const start = FROM_DAY_PREPS.has(m[4] as string) ? edge(0, 'on', 0) : edge(0, 'after', FIRST_DAY_AFTER);
  return { ok: true, expr: relative(anchor, 'within', start, end) };
}

// «за месяц до дня проведения выборов», «не позднее чем за два месяца до дня голосования»: calendar months back from
// the anchor, the same day number (as the Kazakh CEC prints it: «за месяц до дня проведения выборов – 12 июля 2020
// года» for voting on 12.08.2020); 67-ФЗ counts only days, so there is no «N + 1» here.
const MONTH_BEFORE = /^(?:(не позднее|не ранее)(?:,)?(?:\s+чем)?\s+)?за\s+(?:(\d{1,2}|[а-я]+)\s+)?месяц[а-я]*\s+до\s+(.+)$/;

function monthsBefore(text: string): RelativeParse | null {
  const m = MONTH_BEFORE.exec(text);
  if (m === null) return null;
  const months = m[2] === undefined ? 1 : /^\d+$/.test(m[2]) ? Number(m[2]) : MONTH_COUNTS[m[2]];
  if (months === undefined || months <= 0) return null;
  const anchor = classifyAnchor(m[3] as string);
  if (anchor === null) return null;
  const e: RelativeEdge = { days: 0, direction: 'before', offset: 0, months: -months };
  if (m[1] === 'не позднее') return { ok: true, expr: relative(anchor, 'bound', null, e) };
  if (m[1] === 'не ранее') return { ok: true, expr: relative(anchor, 'bound', e, null) };
  return { ok: true, expr: relative(anchor, 'exact', e, e) };
}

// «по истечении 10 дней со дня голосования»: the action comes after the term, like «не ранее чем через …».
const ON_EXPIRY = /^по\s+истечении\s+(?=\S+\s+(?:календарн[а-я]*\s+)?(?:дн|день|сут))/;
// «не позднее чем на третий день после …» is the term's N-th day; «на следующий день после …» the day after.
const NTH_DAY = /^(не позднее(?:,)?\s+(?:чем\s+)?)?на\s+(\d{1,2}|[а-я]+)(?:-?[а-я]{1,3})?\s+(?:календарн[а-я]*\s+)?день\s+(после|со|с)\s+(.+)$/;
const NEXT_DAY = /^(?:на\s+)?следующий\s+день\s+(?:после|за)\s+(.+)$/;

const DAY_ORDINALS: readonly [string, number][] = [...ORDINAL_UNIT_STEMS, ...ORDINAL_TEEN_STEMS.filter(([, n]) => n === 10)];

function dayOrdinal(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  // «пятнадцатый» and the like are not taken for «пятый».
  if (!/^[а-я]+(?:ый|ой|ий|ого|ему|ом)$/.test(word) || word.includes('надцат') || word.includes('дцат')) return 0;
  for (const [stem, n] of DAY_ORDINALS) if (word.startsWith(stem) && word.length <= stem.length + 3) return n;
  return 0;
}

function nthDay(text: string): RelativeParse | null {
  const next = NEXT_DAY.exec(text);
  if (next !== null) {
    const anchor = classifyAnchor(next[1] as string);
    if (anchor === null) return null;
    const e = edge(1, 'after', 1);
    return { ok: true, expr: relative(anchor, 'on', e, e) };
  }
  const m = NTH_DAY.exec(text);
  if (m === null) return null;
  const n = dayOrdinal(m[2] as string);
  const anchor = classifyAnchor(m[4] as string);
  if (n <= 0 || anchor === null) return null;
  // «со дня» makes the event's date the first day, so the N-th day is event + N − 1 (ст. 11.1 п. 1).
  const fromDay = m[3] !== 'после';
  const last = fromDay ? fromDayEnd(n) : edge(n, 'after', lastDayWithinOffset(n));
  if (m[1] === undefined) return { ok: true, expr: relative(anchor, 'exact', last, last) };
  const start = fromDay ? edge(0, 'on', 0) : edge(0, 'after', FIRST_DAY_AFTER);
  return { ok: true, expr: relative(anchor, 'within', start, last) };
}

// «в течение одного года со дня …», «не позднее чем через два года после …»: a term in years is 12 calendar months
// each (п. 3 ст. 192 ГК РФ: it ends on the event's day number in the last year). Only right before the preposition
// of an event, so that «2025 года» of a date is never taken for a term.
const YEAR_TERM =
  /(^|\s)(в\s+течение|через|не\s+позднее(?:\s+чем)?(?:\s+через)?)\s+(?:(\d{1,2}|[а-я]+)\s+)?(?:год[а-я]*|лет)(?=\s+(?:после|со|с|от|с момента)\s)/;

function yearsAsMonths(text: string): string {
  return text.replace(YEAR_TERM, (all, lead: string, words: string, n: string | undefined) => {
    const years = n === undefined ? 1 : /^\d+$/.test(n) ? Number(n) : MONTH_COUNTS[n];
    return years !== undefined && years > 0 ? `${lead}${words} ${years * 12} месяцев` : all;
  });
}

function parseRelativeSingle(input: string): RelativeParse | null {
  const text = yearsAsMonths(input.replace(ON_EXPIRY, 'не ранее чем через '));
  const nth = /(?:^|\s)(?:на|следующий)\s/.test(text) ? nthDay(text) : null;
  if (nth !== null) return nth;
  const month = text.includes('месяч') || text.includes('месяц') ? (monthTerm(text) ?? monthsBefore(text)) : null;
  if (month !== null) return month;
  const next = NEXT_DAY_AFTER.exec(text);
  if (next !== null) {
    const anchor = classifyAnchor(next[1] as string);
    if (anchor === null) return null;
    return { ok: true, expr: relative(anchor, 'bound', edge(1, 'after', FIRST_DAY_AFTER), null) };
  }
  return parseRelativeCore(termAsWithin(text));
}

const STARTS_ENDS =
  /^(?:[а-я]+\s+){0,4}?(?:начинается|начинают[а-я]*|начинает[а-я]*)\s+(.+?),?\s+и\s+(?:заканчивается|заканчивают[а-я]*|завершается|истекает|оканчивается)\s+(.+)$/;

/**
 * «начинается со дня, следующего за днем назначения выборов, и заканчивается за 10 дней до дня голосования»
 * is the span «со дня …, и не позднее чем за 10 дней …»: the end given as a term, a day or a date.
 */
function startsAndEnds(text: string): string {
  const m = STARTS_ENDS.exec(text);
  if (m === null) return text;
  const start = m[1] as string;
  const end = (m[2] as string).trim();
  if (/^(?:за|через)\s/.test(end)) return `${start}, и не позднее чем ${end}`;
  if (/^(?:в\s+)?(?:день|дн[а-я]*)\s/.test(end)) return `${start} по дню ${end.replace(/^(?:в\s+)?(?:день|дн[а-я]*)\s+/, '')}`;
  if (/^\d/.test(end)) return `${start} по ${end}`;
  return text;
}

/**
 * «за сутки до дня голосования» is the day before it, as the plans print it (Tyumen 2013: «7 сентября — за сутки до
 * единого дня голосования» 8 сентября): a day-long span ending when the day begins, not a count of days.
 */
function dayBefore(text: string): string {
  if (!text.includes('сутки')) return text;
  return text
    .replace(/^(не позднее|не ранее|не позже|не раньше),?\s+(?:чем\s+)?за\s+(?:одни\s+)?сутки\s+до\s+(?:дня\s+|дню\s+)?/, '$1 дня, предшествующего дню ')
    .replace(/^за\s+(?:одни\s+)?сутки\s+до\s+(?:дня\s+|дню\s+)?/, 'в день, предшествующий дню ');
}

/**
 * «в день голосования и в течение трех дней после него (после дня голосования)»: the day and the days right after
 * it are one unbroken window. Only this shape is joined: terms with a gap between them («за 10 дней до дня голосования
 * и в день голосования») are two occasions a single window would misstate, and stay unread (SECOND_TERM).
 */
const DAY_AND_AFTER =
  /^((?:в|во)\s+(?:день|дни)\s+(.+?)),?\s+и\s+(в\s+течение\s+\S+\s+(?:календарн[а-я]*\s+)?(?:дн[а-я]*|сут[а-я]*)\s+после\s+)(него|этого дня|указанного дня|дня\s+.+)$/;

function parseDayAndAfter(text: string): RelativeParse | null {
  const m = DAY_AND_AFTER.exec(text);
  if (m === null) return null;
  const tail = m[4] as string;
  const on = parseRelativeSingle(m[1] as string);
  const after = parseRelativeSingle(`${m[3]}${tail.startsWith('дня ') ? tail : `дня ${m[2]}`}`);
  if (on === null || after === null || !on.ok || !after.ok) return null;
  const a = on.expr;
  const b = after.expr;
  if (a.form !== 'on' || JSON.stringify(a.anchor) !== JSON.stringify(b.anchor) || a.notAfter === null || b.notBefore === null) return null;
  if (b.notBefore.offset > a.notAfter.offset + 1) return null;
  return { ok: true, expr: relative(a.anchor, 'within', a.notBefore, b.notAfter) };
}

export function parseRelative(input: string, fixedDate: FixedDate = () => null): RelativeParse | null {
  let text = dayBefore(startsAndEnds(spelledCountsToDigits(input)));
  const flags: string[] = [];
  const working = WORKING.test(text);
  if (working) {
    text = text.replace(WORKING, '');
    flags.push('working_days');
  }
  const least = AT_LEAST.exec(text);
  if (least !== null) {
    text = least[1] as string;
    flags.push('minimum_duration');
  }
  const now = IMMEDIATELY.exec(text);
  if (now !== null) {
    const anchor = classifyAnchor((now[1] as string).replace(/^(?:дня|день)\s+/, ''));
    if (anchor === null) return null;
    return { ok: true, expr: relative(anchor, 'within', edge(0, 'on', 0), edge(1, 'after', 1)), flags: ['immediately'] };
  }
  // Spans first: «со дня, следующего за днем X, и не позднее …» would otherwise read X as «X, и не позднее …».
  const r = parseDayAndAfter(text) ?? parseSpan(text, fixedDate) ?? parseRelativeSingle(text);
  if (r === null || !r.ok) return r;
  const expr = working ? inWorkingDays(r.expr) : r.expr;
  return { ok: true, expr, flags };
}
