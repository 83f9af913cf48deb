import type { DocLine } from './doc-lines.js';

/**
 * The plan's glossary: a list under «Принятые/Используемые сокращения» and definitions made in
 * passing, «… средствами массовой информации (далее – СМИ)». Executors are matched against it,
 * because an abbreviation only means something inside its own plan (ИККО is two regions).
 */
export interface Abbreviation {
  short: string;
  full: string;
}

const HEADING =
  /^(?:\**\s*)?(?:(?:принятые|используемые|список|перечень|условные)\s+)?(?:сокращени[яй]|обозначени[яй])(?:\s*,?\s*(?:используемые|принятые|применяемые)\s+в\s+(?:тексте\s+)?(?:плане|программе|документе|настоящем\s+плане))?\s*:?\s*\**\s*:?$|^(?:\**\s*)?(?:кыскартуулар|кыскартылган\s+сөздөр|кыскартуулардын\s+тизмеси)\s*:?\s*\**$/i;

/** Texts worth reading for a glossary: a list heading, or an inline definition. */
export const GLOSSARY_HINT = /сокращени|обозначени|кыскарт/i;
export const INLINE_HINT = /далее|мындан\s+ары|андан\s+ары|бұдан\s+әрі/i;
const DASH = /\s+([-–—=])\s+/g;

export interface AbbreviationList {
  entries: Abbreviation[];
  /** Source lines the list occupied (heading included). */
  lines: Set<number>;
}

/** «Сокращения, используемые в плане: ТИК – …; УИК – …»: the heading and its list on one line. */
const HEADING_WITH_LIST =
  /^(?:\**\s*)?(?:(?:принятые|используемые|список|перечень|условные)\s+)?(?:сокращени[яй]|обозначени[яй])(?:\s*,?\s*(?:используемые|принятые|применяемые)\s+в\s+(?:тексте\s+)?(?:плане|программе|документе|настоящем\s+плане))?\s*\**\s*:\s*(\S.*)$/i;

/** A line that opens a glossary, its entries after the colon included. */
export const opensGlossary = (text: string): boolean => HEADING_WITH_LIST.test(text.trim());

/** «ТИК – территориальная избирательная комиссия; УИК – участковая …»: several entries on one line. */
function entriesOf(text: string): string[] {
  const parts = text
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every(hasSplit) ? parts : [text];
}

function addEntry(result: AbbreviationList, entry: Abbreviation | null, line: number): void {
  if (!entry) return;
  const short = entry.short.replace(/[*:]+/g, '').trim();
  // «ТИК<tab>- территориальная …»: the dash stays in the second cell.
  const full = entry.full
    .replace(/^[-–—=:]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
  if (!short || !full || result.entries.some((e) => e.short === short)) return;
  result.entries.push({ short, full });
  result.lines.add(line);
}

export function parseAbbreviationList(lines: readonly DocLine[]): AbbreviationList {
  const result: AbbreviationList = { entries: [], lines: new Set() };
  for (let h = 0; h < lines.length; h++) {
    const heading = lines[h]!;
    const inline = HEADING_WITH_LIST.exec(heading.text.trim());
    if (inline && entriesOf(inline[1]!).every(hasSplit)) {
      const parts = entriesOf(inline[1]!);
      const dominant = dominantDash(parts.map((text) => ({ ...heading, text })));
      for (const part of parts) addEntry(result, splitEntry(part, dominant), heading.line);
      continue;
    }
    if (!HEADING.test(heading.text.replace(/\*/g, '').trim()) || heading.text.length > 60) continue;
    const candidates: DocLine[] = [];
    let misses = 0;
    for (let i = h + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l.text) continue;
      const ok = (l.cells && l.cells.length === 2) || hasSplit(l.text);
      if (!ok) {
        if (candidates.length > 0 || ++misses > 2) break;
        continue;
      }
      candidates.push(l);
    }
    const parts = candidates.flatMap((l) => (l.cells && l.cells.length === 2 ? [l] : entriesOf(l.text).map((text) => ({ ...l, text }))));
    const dominant = dominantDash(parts);
    for (const l of parts) {
      addEntry(result, l.cells && l.cells.length === 2 ? { short: l.cells[0]!, full: l.cells[1]! } : splitEntry(l.text, dominant), l.line);
    }
    if (candidates.length > 0) result.lines.add(heading.line);
  }
  return result;
}

function dashPositions(text: string): { index: number; length: number; dash: string }[] {
  const out: { index: number; length: number; dash: string }[] = [];
  for (const m of text.matchAll(DASH)) out.push({ index: m.index ?? 0, length: m[0].length, dash: m[1]! });
  return out;
}

function hasSplit(text: string): boolean {
  return dashPositions(text).some((p) => p.index > 0 && p.index <= 60);
}

/**
 * «ИККО – Кузбасса - Избирательная комиссия …»: the abbreviation itself contains a dash, so the
 * separator is the dash the other lines of the same list use.
 */
function dominantDash(lines: readonly DocLine[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const positions = dashPositions(l.text);
    if (positions.length === 1) counts.set(positions[0]!.dash, (counts.get(positions[0]!.dash) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [dash, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = dash;
  return best;
}

function splitEntry(text: string, dominant: string | null): Abbreviation | null {
  const positions = dashPositions(text).filter((p) => p.index > 0 && p.index <= 60);
  if (positions.length === 0) return null;
  const chosen = (dominant && positions.find((p) => p.dash === dominant)) || positions[0]!;
  return { short: text.slice(0, chosen.index).trim(), full: text.slice(chosen.index + chosen.length).trim() };
}

const INLINE = /\(\s*(?:далее|мындан\s+ары|андан\s+ары|бұдан\s+әрі)\s*(?:по тексту\s*)?(?:[-–—:]\s*|\s+)([^()]{1,80}?)\s*\)/gi;

/** «(далее – СМИ)», «(далее - ЦГО)», «(далее – Информационный центр)». */
export function findInlineDefinitions(texts: readonly { text: string; line: number }[]): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const { text } of texts) {
    if (!INLINE_HINT.test(text)) continue;
    for (const m of text.matchAll(INLINE)) {
      const short = m[1]!
        .replace(/[.;,]+$/, '')
        .trim()
        .replace(/^«([^«»]*)»$/, '$1')
        .replace(/^"([^"]*)"$/, '$1');
      if (!short || short.length > 60 || out.some((e) => e.short === short)) continue;
      const full = definitionBefore(text.slice(0, m.index ?? 0), short);
      if (full) out.push({ short, full });
    }
  }
  return out;
}

function clauseBefore(text: string): string {
  // The defined phrase sits in the same sentence or list entry; quotes may contain commas.
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '»') depth++;
    else if (ch === '«' && depth > 0) depth--;
    else if (depth === 0 && /[.;:!?\n]/.test(ch) && !/\d/.test(text[i - 1] ?? '') && !/^\s?[a-zа-яё«"]/.test(text.slice(i + 1, i + 3))) {
      return text.slice(i + 1).trim();
    } else if (depth === 0 && ch === ')') return text.slice(i + 1).trim();
  }
  return text.trim().replace(/^\d+(?:\.\d+)*\.?\s+/, '');
}

function definitionBefore(before: string, short: string): string | null {
  const clause = clauseBefore(before).replace(/^[-–—•]\s*/, '');
  if (!clause) return null;
  const words = clause.split(/\s+/);
  const acronym = /^[А-ЯЁA-Z]{2,}/.exec(short)?.[0];
  if (acronym) {
    const letters = acronym.toLowerCase().split('');
    for (let start = words.length - 1; start >= 0; start--) {
      if (
        !words[start]!.toLowerCase()
          .replace(/^[«"(]/, '')
          .startsWith(letters[0]!)
      )
        continue;
      if (initialsCover(words.slice(start), letters)) return words.slice(start).join(' ');
    }
    for (let start = words.length - 1; start >= 0; start--) {
      if (
        words[start]!.toLowerCase()
          .replace(/^[«"(]/, '')
          .startsWith(letters[0]!)
      )
        return words.slice(start).join(' ');
    }
    return null;
  }
  if (words.length <= 12) return clause;
  const stem = short.toLowerCase().slice(0, 5);
  const at = words.findIndex((w) =>
    w
      .toLowerCase()
      .replace(/^[«"(]/, '')
      .startsWith(stem),
  );
  return at >= 0 ? words.slice(at).join(' ') : words.slice(-12).join(' ');
}

function initialsCover(words: readonly string[], letters: readonly string[]): boolean {
  let k = 0;
  for (const w of words) {
    const first = w.toLowerCase().replace(/^[«"(]/, '')[0];
    if (first === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

export function mergeAbbreviations(...lists: readonly Abbreviation[][]): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const list of lists) for (const e of list) if (!out.some((x) => x.short === e.short)) out.push(e);
  return out;
}

/** Commission abbreviations that are read letter by letter (ЦИК — Центральная избирательная комиссия). */
export const INITIALISM_HINT = /(?<![А-ЯЁа-яё])(?:ЦИК|ТИК|УИК|ОИК|ИКМО|ИК)\s+[А-ЯЁ]/;
const INITIALISM = /(?<![А-ЯЁа-яё])(ЦИК|ТИК|УИК|ОИК|ИКМО|ИК)\s+([А-ЯЁ][а-яё-]+(?:\s+(?:[А-ЯЁ][а-яё-]+|района|области|края|округа|города)){0,3})(?![А-ЯЁа-яё])/g;

/**
 * «Постановление ЦИК Республики Карелия …» where the text also names «Центральная избирательная
 * комиссия Республики Карелия»: the abbreviation is the initials of the full name with the same
 * place after it. Only a full name printed in the document is taken, never one made up.
 */
export function findInitialisms(texts: readonly { text: string; line: number }[], toNominative: (phrase: string) => string): Abbreviation[] {
  const whole = texts.map((t) => t.text).join('\n');
  const out: Abbreviation[] = [];
  for (const m of whole.matchAll(INITIALISM)) {
    const [, abbr, tail] = m as unknown as [string, string, string];
    const short = `${abbr} ${tail}`;
    if (out.some((e) => e.short === short)) continue;
    const initials = [...abbr.toLowerCase()].map((c) => `[${c}${c.toUpperCase()}][а-яё]+`).join('\\s+');
    const escapedTail = tail.replace(/[-]/g, '\\-').split(/\s+/).join('\\s+');
    const full = new RegExp(`(?<![А-ЯЁа-яё])${initials}\\s+${escapedTail}(?![а-яё])`).exec(whole);
    if (!full) continue;
    out.push({ short, full: toNominative(full[0].replace(/\s+/g, ' ')) });
  }
  return out;
}
