import { TOLD_SPAN } from './told-spans.js';

/**
 * «Выдвижение кандидатов по обоим округам возможно до 4 февраля.», «Предоставление документов для регистрации, включая
 * подписи, до 9 февраля.»: a calendar's line written as a sentence of its own — it opens with the step (a verbal noun)
 * and closes with its bound or span, with no verb that narrates it. It has the shape of a list line («Выдвижение
 * кандидатов – до 4 февраля»), only without the dash, so it is read as one even when the step is the election's own:
 * an election's calendar NARRATED in news («Регистрация … завершится в 18.00 часов 30 сентября …», «начнется 26 июня и
 * закончится 16 июля», «уже не 11 июня, а 16 июля») stays unread, as its terms cannot be taken without guessing
 * (holdout12).
 */
const MONTH = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const DAY = `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?`;
const STEP_NOUN = /^[А-ЯЁ][а-яё]+(?:[нт]ие|ция)(?=\s)/u;
/** The bound or span that closes the sentence, after a space or a comma («…, до 9 февраля.»). */
const CLOSING_TERM = new RegExp(`(?:^|[\\s,])((?:до|не\\s+позднее|не\\s+ранее)\\s+${DAY}|${TOLD_SPAN})\\s*[.;]?$`, 'iu');
/** A finite verb before the term narrates the step («… будет осуществляться с …», «… завершится до …»). */
const NARRATED = /(?:^|\s)(?:будет|будут|был[аио]?|стал[аио]?|[а-яё]+(?:[её]тся|[ия]тся|ится|ется|ает|яет|ут|ют|ат|ят|ил[аио]?|ал[аио]?))(?=\s)/iu;

export function calendarSentenceTerm(sentence: string): string | null {
  const text = sentence.trim();
  if (!STEP_NOUN.test(text) || text.length > 300) return null;
  const m = CLOSING_TERM.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  // «Регистрация кандидатов – с 19 марта по 7 апреля.» is a list line: the listed reader has decided on it.
  if (/[–—-]\s*$/u.test(before)) return null;
  return NARRATED.test(before) ? null : m[1]!.trim();
}

/** A paragraph the site printed twice (AMP copies repeat a block): its measures are read once. */
export function repeatedParagraph(seen: Set<string>, text: string): boolean {
  const key = text.replace(/\s+/g, ' ').trim();
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}
