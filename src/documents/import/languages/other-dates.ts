/**
 * Dates of the two other languages commissions' pages come in: Armenian «2024 թվականի
 * հոկտեմբերի 20-ին» (year, month in the genitive, day with a case ending) and Tajik
 * «1-уми марти соли 2015» (day with the ordinal ending, month with the izafet «-и», «соли» before
 * the year). Tajik month names are the Russian ones, so the Russian month reader takes them.
 */
export { armenianMonth } from '../../../domain/locale/armenian-months.js';

/** Groups: year, month word, day. «թ.» is the short form of «թվականի». */
export const ARMENIAN_DATE = /(?<!\d)(\d{4})\s*թ(?:վական[ի]?|\.)\s+([\u0561-\u0587]{3,})\s+(\d{1,2})(?!\d)(?:\s*-\s*[\u0561-\u0587]+)?/gu;

/** Groups: day, month word, year. */
export const TAJIK_DATE = /(?<!\d)(\d{1,2})\s*-\s*[ую]?ми\s+([а-яӣӯ]{3,})\s+соли\s+(\d{4})(?!\d)/giu;
