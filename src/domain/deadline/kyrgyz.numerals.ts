/**
 * Kyrgyz counts written in words («тогуз күн калганда», «отуз сегиз календардык күндөн», «эки апта ичинде»)
 * → digits, so that the Kyrgyz grammar reads them like «9 күн». A number is taken only right before a unit of
 * time, and «бир» after «ар» («ар бир айда», each month) means «each», so it stays a word. Weeks («апта», «жума»)
 * become seven days each, as in Russian «через две недели».
 */

const UNITS: Readonly<Record<string, number>> = { бир: 1, эки: 2, үч: 3, төрт: 4, беш: 5, алты: 6, жети: 7, сегиз: 8, тогуз: 9 };
const TENS: Readonly<Record<string, number>> = {
  он: 10,
  жыйырма: 20,
  отуз: 30,
  кырк: 40,
  элүү: 50,
  алтымыш: 60,
  жетимиш: 70,
  сексен: 80,
  токсон: 90,
};

const NUMBER_WORD = `(?:жүз|${Object.keys(TENS).join('|')}|${Object.keys(UNITS).join('|')})`;
const UNIT_OF_TIME = '(?:календар[дл]ык\\s+|жумушчу\\s+)*(?:күн|апта|жума|ай|жыл|саат)';
// One to three number words («тогуз», «жыйырма бир», «жүз жыйырма беш») right before a unit of time.
const SPELLED = new RegExp(`(^|\\s)(${NUMBER_WORD}(?:\\s+${NUMBER_WORD}){0,2})(?=\\s+${UNIT_OF_TIME}[а-яөүң]*(?:\\s|$))`, 'g');

/** «жыйырма бир» → 21; 0 when the words are not a number in the usual order (hundreds, tens, units). */
function valueOf(words: string): number {
  let total = 0;
  let last = Infinity;
  for (const w of words.split(/\s+/)) {
    const v = w === 'жүз' ? 100 : (TENS[w] ?? UNITS[w] ?? 0);
    if (v === 0 || v >= last) return 0;
    total += v;
    last = v;
  }
  return total;
}

// «2 апта», «3 жуманын ичинде»: a week is seven days (the count is in digits by now).
const WEEKS = /(^|\s)(\d{1,2})\s+(?:апта|жума)[а-яөүң]*(?=\s|$)/g;

/** Works on folded text; leaves everything but spelled counts before a unit of time as it is. */
export function kyrgyzCountsToDigits(text: string): string {
  const digits = text.replace(SPELLED, (all: string, lead: string, words: string, at: number) => {
    // «ар бир айда» (each month): «бир» after «ар» is «each», not one.
    if (/(?:^|\s)ар$/.test(text.slice(0, at))) return all;
    const n = valueOf(words);
    return n > 0 ? `${lead}${n}` : all;
  });
  return digits.replace(WEEKS, (_all: string, lead: string, n: string) => `${lead}${Number(n) * 7} күн`);
}
