/**
 * parseDeadline: Russian deadline phrase → what it says, with nothing dropped.
 * Classes are tried from the most specific wording to the most general grammar,
 * so that «в течение года» is the whole period before «в течение 20 дней после …»
 * is read as a term counted from an event.
 */
import { parseCalendarTokens, type CalendarParse } from './calendar.parse.js';
import type { CalendarExpr, CalendarItem, DeadlineExpr, DeadlineKind, ParsedDeadline } from './deadline.types.js';
import { foldCase, normalizeSpacing, truncatePhrase } from './normalize.js';
import { externalSourceOffset, isDaily, isElectionPeriod, isExternalSchedule, isOnDemand, isWholePeriod } from './phrase-classes.js';
import { extractQualifiers, looksLikeLegalReference, type Qualifiers } from './qualifiers.js';
import { parseRecurrence } from './recurrence.parse.js';
import { parseRelative } from './relative.parse.js';
import { tokenize } from './tokenize.js';
import { spelledDayOrdinalsToDigits } from './ordinals.js';
import { monthNarrowedByDays, notesNameUnreadDays } from './month-days.js';
import { liftClockTime } from './clock-time.js';
import { clockFromBrackets } from './bracketed-clock.js';
import { rewordSynonyms } from './wording-synonyms.js';
import { kyrgyzClass, looksKyrgyz, parseKyrgyzRelative, rewriteKyrgyzClock, rewriteKyrgyzDates } from './kyrgyz.parse.js';
import { kyrgyzCountsToDigits } from './kyrgyz.numerals.js';
import { rewriteKyrgyzPeriods } from './kyrgyz.periods.js';
import { parseNthWeekday, parseWorkingDayAfter } from './weekday.parse.js';
import { splitExplicitDate } from './explicit-date.js';
import { looksArmenian, rewriteArmenian } from './armenian.parse.js';
import { rewriteLatinScript } from './latin-script.parse.js';
import { rewordStartEnd } from './start-end-wording.js';
import { rewordNewsLead } from './news-wording.js';
import { restatedBound } from './restated-bound.js';
import { liftWeekdayOfDate } from './weekday-with-date.js';
import { looksKazakh, rewriteKazakh, withRestatedEnd } from './kazakh.parse.js';

const NOT_UNDERSTOOD = 'Формулировка срока не распознана';

function unknown(reason: string): DeadlineExpr {
  return { type: 'unknown', reason };
}

/** «установленные Федеральным законом …» → «Федеральный закон …» for the legal-basis field. */
function toNominative(reference: string): string {
  return reference
    .replace(/^федеральным законом/i, 'Федеральный закон')
    .replace(/^законом/i, 'Закон')
    .replace(/^кодексом/i, 'Кодекс')
    .replace(/^постановлением/i, 'Постановление')
    .replace(/^законодательством/i, 'законодательство');
}

function parseCalendarText(text: string): CalendarParse {
  return parseCalendarTokens(tokenize(text));
}

/** «январь – декабрь» and «в течение года» are the same thing: the whole plan period. */
function isWholeYearRange(expr: CalendarExpr): boolean {
  if (expr.type !== 'calendar' || expr.items.length !== 1) return false;
  const { from, to } = expr.items[0] as CalendarItem;
  if (to === null) return from.unit === 'year' && from.year === null;
  return from.unit === 'month' && from.month === 1 && from.year === null && to.unit === 'month' && to.month === 12 && to.year === null;
}

export function kindOf(expr: DeadlineExpr): DeadlineKind {
  switch (expr.type) {
    case 'calendar': {
      if (expr.items.length > 1) return 'multi';
      const item = expr.items[0];
      return item !== undefined && item.to === null && item.from.unit === 'day' ? 'date' : 'range';
    }
    case 'bound':
      return expr.notBefore !== null && expr.notAfter !== null ? 'range' : 'date';
    case 'whole_period':
      return 'whole_period';
    case 'recurring':
      return 'recurring';
    case 'relative':
      return expr.anchor.type === 'event' ? 'event_relative' : 'election_relative';
    case 'election_period':
      return 'election_relative';
    case 'nth_weekday':
      return expr.month === null || expr.yearly === true ? 'recurring' : 'date';
    case 'working_day_after':
      return 'recurring';
    case 'on_demand':
      return 'on_demand';
    case 'external':
      return 'external_schedule';
    case 'unknown':
      return 'unknown';
  }
}

function classify(core: string, q: Qualifiers, flags: string[], legal: string[]): DeadlineExpr {
  if (core === '') {
    // Only a qualifier is left, e.g. «(по отдельному плану)»: the dates live in that other plan.
    if (flags.includes('separate_plan') || flags.includes('external_plan')) return { type: 'external', source: null };
    return unknown('Срок не указан');
  }
  if (isWholePeriod(core)) return { type: 'whole_period' };
  if (isDaily(core)) {
    flags.push('daily');
    return { type: 'whole_period' };
  }
  if (isOnDemand(core)) return { type: 'on_demand' };
  if (isElectionPeriod(core)) return { type: 'election_period' };
  if (isExternalSchedule(core)) {
    const at = externalSourceOffset(core);
    if (at !== null && looksLikeLegalReference(core.slice(at))) {
      // Folding keeps length for Cyrillic and Latin, so the offset is valid in the original spelling.
      legal.push(toNominative(q.core.length === core.length ? q.core.slice(at) : core.slice(at)));
    }
    if (core.startsWith('по согласовани') && !flags.includes('by_agreement')) flags.push('by_agreement');
    return { type: 'external', source: q.core };
  }

  if (/^незамедлительно$/.test(core)) {
    flags.push('immediately');
    return { type: 'on_demand' };
  }
  const nth = parseNthWeekday(core) ?? parseWorkingDayAfter(core);
  if (nth !== null) {
    if (nth.type === 'working_day_after') flags.push('working_days');
    return nth;
  }

  const recurrence = parseRecurrence(core, parseCalendarText);
  if (recurrence !== null) {
    if (recurrence.ok) return recurrence.expr;
    if (recurrence.reason !== null) return unknown(recurrence.reason);
  }

  const calendar = parseCalendarText(core);
  if (calendar.ok) return isWholeYearRange(calendar.expr) ? { type: 'whole_period' } : calendar.expr;

  const relative = parseRelative(core, fixedDate);
  if (relative !== null) {
    if (!relative.ok) return unknown(relative.reason);
    for (const f of relative.flags ?? []) if (!flags.includes(f)) flags.push(f);
    return relative.expr;
  }

  const described = calendarBeforeDescription(core, flags);
  if (described !== null) return described;

  return unknown(calendar.reason ?? NOT_UNDERSTOOD);
}

/**
 * «c 29 января по 11 марта 2024 года – через портал Госуслуг», «с 21 января 2025 г. по 25 января 2025 г. включительно,
 * с 12 до 19 часов без перерыва», «в период с 3 по 13 сентября 2014 года ежедневно»: a term followed by where, at what
 * hours or how often it is done. Those words give no other day, so the term alone is read; only when nothing else read
 * the whole phrase, and only a term with a day in it. Words that bound the term («…, но не ранее дня …», «– после …»)
 * are no description: such a phrase stays unread rather than lose its bound.
 */
// A tail that bounds the term counts from an event or says «not earlier/later»: no description.
const BOUND_WORDS =
  /(?:^|\s)(?:не\s+(?:позднее|ранее)|позднее|ранее|после|со\s+дня|до\s+дня|за\s+\S+\s+(?:дн|день|сут|недел|месяц)|через\s+\S+\s+(?:дн|день|сут|недел|месяц))/;
const DESCRIPTION_AFTER_DASH = /^(.*\d.*?)\s+-\s+([^\d]+)$/;
// The clock step has already lifted the closing hour, leaving «не позднее» where «до 19 часов» stood.
const HOURS_AFTER_COMMA =
  /^(.*\d.*?)\s*,\s+с\s+\d{1,2}(?:[.:]\d{2})?(?:\s*час[а-я]*)?(?:\s+(?:до|не\s+позднее)(?:\s+\d{1,2}(?:[.:]\d{2})?(?:\s*час[а-я]*)?)?)?(?:\s+без\s+перерыва)?$/;
const DAILY_AFTER = /^(.*\d.*?)\s+ежедневно$/;
// «ежедневно с 3 по 12 сентября», «досрочно с 3 по 12 сентября» (t-l.ru, 2015): how the term is done, said before it.
const MANNER_BEFORE = /^(ежедневно|досрочно|дистанционно)\s+(.*\d.*)$/;

function calendarBeforeDescription(core: string, flags: string[]): DeadlineExpr | null {
  const manner = MANNER_BEFORE.exec(core);
  const daily = manner === null ? DAILY_AFTER.exec(core) : null;
  const dashed = DESCRIPTION_AFTER_DASH.exec(core);
  const described = dashed !== null && !BOUND_WORDS.test(dashed[2]!) ? dashed : null;
  const m = manner !== null ? [manner[0], manner[2]] : (daily ?? described ?? HOURS_AFTER_COMMA.exec(core));
  if (m === null) return null;
  const head = parseCalendarText(m[1]!.trim());
  if (!head.ok || (head.expr.type !== 'calendar' && head.expr.type !== 'bound')) return null;
  if ((daily !== null || manner?.[1] === 'ежедневно') && !flags.includes('daily')) flags.push('daily');
  return head.expr;
}

/** A single calendar day with its year («20 июля 2025 года») as ISO, for a fixed end of a span. */
function fixedDate(text: string): string | null {
  const c = parseCalendarText(text);
  if (!c.ok || c.expr.type !== 'calendar' || c.expr.items.length !== 1) return null;
  const { from, to } = c.expr.items[0] as CalendarItem;
  if (to !== null || from.unit !== 'day' || from.year === null) return null;
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${from.year}-${two(from.month)}-${two(from.day)}`;
}

/**
 * Kyrgyz wording: counts from voting day are read directly (counts in words first become digits), periods and
 * dates are rewritten into the Russian grammar.
 */
function kyrgyzCore(core: string): { expr: DeadlineExpr } | { core: string } | null {
  const cls = kyrgyzClass(core);
  if (cls === 'external') return { expr: { type: 'external', source: core } };
  if (cls !== null) return { expr: { type: cls } };
  if (!looksKyrgyz(core)) return null;
  const counted = kyrgyzCountsToDigits(core);
  const rel = parseKyrgyzRelative(counted);
  if (rel !== null) return { expr: rel };
  const period = rewriteKyrgyzPeriods(counted);
  if (period !== null) return { core: period };
  const dates = rewriteKyrgyzDates(counted);
  return dates !== null ? { core: dates } : null;
}

function countsWorkingDays(expr: DeadlineExpr): boolean {
  return expr.type === 'relative' && (expr.notBefore?.unit === 'working_day' || expr.notAfter?.unit === 'working_day');
}

/** Reads a phrase as its whole, Kyrgyz or Russian, without touching the caller's flags. */
function readAlone(core: string, q: Qualifiers): DeadlineExpr {
  const kg = kyrgyzCore(core);
  if (kg !== null && 'expr' in kg) return kg.expr;
  return classify(kg !== null ? kg.core : core, q, [], []);
}

/**
 * A rule followed by the date it gives («…, т.е. не позднее 2 октября 2010 года»): the printed date is the
 * reading, the rule goes to the notes. Only when the rule itself is no calendar date, so that a range written
 * with a dash («1 марта 2019 года – 10 марта 2019 года») stays one range.
 */
function printedDate(core: string, q: Qualifiers, flags: string[], legal: string[]): { core: string; expr: DeadlineExpr } | null {
  const split = splitExplicitDate(core, q.notes);
  if (split === null) return null;
  const ruleExpr = readAlone(split.rule, q);
  const rule = ruleExpr.type;
  if (rule === 'calendar' || rule === 'bound' || rule === 'whole_period' || rule === 'recurring') return null;
  const kg = kyrgyzCore(split.date);
  const bare = kg !== null && 'core' in kg ? kg.core : split.date;
  // «не позднее чем за N дней до …, т.е. 29 января»: a bare day printed for a «not later than» rule is that
  // rule's last day, so it bounds the term like «не позднее 29 января».
  const upperRule = ruleExpr.type === 'relative' && ruleExpr.form === 'bound' && ruleExpr.notBefore === null && ruleExpr.notAfter !== null;
  const dateCore = upperRule && /^\d/.test(bare) ? `не позднее ${bare}` : bare;
  const ownFlags: string[] = [];
  const expr = classify(dateCore, q, ownFlags, legal);
  if (expr.type !== 'calendar' && expr.type !== 'bound') return null;
  for (const f of ownFlags) if (!flags.includes(f)) flags.push(f);
  const kept = q.notes.filter((n) => !n.toLowerCase().replace(/ё/g, 'е').includes(split.date));
  q.notes.length = 0;
  q.notes.push(`правило: ${split.rule}`, ...kept);
  return { core: dateCore, expr };
}

function parseUnsafe(input: unknown): ParsedDeadline {
  const raw = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  const { text, truncated } = truncatePhrase(raw);
  const q = extractQualifiers(normalizeSpacing(text));
  const flags = [...q.flags];
  if (truncated) flags.push('truncated');
  const legal = [...q.legalBasis];
  let core = spelledDayOrdinalsToDigits(foldCase(clockFromBrackets(q.core, q.notes)));
  core = rewordSynonyms(monthNarrowedByDays(core, q.notes) ?? core);
  // Kazakh is rewritten into Russian words first; what stays Kazakh is not understood.
  const kazakh = looksKazakh(core) ? rewriteKazakh(withRestatedEnd(core, q.notes)) : null;
  if (kazakh !== null) core = kazakh;
  const armenian = kazakh === null && looksArmenian(core) ? rewriteArmenian(core) : null;
  if (armenian !== null) core = armenian;
  const latin = kazakh === null && armenian === null ? rewriteLatinScript(core) : null;
  if (latin !== null) core = latin;
  if (core.includes('саат')) core = rewriteKyrgyzClock(core);
  else core = rewordStartEnd(rewordNewsLead(restatedBound(core)));
  const told = liftWeekdayOfDate(core);
  if (told !== null) core = told.core;
  const clock = liftClockTime(core);
  if (clock !== null) core = clock.rest;
  const printed = printedDate(core, q, flags, legal);
  if (printed !== null) core = printed.core;
  const kg = printed !== null ? null : kyrgyzCore(core);
  if (kg !== null && 'core' in kg) core = kg.core;
  const read = printed !== null ? printed.expr : kg !== null && 'expr' in kg ? kg.expr : classify(core, q, flags, legal);
  // «в июне (начиная с 5 числа)», «Май (не позднее 15 мая)»: a bracket naming days that were not read; the dates
  // outside it alone would give days the document does not, so the phrase stays undated.
  const unreadDays = printed === null && (read.type === 'calendar' || read.type === 'bound') && notesNameUnreadDays(q.notes);
  const expr = unreadDays ? unknown('Не понято, какие дни названы в скобках') : read;
  if (kg !== null && 'expr' in kg && countsWorkingDays(expr) && !flags.includes('working_days')) flags.push('working_days');
  const parsed: ParsedDeadline = {
    text,
    kind: kindOf(expr),
    expr,
    flags,
    legal_basis: legal.length > 0 ? legal.join('; ') : null,
    notes: q.notes,
    footnotes: q.footnotes,
  };
  if (clock !== null) {
    parsed.time = clock.time;
    if (clock.endsBeforeDay && (expr.type === 'calendar' || expr.type === 'bound')) flags.push('ends_before_day');
  }
  if (kg !== null) parsed.kyrgyz = true;
  if (told !== null) parsed.weekday = told.weekday;
  return parsed;
}

export function parseDeadline(text: string): ParsedDeadline {
  try {
    return parseUnsafe(text);
  } catch {
    // A parser bug must not take an import down: report the phrase as not understood.
    let kept = '';
    try {
      kept = truncatePhrase(typeof text === 'string' ? text : '').text;
    } catch {
      kept = '';
    }
    return { text: kept, kind: 'unknown', expr: unknown(NOT_UNDERSTOOD), flags: [], legal_basis: null, notes: [], footnotes: [] };
  }
}
