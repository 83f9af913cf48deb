import type { DocLine } from './doc-lines.js';
import { properNames } from './authority.parse.js';
import { findDates, type FoundDate } from './header-dates.js';
import { latinVotingDayInTitle } from './languages/latin-voting-day.js';
import { turkicElectionNameIn, turkicVotingDayInTitle } from './languages/turkic-header.js';
import { yearlessVotingDay } from './yearless-voting-day.js';
import { DATE_FIRST_TOLD_DAY } from './date-first-voting-day.js';

/**
 * The anchor lines a calendar plan prints above its table: «День голосования – 14 сентября
 * 2025 года», «Дни голосования – 12, 13 и 14 сентября 2025 года», «Дата официального
 * опубликования (публикации) решения о назначении выборов – 20 июня 2025 года», «Выборы
 * назначены решением … от …», Kyrgyz «Шайлоо күнү – 2021-жылдын 10-январы» and «Добуш берүү
 * күнү – …», Kazakh «Сайлау күні – 2022 жылғы 20 қараша» and «Дауыс беру күні – …». The plan's deadlines are counted from these dates, so they must reach the engine.
 */
export interface ElectionEvent {
  name: string;
  date: string;
}

export interface ElectionAnchor {
  name: string | null;
  votingDay: string;
  /** The official publication of the decision calling the election (else the decision's date). */
  calledOn: string | null;
  /** Named dates besides voting day, as the document states them. */
  events: ElectionEvent[];
  /** «12, 13 и 14 сентября 2025 года» when voting lasts several days (the count runs from the last). */
  votingDays: string | null;
  /** How many consecutive days voting lasts (ст. 63.1 67-ФЗ): 1 for one day, null when several are printed but not read. */
  dayCount: number | null;
  /** Source line of the voting-day anchor. */
  line: number;
  /** Every source line the anchors occupied, so the title search can leave them out. */
  lines: number[];
}

// «Выборы назначены на 14 сентября 2025 года»: the day they are called for is the voting day.
const VOTING =
  /(?:(?:единый\s+)?(?:день|дни|дата)\s+(?:голосования|выборов)|(?:добуш\s+берүү|шайлоо)\s+күн[үу]|(?:дауыс\s+беру|сайлау)\s+күн[іi]|(?:выборы|референдум)\s+назначен[ыо]?\s+на(?=\s))/i;
const MULTI_DAY = /дни\s+голосования/i;
// «Решение о назначении выборов опубликовано 20 июня 2025 года»: the publication told the other way round.
const PUBLICATION =
  /опубликовани[яе]\s*(?:\([^)]*\)\s*)?(?:решени[яе]|постановлени[яе]|указа?)[^–—:]*назначени|(?:решени[ея]|постановлени[ея]|указ)\s+о\s+назначении\s+(?:выборов|референдума)[^.;]{0,40}?опубликован/i;
const DECISION = /(?:выборы|референдум)\s+назначен[ыо]?\s(?!на\s)|(?:решени[ея]|постановлени[ея]|указ[аом]?)\s+о\s+назначении\s+(?:выборов|референдума)/i;

const NAME_AFTER_DASH = (text: string, at: number): string => text.slice(at).replace(/^[\s:–—-]+/, '');

/** Dates on the anchor's own line, or on the next two non-empty lines («Шайлоо күнү -жекшемби / 2016-жылдын 11-декабры»). */
function datesNear(lines: readonly DocLine[], i: number, from: number): { dates: FoundDate[]; text: string; used: number[] } {
  const own = lines[i]!.text.slice(from);
  const dates = findDates(own);
  if (dates.length) return { dates, text: own, used: [lines[i]!.line] };
  const used = [lines[i]!.line];
  let text = own;
  for (let k = i + 1, seen = 0; k < lines.length && seen < 2; k++) {
    if (!lines[k]!.text) continue;
    seen++;
    text += ` ${lines[k]!.text}`;
    used.push(lines[k]!.line);
    const found = findDates(text);
    if (found.length) return { dates: found, text, used };
  }
  return { dates: [], text: own, used: [lines[i]!.line] };
}

const LIST_ITEM_DATE = /^\s*(?:[-–—•*]\s*)?(\d{1,2}(?:\s*(?:,|и|[-–—])\s*\d{1,2})*\s+[а-яё]{3,}(?:\s+\d{4}\s*(?:года|г\.?)?)?)\s*[-–—:]\s*$/i;

// «25 февраля 2024 года в Беларуси — единый день голосования»: a news lead puts the dated day and its country or
// region (a capitalised name after «в») before the dash; only a date with its year printed is taken this way.
const DATE_IN_PLACE = /^\s*(\d{1,2}\s+[а-яё]{3,}\s+\d{4}\s*(?:года|г\.)?)\s+(?:в|во)\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁа-яё]+){0,2}\s*[—–-]\s*$/;

/**
 * A list item that puts the date first: «14 января - день голосования», «12, 13 и 14 сентября – дни голосования».
 * Without a year the one year every other date of the document names is taken; with several years, none is.
 */
function dateBeforeAnchor(lines: readonly DocLine[], l: DocLine, at: number): { dates: FoundDate[]; text: string; used: number[] } | null {
  const placed = DATE_IN_PLACE.exec(l.text.slice(0, at));
  if (placed) return { dates: findDates(placed[1]!), text: placed[1]!, used: [l.line] };
  const m = LIST_ITEM_DATE.exec(l.text.slice(0, at));
  if (!m) return null;
  const printed = m[1]!;
  const own = findDates(printed);
  if (own.length) return { dates: own, text: printed, used: [l.line] };
  // The date before the dash is this anchor's: when its year is unknown the anchor gives no date at all, so
  // a date on the following lines is never taken for it.
  const none = { dates: [], text: printed, used: [l.line] };
  const years = documentYears(lines);
  if (years.size !== 1) return none;
  const text = `${printed} ${[...years][0]} года`;
  const dates = findDates(text);
  return dates.length ? { dates, text, used: [l.line] } : none;
}

/** Years the document names: in its dates and as «2026 год», «2025–2026 годы», «2025 г.». */
function documentYears(lines: readonly DocLine[]): Set<string> {
  const years = new Set<string>();
  for (const x of lines) {
    if (x.text.length > 400) continue;
    for (const d of findDates(x.text)) years.add(d.iso.slice(0, 4));
    for (const m of x.text.matchAll(/((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\s*(?:год|гг|г\.)/gi)) {
      years.add(m[1]!);
      if (m[2]) years.add(m[2]);
    }
  }
  return years;
}

// Where a second anchor starts on a line that already holds one: the publication of the decision (with or without
// «решения о назначении») or voting day.
const ANOTHER_ANCHOR = new RegExp(
  String.raw`(?:дата\s+)?(?:официальн\S*\s+)?опубликовани[яе]\s|(?:решени[ея]|постановлени[ея]|указ)\s+о\s+назначении\s|${VOTING.source}`,
  'gi',
);

/**
 * A line that runs two anchors together («День голосования — 8 сентября 2013 года, официальное опубликование
 * решения о назначении выборов — 20 июня 2013 года») is read as two lines, each with its own date: reading it
 * whole gave the voting day the publication's date (the last date of the line).
 */
export function splitAnchorRuns(lines: readonly DocLine[]): DocLine[] {
  return lines.flatMap((l) => {
    if (l.text.length > 400) return [l];
    const starts = [...l.text.matchAll(ANOTHER_ANCHOR)].map((m) => m.index);
    // Only a start that follows a date of the previous anchor cuts: «Дата официального опубликования решения о
    // назначении выборов» is one anchor although it holds two of the phrases.
    const cuts = starts.filter((at, k) => k > 0 && findDates(l.text.slice(starts[k - 1]!, at)).length > 0);
    if (!cuts.length) return [l];
    return [0, ...cuts].map((at, k) => ({ ...l, text: l.text.slice(at, cuts[k] ?? l.text.length).replace(/[\s,;.]+$/, '') }));
  });
}

export function parseElections(source: readonly DocLine[]): ElectionAnchor[] {
  const lines = splitAnchorRuns(source);
  const out: ElectionAnchor[] = [];
  const events: ElectionEvent[] = [];
  const eventLines: number[] = [];
  let calledOn: string | null = null;
  lines.forEach((l, i) => {
    if (l.text.length > 400) return;
    const publication = PUBLICATION.exec(l.text);
    const decision = publication ? null : DECISION.exec(l.text);
    if (publication || decision) {
      const { dates, used } = datesNear(lines, i, 0);
      const date = dates[dates.length - 1];
      if (date) {
        const name = publication ? 'Официальное опубликование решения о назначении выборов' : 'Решение о назначении выборов';
        if (!events.some((e) => e.name === name)) events.push({ name, date: date.iso });
        if (publication || !calledOn) calledOn = date.iso;
        eventLines.push(...used);
        return;
      }
    }
    const m = VOTING.exec(l.text);
    if (!m) return;
    const { dates, text, used } = dateBeforeAnchor(lines, l, m.index) ?? datesNear(lines, i, m.index + m[0].length);
    if (dates.length === 0) return;
    // Several voting days: the count runs from the last one, the others stay in the name.
    const last = dates[dates.length - 1]!;
    if (out.some((e) => e.votingDay === last.iso)) return;
    const multi =
      MULTI_DAY.test(m[0]) || /\d{1,2}\s*(?:,|и|[-–—])\s*\d{1,2}\s+[а-яё]+\s+\d{4}/i.test(text) || /\(с\s+\d{1,2}\s+по\s+\d{1,2}\s+[а-яё]+/i.test(text);
    const days = multi
      ? NAME_AFTER_DASH(text, 0)
          .replace(/\s+/g, ' ')
          .replace(/[.;,]+$/, '')
          .trim()
      : null;
    // An anchor inside a long title line («… выборов … в единый день голосования 14 марта 2010 года в Липецкой области»).
    const name = l.text.length > 120 ? electionNameIn(l.text) : electionName(l.text.slice(0, m.index), lines, i);
    out.push({
      name,
      votingDay: last.iso,
      votingDays: days,
      dayCount: multi ? dayCountIn(text, last.iso) : 1,
      calledOn: null,
      events: [],
      line: l.line,
      lines: used,
    });
  });
  if (out.length === 0) return [];
  out[0]!.calledOn = calledOn;
  out[0]!.events = events;
  out[0]!.lines.push(...eventLines);
  return out;
}

const MONTH_WORD = '[а-яё]{3,}';
// «12, 13 и 14 сентября», «12-14 сентября», «с 12 по 14 сентября», «(с 12 по 14 сентября)»
const DAY_LIST = new RegExp(`(?:^|[^\\d])((?:\\d{1,2}\\s*(?:,|и|[-–—]|по)\\s*){1,2}\\d{1,2})\\s+${MONTH_WORD}`, 'gi');

/**
 * Number of consecutive voting days a multi-day anchor prints, ending on the last date found: a list
 * («12, 13 и 14») must name consecutive days, a range («12-14», «с 12 по 14») at most three; else null.
 */
function dayCountIn(text: string, lastIso: string): number | null {
  const lastDay = Number(lastIso.slice(8, 10));
  for (const m of text.matchAll(DAY_LIST)) {
    const part = m[1]!;
    const numbers = part.split(/\s*(?:,|и|[-–—]|по)\s*/).map(Number);
    if (numbers.at(-1) !== lastDay) continue;
    const range = /[-–—]|по/.test(part) && numbers.length === 2;
    const first = numbers[0]!;
    const count = lastDay - first + 1;
    if (count < 2 || count > 3) continue;
    if (range || numbers.every((n, k) => n === first + k)) return count;
  }
  return null;
}

/** «… по подготовке и проведению выборов депутатов Городской Думы» → «Выборы депутатов Городской Думы». */
function electionName(before: string, lines: readonly DocLine[], index: number): string | null {
  const same = electionNameIn(before);
  if (same) return same;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const text = lines[k]!.text.replace(/\*/g, '').trim();
    // Another anchor line («Дата официального опубликования … – 20 июня 2025 года») names no election.
    if (!text || findDates(text).length > 0 || PUBLICATION.test(text) || DECISION.test(text)) continue;
    return text.length <= 300 ? electionNameIn(text) : null;
  }
  return null;
}

const GENITIVE_START: [RegExp, string][] = [
  [/^досрочных\s+выборов/i, 'Досрочные выборы'],
  [/^дополнительных\s+выборов/i, 'Дополнительные выборы'],
  [/^повторных\s+выборов/i, 'Повторные выборы'],
  [/^очередных\s+выборов/i, 'Очередные выборы'],
  [/^выборов/i, 'Выборы'],
  [/^референдума/i, 'Референдум'],
  [/^местного\s+референдума/i, 'Местный референдум'],
];

/** The election's name in a title or an anchor line, in the nominative, without «назначенных на …». */
export function electionNameIn(text: string): string | null {
  const t = text.replace(/\s+/g, ' ');
  const turkic = turkicElectionNameIn(t);
  if (turkic) return turkic;
  const m =
    /(?:(?<![а-яё])(?:досрочн|дополнительн|повторн|внеочередн|очередн|муниципальн)[а-яё]*\s+(?:и\s+(?:досрочн|дополнительн|повторн)[а-яё]*\s+)?)?(?:местн[а-яё]+\s+)?(?:выбор|референдум)[\s\S]*$/i.exec(
      t,
    );
  if (!m) return null;
  let name = m[0]
    .trim()
    .replace(/\s*(?:в\s+)?един(?:ый|ого)\s+д(?:ень|ня)\s+голосования\s+\d{1,2}\s+[а-яё]+\s+\d{4}\s*(?:года|г\.)?/gi, '')
    .replace(/\s+\d{1,2}\s+[а-яё]+\s+\d{4}\s*(?:года|г\.)?\s*$/i, '')
    .replace(/,?\s*(?:назначенн|которые\s+состоятся|проводим|в\s+единый\s+день\s+голосования|на\s+\d{1,2}\s+[а-яё]+\s+\d{4}).*$/i, '')
    // «… четвертого созыва. В соответствии с Постановлением … они состоятся»: a news paragraph goes on past the name.
    .replace(/(?<=[а-яё]{4})\.\s+[А-ЯЁ][\s\S]*$/, '')
    // «… пятого созыва дата выборов — 14 октября 2012 года»: an anchor the portal ran into the title.
    .replace(/\s+(?:дата\s+(?:выборов|голосования)|день\s+голосования)\s*[—–-]?\s*$/i, '')
    .replace(/[.,;:–—-]+$/, '')
    .replace(/\s+(?:в|на|и|по)$/i, '')
    .trim();
  // «повторных и дополнительных выборов …» → «Повторные и дополнительные выборы …»
  const lead = /^((?:[а-яё]+ых\s+(?:и\s+)?)*)выборов(?![а-яё])/i.exec(name);
  if (lead) name = `${lead[1]!.replace(/ых(\s)/gi, 'ые$1')}выборы${name.slice(lead[0].length)}`;
  else
    for (const [re, nominative] of GENITIVE_START) {
      if (re.test(name)) {
        name = name.replace(re, nominative);
        break;
      }
    }
  name = properNames(name);
  name = name.charAt(0).toUpperCase() + name.slice(1);
  return name.length >= 6 ? name : null;
}

// «… 2023 г. в 9.00», and a news page's dateline glued to its headline «11 июля 2023, 13:51 Завершился прием …»: a day
// given with its hour is a sitting's or the page's, never the voting day.
const AT_HOUR = /^\s*(?:(?:г(?:ода|\.)?\s*)?в\s+\d{1,2}[.:]\d{2}|,\s*\d{1,2}:\d{2}(?!\d))/;

/** «… назначенных на 14 сентября 2025 года», Kyrgyz «2021-жылдын 10-январына дайындалган …»: voting day from the title. */
export function votingDayInTitle(title: string): string | null {
  const ru = /назначенн[а-яё]*\s+на\s+(.{6,40}?\d{4})/i.exec(title);
  if (ru) return findDates(ru[1]!).pop()?.iso ?? null;
  // «… назначенных на 30 ноября.» with the year only in another date of the same text («… от 30 сентября 2025 года»):
  // taken when the text names one year only.
  const noYear = /назначенн[а-яё]*\s+на\s+(\d{1,2})\s+([а-яё]+)(?![а-яё]*\s+\d{4})/i.exec(title);
  if (noYear) {
    const years = new Set(findDates(title).map((d) => d.iso.slice(0, 4)));
    if (years.size === 1) {
      const [year] = [...years];
      return findDates(`${noYear[1]} ${noYear[2]} ${year} года`)[0]?.iso ?? null;
    }
  }
  // «… муниципальных выборов в Республике Карелия 13 марта 2011 года», «… в единый день голосования 14 марта 2010 года»
  if (/выбор|голосовани|референдум/i.test(title)) {
    // «… на основе указа президента от 30 сентября 2025 года»: a date after «от» is an act's, not voting day.
    // «… образованы не позднее 3 января 2018 года»: a date after «до», «по», «не позднее» is a term's, not the voting day.
    // «23 декабря 2024 г. в 9.00 ч. … состоится заседание … по выборам Президента»: a day given with its hour is a
    // sitting's; a title names its voting day without one.
    const dates = findDates(title).filter(
      (d) =>
        !AT_HOUR.test(title.slice(d.end, d.end + 16)) &&
        /\d{1,2}\s+[а-яё]+\s+\d{4}/i.test(title.slice(d.index, d.end)) &&
        !/(?:^|\s)(?:от|до|по|позднее|ранее|с|со)\s*$/i.test(title.slice(Math.max(0, d.index - 9), d.index)),
    );
    if (dates.length === 1) return dates[0]!.iso;
  }
  return turkicVotingDayInTitle(title) ?? latinVotingDayInTitle(title);
}

const DATE_WORDS = String.raw`\d{1,2}\s+[а-яё]+\s+\d{4}`;
/** Sentences of a resolution or a notice that name the voting day without an anchor line. */
const TOLD_DAY: readonly RegExp[] = [
  // «на 17 сентября 2023 года назначены выборы акимов», «на 11 октября 2020 года намечены выборы Президента»
  new RegExp(String.raw`(?:^|\s)на\s+(${DATE_WORDS})\s*(?:года|г\.)?\s+(?:назначен|намечен)[а-яё]*\s+(?:[а-яё]+\s+)?(?:выбор|референдум|голосовани)`, 'i'),
  // «Выборы … назначены на 12 марта 2023 года», «голосование назначено на …», «выборы намечены на …», «… референдума,
  // назначенного на 15 марта 2026 года» (the participle after the event)
  new RegExp(String.raw`(?:выбор|референдум|голосовани)[а-яё]*[^.;]{0,300}?\s(?:назначен|намечен)(?:[аоы]|н[а-яё]{1,3})?\s+на\s+(${DATE_WORDS})`, 'i'),
  // «… приняты постановления о назначении очередных выборов депутата … маслихата … на 26 октября 2025 года»
  new RegExp(String.raw`назначении\s+(?:[а-яё]+\s+)?(?:выбор|референдум|голосовани)[а-яё]*[^.;]{0,300}?\sна\s+(${DATE_WORDS})`, 'i'),
  // «Объявить 22 декабря 2019 года Днем выборов …»
  new RegExp(String.raw`(?:^|\s)(${DATE_WORDS})\s*(?:года|г\.)?\s+(?:дн[её]м|день)\s+(?:выборов|голосования|референдума)`, 'i'),
  // «… второго созыва день голосования — 8 сентября 2013 года официальное опубликование …»: an anchor run into a line
  new RegExp(String.raw`(?:^|\s)(?:единый\s+)?день\s+голосования\s*[—–-]\s*(${DATE_WORDS})`, 'i'),
  // Kyrgyz: «2023-жылдын 28-майына дайындалган … шайлоо», «2023-жылдын 9-апрелине белгиленген 14 айылдык кеңештин … шайлоого»
  /((?:19|20)\d{2}\s*-?\s*жылдын\s+\d{1,2}\s*-\s*[а-яөүң]+)\s+(?:дайындалган|белгиленген)(?=[^.]{0,300}шайлоо)/i,
  // «… референдума, который пройдет 6 октября 2024 года», «выборы, которые состоятся …»: the day told after the event;
  // a news text may set the day off with a colon («Выборы состоятся: 22 декабря 2021 года»).
  new RegExp(String.raw`(?:выбор|референдум|голосовани)[а-яё]*,?\s+(?:котор[а-яё]+\s+)?(?:пройд[её]т|пройдут|состоится|состоятся)\s*:?\s+(${DATE_WORDS})`, 'i'),
  // Kyrgyz, the election named first: «… шайлоо округу 2024-жылдын 28-апрелине белгиленген», «шайлоо 2022-жылдын 9-октябрына дайындалды».
  /шайлоо[^.]{0,200}?\s((?:19|20)\d{2}\s*-?\s*жылдын\s+\d{1,2}\s*-\s*[а-яөүң]+)\s+(?:белгиленген|белгиленди|дайындалды|дайындалган)/i,
  // «… по подготовке и проведению выборов депутатов … четвертого созыва 18 сентября 2016 года»: a plan or an act
  // named in a sentence, its election's name closed by the day (as a title gives it); a date after «от» is an act's,
  // one after «до», «по», «не позднее» … is a term.
  new RegExp(
    String.raw`(?:подготовк[а-яё]+\s+и\s+)?проведени[а-яё]+\s+(?:[а-яё]+\s+)?выборов(?:(?!\sот\s)[^.;«»\d]){0,300}?(?<!\s(?:от|до|по|с|со|к|за|после|позднее|ранее|срок))\s(${DATE_WORDS})\s*(?:года|г\.)`,
    'i',
  ),
  // Kazakh: «… әкімдерін сайлауды 2022 жылғы 11 желтоқсанға тағайындады», «сайлауын … тағайындау туралы».
  /сайлау[^.]{0,300}?\s((?:19|20)\d{2}\s*жылғы\s+\d{1,2}\s+[а-яәғқңөұүһі]{3,})\s+тағайында/i,
  // Tajik: «… интихобот ба палатаи поёни парлумон (1-уми марти соли 2015)»: the election, then its day in brackets.
  /интихоб[а-яӣӯҳқғҷ]*[^.()]{0,200}?\(\s*(\d{1,2}\s*-\s*[ую]?ми\s+[а-яӣӯ]{3,}\s+соли\s+\d{4})\s*\)/iu,
  // Armenian: «քվեարկությունը կանցկացվի 2024 թվականի հոկտեմբերի 20-ին» (voting will be held on …), «… 20-ին
  // կայանալիք ընտրությունների» (of the elections to be held on …), «… հունիսի 7-ին նշանակված ԱԺ հերթական
  // ընտրությունների» (of the regular NA elections called for …).
  /քվեարկությունը\s+(?:կանցկացվի|կկայանա|տեղի\s+կունենա)\s+(\d{4}\s*թվականի\s+[\u0561-\u0587]{3,}\s+\d{1,2})/u,
  /(\d{4}\s*թվականի\s+[\u0561-\u0587]{3,}\s+\d{1,2})\s*-\s*ին\s+(?:կայանալիք|կայացած|անցկացվող|նշանակված)\s+(?:[\u0531-\u0587]+\s+){0,3}ընտրություն/u,
  ...DATE_FIRST_TOLD_DAY,
];

/**
 * The voting day told in a sentence («… на 17 сентября 2023 года назначены выборы …», «Объявить
 * 22 декабря 2019 года Днем выборов …», «2023-жылдын 28-майына дайындалган … шайлоо»), for a
 * document with no anchor line and no day in its title. Every such sentence must name the same
 * day: two different days leave the election unread rather than guessed.
 */
export function votingDayInProse(lines: readonly DocLine[]): string | null {
  const days = new Set<string>();
  for (const l of lines) {
    if (!/назначен|намечен|дн[её]м|день|выбор|дайындал|белгилен|пройд|состо|проведени|тағайында|интихоб|քվեարկ|ընտրություն/iu.test(l.text)) continue;
    for (const re of TOLD_DAY) {
      const m = re.exec(l.text);
      const iso = m ? findDates(m[1]!)[0]?.iso : undefined;
      if (iso) days.add(iso);
    }
  }
  return days.size === 1 ? [...days][0]! : days.size === 0 ? yearlessToldDay(lines) : null;
}

/** The day told without its year (yearless-voting-day.ts). */
function yearlessToldDay(lines: readonly DocLine[]): string | null {
  return yearlessVotingDay(lines)?.votingDay ?? null;
}
