/**
 * Azerbaijani month names (Latin script, the CEC of Azerbaijan's plans and acts). A date prints the month bare
 * after the day («8 dekabr 2023-cü il») or in the genitive before it («2023-cü il dekabrın 9-dək»,
 * «noyabrın 1-nə»): -ın/-in/-un/-ün, -nın after a vowel.
 */
const AZERBAIJANI_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];

const GENITIVE = /^(?:ın|in|un|ün|nın|nin)?$/;

/** The month an Azerbaijani month word names («dekabrın» → 12, «Avqust» → 8); null for any other word. */
export function azerbaijaniMonth(word: string): number | null {
  const w = word.toLocaleLowerCase('az');
  const i = AZERBAIJANI_MONTHS.findIndex((m) => w.startsWith(m) && GENITIVE.test(w.slice(m.length)));
  return i >= 0 ? i + 1 : null;
}

/** Azerbaijani letters Russian and English lack: a phrase holding one of them is Azerbaijani. */
export const AZERBAIJANI_LETTERS = 'əƏğĞıİöÖüÜşŞçÇ';
