/**
 * A measure told as one sentence that ends with its term, as news agencies and notices retell a calendar plan:
 *   «1. Опубликование состава … комиссий референдума в средствах массовой информации не позднее 21 февраля 2026 года.»
 *   «3. Агитация перед республиканским референдумом начинается после назначения референдума и заканчивается в ноль
 *   часов 14 марта 2026 года.»
 * The bound with its day («не позднее / до / не ранее <day> <month> [<year>]»), or the start and end told by their
 * verbs, closing the sentence is the term; the words before it are the measure. Nothing is split when the term is not
 * last, or when too little is left for a measure.
 */
const MONTH = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const DAY = `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.?))?`;
const BOUND_LAST = new RegExp(`^(.+?)\\s+((?:не\\s+позднее|не\\s+позже|не\\s+ранее|до)\\s+${DAY})\\s*\\.?$`, 'iu');
const START_END_LAST = new RegExp(
  `^(.+?)\\s+((?:начинается|начнется|начнётся)\\s+[^.;]{3,120}?\\s+(?:заканчивается|завершается|закончится|завершится)\\s+[^.;]{0,60}?${DAY})\\s*\\.?$`,
  'iu',
);
const MIN_MEASURE_WORDS = 3;

export function termClosingSentence(text: string): { title: string; deadline: string } | null {
  const t = text.trim();
  const m = START_END_LAST.exec(t) ?? BOUND_LAST.exec(t);
  if (!m) return null;
  const title = m[1]!.replace(/[,\s–—-]+$/, '').trim();
  // «Прием документов до 1 марта» keeps a measure; «Не позднее 1 марта» alone has none.
  if (title.split(/\s+/).length < MIN_MEASURE_WORDS || !/^[«"А-ЯЁ]/.test(title)) return null;
  return { title, deadline: m[2]!.trim() };
}
