import { foldTurkic } from './turkic-letters.js';

/**
 * Month names of Kazakh (қаңтар … желтоқсан) and the Russian names Kyrgyz borrows, with the
 * case endings both languages glue on: «қыркүйектегі», «қарашаға», «қазаннан», «сәуірде»,
 * Kyrgyz «мартындагы», «апрелине», «июнунда». The stems are matched on the folded spelling, so
 * «кыркуйек» typed without Kazakh letters is the same month.
 */
const KAZAKH_STEMS: [RegExp, number][] = [
  [/^кантар/, 1],
  [/^акпан/, 2],
  [/^наурыз/, 3],
  [/^сауир/, 4],
  [/^мамыр/, 5],
  [/^маусым/, 6],
  [/^шилде/, 7],
  [/^тамыз/, 8],
  [/^кыркуйек/, 9],
  // «Казань», «Казани» (the city, in Russian text) is not October.
  [/^казан(?=$|[дгнкты])/, 10],
  [/^караша/, 11],
  [/^желтоксан/, 12],
];

/** The month a Kazakh month word names, in any case form; null for any other word. */
export function kazakhMonth(word: string): number | null {
  const w = foldTurkic(word);
  return KAZAKH_STEMS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** The month and the case ending glued to it («казаннан» → 10 and «нан»), on the folded spelling; null for any other word. */
export function kazakhMonthWithEnding(word: string): { month: number; ending: string } | null {
  const w = foldTurkic(word);
  for (const [re, month] of KAZAKH_STEMS) {
    const hit = re.exec(w);
    if (hit !== null) return { month, ending: w.slice(hit[0].length) };
  }
  return null;
}
