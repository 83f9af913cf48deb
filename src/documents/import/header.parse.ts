import type { PlanDraft, PlanKind, Period } from '../../shared/plan-format.js';
import {
  approvalWarnings,
  decreeActKind,
  decreeAuthority,
  despace,
  findDate,
  parseApproval,
  parseInlineApproval,
  parseResolutionHeader,
  parseToldApproval,
  type ApprovalBlock,
} from './approval.parse.js';
import { expandKnownBody } from './authority.parse.js';
import { parseDescription } from './description.parse.js';
import { toDocLines, type DocLine } from './doc-lines.js';
import { unflattenAct } from './flattened-act.js';
import { armenianVotingDayTold } from './languages/armenian-voting-day.js';
import { parseMeetingApproval } from './meeting-approval.js';
import { parseToldAuthority } from './told-authority.js';
import { campaignPeriod } from './campaign-period.js';
import { fullerBody } from './fuller-body.js';
import { latinVotingDayTold } from './languages/latin-voting-day.js';
import { uzbekVotingDayTold } from './languages/uzbek-voting-day.js';
import { electionNameIn, parseElections, votingDayInProse, votingDayInTitle } from './elections.parse.js';
import { yearlessVotingDay } from './yearless-voting-day.js';
import { namesTurkicElectionPreparation, turkicVotingDayInTitle } from './languages/turkic-header.js';
import { electionPeriod, findMeasuresPeriod, findPeriod, periodFromColumns } from './period.parse.js';
import type { SourceBlock } from './readers/source-model.js';
import { approvedTitle, findTitle, guessKind, holdsTitle, toldTitle, type TitleResult } from './title.parse.js';

/**
 * Everything around the plan's body, read the way a secretary reads a plan's first page: the
 * approval block, the title and the period it names, the election anchors of a calendar plan,
 * and a programme's narrative. Each part says what it could not find, in a warning the planner
 * can act on.
 */
export type DraftElection = NonNullable<PlanDraft['elections']>[number];

export interface PlanHeader {
  title: string;
  /** False when the title is the file name or a placeholder, not read from the document. */
  titleFound: boolean;
  kind: PlanKind;
  period: Period | null;
  approval: PlanDraft['approval'];
  elections: DraftElection[];
  description: string | null;
}

export interface HeaderOptions {
  fileName?: string | undefined;
  /** Lines the glossary occupied: they are neither title nor narrative. */
  glossaryLines?: ReadonlySet<number>;
  /** Headings of the body's columns, as printed: «Сроки в 2013 году» may name the year the title omits. */
  columnTitles?: readonly string[];
}

export function parseHeader(
  before: readonly SourceBlock[],
  after: readonly SourceBlock[],
  options: HeaderOptions,
  report: (message: string, line: number | null) => void,
): PlanHeader {
  // A flattened act's parts are read on lines of their own numbered within its paragraph (unflattenAct); the planner
  // is shown the paragraph's line.
  const warn = (message: string, line: number | null): void => report(message, line === null ? null : Math.floor(line));
  const preamble = unflattenAct(toDocLines(before));
  const around = [...preamble, ...toDocLines(after)];
  const block =
    parseApproval(preamble) ??
    parseApproval(around) ??
    parseResolutionHeader(preamble) ??
    parseInlineApproval(preamble) ??
    parseToldApproval(preamble, warn) ??
    parseMeetingApproval(preamble) ??
    parseToldAuthority(preamble);
  const anchors = parseElections(around);
  // «О Плане … в единый день голосования 14 сентября 2014 года»: the act's heading names the plan and its voting day;
  // it is the title as well as the anchor.
  const titleLike = new Set(preamble.filter((l) => holdsTitle(l.text) || PLAN_HEADING.test(despace(l.text))).map((l) => l.line));
  // «План» alone on its line, «мероприятий … в единый день голосования 13 сентября 2015 года» under
  // it: the line that names the voting day goes on with the title, it is not only an anchor.
  const filled = preamble.filter((l) => l.text.trim());
  filled.forEach((l, k) => {
    const next = filled[k + 1];
    if (next && BARE_PLAN_WORD.test(despace(l.text)) && /^[а-яё]/.test(next.text.trim())) titleLike.add(next.line);
  });
  const used = new Set<number>([
    ...(block?.lines ?? []),
    ...(options.glossaryLines ?? []),
    ...anchors.flatMap((e) => e.lines).filter((n) => !titleLike.has(n)),
  ]);

  const titleLines = withTitleTail(preamble, block, used);
  const found = withVotingDayTail(findTitle(titleLines, used), preamble, used);
  // «|» left by a site above its news text: a line without a letter names nothing.
  let title = found && /\p{L}/u.test(found.title) ? found.title : '';
  const approved = approvedTitle(preamble);
  if (approved && (!found?.strong || weakTitle(title, approved))) title = approved;
  else if (!approved && !found?.strong) {
    // No plan word over the body and no «Утвердить …»: a news sentence may tell the plan's name.
    const told = toldTitle(preamble);
    if (told) title = told;
  }
  const titleFound = title !== '';
  if (!title) {
    title = options.fileName ? options.fileName.replace(/\.[^.]+$/, '') : 'План без названия';
    warn(`Название плана не найдено; использовано «${title}»`, null);
  }
  for (const l of found?.lines ?? []) used.add(l);

  const elections: DraftElection[] = anchors.map((e) => ({
    // Days read as a number are the election's own; printed days not read stay in the name, so nothing is lost.
    name: e.dayCount === null ? withDays(e.name ?? electionNameIn(title), e.votingDays) : (e.name ?? electionNameIn(title)),
    votingDay: e.votingDay,
    ...(e.dayCount !== null && e.dayCount > 1 ? { votingDays: e.dayCount } : {}),
    calledOn: e.calledOn,
    ...(e.events.length ? { events: e.events } : {}),
  }));
  const titleDay = votingDayInTitle(title);
  if (elections.length === 0 && titleDay) elections.push({ name: electionNameIn(title), votingDay: titleDay, calledOn: null });
  else if (elections.length === 0) {
    // A Kyrgyz or Kazakh headline without the plan word at its end («БШК 2023-жылдын 28-майына дайындалган … планын
    // бекитти») still names the day the election is called for.
    const headline = preamble.find((l) => l.text.length < 600 && turkicVotingDayInTitle(l.text));
    if (headline) {
      const day = turkicVotingDayInTitle(headline.text)!;
      elections.push({ name: electionNameIn(headline.text), votingDay: day, calledOn: null });
      // A sentence, not the plan's own title or anchor line: the reader checks it, as for the voting day told in prose.
      warn(`День голосования (${ru(day)}) взят из текста, а не из строки над таблицей; проверьте его`, null);
    }
  } else if (titleDay && !elections.some((e) => e.votingDay === titleDay)) {
    warn(`День голосования в названии (${ru(titleDay)}) не совпадает с указанным над таблицей (${ru(elections[0]!.votingDay)})`, null);
  }
  if (elections.length === 0) {
    const told = votingDayInProse(around) ?? latinVotingDayTold(around) ?? armenianVotingDayTold(around) ?? uzbekVotingDayTold(around);
    if (told) {
      // «12, 13 и 14 сентября … пройдет голосование»: a voting of several days told in the text counts them.
      const days = yearlessVotingDay(around);
      const votingDays = days?.votingDay === told && days.days > 1 ? { votingDays: days.days } : {};
      elections.push({ name: electionNameIn(title), votingDay: told, ...votingDays, calledOn: null });
      warn(`День голосования (${ru(told)}) взят из текста, а не из строки над таблицей; проверьте его`, null);
    }
  }
  for (const e of elections)
    if (!e.calledOn && /календарн|календардык|күнтізбелік/i.test(title))
      warn(
        `Дата назначения выборов («${e.name ?? 'выборы'}») не найдена: сроки «со дня официального опубликования решения о назначении выборов» останутся без дат`,
        null,
      );

  let period = findPeriod(title);
  // A campaign's plan named for its year: the text may tell the campaign's own days.
  const campaign =
    period && period.start.endsWith('-01-01') && period.end.endsWith('-12-31') && period.start.slice(0, 4) === period.end.slice(0, 4)
      ? campaignPeriod(title, period, around)
      : null;
  if (campaign) {
    period = campaign;
    warn('Период плана взят из текста (дни проведения, названные в нём), а не из года в названии; проверьте его', null);
  }
  if (
    !period &&
    elections.length > 0 &&
    (/период[а-яё]*\s+подготовки|подготовк[а-яё]+\s+и\s+проведени/i.test(title) || namesTurkicElectionPreparation(title))
  ) {
    const first = elections[0]!;
    period = electionPeriod(first.votingDay, first.calledOn ?? null);
    warn(`Период плана выведен из дат выборов: ${ru(period.start)} – ${ru(period.end)}; проверьте его`, null);
  }
  if (!period) {
    const fromColumn = periodFromColumns(options.columnTitles ?? []);
    if (fromColumn) {
      period = fromColumn.period;
      warn(`Период плана взят из заголовка колонки «${fromColumn.heading}», а не из названия; проверьте его`, null);
    }
  }
  if (!period) {
    // «Постановлением … от 31.01.2023 № 31-2 утверждена программа … С 01 по 28 февраля 2023 года … будет
    // проведен ряд … мероприятий»: the days the measures run, told in the approval's own paragraph, are
    // the period; a year the text names in passing («в 2007 году … утвержден праздник») is not.
    period =
      findMeasuresPeriod(preamble.map((l) => l.text).join('\n')) ??
      findPeriod(
        preamble
          .filter((l) => !block?.lines.has(l.line) && !anchors.some((a) => a.lines.includes(l.line)))
          .map((l) => l.text)
          .join('\n'),
      );
    if (period) warn('Период плана взят из текста перед таблицей, а не из названия', null);
    else warn('Период плана не найден: сроки без года останутся неразрешёнными', null);
  }

  const description = parseDescription(preamble, used);
  const kind = guessKind(title, { description: description !== null, elections: elections.length > 0 });
  // «Приложение к постановлению от … №» names no body; the resolution above it does («… постановляет:»).
  const decree = decreeAuthority(preamble);
  // «… Избирательная комиссия Ленинградской области постановляет:» right above the points read as
  // the plan: the resolution itself sets them, so it is the approving act (its heading not printed).
  const decreeKind = decreeActKind(preamble);
  const approval = block
    ? {
        authority: expandKnownBody(fullerBody(preferFull(block.authority, decree), preamble)),
        date: block.date,
        number: block.number,
        ...(block.appendix ? { appendix: block.appendix } : {}),
        ...(block.actKind ? { actKind: block.actKind } : {}),
      }
    : // No гриф, but the resolution's own text approves the plan («… постановляет: 1. Одобрить … план»):
      // the body is known, its date and number are reported missing rather than guessed.
      decree && (approved || decreeKind)
      ? { authority: expandKnownBody(fullerBody(decree, preamble)), date: null, number: null, actKind: decreeKind ?? actKindOfDecree(preamble) }
      : null;
  const line = block && block.lines.size > 0 ? Math.min(...block.lines) : null;
  for (const message of approvalWarnings(approval)) warn(message, approval ? line : null);
  return { title, titleFound, kind, period, approval, elections, description };
}

/** «… решила: 1. Утвердить План …»: a decision; «постановляет:» (or no verb found) a resolution. */
function actKindOfDecree(preamble: readonly DocLine[]): 'постановление' | 'решение' {
  return preamble.some((l) => /(?:решила|решает|решил)\s*:/i.test(l.text)) && !preamble.some((l) => /постановля(?:ет|ю)\s*:/i.test(l.text))
    ? 'решение'
    : 'постановление';
}

/**
 * «… с ограниченными / физическими возможностями / в единый день голосования / 13 сентября 2015 года»: a title that
 * runs on, in lower case, into the line naming the voting day. Those lines are the election's anchor and the
 * title's end at once, so they are added to the title the anchor reading left them out of.
 */
function withVotingDayTail(found: TitleResult | null, preamble: readonly DocLine[], used: ReadonlySet<number>): TitleResult | null {
  if (!found?.strong) return found;
  const filled = preamble.filter((l) => l.text.trim());
  const last = filled.findIndex((l) => l.line === Math.max(...found.lines));
  const tail: DocLine[] = [];
  for (const l of filled.slice(last + 1, last + 3)) {
    const text = despace(l.text).trim();
    const opens = tail.length === 0 ? VOTING_DAY_TAIL.test(text) : VOTING_DATE_LINE.test(text);
    if (!used.has(l.line) || !opens) break;
    tail.push(l);
    if (findDate(text)) break;
  }
  if (tail.length === 0 || !tail.some((l) => findDate(l.text))) return found;
  const title = `${found.title} ${tail.map((l) => despace(l.text).trim()).join(' ')}`.replace(/\s+/g, ' ');
  return { ...found, title, lines: new Set([...found.lines, ...tail.map((l) => l.line)]) };
}

const VOTING_DAY_TAIL = /^(?:в|на)\s+(?:единый\s+)?день\s+(?:голосования|выборов)/;
const VOTING_DATE_LINE = /^\d{1,2}\s+[а-яё]+\s+\d{4}\s*(?:года|г\.?)?$/;

/** An act's heading about a plan: «О Плане …», «О календарном плане …», «Об утверждении Плана …». */
const PLAN_HEADING =
  /^об?\s+(?:утверждении\s+)?(?:[а-яё]+(?:ом|ого)\s+){0,2}(?:плане|плана|программе|программы|перечне|перечня|комплексе|комплекса)(?![а-яё])/i;

/** «План», «П Л А Н», «КАЛЕНДАРНЫЙ ПЛАН»: the plan word printed alone, the rest of the title below. */
const BARE_PLAN_WORD = /^(?:(?:календарный|сводный|единый|комплексный|примерный)\s+)?(?:план|программа|перечень|комплекс)$/i;

/** «Приложение к Постановлению от … № 5 План работы …»: the title shares the approval's line. */
function withTitleTail(preamble: readonly DocLine[], block: ApprovalBlock | null, used: Set<number>): DocLine[] {
  const tail = block?.titleTail;
  if (!tail) return [...preamble];
  used.delete(tail.line);
  return preamble.map((l) => (l.line === tail.line ? { ...l, text: tail.text } : l));
}

/** «План», «О Плане …», «Календарный план мероприятий по» (cut at the line end): the resolution's wording is better. */
function weakTitle(title: string, approved: string): boolean {
  const t = title.toLowerCase();
  if (t.split(/\s+/).length <= 2 || /^об?\s/.test(t) || /\s(?:по|и|на|в|о|об|для|с)$/.test(t)) return true;
  return approved.toLowerCase().startsWith(t) && approved.length > title.length;
}

const withDays = (name: string | null, days: string | null): string | null => (days ? `${name ?? 'Выборы'} (дни голосования: ${days})` : name);

const ru = (iso: string): string => iso.split('-').reverse().join('.');

/** «ЦИК Республики Карелия» on the act's line, «Центральная избирательная комиссия Республики Карелия» in its text. */
function preferFull(authority: string | null, decree: string | null): string | null {
  if (!authority) return decree;
  if (!decree) return authority;
  const abbreviated =
    /^[А-ЯЁ]{2,}(?:\s|$)/.test(authority) && authority.split(' ').slice(1).join(' ') !== '' && decree.endsWith(authority.split(' ').slice(1).join(' '));
  return abbreviated ? decree : authority;
}
