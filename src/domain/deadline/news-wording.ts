/**
 * Words that news items and notices put around a term, dropped so that the term is read by the calendar grammar:
 *   «отмечается ежегодно в третье воскресенье февраля» → «ежегодно в третье воскресенье февраля»
 *   «Проводится он в третье воскресенье февраля»       → «в третье воскресенье февраля»
 *   «назначены на 10 апреля 2022 года»                  → «на 10 апреля 2022 года»
 *   «завершается завтра, 30 октября»                    → «завершается 30 октября»
 *   «срок регистрации кандидатов истек 26 августа»     → «до 26 августа»
 * Only a verb of something happening is dropped, and only before a term of the calendar grammar («в», «на», «с», a
 * day, «ежегодно»); what follows it is read as before. Works on folded text (lower case, «е» for «ё»).
 */

// «сегодня, 13 февраля», «завтра, 30 октября»: the news item's own day, printed right after the word.
const DEICTIC_DAY = /(^|\s)(?:сегодня|завтра|послезавтра|вчера)\s*,\s*(?=\d{1,2}\s+[а-я]+)/;

// «отмечается», «проводится (он)», «пройдет», «состоится», «назначены»: the term is the day or span that follows.
const HAPPENS =
  /^(?:отмечается|отмечают|проводится|проводятся|проходит|проходят|пройдет|пройдут|состоится|состоятся|назначен[аоы]?|(?:будет|будут)\s+(?:проходить|проводиться|осуществляться|работать))(?:\s+(?:он|она|оно|они))?\s+(?=(?:в|во|на|с|со|до|по|ежегодно|каждое|каждый|\d{1,2})\s)/;

// «срок регистрации кандидатов истек 26 августа», «прием документов завершается 18 июля»: a term named by its subject
// (a stage of the campaign) and the day it runs out or ends, which bounds it like «до 26 августа».
const RUNS_OUT =
  /^(?:срок|прием|выдвижение|регистрация|сбор|агитация|представление|подача)(?:\s+[а-я]+){0,6}?\s+(?:истекает|истек|истекла|истекли|истечет|завершается|завершится|заканчивается|закончится|завершил(?:ся|ась|ось)|закончил(?:ся|ась|ось))\s+(?=\d{1,2}\s+[а-я]+)/;

const MAYBE = /будет|будут|заверш|законч|сегодня|завтра|вчера|отмеча|провод|проход|пройд|состо|назначен|истек|истеч/;

export function rewordNewsLead(core: string): string {
  if (!MAYBE.test(core)) return core;
  const text = core.replace(DEICTIC_DAY, '$1');
  if (RUNS_OUT.test(text)) return `до ${text.replace(RUNS_OUT, '')}`;
  return text.replace(HAPPENS, '');
}
