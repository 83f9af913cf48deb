/**
 * Shapes of the lines of a plan written as a list (listed-items.ts), kept apart for their classes:
 *   «📎Дедлайны проведения выборов:» — a post's heading marked with an emoji, not one more bullet;
 *   «до 26.08.23г. - регистрация, отборочный этап;», «12.09.23г. - подсчёт голосов, инаугурация;» — a term first in
 *   figures (a two-digit year glued to «г.»), then a dash and the stage;
 *   «· о проведении школьных акций …;» / «· касающиеся деятельности Школьного парламента …» — lines that only finish
 *   their heading's sentence («Президент школы компетентен принимать решения:»), each a prepositional phrase or a
 *   participle clause: no measures.
 */

/** An emoji (not «©», «®») opening a line. */
const EMOJI_MARK = /^((?![©®])\p{Extended_Pictographic})\uFE0F?\s*/u;

/** «📎Дедлайны проведения выборов:» over lines that do not open with the same mark: a heading, its mark dropped. */
export function emojiHeading(text: string, next: string | undefined): string | null {
  const m = EMOJI_MARK.exec(text);
  if (!m || !/:\s*$/.test(text) || !next || next.startsWith(m[1]!)) return null;
  const rest = text.slice(m[0].length).trim();
  return rest.length >= 3 && rest.length <= 160 ? rest : null;
}

/** «до 26.08.23г.», «12.09.2023», «не позднее 01.10.23 г.»: a day in figures, a bound before it. */
export const FIGURES_TERM = String.raw`(?:(?:до|с|не\s+позднее|не\s+ранее)\s+)?\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s*(?:г(?:ода|\.)?)?`;
const FIGURES_TERM_FIRST = new RegExp(String.raw`^(${FIGURES_TERM})\s*[—–-]\s+(?=[А-ЯЁа-яё])(.{4,})$`, 'iu');

/** The term and the action of a line that gives its term first in figures, or null. */
export const figuresTermFirst = (text: string): RegExpExecArray | null => FIGURES_TERM_FIRST.exec(text);

const PREPOSITION = /^(?:для|в|во|на|с|со|по|из|от|к|ко|о|об|обо|при|у|среди)\s/iu;
// «касающиеся …», «направленные …», «связанные …»: a participle in lower case goes on with the sentence above.
const PARTICIPLE = /^[а-яё]+(?:ющ|ящ|ущ|ащ|вш|нн|емы|имы)[а-яё]*(?:ся)?\s/u;

/** Every line finishes its heading's sentence: a list of what, not of measures. */
export const completesHeading = (texts: readonly string[]): boolean => texts.every((t) => PREPOSITION.test(t) || PARTICIPLE.test(t));
