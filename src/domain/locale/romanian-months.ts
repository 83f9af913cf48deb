/**
 * Romanian month names (the CEC of Moldova's calendar programmes): «28 decembrie 2004», «5 mai 2021»,
 * «11 iulie 2021», also with the article («ianuarie», «ianuarii» in old prints) and short forms («dec.»).
 */
const ROMANIAN_MONTHS = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];

/** The month a Romanian month word names («Decembrie» → 12, «sept.» → 9); null for any other word. */
export function romanianMonth(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = ROMANIAN_MONTHS.findIndex((m) => w === m || w === `${m.slice(0, -2)}ii`);
  if (full >= 0) return full + 1;
  // Short forms are the first three to five letters of the name.
  const short = w.length >= 3 && w.length <= 5 ? ROMANIAN_MONTHS.findIndex((m) => m.startsWith(w)) : -1;
  return short >= 0 ? short + 1 : null;
}
