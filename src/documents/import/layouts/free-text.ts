import { TextJoiner, cleanInline } from '../cell-text.js';
import { romanianTermFirst } from '../languages/latin-cells.js';
import { isLatinResolutionPoint, LATIN_OPERATIVE } from '../languages/latin-operative.js';
import { isDeadlineLike, isExecutorLike, isMonthHeading, type ExecutorVocabulary } from '../records/cell-classify.js';
import { isLawReference, trailingLawReference } from '../records/law-reference.js';
import { termClosingSentence } from '../records/term-in-sentence.js';
import { parseLeadingNumber, type LeadingNumber } from '../records/numbering.js';
import { emptyRecord, type PlanRecord, type Warn } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';
import { isStopLine } from './table.js';
import { isTurkicBodyName, isTurkicDeadline } from '../languages/turkic-cells.js';
import { splitLabelled, type LabelledColumn } from './labelled-fields.js';

/**
 * Plans without a header row: a numbered line opens an item, and its deadline and executors
 * follow on lines of their own — tab-led (the remains of table cells), plain, or side by side
 * separated by a run of spaces. Which is which is decided by what the text reads like, since
 * the order and the layout change even within one document.
 */
interface Line {
  text: string;
  raw: string;
  cellStart: boolean;
  bold: boolean;
  line: number;
}

export interface FreeLayout {
  records: PlanRecord[];
  /** Index of the first block of the body; earlier blocks are the preamble. */
  start: number;
  /** Blocks from here on are after the body (glossary, notes). */
  end: number;
}

const RESOLUTION_POINT_RU =
  /^(?:Утвердить|Одобрить|Направить|Возложить|Опубликовать|Разместить|Признать|Контроль за|Настоящее (?:постановление|решение)|Поручить|Рекомендовать|Внести|Установить|Назначить|Обязать|Объявить)(?![а-яё])/;
/**
 * A Kyrgyz or Kazakh resolution gives its orders with the verb last, in the jussive: «… иш планы бекитилсин.»
 * (be approved), «… милдеттендирилсин.», «… жариялансын.», «… жіберілсін.»; the chairman keeps control with
 * «… өзүмө калтырам» (I leave to myself). A note in brackets may follow («( Тиркеме тиркелет 16 барак)»).
 */
const RESOLUTION_POINT_TURKIC = /[а-яёөүңәғқұһі](?:с[ыиуүі]н|калтырам|қалдырамын)[.!]?(?:\s*\([^()]*\))?\s*$/i;
const isResolutionPoint = (title: string): boolean => RESOLUTION_POINT_RU.test(title) || RESOLUTION_POINT_TURKIC.test(title) || isLatinResolutionPoint(title);
/**
 * «… Избирательная комиссия постановляет:»: the numbered lines under it are the resolution's points. Kyrgyz
 * «ТОКТОМ КЫЛАТ» / «ЧЕЧИМ КЫЛАТ» and Kazakh «ШЕШІМ ЕТТІ» / «ҚАУЛЫ ЕТЕДІ» are the same formula; printed on a line of
 * their own, they may go without the colon.
 */
const OPERATIVE =
  /(?:постановляет|постановила|решила|решил|решает|приказываю|(?:токтом|чечим)\s+кылат|(?:шеш[іi]м|[қк]аулы)\s+ет(?:т[іi]|ед[іi]))\s*:\s*$|^\s*(?:(?:токтом|чечим)\s+кылат|(?:шеш[іi]м|[қк]аулы)\s+ет(?:т[іi]|ед[іi]))\s*$/i;

const PREPOSITION_END = /(?:^|\s)(?:и|в|во|с|со|на|по|для|о|об|к|от|из|за|при|до|не)$/i;

/** «Тема № 1. Подготовка к работе УИК»: a training programme numbers its topics with a word. */
const TOPIC_NUMBER = /^(?:тема|занятие|модуль|урок)\s*(?:№\s*)?(\d{1,3})\s*[.:)]\s+(?=[«"А-ЯЁA-Z])/i;

const GLUED_NUMBER = /^(\d{1,2})\.(?=[«"А-ЯЁ][а-яё])/;

/** «211 Views», «Просмотров: 211»: a site's view counter, not a numbered row. */
const VIEW_COUNTER = /^\d+\s+(?:views?|просмотр[а-яё]*|көрілім[а-яіғқңөұүһә]*|көрүү[а-яөүң]*)$/i;

function numberedLine(text: string, next: string | undefined): LeadingNumber | null {
  if (VIEW_COUNTER.test(text.trim())) return null;
  const n = parseLeadingNumber(text, { requireText: true });
  if (n) return n;
  // «1.Утверждение плана работы»: a site glued the number to its text; only a capitalised word after it.
  const glued = GLUED_NUMBER.exec(text.trim());
  if (glued) return { number: glued[1]!, alias: glued[1]!, rest: text.trim().slice(glued[0].length), sectionMarker: false };
  const topic = TOPIC_NUMBER.exec(text.trim());
  // The label is kept as printed («Тема № 1»); its digits place it in the tree.
  if (topic) return { number: topic[0].replace(/[\s.:)]+$/, ''), alias: topic[1]!, rest: text.trim().slice(topic[0].length), sectionMarker: false };
  // «4.» alone, the heading on the next line. A bare number without a dot is a page number.
  const bare = /^(\d{1,4}(?:\.\d{1,3}){0,5})\.$|^(\d{1,4}(?:\.\d{1,3}){1,5})$/.exec(text.trim());
  if (bare && next && /^[«"А-ЯЁA-Z]/.test(next.trim())) {
    const number = bare[1] ?? bare[2]!;
    return { number, alias: number, rest: '', sectionMarker: false };
  }
  return null;
}

function toLines(blocks: readonly SourceBlock[], from: number, to: number): (Line & { block: number })[] {
  const lines: (Line & { block: number })[] = [];
  // «1. Выдвижение кандидатов. | |» / «Высшие органы … . Начинается … |» / «|»: a few bars left of a
  // table close its cells; the text after a bar (or on the line after one) starts a cell.
  let barClosed = false;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.kind === 'para' && b.text.includes('|')) {
      const segments = b.text.split('|');
      segments.forEach((segment, k) => {
        const text = cleanInline(segment);
        if (text) lines.push({ text, raw: segment, cellStart: k > 0 || barClosed || b.cellStart, bold: b.bold, line: b.line, block: i });
      });
      barClosed = segments[segments.length - 1]!.trim() === '';
      continue;
    }
    if (b.kind === 'para' && b.text.trim()) barClosed = false;
    if (b.kind === 'para') {
      lines.push({ text: cleanInline(b.text), raw: b.text, cellStart: b.cellStart, bold: b.bold, line: b.line, block: i });
    } else {
      b.cells.forEach((c, k) =>
        lines.push({ text: cleanInline(c.text), raw: c.text, cellStart: k > 0 || c.text === '', bold: c.bold, line: b.line, block: i }),
      );
    }
  }
  return lines;
}

const PAREN_NUMBER = /^(\d{1,3})\)\s+(?=[«"А-ЯЁA-Z])/;

/**
 * «1) Провести заседание», «2) Подготовить отчет»: a list numbered with brackets is the plan's numbering
 * only when nothing in the text is numbered with dots (there «1)» opens a sub-list inside an item) and
 * the brackets count 1, 2, 3 … from the start. Such lines are read as «1. …»; the raw text stays as printed.
 */
function parenNumbersAsDots<T extends Line>(lines: T[]): T[] {
  if (lines.some((l) => parseLeadingNumber(l.text, { requireText: true }))) return lines;
  let expected = 1;
  const numbered: number[] = [];
  lines.forEach((l, i) => {
    const m = PAREN_NUMBER.exec(l.text);
    if (m && Number(m[1]) === expected) {
      numbered.push(i);
      expected++;
    }
  });
  if (numbered.length < 2) return lines;
  const out = lines.slice();
  for (const i of numbered) out[i] = { ...out[i]!, text: out[i]!.text.replace(PAREN_NUMBER, '$1. ') };
  return out;
}

/** Where the numbered body starts: the first numbered line followed by more of them. */
function findBodyStart(lines: readonly Line[], minNumbered: number): number {
  let count = 0;
  let first = -1;
  let next: string | undefined;
  // Walk backwards so that "the next non-blank line" is known without rescanning.
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (numberedLine(text, next)) {
      count++;
      first = i;
    }
    if (text !== '') next = text;
  }
  return count >= minNumbered ? first : -1;
}

/**
 * «ТИК, акимат района. Не позднее чем через десять дней после назначения выборов. Не позднее
 * 31 октября 2020 года»: the columns of a calendar plan run together as sentences — who, then
 * when (the rule and its date, one of which reads as a deadline).
 */
function executorsThenDeadline(text: string, vocab: ExecutorVocabulary): { executors: string; deadline: string } | null {
  const parts = text.split(/(?<=[^А-ЯЁA-Z\s]\.)\s+(?=[А-ЯЁA-Z])/);
  if (parts.length < 2) return null;
  // A long rule («В течение пяти дней с момента представления выписки …») reads as a term by its opening words.
  const opening = (p: string): string => (p.length > 120 ? p.slice(0, 100).replace(/[\s,;:]+\S*$/, '') : p.replace(/\.$/, ''));
  if (!parts.slice(1).some((p) => isDeadlineLike(opening(p)))) return null;
  const executors = parts[0]!.replace(/\.$/, '');
  // Who is a short list of names («Политические партии, граждане»), never a sentence of its own.
  const shortList = !/\d/.test(executors) && executors.split(/\s+/).length <= 10 && executors.split(/,\s*/).every((p) => p.split(/\s+/).length <= 4);
  if (!isExecutorLike(executors, vocab, false) && !shortList) return null;
  return { executors, deadline: parts.slice(1).join(' ') };
}

/**
 * «Сарқан аудандық сайлау комиссиясы 2023 жылғы 14 маусым»: a Kazakh or Kyrgyz body, known by its head
 * noun, then the term, with nothing but a space between them.
 */
function bodyThenTerm(text: string): { executors: string; deadline: string } | null {
  for (const m of text.matchAll(/\s+/g)) {
    const left = text.slice(0, m.index).trim();
    const right = text.slice(m.index + m[0].length).trim();
    if (isTurkicBodyName(left) && isTurkicDeadline(right)) return { executors: left, deadline: right };
  }
  return null;
}

/**
 * «Заседание комиссии — январь — председатель ТИК»: a plan typed as a list puts the term, then who, after dashes. The
 * middle part must read as a term and the last as executors (a body, a post, a short list of names), so that a title
 * with dashes of its own («Конкурс — викторина — для школьников») stays whole.
 */
function termAndExecutorsAfterDashes(text: string, vocab: ExecutorVocabulary): { title: string; deadline: string; executors: string } | null {
  const parts = text.split(/\s+[—–-]\s+/);
  if (parts.length !== 3) return null;
  const [title, term, who] = parts.map((p) => p.replace(/[.;]$/, '').trim()) as [string, string, string];
  if (title.length < 3 || /\d$/.test(title) || /^\d{4}\b/.test(term) || term.length > 60 || !isDeadlineLike(term)) return null;
  if (!bracketsClosed(title) || !bracketsClosed(term)) return null;
  if (isDeadlineLike(who) || !isExecutorLike(who, vocab, false)) return null;
  return { title, deadline: term, executors: who };
}

/** «Провести семинар … (срок – февраль; отв. – Петров П.П.)»: the measure, then its columns named in the text. */
function labelledCells(text: string): { title: string; deadline: string; executors: string } | null {
  const split = splitLabelled(text);
  if (!split || !split.before) return null;
  const of = (column: LabelledColumn) =>
    split.parts
      .filter((p) => p.column === column)
      .map((p) => p.text)
      .join('; ');
  return { title: split.before, deadline: of('deadline'), executors: of('executors') };
}

/** «Заседание комиссии — январь»: a short plan typed as lines puts the term after a dash. */
function deadlineAfterDash(text: string): { title: string; deadline: string } | null {
  const m = /^(.{3,}?)\s+[—–-]\s+([^—–]{2,60})$/.exec(text);
  if (!m) return null;
  const deadline = m[2]!.replace(/[.;]$/, '').trim();
  // «в 2024 – 2025 гг.» is a range inside the title, not a title and its term.
  if (/\d$/.test(m[1]!) || /^\d{4}\b/.test(deadline)) return null;
  // «Тестирование (март – апрель)»: the dash is inside a bracket, the term is the bracket.
  if (!bracketsClosed(m[1]!)) return null;
  return isDeadlineLike(deadline) ? { title: m[1]!.trim(), deadline } : null;
}

/** Every bracket and quote the text opens it also closes. */
function bracketsClosed(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/\(/g) === count(/\)/g) && count(/«/g) === count(/»/g);
}

/**
 * «Семинар для членов УИК (февраль)», «Тестирование (март – апрель)»: a term in brackets closing the measure's line.
 * Only a short bracket that reads as a term on its own: «(по согласованию)», «(2 часа)» and «(ЦРБ)» stay in the title.
 */
function termInClosingBracket(text: string): { title: string; deadline: string } | null {
  const m = /^(.{3,}?)\s*\(([^()]{2,40})\)[.;]?$/.exec(text);
  if (!m || !bracketsClosed(m[1]!)) return null;
  const term = m[2]!.trim();
  if (/^по\s+согласовани/i.test(term) || !isDeadlineLike(term, true)) return null;
  return { title: m[1]!.trim(), deadline: term };
}

/** A heading line of a group: short, one phrase, no closing stop or comma. */
const isGroupHeading = (l: Line): boolean => !!l.text && l.text.length <= 60 && !/[.,;:]$/.test(l.text) && /^[«"А-ЯЁA-Z]/.test(l.text) && !l.cellStart;

/**
 * One or two heading lines from `i`, then a line numbered «1.»: a group's heading. Only when the
 * numbering before it had gone past 1, so that the «1.» really starts again.
 */
function headingRun(lines: readonly Line[], i: number, atStart = false): { lines: Line[]; end: number } | null {
  const run: Line[] = [];
  let j = i;
  for (; j < lines.length && run.length <= 2; j++) {
    const l = lines[j]!;
    if (!l.text) continue;
    if (numberedLine(l.text, undefined)) break;
    if (!isGroupHeading(l)) return null;
    run.push(l);
  }
  if (run.length === 0 || run.length > 2 || j >= lines.length) return null;
  if (numberedLine(lines[j]!.text, undefined)?.alias !== '1') return null;
  if (atStart) return { lines: run, end: j };
  const before = [...lines.slice(0, i)].reverse().find((l) => numberedLine(l.text, undefined));
  const prev = before ? numberedLine(before.text, undefined) : null;
  return prev && prev.alias !== '1' && !prev.alias.includes('.') ? { lines: run, end: j } : null;
}

/** How many heading lines (one or two) stand right above line `i`. */
function headingRunBefore(lines: readonly Line[], i: number): number {
  const above = (from: number): number => {
    let k = from - 1;
    while (k >= 0 && !lines[k]!.text) k--;
    return k;
  };
  const head = above(i);
  if (head < 0 || !isGroupHeading(lines[head]!)) return 0;
  // A month over the heading («Сентябрь» / «Заседание №1») belongs to it; a title above it does not.
  const month = above(head);
  return month >= 0 && isMonthHeading(lines[month]!.text.replace(/\.$/, '')) ? i - month : i - head;
}

/** The numbering starts again at 1 under a heading further down: the plan is in groups. */
function groupsRestart(lines: readonly Line[], from: number): boolean {
  for (let i = from + 1; i < lines.length; i++) if (lines[i]!.text && headingRun(lines, i)) return true;
  return false;
}

/**
 * `minNumbered`: how many numbered lines make a body. Three is the confident reading; two (a short plan
 * of two measures) is the last resort, tried after every other layout, since a slide deck or a
 * resolution also has two numbered lines; the resolution check below keeps «1. Утвердить …» out.
 * One numbered line (a page cut after the first row) counts only with both its term and its executors.
 */
export function readFreeText(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn, minNumbered = 3): FreeLayout | null {
  const all = parenNumbersAsDots(toLines(blocks, 0, blocks.length));
  let startLine = findBodyStart(all, minNumbered);
  if (startLine < 0) return null;
  // The first group's heading («Сентябрь» / «Заседание №1») stands above its «1.»: it opens the body.
  const firstRun = startLine > 0 ? headingRunBefore(all, startLine) : 0;
  if (firstRun > 0 && numberedLine(all[startLine]!.text, undefined)?.alias === '1' && groupsRestart(all, startLine)) startLine -= firstRun;
  // «Январь» right above the first point heads it as the later months head theirs.
  const lastAbove = all.slice(0, startLine).findLast((l) => l.text !== '');
  if (lastAbove && !lastAbove.cellStart && isMonthHeading(lastAbove.text.replace(/\.$/, ''))) startLine = all.indexOf(lastAbove);
  const lines = all.slice(startLine);
  const records: PlanRecord[] = [];
  const recordBlocks: number[] = [];
  let cur: PlanRecord | null = null;
  let field: 'title' | 'deadline' | 'executors' = 'title';
  let cells = 0;
  let month: string | null = null;
  let groups = 0;
  let endBlock = blocks.length;

  const nextText = (i: number): string | undefined => lines.slice(i + 1, i + 8).find((l) => l.text !== '')?.text;
  // The current record's texts grow in joiners and are written back when the record ends.
  let acc = { title: new TextJoiner(), deadline: new TextJoiner(), executors: new TextJoiner('list') };
  const flush = (): void => {
    if (!cur) return;
    cur.title = acc.title.toString();
    cur.deadline = acc.deadline.toString();
    cur.executors = acc.executors.toString();
  };
  const add = (target: 'title' | 'deadline' | 'executors', text: string): void => {
    if (!cur || !text) return;
    acc[target].add(text);
    field = target;
  };

  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    const t = ln.text;
    if (!t) {
      if (ln.cellStart && cur) {
        cells++;
        field = cells === 1 && acc.deadline.empty ? 'deadline' : 'executors';
      }
      continue;
    }
    if (isStopLine(t)) {
      endBlock = ln.block;
      break;
    }
    const next = nextText(i);
    if (!ln.cellStart && isMonthHeading(t) && next && numberedLine(next, undefined)) {
      month = t.replace(/\.$/, '');
      continue;
    }
    const n = numberedLine(t, next);
    // «Октябрь» / «Заседание №2» over a «1.» that numbers from the start again: the heading of a group
    // (a meeting, a stage), not the tail of the row above.
    const run = n || ln.cellStart ? null : headingRun(lines, i, records.length === 0);
    if (run) {
      flush();
      cur = null;
      const heads = run.lines.map((l) => l.text.replace(/\.$/, ''));
      if (heads.length === 2 && isMonthHeading(heads[0]!)) month = heads.shift()!;
      const section = emptyRecord(ln.line);
      section.kind = 'section';
      section.sectionHint = true;
      section.title = heads.join(' ');
      // Each group numbers its rows from 1: the group's own label keeps its rows under it in the tree.
      groups++;
      section.alias = `§${groups}`;
      section.marker = true;
      records.push(section);
      recordBlocks.push(ln.block);
      i = run.end - 1;
      continue;
    }
    if (n) {
      flush();
      cur = emptyRecord(ln.line);
      const dashed: { title: string; deadline: string; executors?: string } | null =
        labelledCells(n.rest) ?? termAndExecutorsAfterDashes(n.rest, vocab) ?? deadlineAfterDash(n.rest) ?? termInClosingBracket(n.rest);
      // «Până la 5 mai 2021 inclusiv art. 22, 26, Repartizarea …»: the term and the articles first (languages/latin-cells.ts).
      const termFirst = dashed ? null : romanianTermFirst(n.rest);
      // «… в средствах массовой информации не позднее 21 февраля 2026 года.»: the term closing the sentence.
      const termLast = dashed || termFirst ? null : termClosingSentence(n.rest);
      acc = {
        title: TextJoiner.of(dashed?.title ?? termFirst?.title ?? termLast?.title ?? n.rest),
        deadline: TextJoiner.of(dashed?.deadline ?? termFirst?.deadline ?? termLast?.deadline ?? ''),
        executors: TextJoiner.of(dashed?.executors ?? termFirst?.executors ?? '', 'list'),
      };
      cur.number = n.number;
      if (termFirst?.legalBasis) cur.fields.legal_basis = termFirst.legalBasis;
      cur.alias = groups > 0 ? `§${groups}.${n.alias}` : n.alias;
      cur.marker = n.sectionMarker;
      cur.sectionHint = n.sectionMarker || ln.bold;
      cur.monthGroup = month;
      records.push(cur);
      recordBlocks.push(ln.block);
      field = 'title';
      cells = 0;
      continue;
    }
    if (!cur) continue;

    // «в соответствии с» at the end of a line continues on the next one, often beside an executor.
    if (!ln.cellStart && PREPOSITION_END.test(t)) {
      const following = lines[i + 1];
      if (following && following.text && !following.cellStart && !numberedLine(following.text, undefined)) {
        following.raw = `${t} ${following.raw.trim()}`;
        following.text = cleanInline(following.raw);
        continue;
      }
    }

    // «Срок: февраль 2026 года.» / «Ответственный: Петров П.П.»: the line names its column.
    const labelled = ln.cellStart ? null : splitLabelled(t);
    if (labelled) {
      add(field, labelled.before);
      for (const part of labelled.parts) add(part.column, part.text);
      continue;
    }

    const segments = ln.cellStart
      ? [t]
      : ln.raw
          .trim()
          .split(/\s{3,}/)
          .map(cleanInline)
          .filter((s) => s);
    if (segments.length >= 2) {
      let left = segments.slice(0, -1).join(' ');
      let right = segments[segments.length - 1]!;
      if (isExecutorLike(left, vocab, false) && isDeadlineLike(right)) [left, right] = [right, left];
      if (isExecutorLike(right, vocab, false) || isDeadlineLike(left)) {
        add('deadline', left);
        add('executors', right);
        continue;
      }
      // Wide spaces inside a justified title, not columns.
    }

    if (ln.cellStart) {
      cells++;
      // «1.1 |» / «Анализ итогов работы … |» / «Январь |»: a number closed in a cell of its own is
      // followed by its title — a numbered row always has one — unless that cell reads as a term.
      if (cells === 1 && acc.title.empty && acc.deadline.empty && acc.executors.empty && !isDeadlineLike(t, true)) {
        add('title', t);
        cells = 0;
        continue;
      }
      // «Центральная избирательная комиссия. В течение пяти дней … (ст. 54)»: who, when and the article in one cell.
      const law = trailingLawReference(t);
      const sentences = acc.deadline.empty && acc.executors.empty ? executorsThenDeadline(law ? law.before : t, vocab) : null;
      if (sentences) {
        add('executors', sentences.executors);
        add('deadline', sentences.deadline);
        if (law) cur.fields.legal_basis = law.reference;
        continue;
      }
      const dl = isDeadlineLike(t);
      const ex = isExecutorLike(t, vocab, false);
      if (dl && !ex) add('deadline', t);
      else if (ex && !dl) add('executors', t);
      else if (cells === 1 && acc.deadline.empty) add('deadline', t);
      else add('executors', t);
      continue;
    }

    // «(пп.6) ст.14, ст.22)» on a line of its own: the article that sets the item's deadline.
    if (/^\(.*\)$/.test(t) && isLawReference(t)) {
      cur.fields.legal_basis = cur.fields.legal_basis ? `${cur.fields.legal_basis}\n${t}` : t;
      continue;
    }
    // «2023 жылғы 15 қыркүйек (14-б. 6)21-б. 4-т, 22 б.)»: the article that sets the term, cited after it —
    // after the term alone, or after the executor and the term run together on one line
    // («Сарқан аудандық сайлау комиссиясы 2023 жылғы 14 маусым  (113-1-б.2,3-т)»).
    const cited = !cur.fields.legal_basis ? trailingLawReference(t) : null;
    if (cited) {
      const rest = cited.before;
      const both = executorsThenDeadline(rest, vocab) ?? bodyThenTerm(rest);
      const term = !both && (isDeadlineLike(rest, true) || isTurkicDeadline(rest)) && !isExecutorLike(rest, vocab, true);
      if (both || term) {
        if (both) add('executors', both.executors);
        add('deadline', both ? both.deadline : rest);
        cur.fields.legal_basis = `(${cited.reference})`;
        continue;
      }
    }
    const sentences = field === 'title' ? executorsThenDeadline(t, vocab) : null;
    if (sentences) {
      add('executors', sentences.executors);
      add('deadline', sentences.deadline);
      continue;
    }

    // A Kazakh or Kyrgyz term is known by how it closes («… басталады және … аяқталады.»), so a long one
    // is still a term, where a long Russian sentence would not be.
    const termLike = isDeadlineLike(t, true) || (isTurkicDeadline(t) && !isExecutorLike(t, vocab, true));
    if (field === 'title') {
      if (isExecutorLike(t, vocab, true)) add('executors', t);
      else if (termLike) add('deadline', t);
      else add('title', t);
    } else if (field === 'deadline') {
      if (isExecutorLike(t, vocab, true)) add('executors', t);
      else add('deadline', t);
    } else if (termLike && acc.deadline.empty) {
      add('deadline', t);
    } else {
      add('executors', t);
    }
  }
  flush();
  // A resolution printed before its plan: its points lead («1. Утвердить План …», «2. Опубликовать …»),
  // then the plan's own numbering starts again at 1. The points and what follows them up to the plan
  // (signatures, the plan's title) are the preamble.
  const lead = resolutionLead(records, all.slice(0, startLine));
  if (lead > 0) {
    if (lead >= records.length) return null;
    records.splice(0, lead);
    const block = recordBlocks[lead]!;
    const first = lines.findIndex((l) => l.block >= block);
    lines.splice(0, first);
  }
  if (records.length === 0) return null;
  // «1. Утвердить …», «2. Направить …»: the points of a resolution, not items of a plan.
  const resolutionPoints = records.filter((r) => isResolutionPoint(r.title)).length;
  if (resolutionPoints * 2 >= records.length) return null;
  // «  1. Мұғалжар ауданында әкім сайлауы:» / «1) Қандыағаш қаласында» … «  1. Ойыл ауданында …»: a list restarted at 1
  // for every paragraph, none of whose lines gives a term or an executor, heads a notice's sub-lists (places, names);
  // nothing in it is a measure of a plan.
  if (records.length >= 2 && records.every((r) => r.alias === '1' && !r.deadline.trim() && !r.executors.trim())) return null;
  // One numbered line is a plan only when it reads as a measure with its term or its executors
  // («1. Образование округов …» over «ТИК. Не позднее …»), not as a lone numbered sentence.
  if (minNumbered === 1 && !records.every((r) => r.deadline && r.executors)) return null;
  warn(
    'Пункты записаны без таблицы и строки заголовков: номер, наименование, срок и исполнители определены по содержимому строк — проверьте колонки',
    lines[0]?.line ?? null,
  );
  return { records, start: lines[0]!.block, end: endBlock };
}

/**
 * How many leading records are a resolution's points: all the numbered lines right under «…
 * постановляет:», or a run of «Утвердить …», «Опубликовать …» — either way only up to where the
 * numbering starts again at 1 (the plan). Without a restart the points are all there is.
 */
function resolutionLead(records: readonly PlanRecord[], before: readonly Line[]): number {
  if (records.length === 0) return 0;
  const above = [...before].reverse().find((l) => l.text !== '');
  const operative = !!above && (OPERATIVE.test(above.text) || LATIN_OPERATIVE.test(above.text));
  if (!operative && !isResolutionPoint(records[0]!.title)) return 0;
  // «1. … 1. … 1. …»: a word processor that restarts the list at each paragraph numbers every point 1; only a list
  // that goes on past 1 after the restart is the plan.
  const allOnes = records.every((r) => r.alias === '1');
  let k = 1;
  while (k < records.length && !allOnes && !(records[k]!.alias === '1' && !records[k]!.marker)) k++;
  if (k === records.length) return operative || records.every((r) => isResolutionPoint(r.title)) ? records.length : 0;
  const points = records.slice(0, k);
  return operative || points.filter((r) => isResolutionPoint(r.title)).length * 2 > points.length ? k : 0;
}
