import type { PlanKind } from '../../shared/plan-format.js';
import { despace } from './approval.parse.js';
import { capsToSentence, properNames } from './authority.parse.js';
import { joinLines, singleLine } from './cell-text.js';
import type { DocLine } from './doc-lines.js';
import { azerbaijaniQuotedTitle, endsWithLatinPlanWord, isLatinHeadingLine, startsLatinTitle } from './languages/latin-title.js';
import { turkicApprovedTitle } from './languages/turkic-decree.js';
import { foldTurkic, LOWER, UPPER } from './languages/turkic-letters.js';
import { endsWithTurkicPlanWord, isTurkicNonTitle, TURKIC_GRIF_WORDS, TURKIC_RUNS_ON, turkicPlanKind } from './languages/turkic-header.js';

export { findPeriod } from './period.parse.js';

/**
 * The plan's title: the heading right above the table or the numbered body, often spread over
 * lines and shouted («П Л А Н / работы Территориальной избирательной комиссии / на 2025 год»,
 * «КОМПЛЕКС МЕР …», «КАЛЕНДАРНЫЙ ПЛАН / мероприятий по подготовке и проведению выборов …»).
 * Kyrgyz and Kazakh titles put the plan word last («… иш-чараларынын / КАЛЕНДАРДЫК ПЛАНЫ»,
 * «… іс-шаралардың / КҮНТІЗБЕЛІК ЖОСПАРЫ»): languages/turkic-header.ts.
 */
const TITLE_START =
  /^(?:учебн(?:ая|ый)\s+(?:программа|план)|план|п\s*л\s*а\s*н|программа|сводный план|единый план|календарный план|стратегический план|комплексный план|комплекс\s+(?:мер|мероприятий)|основные мероприятия|мероприятия|перечень|график|план-график|дорожная карта|(?:примерный|типовой|модельный|основной|годовой|перспективный)\s+(?:[а-яё]+(?:ый|ий|ой)\s+)?план|тематический план|рабочий план|иш\s+планы|календардык\s+план)(?![а-яё])/i;
/** «Примерный календарный план … в единый день голосования 4 марта 2012 года»: a title, even where it names the voting day. */
export const startsTitle = (text: string): boolean => TITLE_START.test(despace(text));
/** A title line, or a register line that opens with the act's number and then the title («№ 11/150 календарный план …»). */
export const holdsTitle = (text: string): boolean => startsTitle(text) || startsTitle(text.trim().replace(LEADING_ACT_NUMBER, ''));
/** Lines that are never part of a title: anchors, column headings, site furniture. */
const RU_NOT_TITLE =
  /^(?:(?:№|N|NN)\s*п\s*\/?\s*п(?![а-яё])|№|\d+(?:\s+\d+){2,}$|(?:единый\s+)?(?:день|дни|дата)\s+(?:голосования|выборов|официального)|шайлоо\s+күн|добуш\s+берүү|приложение|утвержден|\(\s*утв(?:\.|ержд)|\(с\s+изменениями|информация\s+об\s+изменениях|\(?\s*скачать(?![а-яё])|г\.\s|г\.(?=[А-ЯЁ])|наименование)/i;
const NOT_TITLE = { test: (text: string): boolean => RU_NOT_TITLE.test(text) || isTurkicNonTitle(text) || isLatinHeadingLine(text) };

/** «Программа обучения … (далее – Программа) предполагает …. Программа носит …»: the text under a title, not a title. */
const PROSE = /\(далее\s*[-–—]|[а-яё]{4,}\.\s+[А-ЯЁ][а-яё]/;

/** «Руководствуясь …», «В соответствии с …»: the resolution's preamble, under its heading, starts no title line. */
const PREAMBLE_OPENING = /^(?:Руководствуясь|В\s?соответствии\s+со?|На\s+основании|Рассмотрев|Заслушав)\s/;

const NOT_A_HEADING = /^(?:\d+\s*[.)]|председатель|секретарь|заместитель|член\s)|[:;]$/i;
const SIGNATURE = /[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][А-ЯЁа-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./;

/** A line holding nothing but the Kyrgyz plan word: «ИШ ПЛАНЫ», «КАЛЕНДАРДЫК ПЛАНЫ». */
const ONLY_TURKIC_PLAN_WORDS = /^(?:иш|календар[дл]ык)\s+план[ыи]$/;

export interface TitleResult {
  title: string;
  lines: Set<number>;
  /** Found by a plan word; otherwise a guess from the last short lines. */
  strong?: boolean;
}

/**
 * «№ 11/150 календарный план мероприятий … второго созыва день голосования — 8 сентября 2013 года
 * официальное опубликование …»: a register line that runs the act's number, the title and the anchors
 * together. The title is what stands between the number and the first anchor.
 */
const LEADING_ACT_NUMBER = /^№\s*\d[\d/\-–.]*\s+(?=\S)/;
const INLINE_ANCHOR = /\s(?:(?:единый\s+)?(?:день|дни)\s+голосования|дата\s+(?:выборов|голосования))\s*[—–-]|\sофициальное\s+опубликование\s+решения/i;
function ownTitleText(text: string): string {
  const rest = text.replace(LEADING_ACT_NUMBER, '');
  if (!TITLE_START.test(rest) || (rest === text && !INLINE_ANCHOR.test(rest))) return text;
  const anchor = INLINE_ANCHOR.exec(rest);
  const title = anchor ? rest.slice(0, anchor.index).trim() : rest;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

// «ANEXĂ: PROGRAMUL CALENDARISTIC …», «Приложение: План …»: the annex label glued to the title it heads.
const ANNEX_LABEL = /^(?:anex[ăa]|приложение)(?:\s+(?:nr\.?|№)?\s*\d+)?\s*[:.]\s+/i;
function withoutAnnexLabel(text: string): string {
  const rest = text.trim().replace(ANNEX_LABEL, '');
  return rest !== text.trim() && (TITLE_START.test(rest) || startsLatinTitle(rest)) ? rest : text;
}

export function findTitle(lines: readonly DocLine[], exclude: ReadonlySet<number>): TitleResult | null {
  const all = lines
    .filter((l) => !exclude.has(l.line))
    .map((l) => (LEADING_ACT_NUMBER.test(l.text.trim()) || INLINE_ANCHOR.test(l.text) ? { ...l, text: ownTitleText(l.text.trim()) } : l))
    .map((l) => ({ ...l, text: withoutAnnexLabel(l.text) }));
  for (let i = all.length - 1; i >= 0; i--) {
    const text = despace(all[i]!.text);
    if (!text || text.length > 700 || PROSE.test(text)) continue;
    if (TITLE_START.test(text) || startsLatinTitle(text)) {
      // Kyrgyz puts the plan word last: «Салам-Алик айылдык кеңешинин 2025-жыл үчүн» / «ИШ ПЛАНЫ» is
      // one title, read up from the plan word; the lines below it are the body's own headings.
      if (ONLY_TURKIC_PLAN_WORDS.test(foldTurkic(text.trim()))) {
        const up = collect(all, i, 'up', exclude);
        if (up.lines.size > 1) return up;
      }
      return collect(all, i, 'down');
    }
    // A one-line Kyrgyz title can be long («… округдарынын депутаттарын … шайлоонун кыскача календардык планы»).
    if ((endsWithTurkicPlanWord(text) || endsWithLatinPlanWord(text)) && (text.length < 120 || (text.length < 300 && !/[.!?]\s/.test(text))))
      return collect(all, i, 'up', exclude);
  }
  // No plan word: a resolution's «О …» heading, else the last short group of lines before the body
  // that is not a signature, a numbered clause or a sentence that introduces a list.
  const groups: DocLine[][] = [];
  let group: DocLine[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    // A resolution's «О …» / «Об утверждении …» heading names the whole plan and runs long.
    const limit = /^об?\s/i.test(l.text) ? 700 : 250;
    if (exclude.has(l.line) || !l.text || NOT_TITLE.test(l.text) || PREAMBLE_OPENING.test(l.text) || l.text.length > limit) {
      if (group.length) groups.push(group);
      group = [];
      continue;
    }
    if (group.length < 8) group.unshift(l);
  }
  if (group.length) groups.push(group);
  const text = (g: DocLine[]): string => g.map((l) => despace(l.text)).join(' ');
  // A resolution's heading in capitals runs over more lines than any other short group.
  const heading = groups.find((g) => /^об?\s+[А-ЯЁа-яё]/i.test(text(g)) && !/[.:]$/.test(text(g)));
  const chosen = heading ?? groups.map((g) => g.slice(-5)).find((g) => !NOT_A_HEADING.test(text(g)) && !SIGNATURE.test(text(g)));
  if (!chosen) return null;
  return { title: normalizeTitle(chosen.map((l) => l.text)), lines: new Set(chosen.map((l) => l.line)), strong: false };
}

const ACCUSATIVE: [RegExp, string][] = [
  [/^программу/i, 'Программа'],
  [/^стратегию/i, 'Стратегия'],
  [/^дорожную\s+карту/i, 'Дорожная карта'],
  [/^комплексную\s+программу/i, 'Комплексная программа'],
];

/**
 * «1. Утвердить (Одобрить) Календарный план мероприятий … (прилагается).»: the resolution names the plan it
 * approves, in the accusative (the same as the nominative for «план», «перечень», «комплекс»).
 */
export function approvedTitle(lines: readonly DocLine[]): string | null {
  const text = lines.map((l) => l.text).join('\n');
  const m = /(?:^|[\s.])(?:Утвердить|Одобрить)\s+([\s\S]{8,700}?)\s*(?:\((?:прилага|приложени)[^)]*\)|\.\s*(?:\n|$)|;|\n\s*\n|\n\s*\d+\s*\.)/.exec(text);
  // Kazakh and Kyrgyz put the verb last: «… күнтізбелік жоспары бекітілсін» (languages/turkic-decree.ts).
  if (!m) return turkicApprovedTitle(lines);
  // «Утвердить "Календарный план …".»: the name quoted as a whole.
  let title = m[1]!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["«„“]([^"«»„“”]+)["»“”]$/, '$1')
    // «Утвердить прилагаемый План работы …»: «прилагаемый» points to the appendix, it is not the plan's name.
    .replace(/^прилагаем[а-яё]+\s+/i, '')
    // «… на 2023 год согласно приложению к настоящему решению»: where the plan is printed, not its name.
    .replace(/,?\s+(?:согласно|в\s+соответствии\s+с)\s+приложени[а-яё]*(?:\s+(?:№|N)?\s*\d+)?(?:\s+к\s+настоящему\s+[а-яё]+)?$/i, '');
  if (!/^(?:[а-яё]+\s+)?(?:план|программ|комплекс|перечень|календар|стратеги|дорожн|график|мероприяти)/i.test(title)) return null;
  for (const [re, nominative] of ACCUSATIVE) if (re.test(title)) title = title.replace(re, nominative);
  return normalizeTitle([title.charAt(0).toUpperCase() + title.slice(1)]);
}

/**
 * «… Горизбирком утвердил план работы комиссии на 2026 год, в котором …», «… утвержден План
 * мероприятий по обеспечению … на 2026 год.», «… утверждена Программа … на территории города в 2019 году.»: a news
 * text tells which plan was approved. The name
 * runs from the plan word to the year it is for; without a year the sentence is not trusted.
 */
const TOLD_TITLE =
  /(?:утвердил[аио]?|утвержд[её]н[аоы]?|одобрил[аио]?|принял[аио]?)\s+((?:план|программ[уа]|комплекс|перечень|календарный\s+план)(?![а-яё])[^.;!?]{0,400}?\s(?:на\s+\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:год[ыау]?|гг?\.)|в\s+\d{4}\s*(?:году|г\.)))(?![а-яё])/i;

/**
 * «Согласно требованиям … был утвержден Календарный план организационных мероприятий по подготовке и проведению
 * выборов.»: without a year, a name written with its capital that closes the sentence is the plan's name too, whether
 * the paragraph ends there or goes on with the next sentence («… четвертого созыва. В соответствии с …»).
 */
const TOLD_NAME_ENDS_SENTENCE =
  /(?:утвердил[аио]?|утвержд[её]н[аоы]?|одобрил[аио]?|одобрен[аоы]?)\s+((?:План|Программ[уа]|Комплекс|Перечень|Календарный\s+план)(?![а-яё])[^.;!?«»"]{10,300})\.(?:\s*$|\s+(?=[А-ЯЁ]))/;

/**
 * «Заслушав информацию о Сводном плане основных мероприятий … на 2020 год и руководствуясь …», «Рассмотрев проект
 * Плана работы … на 2024 год»: a resolution's preamble names the plan it is about, in the prepositional (or the
 * genitive) case, up to the year it is for.
 */
const CONSIDERED_TITLE =
  /(?:Заслушав|Рассмотрев|Обсудив)\s+(?:(?:информаци[юи]|доклад|сообщени[ея])\s+(?:о|об)\s+|проект\s+)((?:[А-ЯЁа-яё]+(?:ом|ой)\s+){0,2}(?:плане|плана|программ[еы]|комплексе|комплекса|перечне|перечня)(?![а-яё])[^.;!?]{0,400}?\sна\s+\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:год[ыау]?|гг?\.))(?![а-яё])/i;

/**
 * «Комиссией было принято Решение об утверждении Плана работы Избирательной комиссии РИ на 2023 год. Решениями Комиссии
 * также были утверждены План …, План …»: a news text that tells the act approving a plan names that plan first, in the
 * genitive, up to the year; other plans approved along with it are named after, so the act's own plan is the title.
 */
const TOLD_DECISION_TITLE =
  /(?:решени[ея]|постановлени[ея])\s+об\s+утверждении\s+((?:плана|программы)(?![а-яё])[^.;!?«»]{0,400}?\sна\s+\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:год[ыау]?|гг?\.))(?![а-яё])/i;

/** «Сводном плане …», «Комплексной программы …»: the plan's name in the nominative. */
function nominativeName(name: string): string {
  return name
    .replace(/^([А-ЯЁа-яё]+)ом(\s+)(?=план|комплекс|перечн)/, '$1ый$2')
    .replace(/^([А-ЯЁа-яё]+)ой(\s+)(?=программ)/, '$1ая$2')
    .replace(/(^|\s)(план|комплекс)[еа](?![а-яё])/i, '$1$2')
    .replace(/(^|\s)(программ)[еы](?![а-яё])/i, '$1$2а')
    .replace(/(^|\s)перечн[ея](?![а-яё])/i, '$1перечень');
}

export function toldTitle(lines: readonly DocLine[]): string | null {
  for (const l of lines) {
    const considered = CONSIDERED_TITLE.exec(l.text.replace(/\s+/g, ' '));
    if (considered) {
      const title = nominativeName(considered[1]!);
      return normalizeTitle([title.charAt(0).toUpperCase() + title.slice(1)]);
    }
    const decision = TOLD_DECISION_TITLE.exec(l.text.replace(/\s+/g, ' '));
    if (decision) {
      const title = decision[1]!.replace(/^плана/i, 'План').replace(/^программы/i, 'Программа');
      return normalizeTitle([title]);
    }
    const quoted = azerbaijaniQuotedTitle(l.text);
    if (quoted) return quoted;
    const m = TOLD_TITLE.exec(l.text.replace(/\s+/g, ' ')) ?? TOLD_NAME_ENDS_SENTENCE.exec(l.text.replace(/\s+/g, ' '));
    if (!m) continue;
    let title = m[1]!;
    for (const [re, nominative] of ACCUSATIVE) if (re.test(title)) title = title.replace(re, nominative);
    return normalizeTitle([title.charAt(0).toUpperCase() + title.slice(1)]);
  }
  return null;
}

/**
 * From the plan word down (Russian) or up (Kyrgyz), across single blank lines (one cell per
 * line), until an anchor line, two blanks, or a line after the period has been named.
 */
function collect(lines: readonly DocLine[], at: number, direction: 'down' | 'up', exclude?: ReadonlySet<number>): TitleResult {
  const part: DocLine[] = [lines[at]!];
  let length = lines[at]!.text.length;
  let blanks = 0;
  const step = direction === 'down' ? 1 : -1;
  for (let k = at + step; k >= 0 && k < lines.length && part.length < 10; k += step) {
    const l = lines[k]!;
    const text = despace(l.text);
    if (!text) {
      if (++blanks > (direction === 'up' ? 3 : 2)) break;
      continue;
    }
    // A stray letter between title lines (a drop cap, a misread glyph) is skipped, not a stop.
    if (/^[A-Za-zА-ЯЁа-яё]$/.test(text)) continue;
    // «План мероприятий» / «по содействию … на территории города Сургута в 2021 году»: a line going on
    // in lowercase with no sentence inside it is the title's, however many elections it names.
    const goesOnTitle = direction === 'down' && /^[a-zа-яё]/.test(text) && !/[.!?]\s/.test(text);
    if (NOT_TITLE.test(text) || (text.match(/\|/g) ?? []).length >= 2 || (text.length > 400 && !goesOnTitle) || length + text.length > 900) break;
    if (direction === 'down') {
      const previous = despace(part[part.length - 1]!.text);
      // «… на 2025 год» ends a title; a capitalised line after it is something else.
      if (/(?:год|году|годы|года|годов|гг?\.?)$/i.test(previous) && /^[А-ЯЁ][а-яё]/.test(text)) break;
      if (blanks > 0 && /[.;]$/.test(previous)) break;
      // «1. Основные направления деятельности», «I. …»: a numbered heading opens the body.
      if (/^(?:\d{1,2}|[IVXL]{1,6})\.\s+[А-ЯЁ]/.test(text)) break;
      part.push(l);
    } else {
      // A gap in the line numbers is a block the header already took (the гриф, an anchor): what
      // stands above it («Төрага …» signing the act) is not the title's.
      if (exclude && [...exclude].some((n) => n > l.line && n < part[0]!.line)) break;
      if (/[.;:]$/.test(text) || (blanks > 0 && part.length > 1 && !runsInto(text, despace(part[0]!.text)))) break;
      part.unshift(l);
    }
    blanks = 0;
    length += text.length;
  }
  return { title: normalizeTitle(part.map((l) => despace(l.text))), lines: new Set(part.map((l) => l.line)), strong: true };
}

/**
 * Kyrgyz sites print a title one phrase per paragraph («2020-жылдын 4-октябрына дайындалган,
 * Кыргыз Республикасынын» / «Жогорку Кеңешинин …» / «боюнча … иш-чараларынын»): the paragraph
 * above belongs to the title when the one below starts in lowercase, or when it breaks off on a
 * word that needs the next one (a genitive «…нын», a participle «дайындалган», «жана», a comma).
 * The гриф's own last words («… токтому менен бекитилген») never do.
 */
const LOWER_START = new RegExp(`^[a-z${LOWER}]`);
const runsInto = (above: string, top: string): boolean =>
  !/утвержд/i.test(above) && !TURKIC_GRIF_WORDS.test(foldTurkic(above)) && (LOWER_START.test(top) || TURKIC_RUNS_ON.test(above.trim()));

const PREPOSITIONAL: [RegExp, string][] = [
  [/^о\s+плане/i, 'План'],
  [/^о\s+календарном\s+плане/i, 'Календарный план'],
  [/^о\s+примерном\s+календарном\s+плане/i, 'Примерный календарный план'],
  [/^о\s+типовом\s+календарном\s+плане/i, 'Типовой календарный план'],
  // «Об утверждении Календарного плана …»: the plan in the genitive.
  [/^об\s+утверждении\s+плана/i, 'План'],
  [/^об\s+утверждении\s+календарного\s+плана/i, 'Календарный план'],
  [/^об\s+утверждении\s+примерного\s+календарного\s+плана/i, 'Примерный календарный план'],
  [/^об\s+утверждении\s+типового\s+календарного\s+плана/i, 'Типовой календарный план'],
  [/^о\s+сводном\s+плане/i, 'Сводный план'],
  [/^о\s+едином\s+плане/i, 'Единый план'],
  [/^о\s+комплексе/i, 'Комплекс'],
  [/^о\s+перечне/i, 'Перечень'],
  [/^о\s+программе/i, 'Программа'],
  [/^о\s+комплексной\s+программе/i, 'Комплексная программа'],
  // «Об утверждении Плана …»: the act approves the plan, the plan is what is named.
  [/^об\s+утверждении\s+(?:плана)(?![а-яё])/i, 'План'],
  [/^об\s+утверждении\s+календарного\s+плана/i, 'Календарный план'],
  [/^об\s+утверждении\s+сводного\s+плана/i, 'Сводный план'],
  [/^об\s+утверждении\s+комплекса(?![а-яё])/i, 'Комплекс'],
  [/^об\s+утверждении\s+перечня(?![а-яё])/i, 'Перечень'],
  [/^об\s+утверждении\s+программы(?![а-яё])/i, 'Программа'],
];

/** «О Плане основных мероприятий …» (the resolution's heading) → «План основных мероприятий …». */
function fromPrepositional(title: string): string {
  for (const [re, nominative] of PREPOSITIONAL) if (re.test(title)) return title.replace(re, nominative);
  return title;
}

export function normalizeTitle(parts: readonly string[]): string {
  return fromPrepositional(unquoted(properNames(shapeTitle(parts))));
}

/** «"Об утверждении Календарного плана …"»: a site quotes the act's heading whole; the quotes are not the title's. */
function unquoted(title: string): string {
  const m = /^[«"“]([\s\S]+)[»"”]$/.exec(title);
  if (!m) return title;
  const inner = m[1]!;
  const balanced = (inner.match(/«/g) ?? []).length === (inner.match(/»/g) ?? []).length && (inner.match(/"/g) ?? []).length % 2 === 0;
  return balanced ? inner : title;
}

/**
 * «ПЛАН РАБОТЫ ТЕРРИТОРИАЛЬНОЙ ИЗБИРАТЕЛЬНОЙ КОМИССИИ ЗАОКСКОГО РАЙОНА на 2025 год»: the shouted
 * words are read as the whole title in capitals would be (place names keep their capital, «ПРИ»
 * is a preposition, ТИК stays an abbreviation); words printed in lower case stay as printed.
 */
function lowerShouted(title: string): string {
  const sentence = capsToSentence(title.toUpperCase()).split(/(\s+)/);
  const words = title.split(/(\s+)/);
  if (sentence.length !== words.length) return title;
  const out = words.map((w, i) => (/[А-ЯЁ]{2}/.test(w) && !/[а-яё]/.test(w) && !/^(?:ИКМО|ОМСУ|ИКСРФ|РЦОИТ)[,.]?$/.test(w) ? sentence[i]! : w));
  const joined = out.join('');
  return properNames(joined.charAt(0).toUpperCase() + joined.slice(1));
}

function shapeTitle(parts: readonly string[]): string {
  let title = singleLine(joinLines(parts.map((p) => despace(p.replace(/\*+/g, '').trim()))))
    .replace(/\s+/g, ' ')
    .trim();
  title = title.replace(/\s+([,.;:])/g, '$1').replace(/;$/, '');
  if (!/[а-яё]/.test(title) && /[А-ЯЁ]{4}/.test(title)) return capsToSentence(title);
  // Capitals mixed into a printed title («… 30 МАРТА 2003 года»): lower them, keep abbreviations.
  // «… Заокского района НА 2025 ГОД»: the period line shouted under a title in sentence case.
  const shoutedPeriod = /[а-яё]/.test(title) && /(?:^|\s)НА\s+[\dIV]+[^а-яё]*\s(?:ГОД|ГОДА|ГОДЫ|ГОДОВ|ГГ?\.|ПОЛУГОДИЕ|КВАРТАЛ)(?=[\s,.]|$)/.test(title);
  if ((title.match(/(?:^|\s)[А-ЯЁ]{4,}(?=[\s,.]|$)/g) ?? []).length >= 2 || shoutedPeriod) title = lowerShouted(title);
  // «ПЛАН работы …», «КАЛЕНДАРНЫЙ ПЛАН мероприятий …»: the shouted opening words, not abbreviations.
  const caps = /^[А-ЯЁ]{4,}(?:\s+(?:[А-ЯЁ]{4,}|МЕР|И|ПО|НА|В)(?=\s|$))*(?:\s+|$)/.exec(title);
  if (caps && /[а-яё]/.test(title.slice(caps[0].length))) {
    const lowered = caps[0].toLowerCase();
    title = lowered.charAt(0).toUpperCase() + lowered.slice(1) + title.slice(caps[0].length);
  }
  // Kyrgyz «… иш-чараларынын КАЛЕНДАРДЫК ПЛАНЫ», «… 2025-жыл үчүн ИШ ПЛАНЫ», Kazakh «… іс-шаралардың КҮНТІЗБЕЛІК ЖОСПАРЫ»
  title = title.replace(new RegExp(`\\s((?:ИШ\\s+)?[${UPPER}]{4,}(?:\\s+[${UPPER}]{4,})*)$`), (m, words: string) =>
    new RegExp(`[${LOWER}]`).test(title) ? ` ${words.toLowerCase()}` : m,
  );
  return title;
}

export function guessKind(title: string, signs: { description: boolean; elections: boolean }): PlanKind {
  const t = title.toLowerCase();
  const turkic = turkicPlanKind(title);
  if (turkic) return turkic;
  if (/календарн|календардык/.test(t)) return 'calendar';
  if (/по\s+подготовке\s+и\s+проведению\s+(?:[а-яё]+\s+)?(?:выбор|референдум)|даярдоо\s+жана\s+өткөрүү/.test(t)) return 'calendar';
  if (/стратегическ|стратеги/.test(t)) return 'strategic';
  if (/сводн|единый\s+план/.test(t)) return 'consolidated';
  if (/^(?:учебн[а-я]+\s+)?программ/.test(t)) return 'programme';
  if (signs.description && /программ/.test(t)) return 'programme';
  if (/план[а-я]*\s+работы|план[а-я]*\s+деятельности|рабочий план|иш\s+планы/.test(t)) return 'work_plan';
  if (signs.elections) return 'calendar';
  return 'other';
}
