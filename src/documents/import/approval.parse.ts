import type { DocLine } from './doc-lines.js';

/**
 * The approval block («гриф»): «УТВЕРЖДЕН постановлением … от 27 декабря 2021 г. № 3/20-7»,
 * «Приложение к постановлению от 10.07.2012 № 40/244-5», «УТВЕРЖДАЮ Председатель … "26" июня
 * 2023 года». Word puts it in a right-aligned box, so it arrives as several short lines.
 */
export interface Approval {
  authority: string | null;
  date: string | null;
  number: string | null;
  /** «Приложение № 2 … УТВЕРЖДЕНО …»: the appendix number of the approving resolution. */
  appendix?: string | null;
}

export interface ApprovalBlock extends Approval {
  lines: Set<number>;
}

const ANCHOR = /^\s*\**\s*(УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДАЮ|Утвержден[аоы]?|Утверждаю|ПРИЛОЖЕНИЕ|Приложение|СОГЛАСОВАН[АОЫ]?)(?![а-яА-ЯёЁ])/;
const TITLE_START = /^\**\s*(?:план|программа|сводный|календарный|стратегический|мероприятия|перечень|график)(?![а-яё])/i;

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,2}$/.test(w)) {
    const n = parseInt(w, 10);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (/^ма[йя]$/.test(w)) return 5;
  const i = MONTHS.findIndex((m, k) => k !== 4 && w.startsWith(m));
  return i >= 0 ? i + 1 : null;
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 100) year += 2000;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_PATTERNS: RegExp[] = [
  /от\s+[«"“„]?\s*(\d{1,2})\s*[»"”]?\s+([а-яё]+)\s+(\d{4})/i,
  /от\s+(\d{1,2})\.(\d{1,2})\.(\d{2,4})/,
  /[«"“„]\s*(\d{1,2})\s*[»"”]\s*([а-яё]+|\d{1,2})\.?\s+(\d{4})/i,
  /(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*(?:г\.?|года)?/i,
  /(\d{1,2})\.(\d{1,2})\.(\d{4})/,
];

export function findDate(text: string): { iso: string; index: number; end: number } | null {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const month = monthFromWord(m[2]!);
    const iso = month ? isoDate(parseInt(m[1]!, 10), month, parseInt(m[3]!, 10)) : null;
    if (iso) return { iso, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

const NUMBER = /№\s*([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё/\-–.]*)/;

/** Feminine genitive → nominative for the usual approving bodies («Избирательной комиссии …»). */
export function toNominative(phrase: string): string {
  const words = phrase.split(' ');
  const nounAt = words.findIndex((w, i) => i < 4 && /^комиссии$/i.test(w));
  if (nounAt < 0) return phrase;
  for (let i = 0; i < nounAt; i++) {
    if (!/ой$/.test(words[i]!)) return phrase;
  }
  for (let i = 0; i < nounAt; i++) words[i] = words[i]!.replace(/ой$/, 'ая');
  words[nounAt] = words[nounAt]!.replace(/комиссии$/i, (m) => (m[0] === 'К' ? 'Комиссия' : 'комиссия'));
  return words.join(' ');
}

function parseBlock(text: string, anchor: string): Approval {
  const date = findDate(text);
  const afterDate = date ? NUMBER.exec(text.slice(date.end)) : null;
  const anyNumber = afterDate ?? NUMBER.exec(text.replace(/^\s*Приложение\s*№\s*\S+/i, ''));
  const number = anyNumber ? anyNumber[1]!.replace(/[.,;–-]+$/, '') : null;
  let authority: string | null = null;
  if (/^утверждаю$/i.test(anchor)) {
    const end = date ? date.index : text.length;
    authority = text
      .slice(text.search(/утверждаю/i) + 'утверждаю'.length, end)
      .replace(/[_«»"“”]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || null;
  } else {
    const m = /(?:постановлени|решени|распоряжени|приказ|протокол)[а-яё]*\s+(.+?)\s+(?:от\s|№|$)/i.exec(text);
    const who = m?.[1]?.trim();
    if (who && !/^от(?:\s|$)/i.test(who) && !/^\d/.test(who)) authority = toNominative(who.replace(/[,;]$/, ''));
  }
  const appendix = /^\s*Приложение\s*№\s*([0-9]+[0-9A-Za-zА-Яа-яЁё.-]*)/i.exec(text)?.[1]?.replace(/[.-]+$/, '') ?? null;
  return { authority, date: date?.iso ?? null, number, appendix };
}

export function parseApproval(lines: readonly DocLine[]): ApprovalBlock | null {
  const blocks: (ApprovalBlock & { strength: number; at: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const anchor = ANCHOR.exec(lines[i]!.text);
    if (!anchor) continue;
    const used = new Set<number>([lines[i]!.line]);
    const parts = [lines[i]!.text];
    let blanks = 0;
    let j = i + 1;
    for (; j < lines.length && parts.length < 10; j++) {
      const l = lines[j]!;
      if (!l.text) {
        if (findDate(parts.join(' ')) || ++blanks > 3) break;
        continue;
      }
      if (TITLE_START.test(l.text) || l.text.length > 200) break;
      const nested = ANCHOR.exec(l.text);
      // «Приложение № 2 / УТВЕРЖДЕНО …» is one block; any other anchor starts a block of its own.
      if (nested && !(/^прилож/i.test(anchor[1]!) && /^утвержд/i.test(nested[1]!))) break;
      parts.push(l.text);
      used.add(l.line);
      if (/№\s*\S/.test(l.text) && findDate(parts.join(' '))) {
        j++;
        break;
      }
    }
    const text = parts.join(' ').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
    const parsed = parseBlock(text, /утверждаю/i.test(text) ? 'утверждаю' : anchor[1]!);
    if (!parsed.date && !parsed.number) continue;
    const strength = (/утвержд/i.test(text) ? 2 : 1) + (parsed.date ? 1 : 0) + (parsed.number ? 1 : 0);
    blocks.push({ ...parsed, lines: used, strength, at: i });
    i = j - 1;
  }
  if (blocks.length === 0) return null;
  // The approval nearest to the plan wins among equally complete ones.
  blocks.sort((a, b) => b.strength - a.strength || b.at - a.at);
  const { strength: _s, at: _a, ...best } = blocks[0]!;
  return best;
}

/**
 * A resolution printed before its appendix: «ИЗБИРАТЕЛЬНАЯ КОМИССИЯ … / ПОСТАНОВЛЕНИЕ /
 * 27 декабря 2021 года / № 16/2-7». Used when there is no «УТВЕРЖДЕН» block.
 */
export function parseResolutionHeader(lines: readonly DocLine[]): ApprovalBlock | null {
  const i = lines.findIndex((l) => /^(ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ)$/.test(l.text.replace(/\*/g, '').trim()));
  if (i < 0) return null;
  const window = lines.slice(i + 1, i + 8).filter((l) => l.text);
  const text = window.map((l) => l.text).join(' ');
  const date = findDate(text);
  const number = NUMBER.exec(text)?.[1]?.replace(/[.,;]+$/, '') ?? null;
  if (!date && !number) return null;
  const org = lines.slice(Math.max(0, i - 4), i).filter((l) => l.text).pop()?.text.replace(/\*/g, '').trim() ?? null;
  return { authority: org, date: date?.iso ?? null, number, lines: new Set([lines[i]!.line, ...window.map((l) => l.line)]) };
}
