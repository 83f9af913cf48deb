/**
 * A phrase that carries its own computed date as an explanation — «…, т.е. не позднее 2 октября 2010 года»,
 * «… (не позднее 27 июля 2017 года)», «… — с 10 апреля 2019 г.», «… (2017-жылдын 27-июлуна чейин)». The
 * secretary printed the date the rule gives; that date is the answer and the rule is kept as its explanation,
 * so a rule the engine cannot count (or counts from a context that differs) never overrides the document.
 */
import { monthFromWord } from './month-names.js';
import { splitVotingDayDate } from './voting-day-date.js';

/**
 * «, т.е.», «, то есть», Kyrgyz «, тактап айтканда,» (that is), « — », « – », « - », or a comma before a bound
 * word, then the tail.
 */
const TAIL_SEPARATOR =
  /(?:,\s*(?:т\.\s*е\.|то есть|тактап\s+айтканда,?)|\s[—–-]\s*(?:т\.\s*е\.|то есть)?|,(?=\s*(?:не позднее|не ранее|с|до|по)\s))\s*([^,—–]*\d{4}[^,—–]*)$/;

/** The tail must name a day of a given year, not a month or a bare count. */
const DAY_WITH_YEAR = /(?:^|\s)\d{1,2}(?:-?\s?[а-яё]+)?\s+[а-яё]+\s+\d{4}|\d{4}-жыл[а-яё]*\s+\d{1,2}-|\d{1,2}\.\d{1,2}\.\d{4}/;

/**
 * The date must be said to be the term's own: a bound word or «т.е.». A bare date after an event
 * («после назначения выборов (25 октября 2020 года)») is that event's date, not the answer.
 */
const OWN_READING = /^(?:т\.\s*е\.|то есть)|^(?:не позднее|не ранее|до|с|по|со)\s|(?:чейин|кечиктирбестен|баштап|тартып)$/;

/**
 * «… за 10 дней до выборов (не позднее 4 мая)»: a bracket that bounds the term by a day and a month is the printed
 * reading too; its year is the plan's, as for any yearless date.
 */
const BOUND_DAY = /^(?:не позднее|не ранее|до|по)\s+\d{1,2}\s+[а-я]+$/;

const COUNTED_TERM = /(?:^|\s)(?:за|через)\s+(?:\S+\s+){0,2}?(?:дн[а-я]*|день|сут[а-я]*|недел[а-я]*|месяц[а-я]*)\s+(?:до|после|со)\s/;

/**
 * «…, то есть до 18 октября», «…, т.е. 18 октября»: a day and a month said after «т.е.» are the printed reading even
 * without a year (the plan's year, as for any yearless date); «т.е.» says the date is the term's own.
 */
const THAT_IS_DAY = /,\s*(?:т\.\s*е\.|то есть)\s*((?:(?:не позднее|не ранее|до|по|с)\s+)?\d{1,2}\s+[а-я]+)\s*[.;]?$/;

/**
 * «в (единый) день голосования 20 сентября 2026 года»: a term that is the event's own day, printed with that day's
 * date. Unlike a date printed after «после …» (the event's date, not the term's), here the two are the same day.
 */
const ON_VOTING_DAY =
  /^((?:в|во)\s+(?:единый\s+)?день\s+(?:голосования|выборов))\s*[,-]?\s*(\d{1,2}\s+[а-я]+\s+\d{4}(?:\s*(?:года|г\.?))?|\d{1,2}\.\d{1,2}\.\d{4})$/;

/** «в день, в который …», «в день окончания …»: the term is one day, the day of the event the words name. */
const EVENT_DAY = /^(?:в|во)\s+день(?:,\s+в\s+который|\s+[а-я]+ни[яе])\s/;

export interface ExplicitDate {
  /** The part that names the date («не позднее 2 октября 2010 года»). */
  date: string;
  /** The rule it was computed by («не позднее чем через 10 дней со дня …»). */
  rule: string;
}

/** Works on folded text; `notes` are the bracketed remarks already lifted out of the phrase. */
export function splitExplicitDate(core: string, notes: readonly string[]): ExplicitDate | null {
  const m = TAIL_SEPARATOR.exec(core);
  const sayingTe = m !== null && /(?:т\.\s*е\.|то есть|тактап\s+айтканда,?)\s*[^,—–]*$/.test(m[0]);
  const rule = m !== null ? core.slice(0, m.index) : '';
  // «за месяц до дня проведения выборов – 12 июля 2020 года»: a bare date after a dash is the reading when the rule
  // counts a term from its event, since the date then cannot be that event's own date.
  const countedThenDate = m !== null && /^\s[—–-]/.test(m[0]) && COUNTED_TERM.test(rule);
  // «в день, в который истекает срок представления документов – 26 июля 2019 года»: a term that is its event's own day,
  // printed with that day's date after a dash, as «в день голосования 20 сентября 2026 года» is.
  const eventDayThenDate = m !== null && /^\s[—–-]/.test(m[0]) && EVENT_DAY.test(rule.trim());
  if (m !== null && m[1] !== undefined && DAY_WITH_YEAR.test(m[1]) && (sayingTe || countedThenDate || eventDayThenDate || OWN_READING.test(m[1].trim()))) {
    if (rule.trim() !== '') return { date: m[1].trim().replace(/[\s.,;:]+$/, ''), rule: rule.trim() };
  }
  const onDay = ON_VOTING_DAY.exec(core);
  if (onDay !== null) return { date: onDay[2]!, rule: onDay[1]! };
  const votingDay = splitVotingDayDate(core);
  if (votingDay !== null) return votingDay;
  const yearless = THAT_IS_DAY.exec(core);
  if (yearless !== null && monthFromWord(yearless[1]!.split(/\s+/).pop()!) !== 0) {
    const rule = core.slice(0, yearless.index).trim();
    if (rule !== '') return { date: yearless[1]!, rule };
  }
  // «в день голосования (20 сентября 2026 года)»: the same day printed in a bracket.
  if (notes.length === 1) {
    const m = ON_VOTING_DAY.exec(`${core} ${notes[0]!.toLowerCase().replace(/ё/g, 'е').trim()}`);
    if (m !== null) return { date: m[2]!, rule: m[1]! };
  }
  for (const note of notes) {
    const folded = note.toLowerCase().replace(/ё/g, 'е').trim();
    const bare = folded.replace(/^(?:т\.\s*е\.|то есть)\s*/, '');
    const own = OWN_READING.test(folded.replace(/[\s.,;:]+$/, ''));
    if ((DAY_WITH_YEAR.test(bare) || BOUND_DAY.test(bare)) && own && core !== '') return { date: bare, rule: core };
  }
  return null;
}
