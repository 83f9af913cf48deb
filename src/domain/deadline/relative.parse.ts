/**
 * Phrases counted from an event: the voting day, the call of the election or
 * anything else the plan names («После образования избирательных участков»,
 * «не позднее чем через 5 дней со дня принятия решения»).
 */
import type { Anchor, DeadlineExpr, RelativeEdge, RelativeForm } from './deadline.types.js';
import { FIRST_DAY_AFTER, daysBeforeOffset, firstDayAfterTermOffset, lastDayWithinOffset } from './legal-counting.js';
import { cardinalFromWord } from './ordinals.js';

type Relative = Extract<DeadlineExpr, { type: 'relative' }>;

export type RelativeParse = { ok: true; expr: Relative } | { ok: false; reason: string };

const COUNT = '(\\d{1,3}|[а-я]+)';
const DAYS = '(?:календарн[а-я]*\\s+)?(?:дн[а-я]*|день|сут[а-я]*)';

// «не позднее чем за 45 дней до дня голосования», «через 5 дней со дня принятия решения»
const OFFSET_CLAUSE = new RegExp(
  `^(?:(не позднее|не позже|не ранее|не раньше)\\s+(?:чем\\s+)?)?(?:(за|через)\\s+)?${COUNT}\\s+${DAYS}(?:\\s+(?:(до|после|со|с|от|с момента|начиная с)\\s+)?(.+))?$`,
);
// «в течение 20 дней после дня выборов»
const WITHIN_CLAUSE = new RegExp(`^в\\s+течение\\s+${COUNT}\\s+${DAYS}\\s+(до|после|со|с|от|с момента)\\s+(.+)$`);
// «в день голосования», «в день, предшествующий дню голосования»
const ON_DAY = /^(?:в|во)\s+(?:день|дни)\s*,?\s+(.+)$/;
const DAY_BEFORE = /^предшествующ[а-я]*\s+(?:дню|дня|дне)\s+(.+)$/;
const DAY_AFTER = /^следующ[а-я]*\s+за\s+(?:днем|дня)\s+(.+)$/;
// «не позднее дня голосования», «до дня голосования», «со дня принятия решения»
const BY_DAY = /^(не позднее|не позже|до|по|не ранее|не раньше|после|со|с|начиная с)\s+(дн[а-я]*|день|даты)\s*,?\s+(.+)$/;
const AFTER_EVENT = /^(после|по окончании|по завершении|по итогам|по результатам|с момента|вслед за|начиная с момента)\s+(.+)$/;
const BEFORE_EVENT = /^(до начала|до окончания|до|перед|накануне)\s+(.+)$/;

const VOTING = /^(?:(?:общего|единого|основного|повторного)\s+)?(?:дн[а-я]*\s+)?(?:голосовани|выбор)/;
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
  return text.replace(/^(?:дн[а-я]*|день|даты|дату)\s+/, '').trim();
}

export function classifyAnchor(text: string): Anchor | null {
  const anchor = stripDayWord(text);
  if (anchor === '') return null;
  if (VOTING.test(anchor)) return { type: 'voting_day' };
  if (CALL.test(anchor)) return { type: 'call_date' };
  return { type: 'event', event: anchor };
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
}

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
  let offset: number;
  if (before) offset = daysBeforeOffset(days);
  else if (bound === 'not_earlier') offset = firstDayAfterTermOffset(days);
  else offset = lastDayWithinOffset(days);
  return { bound, edge: edge(days, before ? 'before' : 'after', offset), anchorText: m[5] ?? null };
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
      // «не позднее чем через N дней после» is a term running from the day after the event (ст. 11.1 п. 2).
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

export function parseRelative(text: string): RelativeParse | null {
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

  let m = WITHIN_CLAUSE.exec(text);
  if (m !== null) {
    const days = count(m[1] as string);
    const anchor = classifyAnchor(m[3] as string);
    if (days <= 0 || anchor === null) return null;
    if (m[2] === 'до') {
      return { ok: true, expr: relative(anchor, 'within', edge(days, 'before', -days), edge(0, 'before', -1)) };
    }
    return {
      ok: true,
      expr: relative(anchor, 'within', edge(0, 'after', FIRST_DAY_AFTER), edge(days, 'after', lastDayWithinOffset(days))),
    };
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
      if (anchor.type === 'event') return { ok: true, expr: relative({ type: 'event', event: `${lead.slice(3)} ${anchor.event}` }, 'bound', null, edge(0, 'on', 0)) };
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
