import { TURKIC_CAPITAL, turkicSection } from '../languages/turkic-sections.js';

/**
 * Item numbers as plans write them: «1.», «1.2», «1.2.3.», «Раздел I.», «II.», «2)».
 * Numbers are normalised without the trailing dot; Roman section numbers get an Arabic alias so
 * that «1.1» finds «Раздел I» as its parent.
 */
export interface LeadingNumber {
  number: string;
  /** Arabic equivalent used for hierarchy ("I" → "1"). */
  alias: string;
  rest: string;
  /** «Раздел», «Глава», Roman numbers: a section for sure. */
  sectionMarker: boolean;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 200 ? total : null;
}

const SECTION_WORD = /^(раздел|глава|часть|направление|блок)\s+([IVXLC]+|\d{1,3})\b\.?\s*[.:–—-]?\s*/i;
const ROMAN_NUMBER = /^([IVXLC]{1,6})\s*[.)]\s+(?=\S)/;
// The first level may run into thousands in flat consolidated plans; deeper levels stay small.
const ARABIC_NUMBER = /^(\d{1,4}(?:\.\d{1,3}){0,5})(\.?)(?:\s+|\)\s*|$)/;

/**
 * Reads a number at the start of a title. `requireText` rejects bare numbers and
 * dates («15.02. -15.03.2021»): after the number a letter or a quote must follow.
 */
export function parseLeadingNumber(text: string, options: { requireText?: boolean } = {}): LeadingNumber | null {
  const t = text.trim();
  const section = SECTION_WORD.exec(t);
  if (section) {
    const raw = section[2]!.toUpperCase();
    const alias = /^\d+$/.test(raw) ? String(parseInt(raw, 10)) : String(romanToInt(raw) ?? raw);
    // The number is kept as printed («Раздел 1», «Глава II»): that is how the plan names it.
    return { number: `${section[1]} ${raw}`, alias, rest: t.slice(section[0].length).trim(), sectionMarker: true };
  }
  // Kazakh and Kyrgyz «1-бөлүм.», «II БӨЛІМ»: the number before the word.
  const turkic = turkicSection(t);
  if (turkic) return { ...turkic, sectionMarker: true };
  const roman = ROMAN_NUMBER.exec(t);
  if (roman) {
    const value = romanToInt(roman[1]!);
    const rest = t.slice(roman[0].length).trim();
    if (value !== null && (/^[«"А-ЯЁA-Z]/.test(rest) || TURKIC_CAPITAL.test(rest))) {
      return { number: roman[1]!, alias: String(value), rest, sectionMarker: true };
    }
  }
  const arabic = ARABIC_NUMBER.exec(t);
  if (!arabic) return null;
  const number = arabic[1]!;
  const rest = t.slice(arabic[0].length).trim();
  if (number.split('.').some((part) => part.length > 1 && part.startsWith('0'))) return null;
  // Romanian «Începând …», Azerbaijani «Əsas …» open with letters beyond A–Z.
  if (options.requireText && !/^[«"„(A-Za-zА-Яа-яЁёӘҒҚҢӨҰҮҺІәғқңөұүһіĂÂÎȘŞȚŢăâîșşțţƏəÖöÜüÇçĞğİı]/.test(rest)) return null;
  // «27 декабря», «5 дней»: a single number without a dot before a lowercase word is a quantity.
  if (!number.includes('.') && !arabic[2] && /^[a-zа-яё]/.test(rest)) return null;
  if (/^\d/.test(rest)) return null;
  // «1)» lists inside a cell are not item numbers; only accept «)» for a bare number cell.
  if (arabic[0].includes(')') && rest) return null;
  return { number, alias: number, rest, sectionMarker: false };
}

/** A footnote mark printed beside a row's number («1.1» / «<*>»): it refers to the row. */
export const FOOTNOTE_MARK = /^(?:<\*{1,3}>|\*{1,3}|<\d{1,2}>)$/;

/** A cell holding only a number («1.2.», «III», «Раздел 2»). */
export function parseNumberCell(text: string): LeadingNumber | null {
  const t = text.trim().replace(/\.$/, '');
  if (!t) return null;
  if (/^\d{1,4}(?:\.\d{1,3}){0,5}$/.test(t)) return { number: t, alias: t, rest: '', sectionMarker: false };
  const roman = romanToInt(t);
  if (roman !== null) return { number: t, alias: String(roman), rest: '', sectionMarker: true };
  return parseLeadingNumber(text);
}

export function parentNumber(alias: string): string | null {
  const i = alias.lastIndexOf('.');
  return i > 0 ? alias.slice(0, i) : null;
}

export function numberDepth(alias: string): number {
  return alias.split('.').length;
}
