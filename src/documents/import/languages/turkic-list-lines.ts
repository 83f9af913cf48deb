import { LOWER } from './turkic-letters.js';

/**
 * Lines of news texts and posts that give the term first, then the action, written with a space
 * instead of the Kyrgyz CEC's hyphens: Kazakh «2024 жылғы 8 мамырға дейін сайлаушылар тізімін
 * ұсыну;», «2024 жылғы 1 маусымнан бастап …», «2024 жылғы 20 мамыр – 5 маусым аралығында …», Kyrgyz
 * «2024 жылдын 8 майына чейин …». Group 1 is the term, group 2 the action.
 */
const DATE = `\\d{4}\\s*-?\\s*ж(?:ыл[${LOWER}]*|\\.)\\s*\\d{1,2}\\s*-?\\s*[${LOWER}]{3,}`;
const DAY = `\\d{1,2}\\s*-?\\s*[${LOWER}]{3,}`;
const CLOSE = '(?:дейін|чейин|бастап|баштап|тартып|кешіктірмей|кечиктирбестен|аралығында|аралыгында|қоса\\s+алғанда|кошуп\\s+алганда)';
/** «12-мартка чейин …»: the Kyrgyz day and month joined by a hyphen, the year left out. */
const DAY_HYPHEN = `\\d{1,2}-[${LOWER}]{3,}`;
export const TURKIC_TERM_FIRST = new RegExp(`^((?:${DATE}|${DAY_HYPHEN})(?:\\s*[-–—]\\s*(?:${DATE}|${DAY}))?\\s+${CLOSE})\\s+(.{6,})$`, 'iu');

/** A year-first date in the line («2024 жылғы 8 мамыр», «2024-жылдын»): the line names a date. */
export const TURKIC_NAMES_DATE = /\d{4}\s*-?\s*ж(?:ыл|\.)/i;
