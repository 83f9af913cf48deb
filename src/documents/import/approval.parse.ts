import type { approvalActKinds } from '../../shared/plan-format.js';
import { capsToSentence, toNominative } from './authority.parse.js';
import type { DocLine } from './doc-lines.js';
import { findDate, findDates, isoDate, monthFromWord } from './header-dates.js';
import { parseLatinActHeading, parseLatinApproval } from './languages/latin-approval.js';
import { turkicDecreeAuthority } from './languages/turkic-decree.js';
import { parseTurkicActHeading, parseTurkicActPage, parseTurkicApproval, parseTurkicToldApproval } from './languages/turkic-approval.js';

export { findDate, isoDate, monthFromWord, toNominative };

/**
 * The approval block («гриф») in the forms commissions print it: «УТВЕРЖДЕН постановлением …
 * от 27 декабря 2021 г. № 3/20-7», «Приложение № 2 к решению …», «УТВЕРЖДЕНО» one word per
 * line, «Одобрен …», «Протокол N 5», «УТВЕРЖДАЮ Председатель …», a one-line «Приложение к
 * Постановлению от … № … План …», a resolution whose text approves the plan, and the Kyrgyz
 * «… 2025-жылдын 10-июнундагы № 123 токтому менен бекитилген» (the formula ends the block).
 */
export type ActKind = (typeof approvalActKinds)[number];

export interface Approval {
  authority: string | null;
  date: string | null;
  number: string | null;
  /** «Приложение № 2 … УТВЕРЖДЕНО …»: the appendix number of the approving resolution. */
  appendix?: string | null;
  actKind?: ActKind | null;
}

export interface ApprovalBlock extends Approval {
  lines: Set<number>;
  /** «Приложение к Постановлению от … № 5 План работы …»: the title printed on the block's own line. */
  titleTail?: { line: number; text: string };
}

const ANCHOR = /^(УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДАЮ|ОДОБРЕН[АОЫ]?|ПРИНЯТ[АОЫ]?|ПРИЛОЖЕНИЕ|СОГЛАСОВАН[АОЫ]?|ПРОТОКОЛ)(?![А-ЯЁ])/i;
export const TITLE_START =
  /^(?:план|программа|сводный|единый|календарный|стратегический|комплексный|комплекс|мероприятия|основные\s+мероприятия|перечень|график|дорожная\s+карта|примерный|типовой|модельный|тематический|рабочий|календардык|иш\s+планы)(?![а-яё])/i;

const NUMBER_SIGN = String.raw`(?:№|Nº|N°|No\.?|(?<![A-Za-zА-Яа-яЁё])N(?=\s*[0-9]))`;
// «N 1000 р»: a letter printed apart after the digits is the register's suffix of the act kind
// (р — распоряжение, п — постановление); a preposition or conjunction after a number is not.
const NUMBER_SUFFIX = String.raw`(?:\s[бджзйлмнпрстфхцчшщ](?![А-Яа-яЁё0-9]))?`;
const NUMBER = new RegExp(`${NUMBER_SIGN}\\s*([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё/\\-–.]*${NUMBER_SUFFIX})`, 'g');
const APPENDIX = new RegExp(`^\\s*Приложение\\s*${NUMBER_SIGN}?\\s*([0-9]+[0-9A-Za-zА-Яа-яЁё.-]*)?`, 'i');
// «к Указу Президента …»: a decree names its author like any act, but its kind is not one a plan
// records (the register lists the acts of commissions), so it gives the body and no act kind.
const ACT = /(постановлени|решени|распоряжени|протокол|приказ|токтом)[а-яё]*/i;
const DECREE = /(?<![а-яё])указ(?:ом|у|а|е)?(?![а-яё])/i;

/** «П О С Т А Н О В Л Е Н И Е» and «У т в е р ж д е н о» are one word. */
export function despace(text: string): string {
  // «"Одобрен"», «**УТВЕРЖДЕНО**»: quotes and emphasis around the anchor word.
  const t = text
    .replace(/\*+/g, '')
    .trim()
    .replace(/^[«"“]([А-ЯЁа-яё]+)[»"”]$/, '$1')
    .replace(/^[«"“]([А-ЯЁа-яё]+)[»"”]\s/, '$1 ');
  return /^(?:[А-ЯЁа-яё]\s){3,}[А-ЯЁа-яё]$/.test(t) ? t.replace(/\s/g, '') : t;
}

function actKindOf(word: string | undefined): ActKind | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w.startsWith('постановлени') || w.startsWith('токтом')) return 'постановление';
  if (w.startsWith('решени')) return 'решение';
  if (w.startsWith('распоряжени')) return 'распоряжение';
  if (w.startsWith('протокол')) return 'протокол';
  if (w.startsWith('приказ')) return 'приказ';
  return null;
}

const OWN_NUMBER = String.raw`(?<!(?:комисси[иейя]|ТИК|УИК|ИКМО|ОИК|округа|участка)\s*)`;

const cleanNumber = (n: string): string => n.replace(/[.,;:–-]+$/, '').replace(/г$/, '');

/** Numbers of the block other than the appendix's own «Приложение № 2». */
function numbersIn(text: string): { value: string; index: number; end: number }[] {
  const appendix = APPENDIX.exec(text);
  const skipUntil = appendix && appendix[1] ? appendix.index + appendix[0].length : 0;
  const out: { value: string; index: number; end: number }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if ((m.index ?? 0) < skipUntil) continue;
    const value = cleanNumber(m[1]!);
    if (value) out.push({ value, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

interface ParsedBlock extends Approval {
  numberEnd: number | null;
}

function parseBlock(text: string, kind: 'formula' | 'personal'): ParsedBlock {
  // A commission's act wins over a decree quoted in the same block («во исполнение Указа …»).
  const act = ACT.exec(text) ?? DECREE.exec(text);
  const dates = findDates(text);
  const numbers = numbersIn(text);
  const actAt = act?.index ?? 0;
  // The date and number of the act, not of a law quoted before it.
  const date = dates.find((d) => d.index >= actAt) ?? dates[0] ?? null;
  const number = (date && numbers.find((n) => n.index >= date.end)) ?? numbers.find((n) => n.index >= actAt) ?? numbers[0] ?? null;
  const numberEnd = number ? number.end : null;
  let authority: string | null = null;
  if (kind === 'personal') {
    const start = text.search(/утверждаю|бекитемин/i);
    const end = date ? date.index : text.length;
    authority =
      text
        .slice(start < 0 ? 0 : start + 9, end)
        .replace(/[_«»"“”]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || null;
  } else if (act) {
    const after = text.slice(act.index + act[0].length);
    // «решением ТИК № 5 от …»: the number of a numbered commission is part of its name.
    const stop = after.search(
      new RegExp(`\\s(?:от|за)\\s|${OWN_NUMBER}${NUMBER_SIGN}|\\(|\\d{1,2}\\s*[./]\\s*\\d{1,2}\\s*[./]|[«"]?\\d{1,2}[»"]?\\s+[а-яё]+\\s+\\d{4}|\\sот$`, 'i'),
    );
    // «… комиссии № 24/1 от 22 октября 2020 года»: the act's own number before its date is not
    // part of the body's name (a commission's number is a plain «№ 5»; an act's has a slash or dash).
    const numberAt = number && /[/\-–]/.test(number.value) ? number.index - (act.index + act[0].length) : -1;
    const end = numberAt >= 0 && (stop < 0 || numberAt < stop) ? numberAt : stop;
    let who = (end >= 0 ? after.slice(0, end) : after)
      .replace(/^\s*заседани[яй]\s+/i, '')
      .replace(/[,;:\s]+$/, '')
      .trim();
    if (/^(?:от|№|N|\d)/i.test(who) || who.length < 3 || who.length > 200) who = '';
    // «Одобрен на заседании ТИК Заокского района (протокол № 3 от …)»: the meeting names the body.
    const meeting = who ? null : /заседани[иия]\s+(.{3,150}?)[\s,(]*$/i.exec(text.slice(0, act.index));
    if (meeting && !/^(?:от|№|N|\d)/i.test(meeting[1]!))
      who = meeting[1]!.replace(/[\s,]+(?:от\s+)?(?:[«"]?\d{1,2}[»"]?\s*[./\s]\s*(?:\d{1,2}|[а-яё]+)\s*[./\s]\s*\d{2,4}).*$/i, '').trim();
    authority = who ? toNominative(capsToSentence(who)) : null;
  } else {
    // «УТВЕРЖДЕН / Центральной избирательной комиссии / Республики Северная Осетия-Алания / от 22 февраля 2023 г. N 46/233-7»:
    // the act's kind left out, the body stands alone between the verb and the date.
    // «Приложение 3 / Главы муниципального образования / город Нижневартовск / от 29 декабря 2006 г. N 1131»: an
    // appendix гриф that drops «к постановлению» names the body (or its head) in the genitive; the kind stays unknown.
    const bare =
      /(?:^|\s)(?:утвержд[её]н[аоы]?|одобрен[аоы]?)\s+(.{5,200}?)\s+от\s/i.exec(text) ??
      /^\s*приложение(?:\s+(?:№|N)?\s*\d{1,3}[а-я]?)?\s+((?:[А-ЯЁ][а-яё]+)\s.{3,200}?)\s+от\s/i.exec(text);
    // «ОДОБРЕН / на заседании ТИК Заокского района / от …»: the meeting is the body's.
    const who =
      bare?.[1]
        ?.replace(/^на\s+заседании\s+/i, '')
        .replace(/[,;:\s]+$/, '')
        .trim() ?? '';
    if (who && (BODY_NAME.test(who) || HEAD_OF_BODY.test(who)) && !findDate(who) && !/^(?:от|№|N|\d|к\s)/i.test(who))
      authority = toNominative(capsToSentence(who));
  }
  const appendixMatch = APPENDIX.exec(text);
  const appendix = appendixMatch?.[1] ? cleanNumber(appendixMatch[1]) : null;
  return {
    authority,
    date: date?.iso ?? null,
    number: number?.value ?? null,
    appendix,
    actKind: kind === 'personal' ? null : actKindOf(act?.[1]),
    numberEnd,
  };
}

const NUMBER_LINE = new RegExp(`^(?:за\\s*)?${NUMBER_SIGN}|^\\(?\\s*протокол|^от\\s`, 'i');

/**
 * Word letterheads put «СОГЛАСОВАНО …» and «УТВЕРЖДАЮ …» side by side in one table row: each
 * cell is read as its own column of lines.
 */
function byCell(lines: readonly DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.cells || l.cells.length < 2) {
      out.push(l);
      continue;
    }
    // «СОГЛАСОВАНО | УТВЕРЖДАЮ» over rows of two cells: each column is one block, read top to bottom.
    let end = i + 1;
    while (end < lines.length && lines[end]!.cells?.length === l.cells.length) end++;
    const run = lines.slice(i, end);
    for (let c = 0; c < l.cells.length; c++)
      for (const row of run) for (const text of row.cells![c]!.split(/\n/)) out.push({ text: text.trim(), line: row.line, bold: row.bold });
    i = end - 1;
  }
  return out;
}

export function parseApproval(source: readonly DocLine[]): ApprovalBlock | null {
  const lines = byCell(source);
  const blocks: (ApprovalBlock & { strength: number; at: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = despace(lines[i]!.text);
    const anchor = ANCHOR.exec(first);
    if (!anchor) continue;
    const used = new Set<number>([lines[i]!.line]);
    const parts = [first];
    let blanks = 0;
    let j = i + 1;
    let parsed = parseBlock(first, /утверждаю/i.test(first) ? 'personal' : 'formula');
    if (!(parsed.date && parsed.number)) {
      for (; j < lines.length && parts.length < 30; j++) {
        const l = lines[j]!;
        const text = despace(l.text);
        if (!text) {
          if (++blanks > 2) break;
          continue;
        }
        blanks = 0;
        if (TITLE_START.test(text) || text.length > 200) break;
        const nested = ANCHOR.exec(text);
        // «Приложение № 2 / УТВЕРЖДЕНО …» is one block; any other anchor starts a block of its own.
        // «… от 25 декабря 2002 года / Протокол N 76» gives the number of the same act.
        const sameAct =
          (/^прилож/i.test(anchor[1]!) && /^(?:утвержд|одобр|принят)/i.test(nested?.[1] ?? '')) || (/^протокол/i.test(nested?.[1] ?? '') && !parsed.number);
        if (nested && !sameAct) break;
        // The date is there but no number: only a line that carries the number still belongs here.
        const bareSign = new RegExp(`${NUMBER_SIGN}\\s*$|№\\s*$`).test(parts[parts.length - 1]!);
        if (parsed.date && !parsed.number && !NUMBER_LINE.test(text) && !bareSign) break;
        parts.push(text);
        used.add(l.line);
        const joined = parts.join(' ').replace(/\s+/g, ' ');
        parsed = parseBlock(joined, /утверждаю/i.test(joined) ? 'personal' : 'formula');
        if (parsed.date && parsed.number) {
          j++;
          break;
        }
      }
    } else j = i + 1;
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    // «Приложение N 1 / УТВЕРЖДЕН / постановлением ЦИК России» without date and number still names the act.
    if (!parsed.date && !parsed.number && !(parsed.authority && parsed.actKind && /утвержд|одобр/i.test(text))) continue;
    const block: ApprovalBlock & { strength: number; at: number } = { ...withoutEnd(parsed), lines: used, strength: 0, at: i };
    const tail = titleAfterNumber(text, parsed.numberEnd);
    if (tail && parts.length === 1) block.titleTail = { line: lines[i]!.line, text: tail };
    block.strength = (/утвержд|одобр|принят/i.test(text) ? 2 : /^соглас/i.test(anchor[1]!) ? 0 : 1) + (parsed.date ? 1 : 0) + (parsed.number ? 1 : 0);
    blocks.push(block);
    i = j - 1;
  }
  // Kyrgyz and Kazakh: «… токтому менен бекитилген», «… қаулысына қосымша» (languages/turkic-approval.ts).
  const kyrgyz = parseTurkicApproval(lines);
  if (kyrgyz) blocks.push({ ...kyrgyz, strength: 2 + (kyrgyz.date ? 1 : 0) + (kyrgyz.number ? 1 : 0), at: -1 });
  // Romanian «APROBAT prin Hotărîrea …», Azerbaijani «… Qərarı ilə təsdiq edilmişdir» (languages/latin-approval.ts).
  const latin = parseLatinApproval(lines);
  if (latin) blocks.push({ ...latin, strength: 2 + (latin.date ? 1 : 0) + (latin.number ? 1 : 0), at: -1 });
  if (blocks.length === 0) return null;
  // The approval nearest to the plan wins among equally complete ones.
  blocks.sort((a, b) => b.strength - a.strength || b.at - a.at);
  const { strength: _s, at: _a, ...best } = blocks[0]!;
  return best;
}

function withoutEnd(p: ParsedBlock): Approval {
  const { numberEnd: _n, ...rest } = p;
  return rest;
}

function titleAfterNumber(text: string, numberEnd: number | null): string | null {
  if (numberEnd === null) return null;
  const rest = text.slice(numberEnd).replace(/^[\s.,;:)–-]+/, '');
  return TITLE_START.test(rest) ? rest : null;
}

/**
 * A resolution printed before its appendix: «ИЗБИРАТЕЛЬНАЯ КОМИССИЯ … / ПОСТАНОВЛЕНИЕ /
 * 27 декабря 2021 года / № 16/2-7 / … Утвердить Календарный план …». Used when there is no
 * approval block.
 */
export function parseResolutionHeader(lines: readonly DocLine[]): ApprovalBlock | null {
  return (
    resolutionHeading(lines) ??
    resolutionLine(lines) ??
    actHeadingLine(lines) ??
    datedNumberLine(lines) ??
    parseTurkicActPage(lines) ??
    parseTurkicActHeading(lines) ??
    parseLatinActHeading(lines)
  );
}

/** The head of a body who signs acts of his own: «Главы муниципального образования …», «Мэра города …». */
const HEAD_OF_BODY = /^(?:Глав[аыеу]|Мэр[аеу]?|Губернатор[аеу]?)\s+(?:муниципальн|город|район|округ|[А-ЯЁ])/;

/** A body's name: a commission, its abbreviation, a council, an administration. */
const BODY_NAME = /комисси|(?:^|\s)(?:ЦИК|ТИК|ИКМО|ИК|ОИК|БШК)(?:\s|$)|правительств|администраци|акимат|маслихат|совет|дум[аы]|кенеш/i;

/**
 * «Постановление Центральной избирательной комиссии Республики Казахстан» / «г. Астана от 4 февраля
 * 2011 г. №16/22» / «О сроках …», «Постановление ЦИК РК» / «О назначении …»: sites and readers print
 * the act's kind and its body on one line, the place, date and number (if at all) on the next, then
 * the act's «О …» title. The title line closes the heading: a date after it is the page's own.
 */
function actHeadingLine(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.map((l) => ({ line: l.line, text: despace(l.text).trim() })).filter((l) => l.text);
  for (let i = 0; i < filled.length; i++) {
    const m = /^(Постановление|Решение|Распоряжение|Приказ)\s+(.{3,160})$/i.exec(filled[i]!.text);
    if (!m || findDate(m[2]!) || numbersIn(m[2]!).length || !BODY_NAME.test(m[2]!) || /^[«"]?об?\s/i.test(m[2]!)) continue;
    const used = new Set([filled[i]!.line]);
    let date: string | null = null;
    let number: string | null = null;
    let titled = false;
    for (const next of filled.slice(i + 1, i + 4)) {
      if (/^[«"]?об?\s/i.test(next.text)) {
        titled = true;
        break;
      }
      // «г. Астана от 4 февраля 2011 г. №16/22», «от 22 июня 2007 года № 12»: the place is optional.
      const d = /^(?:(?:г\.|город)\s*[А-ЯЁ][^\s,]*,?\s+)?от\s/i.test(next.text) ? findDate(next.text) : null;
      if (!d || date) break;
      date = d.iso;
      number = numbersIn(next.text.slice(d.end))[0]?.value ?? null;
      used.add(next.line);
    }
    if (!titled && !date) continue;
    return { authority: toNominative(capsToSentence(m[2]!.replace(/[.,;:]+$/, ''))), date, number, actKind: actKindOf(m[1]), lines: used };
  }
  return null;
}

/**
 * «18 июня 2021 г.                    01-08/32» above «Об утверждении …»: a commission's site prints
 * the act's date at the left margin and its number at the right, the «№» sometimes left out. Only a
 * line that holds nothing else, followed by the act's «О …» heading, is read so: a stray date in a
 * text is not an approval.
 */
function datedNumberLine(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.map((l) => ({ line: l.line, text: despace(l.text) })).filter((l) => l.text);
  for (let i = 0; i + 1 < filled.length; i++) {
    const { text, line } = filled[i]!;
    const date = findDate(text);
    if (!date || date.index > 3 || text.replace(/\s+/g, ' ').length > 80) continue;
    // The reader may have parted the gap into cells or collapsed it: without «№» the number must
    // read as an act's («01-08/32»), not as a bare count.
    const m = new RegExp(`^(?:\\s*(?:г\\.?|года))?\\s+(${NUMBER_SIGN})?\\s*([0-9][0-9A-Za-zА-Яа-яЁё/\\-–.]*)$`).exec(text.slice(date.end));
    if (!m || !(m[1] || /\d[/\-–]\d/.test(m[2]!)) || !/^[«"]?об?\s/i.test(filled[i + 1]!.text)) continue;
    return { authority: null, date: date.iso, number: cleanNumber(m[2]!), actKind: null, lines: new Set([line]) };
  }
  return null;
}

/** «Постановление ЦИК Республики Карелия от 18.11.2010 г № 74/461-4» — the act on one line, as legal sites title it. */
function resolutionLine(lines: readonly DocLine[]): ApprovalBlock | null {
  for (const l of lines) {
    const text = despace(l.text);
    const m = /^(Постановление|Решение|Распоряжение|Приказ)\s+(.*)$/i.exec(text);
    if (!m || text.length > 400) continue;
    const rest = m[2]!;
    const date = findDate(rest);
    const number = numbersIn(rest)[0] ?? null;
    if (!date || !number) continue;
    const who = rest
      .slice(0, Math.min(date.index, number.index))
      .replace(/\s+от\s*$/i, '')
      .replace(/^от\s*$/i, '')
      .trim();
    const authority = who && !/^от(?:\s|$)/i.test(who) ? toNominative(capsToSentence(who)) : null;
    return { authority, date: date.iso, number: number.value, actKind: actKindOf(m[1]), lines: new Set([l.line]) };
  }
  return null;
}

/** «… Избирательная комиссия Магаданской области постановляет:» — the body in the nominative, as the resolution names itself. */
/** The first words of an act's preamble, after its heading and its date line. */
const ACT_TEXT_START = /^(?:в\s+соответствии|на\s+основании|руководствуясь|во\s+исполнение|в\s+целях|рассмотрев)(?![а-яё])/i;
const DECREE_ALONE = /^\s*(?:постановляет|постановила|решила|решает|решил)\s*:\s*$/i;

export function decreeAuthority(lines: readonly DocLine[]): string | null {
  const filled = lines.filter((l) => l.text.trim());
  for (const [k, l] of filled.entries()) {
    // «…, территориальная избирательная комиссия Шкотовского района» / «РЕШИЛА:»: the formula on a line of its own
    // closes the sentence that names the body on the line above.
    const text = k > 0 && DECREE_ALONE.test(l.text) ? `${filled[k - 1]!.text.trim()} ${l.text.trim()}` : l.text;
    const m = /([^,;:"»“”]{6,160}?)\s+(?:постановляет|постановила|решила|решает|решил)\s*:/i.exec(text);
    if (!m) continue;
    const phrase = m[1]!.trim();
    // «… избирательной системы Избирательная комиссия Пензенской области постановляет:» — the body is
    // the capitalised name nearest to the verb, not the lowercase words of the preamble before it.
    // «Санкт-Петербургская избирательная комиссия»: a hyphenated first word is one word of the name.
    const named = [
      ...phrase.matchAll(
        /(?:^|\s)([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:\s+[а-яё]+ая)*\s+(?:комиссия|палата|совет|правительство|администрация|дума)(?![а-яё]).*)$/g,
      ),
    ];
    if (named.length) {
      const who = named[named.length - 1]![1]!.trim();
      if (who.length >= 8) return who;
    }
    const start = phrase.search(
      /(?:^|\s)(?:[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*(?:ая|ый|ий|ое|ее)\s+)*(?:избирательная\s+)?(?:комиссия|палата|совет|правительство|администрация|дума)(?![а-яё])/i,
    );
    if (start < 0) continue;
    const who = phrase.slice(start).trim();
    if (who.length >= 8) return who.charAt(0).toUpperCase() + who.slice(1);
  }
  // Kazakh «… Орталық сайлау комиссиясы ҚАУЛЫ ЕТЕДІ:», Kyrgyz «… комиссиясы ТОКТОМ КЫЛАТ:» (languages/turkic-decree.ts).
  const turkic = turkicDecreeAuthority(lines);
  if (turkic) return turkic;
  // The signature: «Председатель / избирательной комиссии Липецкой области / Ю.И.АЛТУХОВ».
  const text = lines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  const signed = /Председатель\s+((?:[а-яё]+\s+){0,3}комиссии\s.{3,120}?)\s+(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.)/.exec(text);
  if (signed) return toNominative(signed[1]!.trim());
  return null;
}

/**
 * The act a body's «… постановляет:» / «… решила:» makes: a resolution or a decision. Only the
 * formula that closes the text before the plan's points counts (`last`: the preamble's last line).
 */
export function decreeActKind(lines: readonly DocLine[]): ActKind | null {
  const last = [...lines].reverse().find((l) => l.text.trim());
  const m = last && /(постановляет|постановила|решила|решает|решил)\s*:\s*$/i.exec(last.text);
  if (!m) return null;
  return /^реш/i.test(m[1]!) ? 'решение' : 'постановление';
}

const INLINE_ACT = String.raw`(постановлени[а-яё]*|решени[а-яё]*|распоряжени[а-яё]*|приказ[а-яё]*|протокол[а-яё]*)`;
// The act in the instrumental: «утверждено постановление № …» is a sentence that tells it (parseToldApproval).
const INLINE = new RegExp(
  String.raw`(?:^|[\s(,;–-])\(?\s*(?:утв\.|утвержд[её]н[аоы]?)\s+((?:постановлением|решением|распоряжением|приказом|протоколом)\s.*)$`,
  'i',
);

/**
 * The approval told on the title's own line, as registers and lists of documents print it:
 * «План на 2022 год утв. Постановлением ЦИК России от 15.12.2021 N 74/625-8.», «План работы …
 * (утв. решением ТИК … от … № …)», «План …, утвержден постановлением …». The title is what
 * stands before the formula.
 */
export function parseInlineApproval(lines: readonly DocLine[]): ApprovalBlock | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let text = despace(l.text);
    if (text.length > 600) continue;
    const m = INLINE.exec(text);
    if (!m) continue;
    // «(утв. постановлением администрации города» / «от 15 декабря 2011 г. N 4244)»: the bracket
    // left open goes on over the next lines until it closes.
    const used = new Set([l.line]);
    for (let k = i + 1; k < lines.length && k <= i + 3 && /\([^)]*$/.test(text); k++) {
      const next = despace(lines[k]!.text);
      if (!next) continue;
      text = `${text} ${next}`;
      used.add(lines[k]!.line);
    }
    const formula = text.slice(m.index + m[0].length - m[1]!.length).replace(/\)\s*\.?\s*$/, '');
    const parsed = parseBlock(formula, 'formula');
    if (!parsed.date && !parsed.number) continue;
    const head = text
      .slice(0, m.index)
      .replace(/[\s(,;:–-]+$/, '')
      .trim();
    // An HTML heading broken by <br> gives its title lines the formula's source line: that line is
    // the title's too, so the block does not claim it (the formula itself is never a title line).
    if (!head && lines.some((x, k) => k < i && x.line === l.line && x.text)) used.delete(l.line);
    const block: ApprovalBlock = { ...withoutEnd(parsed), lines: used };
    // What stands before the formula is the title's candidate; findTitle judges it like any other line.
    if (head.length >= 3) block.titleTail = { line: l.line, text: head };
    return block;
  }
  return null;
}

const MONTHS = '((?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*)';
/** «Центральной избирательной комиссией (комиссии) Республики Казахстан 10 апреля утверждено постановление № 10/232 …». */
const TOLD = new RegExp(
  String.raw`((?:[А-ЯЁ][а-яё]+(?:\s+[а-яё]+(?:ой|ей))*\s+(?:комиссией|комиссии|палатой|думой|администрацией|советом)|(?:ЦИК|ТИК|ИКМО|ИКС|ИК)(?![А-ЯЁа-яё]))(?:\s+\S+){0,8}?)\s+(?:от\s+)?(\d{1,2})\s+${MONTHS}(?:\s+(\d{4})\s*(?:г\.|года)?)?\s+утвержден[оаы]?\s+${INLINE_ACT}\s*${NUMBER_SIGN}\s*([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё/\-–.]*)`,
);
/** «Постановлением Избирательной комиссии X от … № … утвержден план …», «Решением ТИК … утвержден …». */
const TOLD_BY_ACT = /(?:^|[.!?]\s+)((?:Постановлением|Решением|Распоряжением|Приказом)\s.{5,300}?)\s+утвержд[её]н[аоы]?\s/;

/**
 * The approval told in a sentence of news or legal text. The sentence may omit the year
 * («10 апреля утверждено …»): the year is taken from the surrounding text when it names one
 * year only, else the date stays unknown and the planner is told.
 */

export function parseToldApproval(lines: readonly DocLine[], warn?: (message: string, line: number) => void): ApprovalBlock | null {
  for (const l of lines) {
    const text = despace(l.text);
    const byAct = TOLD_BY_ACT.exec(text);
    if (byAct) {
      const parsed = parseBlock(byAct[1]!, 'formula');
      if (parsed.date || parsed.number) return { ...withoutEnd(parsed), lines: new Set([l.line]) };
    }
    // «Кыргыз Республикасынын Борбордук шайлоо комиссиясы 2024-жылдын 30-апрелинде … календарлык планын бекитти.»
    const toldTurkic = parseTurkicToldApproval(text, l.line);
    if (toldTurkic) return toldTurkic;
    const told = TOLD.exec(text);
    if (!told) continue;
    const authority = toNominative(told[1]!.trim());
    const month = monthFromWord(told[3]!);
    let year = told[4] ? +told[4] : null;
    if (year === null) {
      const years = new Set(
        [
          ...lines
            .map((x) => x.text)
            .join(' ')
            .matchAll(/(?<![\d./-])((?:19|20)\d{2})(?![\d./-])/g),
        ].map((y) => y[1]!),
      );
      if (years.size === 1) year = +[...years][0]!;
      else warn?.(`Гриф утверждения: в «${told[2]} ${told[3]}» не указан год, дата постановления не определена`, l.line);
    }
    const date = year !== null && month !== null ? isoDate(+told[2]!, month, year) : null;
    return { authority, date, number: cleanNumber(told[6]!), actKind: actKindOf(told[5]), lines: new Set([l.line]) };
  }
  return null;
}

/** «ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ», «ИРКУТСКАЯ ОБЛАСТЬ», «РОССИЙСКАЯ ФЕДЕРАЦИЯ», «РЕСПУБЛИКА КАРЕЛИЯ»: a territory named in the nominative. */
const TERRITORY_LINE = /^(?:(?:[А-ЯЁ-]+\s+){0,3}(?:АВТОНОМНЫЙ\s+ОКРУГ|ОБЛАСТЬ|КРАЙ|РАЙОН|ФЕДЕРАЦИЯ)|РЕСПУБЛИКА(?:\s+[А-ЯЁ-]+){1,3})$/;

/** A letterhead's postal address (a street, a house, a six-digit index) or its phone, fax, e-mail line. */
const CONTACT_LINE =
  /(?:^|[\s,])(?:тел\.|тел\/|телефон|факс|e-?mail|эл\.\s*почта)|(?:^|[\s,])(?:ул\.|улица|пр-т|проспект|д\.\s*\d)|(?:^|[\s,])\d{6}(?:$|[\s,])/i;

const BARE_ACT_NUMBER = /^[0-9]{1,4}(?:[/\-–][0-9]{1,5}){1,3}$/;

function resolutionHeading(lines: readonly DocLine[]): ApprovalBlock | null {
  const i = lines.findIndex((l) => /^(ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|ПРОТОКОЛ|ТОКТОМ)(?:\s|$)/.test(despace(l.text)));
  if (i < 0) return null;
  const head = despace(lines[i]!.text);
  const near = lines
    .slice(i + 1, i + 10)
    .filter((l) => l.text)
    .slice(0, 6);
  // The act's «О …» heading closes its date and number: a date in the heading or under it is another's.
  // The preamble («В соответствии с …») and the operative formula («ПОСТАНОВЛЯЕТ:») close them too: the points under
  // it carry other days («1. Объявить 22 декабря 2019 года Днем выборов …»).
  const headingAt = near.findIndex((l) => /^[«"]?об?\s/i.test(despace(l.text)) || ACT_TEXT_START.test(despace(l.text)) || DECREE_ALONE.test(despace(l.text)));
  const window = headingAt < 0 ? near : near.slice(0, headingAt);
  const text = [head.replace(/^\S+/, ''), ...window.map((l) => despace(l.text))].join(' ');
  const date = findDate(text);
  // A commission's site may print the number alone on its line under the date, without «№»
  // («14 июня 2013 года» / «63/226-3»): only a number shaped like an act's («63/226-3», «12-2»).
  const bare = date ? window.find((l) => BARE_ACT_NUMBER.test(despace(l.text))) : undefined;
  // The number is read line by line: «№ 6/25» over the place «п. Рефтинский» is not «6/25 п»
  // (a letter after the digits is the register's suffix only on the number's own line).
  const byLine = [head.replace(/^\S+/, ''), ...window.map((l) => despace(l.text))].map((t) => numbersIn(t)[0]?.value).find(Boolean);
  const number = byLine ?? numbersIn(text)[0]?.value ?? (bare ? despace(bare.text) : null);
  if (!date && !number) return null;
  const org: string[] = [];
  const caps = (t: string): boolean => /[А-ЯЁ]{3}/.test(t) && !/[а-яё]/.test(t);
  // «ПОСТАНОВЛЕНИЕ ИЗБИРАТЕЛЬНОЙ КОМИССИИ АМУРСКОЙ ОБЛАСТИ ОТ 18.03.1999 N 345 О ПЛАНЕ …»: a law portal's one-line
  // heading names the body in the genitive after the act's kind; the lines above it are the portal's menu.
  const named = /^\S+\s+(.{6,150}?)\s+(?:от|ОТ)\s+\d/.exec(head);
  const inHeading = named && BODY_NAME.test(named[1]!) && !/\d/.test(named[1]!) ? toNominative(capsToSentence(named[1]!)) : null;
  for (let k = i - 1; inHeading === null && k >= 0 && org.length < 5; k--) {
    const t = despace(lines[k]!.text);
    if (!t) {
      // A letterhead in capitals is one name even when blank lines part its lines.
      const above = lines
        .slice(0, k)
        .reverse()
        .find((l) => despace(l.text));
      // «Территориальная избирательная комиссия» / «» / «Сапожковского района»: a line that names no body is the
      // end of the body's name printed on the line above, whatever blank lines the site put between them.
      const tail = org.length === 1 && !BODY_NAME.test(org[0]!) && !!above && BODY_NAME.test(despace(above.text)) && despace(above.text).length <= 150;
      if (org.length && !(org.every(caps) && above && caps(despace(above.text))) && !tail) break;
      continue;
    }
    if (org.length && org.every(caps) && !caps(t)) break;
    // «Красная ул., д.111, г. Краснодар, …, 350000» / «Тел./факс (861) 255-54-60» under the letterhead: where the
    // body is reached, not its name.
    if (!org.length && CONTACT_LINE.test(t)) continue;
    // «Территориальная избирательная комиссия Западная» / «г. Краснодара»: a name that ends with its adjective goes
    // on with the city in the genitive on the next line.
    const over = k > 0 ? despace(lines[k - 1]!.text) : '';
    if (!org.length && /^г\.\s*[А-ЯЁ][а-яё-]+$/.test(t) && BODY_NAME.test(over) && /[а-яё](?:ая|ый|ий|ой)$/.test(over)) {
      org.unshift(t);
      continue;
    }
    if (t.length > 150 || /^(?:г\.|город)\s/i.test(t)) break;
    // «(с полномочиями избирательной комиссии муниципального района …» under the letterhead says
    // what powers the body holds; it is not part of its name.
    if (!org.length && /^\(/.test(t)) continue;
    org.unshift(t);
  }
  // «ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ» / «ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ГОРОДА САЛЕХАРДА»: the territory
  // printed over the body's name, in the nominative, is where the body sits, not part of its name.
  while (org.length > 1 && TERRITORY_LINE.test(despace(org[0]!)) && !BODY_NAME.test(org[0]!) && org.slice(1).some((t) => BODY_NAME.test(t))) org.shift();
  const authority = inHeading ?? (org.length ? capsToSentence(org.join(' ').replace(/\s+/g, ' ')) : null);
  const used = new Set([lines[i]!.line, ...window.filter((l) => findDate(l.text) || numbersIn(l.text).length || l === bare).map((l) => l.line)]);
  return { authority, date: date?.iso ?? null, number, actKind: actKindOf(head.split(/\s/)[0]), lines: used };
}

/** What the planner must check when the approval is incomplete («номер постановления не найден»). */
export function approvalWarnings(approval: Approval | null): string[] {
  if (!approval) return ['Гриф утверждения (кем, когда, номер) не найден'];
  const act = { постановление: 'постановления', решение: 'решения', распоряжение: 'распоряжения', протокол: 'протокола', приказ: 'приказа' }[
    approval.actKind ?? 'постановление'
  ];
  const out: string[] = [];
  // «УТВЕРЖДАЮ Председатель …» is a signature, not an act: it has no number.
  if (!approval.number && approval.actKind) out.push(`Гриф утверждения: номер ${act} не найден`);
  if (!approval.date) out.push(`Гриф утверждения: дата ${act} не найдена`);
  if (!approval.authority) out.push('Гриф утверждения: утвердивший орган не указан');
  return out;
}
