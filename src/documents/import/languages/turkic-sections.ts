import { LOWER, UPPER } from './turkic-letters.js';

/**
 * Section headings of Kazakh and Kyrgyz plans put the number before the word: Kyrgyz «1-бөлүм.
 * Шайлоо комиссиялары», «II БӨЛҮМ», Kazakh «I бөлім. Сайлау комиссиялары», «2-БӨЛІМ»; the word
 * first («Бөлім 1») also occurs. The label is kept as printed, like «Раздел 1».
 */
const NUMBER_FIRST = new RegExp(`^(([IVXLC]{1,6}|\\d{1,3})\\s*-?\\s*(?:бөлім|бөлүм)[${LOWER}]*)\\.?\\s*[.:–—-]?\\s*`, 'i');
const WORD_FIRST = new RegExp(`^((?:бөлім|бөлүм)\\s+([IVXLC]{1,6}|\\d{1,3}))(?![\\d${LOWER}${UPPER}])\\.?\\s*[.:–—-]?\\s*`, 'i');

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(roman: string): number | null {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 200 ? total : null;
}

export interface TurkicSection {
  number: string;
  alias: string;
  rest: string;
}

/** «1-бөлүм. Шайлоо комиссиялары» → number «1-бөлүм», alias «1», rest «Шайлоо комиссиялары». */
export function turkicSection(text: string): TurkicSection | null {
  const t = text.trim();
  const m = NUMBER_FIRST.exec(t) ?? WORD_FIRST.exec(t);
  if (!m) return null;
  const raw = m[2]!.toUpperCase();
  const alias = /^\d+$/.test(raw) ? String(parseInt(raw, 10)) : romanValue(raw);
  if (alias === null) return null;
  return { number: m[1]!.replace(/\s+/g, ' '), alias: String(alias), rest: t.slice(m[0].length).trim() };
}

/** A line that is a section heading by its word: «2-бөлүм», «II БӨЛІМ. ҚАРЖЫЛАНДЫРУ». */
export const isTurkicSectionLine = (text: string): boolean => turkicSection(text) !== null;

/** A heading's text may open with a Kazakh or Kyrgyz capital («II. ҚАРЖЫЛАНДЫРУ», «III. Өзгөчө …»). */
export const TURKIC_CAPITAL = new RegExp(`^[${UPPER}]`);
