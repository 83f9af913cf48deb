/**
 * Kazakh and Kyrgyz are written in Cyrillic with letters Russian lacks (Kazakh ә ғ қ ң ө ұ ү һ і,
 * Kyrgyz ң ө ү). Regular expressions written for Russian («[а-яё]») stop in the middle of
 * «қыркүйек», so the language modules build their classes from these.
 */
export const TURKIC_LOWER = 'әғқңөұүһі';
export const TURKIC_UPPER = 'ӘҒҚҢӨҰҮҺІ';
/** Class bodies (without brackets) for any Cyrillic letter of Russian, Kazakh and Kyrgyz. */
export const LOWER = `а-яё${TURKIC_LOWER}`;
export const UPPER = `А-ЯЁ${TURKIC_UPPER}`;
export const LETTER = `${LOWER}${UPPER}`;

// «ѳ» (Cyrillic fita) stands for «ө» on Kyrgyz sites whose font lacks it («ѳткѳрүү», «жѳнүндѳ»).
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ѳ: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };

/**
 * Lower case with the Turkic letters folded onto their Russian look-alikes: sites and Word files
 * without a Kazakh keyboard print «кыркуйек», «Iс-шаралар» (Latin I), «мерзiмi», and the
 * vocabularies match all of these through one spelling.
 */
export function foldTurkic(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=[а-яёәғқңөұүһі-])i|i(?=[а-яёәғқңөұүһі-])/g, 'и')
    .replace(/[әғқңөѳұүһіё]/g, (c) => FOLD[c]!);
}

/** Whether the text is written in Kazakh or Kyrgyz rather than Russian: one of their own letters in a word. */
export const hasTurkicLetters = (text: string): boolean => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text);
