/**
 * A voting told by its month first and its days after, as news items say it: «Голосование состоится в сентябре и
 * пройдет в три дня – 8,9,10 числа». Restated as «8, 9, 10 сентября пройдет голосование», the days-first wording
 * `yearless-voting-day.ts` already reads (its year, its check that the day comes after every dated line). Only
 * «числа» after the days ties them to the month told before; without it the numbers may count anything.
 */

// The month in the prepositional case («в сентябре», «в мае») and its genitive, the case a date uses.
const GENITIVE: Readonly<Record<string, string>> = {
  январе: 'января',
  феврале: 'февраля',
  марте: 'марта',
  апреле: 'апреля',
  мае: 'мая',
  июне: 'июня',
  июле: 'июля',
  августе: 'августа',
  сентябре: 'сентября',
  октябре: 'октября',
  ноябре: 'ноября',
  декабре: 'декабря',
};

const MONTH_THEN_DAYS =
  /(?:выбор|референдум|голосовани)[а-яё]*\s+(?:пройд[её]т|пройдут|состоится|состоятся)\s+в\s+([а-яё]+)(?=[\s,])[^.;!?]{0,60}?[\s–—-]((?:\d{1,2}\s*(?:,|и)\s*)*\d{1,2})\s+числа/giu;

/** Each such sentence restated with the days first; nothing when the text tells none. */
export function monthThenDays(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_THEN_DAYS)) {
    const month = GENITIVE[m[1]!.toLowerCase()];
    if (!month) continue;
    const days = m[2]!.split(/\s*(?:,|и)\s*/).filter(Boolean);
    out.push(`${days.join(', ')} ${month} пройдет голосование`);
  }
  return out;
}
