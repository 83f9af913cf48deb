import { cleanInline } from '../cell-text.js';
import { LATIN_OPERATIVE } from '../languages/latin-operative.js';
import { isDeadlineLike, isExecutorLike, isMonthHeading, type ExecutorVocabulary } from '../records/cell-classify.js';
import { emptyRecord, type PlanRecord, type Warn } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';
import { TURKIC_NAMES_DATE, TURKIC_TERM_FIRST } from '../languages/turkic-list-lines.js';
import { completesHeading, emojiHeading, figuresTermFirst } from './list-shapes.js';

/**
 * Plans published as lists rather than tables: a news text or a slide deck that quotes a work
 * plan («Ключевые направления на 2026 год:» followed by one measure a line), a calendar plan
 * retold by a news site or a commission's post («Работа со списками избирателей:» over
 * «- публикация предварительных списков — до 14 октября;», «▪️13 января - день тишины»),
 * Kyrgyz lines that put the term first («2023-жылдын 25-июлуна чейин … илүү;»), a month heading
 * over its bullets. A heading that ends with a colon (or a month over bullets) opens a group;
 * its lines are the items, the deadline after (or before) a dash. Lists that only describe
 * (every line «для …»), report what was done (past-tense verbs) or name offices without a date
 * or an action are not plan items: they stay out and are named in a warning.
 */
export interface ListedLayout {
  records: PlanRecord[];
  /** Index of the first block of the body; earlier blocks are the preamble. */
  start: number;
  /** Blocks from here on are after the body. */
  end: number;
}

interface Line {
  text: string;
  line: number;
  block: number;
}

interface Group {
  intro: Line | null;
  /** The intro is a section numbered in Roman figures («I. Основные направления деятельности»). */
  roman?: boolean;
  /** The intro is a month («Январь - Февраль») over bullets: a time, not a topic. */
  month: boolean;
  bulleted: boolean;
  /** No heading: a run of paragraphs «что – когда.» whose every line gives its term after a dash. */
  dashRun?: boolean;
  /** The heading tells the plan's own approval (see TOLD_PLAN_INTRO): the header's text, not a section. */
  told?: boolean;
  /** No heading: a run of lines that each open with their day and go on with the step, no dash between (termLine). */
  termRun?: boolean;
  items: Line[];
}

/**
 * Typographic bullets, any emoji a post puts before its lines (not «©», «®» of a footer), a dash with a space, or a dash
 * glued to a lower-case word («-выступление депутата …;»: news sites lose the space after a list's dash).
 */
const BULLET = /^(?:(?:[•▪■□◦●○‣∙·►▶✓✔➢➤◾◽▫]|(?![©®])\p{Extended_Pictographic})\uFE0F?\s*|[-–—*]\s+|[-–—](?=[а-яё]))/u;
/**
 * «2023-жылдын 25-июлуна чейин …», «2023-жылдын 25-июлунан 30-августун кошуп алганда …»: Kyrgyz
 * calendar lines that give the term first, then the action. Their shape marks them as list lines.
 */
const TERM_FIRST =
  /^(\d{4}-жылдын\s+\d{1,2}-[а-яөүң]+\s+(?:чейин|баштап|тартып)|\d{4}-жылдын\s+\d{1,2}-[а-яөүң]+\s+\d{1,2}-[а-яөүң]+\s+(?:кошуп\s+алганда|чейин))\s+(.{6,})$/iu;
const MONTH = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
/** «2 сентября*», «17 ноября 2019 года»: a day and a month, a footnote mark kept with them. */
const DAY_MONTH = `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?\\*?`;
/**
 * «2 сентября* – образование … комиссий;», «8 сентября-7 октября (включительно) – выдвижение …;»,
 * «9 сентября – 8 октября (включительно) – выдвижение …;», «С 7 ноября по 6 декабря 2024 года – сбор подписей …;»,
 * «С 22 по 31 декабря 2024 года – регистрация …;»: a calendar retold by a news site, the
 * term first (a day, a range of days, a note in brackets — even one the site left unclosed), then
 * a dash and the action. Group 1 is the term, group 2 the action.
 */
// «Со 2 по 29 февраля»: «со» before a figure is «с».
const RU_TERM = `(?:(?:до|с|со|не\\s+позднее|не\\s+ранее)\\s+)?(?:\\d{1,2}\\s*[-–—]\\s*|\\d{1,2}\\s+по\\s+)?${DAY_MONTH}(?:\\s*[-–—]\\s*(?:по\\s+)?${DAY_MONTH}|\\s+по\\s+${DAY_MONTH})?`;
const RU_TERM_FIRST = new RegExp(`^(${RU_TERM}(?:\\s*\\([^()–—]{1,40}\\)?)?)\\s+[—–-]\\s+(?=[А-ЯЁа-яё])(.{6,})$`, 'iu');
/**
 * «Не позднее 9 февраля 2025 года в случае необходимости может быть проведен второй тур.»: the last line of such a
 * calendar may drop the dash; the year closes its term, the action follows in lower case. Taken only inside a list
 * of dashed term-first lines, where it is one more of them.
 */
const RU_TERM_FIRST_UNDASHED = new RegExp(`^(${RU_TERM})\\s+(?=[а-яё])(.{6,}[.;])$`, 'u');
/**
 * The term and the action of such a line (the line's capital is no capital of the action), or null. `inRun`: the line
 * sits in a run of dashed term-first lines, where its term needs no year to end and the action may open with its
 * subject («С 29 ноября по 1 декабря ЦИК определяет перечень партий …» among «С 28 ноября по 18 декабря — …» lines).
 */
function undashedTerm(text: string, inRun = false): RegExpExecArray | null {
  const m = (inRun ? RU_TERM_FIRST_UNDASHED_IN_RUN : RU_TERM_FIRST_UNDASHED).exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (!m || (!inRun && !/\d{4}\s*(?:года|г\.)$/u.test(m[1]!))) return null;
  m[1] = text.slice(0, m[1]!.length);
  return m;
}
const RU_TERM_FIRST_UNDASHED_IN_RUN = new RegExp(`^(${RU_TERM})\\s+(?=[А-ЯЁа-яё])(.{6,}[.;])$`, 'u');
/**
 * «8 сентября последний день приема заявлений …», «9-10 сентября передача бюллетеней в УИК»: a line of a schedule that
 * opens with its day and goes on with the step in lower case, with no dash, colon or stop between — one step, not a
 * sentence of news («8 сентября в Воронеже прошло …» opens with a preposition).
 */
const TERM_LINE = new RegExp(`^(${RU_TERM})\\s+(?=[а-яё])(?!(?:в|во|на|с|со|по|к|у|о|об|от|для|при|из|за)\\s)(.{6,})$`, 'u');
function termLine(text: string): boolean {
  return text.length <= MAX_ITEM && TERM_LINE.test(text) && !/\s[—–-]\s/u.test(text) && !/[.!?]\s+[А-ЯЁ]/u.test(text.replace(QUOTED, '«»'));
}
/**
 * A schedule starts here: three such lines in a row, or two under a heading that asks or introduces them («Какие
 * мероприятия пройдут на этой неделе?», «… на этой неделе:»).
 */
function termRunStarts(lines: readonly Line[], i: number): boolean {
  let run = 0;
  while (i + run < lines.length && termLine(lines[i + run]!.text)) run++;
  const before = lines[i - 1]?.text ?? '';
  return run >= 3 || (run >= 2 && before.length <= 160 && /[?:]$/.test(before));
}
/** A line that names a date or a time: a list of two such lines is already a schedule. */
const NAMES_DATE = new RegExp(`\\d{1,2}\\s*-?\\s*${MONTH}|\\d{1,2}[.:]\\d{2}|\\d{4}-жыл|\\d{1,2}-[а-яөүң]+\\s+чейин`, 'iu');
/** A slide number before a month heading («2. Январь - Февраль»). */
const SLIDE_NUMBER = /^\d{1,2}\.\s+/;
/** «1 Учебный курс …:» — the heading's own number. */
const INTRO_NUMBER = /^(\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=[А-ЯЁA-Z])/;
/**
 * «I. Основные направления деятельности»: a plan's section numbered in Roman figures opens a list
 * of its own even without a colon; a full stop at its end would make it a sentence.
 */
const ROMAN_INTRO = /^([IVXL]{1,6})\.\s+(?=[А-ЯЁ])(?!.*[.;:]$)/;
/**
 * «1. Основные направления деятельности»: the same section numbered in Arabic figures (a regional
 * commission's work plan). Only with the section's directions under it (paragraphs that open with
 * an action); a resolution's point («1. Утвердить …») is never one.
 */
const ARABIC_SECTION =
  /^(\d{1,2})\.\s+(?=[А-ЯЁ])(?!(?:Утвердить|Одобрить|Направить|Возложить|Опубликовать|Разместить|Поручить|Рекомендовать)(?![а-яё]))(?!.*[.;:]$)/;
/** «… постановляет:», «РЕШИЛА:»: what follows are the points of a resolution. */
const RESOLUTION_FORMULA =
  /(?:постановля(?:ет|ю)|постановил[аио]?|реш(?:ил[аио]?|ает)|приказываю|распоряжаюсь|чечим кылат|токтом кылат|(?:шеш[іi]м|[қк]аулы)\s+ет(?:т[іi]|ед[іi]))\s*:\s*$/iu;
/** A list that only completes its heading's sentence («состоит из курсов: для членов ТИК; …»). */
const PREPOSITION_START = /^(?:для|в|во|на|с|со|по|из|от|к|ко|о|об|при|у|среди)\s/iu;
/** «приняли участие …», «наладили …», «вели …»: a report of what was done. */
/** A date, a month or a recurrence somewhere in the line. */
const WHEN_WORD =
  /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|полугоди|ежемесячн|еженедельн|ежегодн|постоянно|в течение/iu;
/** A measure opens with a verbal noun or a verb within its first two words («проведение …», «активное участие …», «Об утверждении …», «провести …», «помощь …»). */
const ACTION_START = /^(?:\S+\s+)?[а-яё-]*(?:[нт]и[еяию]|ци[яи]|ств[оа]|ть|ться|мощь|бот[аы]|к[аи])(?=[\s,.;:]|$)/iu;
/** A heading that introduces the plan's own contents: «В Плане отражены …:», «Программа включает:». */
const PLAN_INTRO = /(?:^|\s)(?:план|программ)[а-яё]*\s+(?:отражен|включ|предусм|содерж|определ|вошл)[а-яё]*/iu;
/**
 * «По итогам обсуждения был утвержден план работы МИК … на 2 квартал 2022 года, в который вошли такие мероприятия, как:»:
 * a news sentence that tells the plan was approved and introduces its measures. It names the plan (its title, period and
 * approval are the header's), so it heads the whole list rather than a section of it.
 */
const TOLD_PLAN_INTRO =
  /утвержд[её]н[аоы]?\s+(?:[а-яё]+\s+){0,2}(?:план|программ)|(?:план|программ)[а-яё]*\s[^:]{0,160}?\s(?:в\s+котор[а-яё]+|куда)\s+(?:вошли|включены|войдут)/iu;
const PAST_VERB = /^[а-яё]{2,}[аеиоуыя]ли(?:сь)?(?=\s|$)/iu;
/** Words of the item and its deadline parted by a dash with spaces. */
const DASH = /\s+[—–-]\s+/g;
const MAX_ITEM = 300;

const bulletText = (text: string): string | null => {
  const m = BULLET.exec(text);
  if (m) return text.slice(m[0].length).trim();
  return TERM_FIRST.test(text) || TURKIC_TERM_FIRST.test(text) || RU_TERM_FIRST.test(text) || figuresTermFirst(text) ? text : null;
};

const isIntro = (text: string): boolean =>
  /:\s*$/.test(text) && text.length <= 160 && !RESOLUTION_FORMULA.test(text) && !LATIN_OPERATIVE.test(text) && !/^\d/.test(text.replace(INTRO_NUMBER, ''));

const monthIntro = (text: string): string | null => {
  const t = text.replace(SLIDE_NUMBER, '').trim();
  // «Январь - Февраль», «Июнь – Август»: a range of months is one heading too.
  const parts = t.split(/\s*[-–—]\s*/);
  return t.length <= 40 && parts.length <= 2 && parts.every((p) => isMonthHeading(p)) ? t : null;
};

/**
 * One measure a line, closed as list items are («;» or «.»): short, one sentence, not a
 * number-led row (that is the free text's), not a heading in capitals.
 */
function isListLine(text: string): boolean {
  if (text.length > MAX_ITEM || /^\d/.test(text) || !/[;.]$/.test(text) || text === text.toUpperCase()) return false;
  // Sentences inside «…» belong to one name: a topic «Законодательство о выборах. Правовые основы ТИК»;.
  return !/[.!?]\s+[А-ЯЁ]/.test(text.replace(QUOTED, '«»').replace(/\b[А-ЯЁ]\.\s?(?=[А-ЯЁ])/g, ''));
}

const QUOTED = /«[^«»]*»/g;

/**
 * Under a Roman-numbered section, a plan states its directions as paragraphs of a sentence or two
 * («Реализация комплекса мер … «Выборы». Обеспечение эксплуатации …»): each opens with an action.
 */
function isDirectionLine(text: string): boolean {
  return text.length <= MAX_ITEM * 2 && /[;.]$/.test(text) && !/^\d/.test(text) && text !== text.toUpperCase() && ACTION_START.test(text);
}

/** «• выдвижение … • регистрация …»: a list a site ran into one line, one bullet a measure. */
const INNER_BULLET = /\s+(?=[•▪■◾●]\uFE0F?\s*\S)/u;

/**
 * «… провести на местах следующие массовые молодежные мероприятия: - тематические занятия …; - конкурсы …; - …;»:
 * an act's paragraph that runs its dash list into the sentence introducing it. At least two «; - » after the colon
 * make it a list; the colon's sentence is its heading, each «- …;» a line of its own.
 */
const INLINE_DASH_LIST = /:\s+(?=[-–—]\s+\S)/u;
const INLINE_DASH_ITEM = /(?<=;)\s+(?=[-–—]\s+\S)/u;

function inlineDashList(text: string): string[] | null {
  const colon = INLINE_DASH_LIST.exec(text);
  if (!colon) return null;
  const list = text.slice(colon.index + colon[0].length);
  const parts = list.split(INLINE_DASH_ITEM);
  if (parts.length < 3) return null;
  return [text.slice(0, colon.index + 1), ...parts];
}

const blockText = (blocks: readonly SourceBlock[], k: number): string => {
  const b = blocks[k];
  return b?.kind === 'para' ? cleanInline(b.text) : '';
};

function toLines(blocks: readonly SourceBlock[]): Line[] {
  const lines: Line[] = [];
  blocks.forEach((b, block) => {
    if (b.kind !== 'para') return;
    const text = cleanInline(b.text);
    if (!text) return;
    const inline = inlineDashList(text);
    if (inline) {
      for (const part of inline) lines.push({ text: part, line: b.line, block });
      return;
    }
    const parts = text.split(INNER_BULLET);
    const bullets = parts.filter((p) => bulletText(p));
    if (bullets.length >= 2) for (const part of parts) lines.push({ text: part, line: b.line, block });
    else lines.push({ text, line: b.line, block });
  });
  return lines;
}

/** «* Не позднее.»: a footnote that explains a mark; «2 сентября*»: a word carrying one. */
const FOOTNOTE = /^\*{1,3}\s*[А-ЯЁа-яё]/u;
const MARKED = /[^\s*]\*{1,3}(?=[\s,.;:)]|$)/u;

function groupLines(lines: readonly Line[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | null = null;
  /** Unbulleted items end like list items: all with «;» but the last, or all with «.». */
  let style: 'semi' | 'dot' | null = null;
  const close = (): void => {
    if (cur && cur.items.length > 0) groups.push(cur);
    cur = null;
    style = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    const t = ln.text;
    // «* Не позднее.» under lists whose terms carry the mark («2 сентября* – …»): the lists'
    // footnote, not one more bullet.
    if (FOOTNOTE.test(t) && [...groups, ...(cur ? [cur] : [])].some((g) => g.items.some((l) => MARKED.test(l.text)))) {
      close();
      continue;
    }
    const marked = emojiHeading(t, lines[i + 1]?.text);
    if (marked !== null && isIntro(marked)) {
      close();
      // The mark is no word of the heading (the line object stays the one the account names).
      ln.text = marked;
      cur = { intro: ln, month: false, bulleted: false, items: [] };
      continue;
    }
    if (bulletText(t) !== null && bulletText(t) !== '') {
      if (!cur || (!cur.bulleted && cur.items.length > 0)) {
        close();
        cur = { intro: null, month: false, bulleted: true, items: [] };
      }
      cur.bulleted = true;
      cur.items.push(ln);
      continue;
    }
    const current = cur as Group | null;
    if (current?.bulleted && current.items.length >= 2 && current.items.every((l) => RU_TERM_FIRST.test(l.text)) && undashedTerm(t, true)) {
      current.items.push(ln);
      continue;
    }
    // «8 сентября последний день приема заявлений …» over «9-10 сентября передача бюллетеней …»: a schedule of days, the
    // term first and no dash after it (holdout12).
    if (current?.termRun && termLine(t)) {
      current.items.push(ln);
      continue;
    }
    if (termRunStarts(lines, i)) {
      close();
      cur = { intro: null, month: false, bulleted: false, termRun: true, items: [ln] };
      continue;
    }
    const next = lines[i + 1];
    // «I.» alone on its line, the section's title on the next (a Word heading the site parted).
    if (/^[IVXL]{1,6}\.$/.test(t) && next && next.text.length <= 160 && ROMAN_INTRO.test(`${t} ${next.text}`)) {
      close();
      cur = { intro: { ...ln, text: `${t} ${next.text}` }, month: false, bulleted: false, items: [], roman: true };
      i++;
      continue;
    }
    const month = monthIntro(t);
    if (month && next && bulletText(next.text)) {
      close();
      cur = { intro: ln, month: true, bulleted: true, items: [] };
      continue;
    }
    // «Шайлоочулардын тизмеси», «1. Шайлоочулардын тизмелери» over «- … ;» lines: a short line
    // that is not a sentence, right above the bullets, is the heading of their group — when it is
    // numbered, or comes under a colon heading or after another list (else it is the page's title).
    const inLists = !!cur || groups.length > 0 || INTRO_NUMBER.test(t);
    if (inLists && next && bulletText(next.text) && isBulletHeading(t)) {
      close();
      cur = { intro: ln, month: false, bulleted: true, items: [] };
      continue;
    }
    if (isIntro(t) || ((ROMAN_INTRO.test(t) || (ARABIC_SECTION.test(t) && next && isDirectionLine(next.text))) && t.length <= 160)) {
      close();
      cur = { intro: ln, month: false, bulleted: false, items: [], roman: !isIntro(t), told: isIntro(t) && groups.length === 0 && TOLD_PLAN_INTRO.test(t) };
      continue;
    }
    // «Регистрация кандидатов в депутаты – с 19 марта по 7 апреля.»: paragraphs that each give
    // a measure and its term after a dash make a list without a heading.
    if (!cur && isListLine(t) && dashTerm(t) && next && isListLine(next.text) && dashTerm(next.text)) {
      cur = { intro: null, month: false, bulleted: false, dashRun: true, items: [] };
    }
    if (cur && cur.dashRun && !(isListLine(t) && dashTerm(t))) close();
    // «… оповестят не позднее 26 сентября 2024 года» among lines closed by «.»: one stop the site
    // lost does not end the list when the next line goes on with it.
    const lostStop = style === 'dot' && !/[.;:!?]$/.test(t) && isListLine(`${t}.`) && !!next && isListLine(next.text);
    if (cur && (cur.intro || cur.dashRun) && !cur.bulleted && (isListLine(t) || lostStop || (cur.roman && isDirectionLine(t)))) {
      const prev = cur.items[cur.items.length - 1];
      const ended = prev ? (/;$/.test(prev.text) ? 'semi' : 'dot') : null;
      if (lostStop && ended === 'dot') {
        cur.items.push(ln);
        continue;
      }
      if (prev && style === null) style = ended;
      // «…;» lists end at the item with a full stop; «….» lists go on while lines stay items.
      if (!prev || (style === 'semi' && ended === 'semi') || (style === 'dot' && ended === 'dot')) {
        cur.items.push(ln);
        continue;
      }
    }
    close();
  }
  close();
  return groups;
}

/** Why a group is not a part of the plan, or null when it is. */
function notPlanItems(group: Group): string | null {
  // A topic printed as a name in quotes («Делопроизводство в ТИК и УИК»;) opens with its first word.
  const texts = group.items.map((l) => (bulletText(l.text) ?? l.text).replace(/^[«"„“]/, ''));
  if (texts.length < 2 && !group.intro) return 'одна строка без заголовка списка';
  if (group.dashRun && texts.length < 3) return 'две строки «что – когда» без заголовка списка';
  if (texts.every((t) => PREPOSITION_START.test(t)) || completesHeading(texts)) return 'перечень поясняет текст, а не называет мероприятия';
  if (texts.filter((t) => PAST_VERB.test(t)).length * 2 > texts.length) return 'перечень говорит о сделанном, а не о планируемом';
  // «Назначены выборы акимов: акима села …; акима округа …» names who or what, not what to do: with no date
  // anywhere, most lines of a plan still open with an action («проведение», «участие», «подготовить»).
  // «АГИТАЦИОННЫЙ ПЕРИОД (23 ноября - 21 декабря):»: a heading that gives its own term is a stage of a timetable, and
  // the rules under it («Агитация заканчивается за день до голосования.») are what happens in that stage.
  const datedIntro = !!group.intro && NAMES_DATE.test(group.intro.text);
  if (!group.month && !datedIntro && !texts.some((t) => WHEN_WORD.test(t)) && texts.filter((t) => ACTION_START.test(t)).length * 2 < texts.length)
    return 'перечень называет не мероприятия и не сроки';
  return null;
}

const stripListEnd = (text: string): string => text.replace(/\s*[;,]$/, '').trim();

/** The line gives its term after its last dash («… – не позднее, чем за 10 дней до выборов.»). */
const dashTerm = (text: string): boolean => {
  const p = splitDash(stripListEnd(text));
  return p.dashed && !!p.deadline && !!p.title && !TERM_FIRST.test(text);
};

/** A heading over bullets: short, not a sentence (no closing stop), no date of its own. */
function isBulletHeading(text: string): boolean {
  const bare = text.replace(INTRO_NUMBER, '');
  return (
    bare.length >= 3 &&
    text.length <= 100 &&
    !/[.;,!?]$/.test(text) &&
    /^[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ]/u.test(bare) &&
    !/^\d/.test(bare) &&
    !NAMES_DATE.test(text) &&
    !RESOLUTION_FORMULA.test(text) &&
    !LATIN_OPERATIVE.test(text)
  );
}

/** «формирование округов (до 5 октября)»: the deadline in brackets at the end. */
const BRACKETED_END = /\s*\(([^()]{3,80})\)\.?$/;
/** «… будет опубликован не позднее 12 сентября 2024 года.»: a sentence that ends with its term. */
// «с 19 марта по 7 апреля» is one term: a range is taken whole.
const TRAILING_TERM = new RegExp(
  `\\s((?:с\\s+\\d{1,2}(?:\\s+${MONTH})?\\s+(?:по|до)|не\\s+позднее|не\\s+ранее|до|после|с)\\s+\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?)\\.?$`,
  'iu',
);

/** «Срок регистрации:», «Сроки подачи документов:», «Дата голосования:»: a head that only names a term. */
const TERM_NAMED = /^(?:срок[аи]?|дата|дни|день|период|время)(?:\s+[^:]{0,60})?:\s/iu;

/** The deadline part of «что — когда» or «когда — что», and the rest. */
function splitDash(text: string, termFirstRun = false): { title: string; deadline: string; dashed: boolean } {
  const term =
    TERM_FIRST.exec(text) ??
    TURKIC_TERM_FIRST.exec(text) ??
    RU_TERM_FIRST.exec(text) ??
    figuresTermFirst(text) ??
    undashedTerm(`${text}.`) ??
    (termFirstRun ? undashedTerm(`${text}.`, true) : null);
  if (term) return { title: term[2]!.replace(/[;.]+$/, '').trim(), deadline: term[1]!, dashed: false };
  // «- мероприятия, направленные на …: последняя неделя августа - первая неделя сентября 2019 года;»:
  // the term after a colon, itself a range with a dash, so the colon parts the line first.
  const colon = text.lastIndexOf(': ');
  if (colon >= 10) {
    const after = text.slice(colon + 2).replace(/\.$/, '');
    if (isDeadlineLike(after) && WHEN_WORD.test(after)) {
      // «Сроки подачи документов: до 8 декабря включительно.»: a head that names the term itself says nothing
      // without it, so the line stays whole as the title; the term is still read.
      const title = TERM_NAMED.test(text) ? text : text.slice(0, colon).trim();
      return { title, deadline: after.trim(), dashed: false };
    }
  }
  const dashes = [...text.matchAll(DASH)];
  if (dashes.length === 0) {
    const bracket = BRACKETED_END.exec(text);
    if (bracket && isDeadlineLike(bracket[1]!, true)) return { title: text.slice(0, bracket.index).trim(), deadline: bracket[1]!.trim(), dashed: false };
    const trailing = TRAILING_TERM.exec(text);
    if (trailing && trailing.index >= 10) return { title: text.slice(0, trailing.index).trim(), deadline: trailing[1]!.trim(), dashed: false };
    return { title: text, deadline: '', dashed: false };
  }
  const last = dashes[dashes.length - 1]!;
  const left = text.slice(0, last.index).trim();
  const right = stripListEnd(text.slice(last.index + last[0].length)).replace(/\.$/, '');
  if (isDeadlineLike(right)) return { title: left, deadline: right, dashed: true };
  const first = dashes[0]!;
  const head = text.slice(0, first.index).trim();
  if (isDeadlineLike(head) && !isDeadlineLike(text.slice(first.index + first[0].length)))
    // The title ends the line here, so the list's closing stop is not a part of it.
    return { title: stripListEnd(text.slice(first.index + first[0].length)).replace(/\.$/, ''), deadline: head, dashed: true };
  return { title: text, deadline: '', dashed: true };
}

function groupRecords(group: Group, vocab: ExecutorVocabulary): PlanRecord[] {
  const records: PlanRecord[] = [];
  let month: string | null = null;
  if (group.intro && !group.told) {
    const section = emptyRecord(group.intro.line);
    section.kind = 'section';
    section.sectionHint = true;
    let title = group.intro.text.replace(/\s*:\s*$/, '');
    if (group.month) {
      // A month is a label of its own; the number before it numbers the slide, not the section.
      title = monthIntro(title) ?? title;
      month = title;
    } else {
      const n = INTRO_NUMBER.exec(title) ?? ROMAN_INTRO.exec(title);
      if (n) {
        section.number = n[1]!;
        section.alias = n[1]!;
        title = title.slice(n[0].length);
      }
    }
    section.title = title;
    records.push(section);
  }
  // In a run of term-first lines a line without a dash still opens with its term (see undashedTerm).
  const termFirstRun = !!group.termRun || group.items.filter((l) => RU_TERM_FIRST.test(l.text)).length >= 2;
  const parts = group.items.map((l) => splitDash(stripListEnd(bulletText(l.text) ?? l.text), termFirstRun));
  // When most lines give «что — когда», the dash means the same in the others too.
  const dated = parts.filter((p) => p.deadline).length * 2 >= parts.length;
  let last: PlanRecord | null = null;
  group.items.forEach((ln, k) => {
    const raw = stripListEnd(bulletText(ln.text) ?? ln.text);
    // Slides print the executor as the bullet after its measure («• Молодежный общественный совет»).
    if (last && group.bulleted && !parts[k]!.deadline && isExecutorLike(raw, vocab, false) && !isExecutorLike(last.title, vocab, false)) {
      last.executors = last.executors ? `${last.executors}\n${raw}` : raw;
      return;
    }
    const p = parts[k]!;
    const record = emptyRecord(ln.line);
    if (!p.deadline && p.dashed && dated) {
      const dash = [...raw.matchAll(DASH)].pop()!;
      record.title = raw.slice(0, dash.index).trim();
      record.deadline = raw
        .slice(dash.index + dash[0].length)
        .replace(/\.$/, '')
        .trim();
    } else {
      record.title = p.title;
      record.deadline = p.deadline;
    }
    record.monthGroup = month;
    records.push(record);
    last = record;
  });
  return records;
}

export function readListedItems(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn): ListedLayout | null {
  if (blocks.some((b) => b.kind === 'row')) return null;
  const lines = toLines(blocks);
  const groups = groupLines(lines);
  const kept = groups.filter((g) => notPlanItems(g) === null);
  const itemCount = kept.reduce((n, g) => n + g.items.length, 0);
  // Three measures make a list a plan; two do when most of them name a date («▪️13 января - день тишины»).
  const datedCount = kept.reduce((n, g) => n + g.items.filter((l) => NAMES_DATE.test(l.text) || TURKIC_NAMES_DATE.test(l.text)).length, 0);
  // «В Плане отражены основные направления работы на 2026 год:» over two lines that each open with an
  // action: the heading says these are the plan's measures, so two are enough without dates.
  const namedByPlan = kept.some((g) => g.intro && PLAN_INTRO.test(g.intro.text) && g.items.every((l) => ACTION_START.test(bulletText(l.text) ?? l.text)));
  if (kept.length === 0 || itemCount < 2 || (itemCount < 3 && datedCount * 2 < itemCount && !namedByPlan)) return null;
  const first = kept[0]!;
  const lastGroup = kept[kept.length - 1]!;
  // A list left out (a report of last year) above the plan's lists is a part of the body too:
  // the account names it at its rows instead of leaving it to the header.
  const firstList = groups.find((g) => g.intro && g.items.length >= 2) ?? first;
  const opening = (g: Group): Line => (g.told ? g.items[0]! : (g.intro ?? g.items[0]!));
  let start = Math.min(opening(first).block, opening(firstList).block);
  // «… ПОСТАНОВЛЯЮ: 1. С 10 сентября по 10 октября 2010 года объявить … акцию … 2. Рекомендовать … мероприятия: - …;»:
  // a list run into its act's paragraph leaves the act's own text (its period, its approval) to the header, which
  // reads the paragraph whole.
  if (!first.intro && inlineDashList(blockText(blocks, first.items[0]!.block))) start = first.items[0]!.block + 1;
  const end = lastGroup.items[lastGroup.items.length - 1]!.block + 1;
  const records = kept.flatMap((g) => groupRecords(g, vocab));

  // Text between the lists (prose, a report of last year) is not a plan item: it is named.
  const used = new Set(kept.flatMap((g) => [...(g.intro ? [g.intro] : []), ...g.items]));
  for (const ln of lines) {
    if (ln.block < start || ln.block >= end || used.has(ln)) continue;
    const group = groups.find((g) => g.intro === ln || g.items.includes(ln));
    const reason = group ? notPlanItems(group) : null;
    warn(`строка ${ln.line}: ${reason ? `${reason} — ` : ''}текст между пунктами не вошёл в план: «${ln.text}»`, ln.line);
  }
  warn('План записан списком, без таблицы: пункты, сроки и исполнители определены по строкам списка; проверьте их', records[0]?.line ?? null);
  return { records, start, end };
}
