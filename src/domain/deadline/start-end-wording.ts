/**
 * Wordings of a term by its start and its end, as election notices and the Kazakh CEC's plans write them,
 * rewritten into the range grammar the engine reads:
 *   «начинается с 10 августа и заканчивается в 18.00 часов 22 августа 2023 г.» → «с 10 августа по 18.00 часов 22 августа 2023 г.»
 *   «заканчивается в 18.00 часов 27 августа 2023 г.»                          → «до 18.00 часов 27 августа 2023 г.»
 *   «в ноль часов по местному времени за сутки до дня голосования»              → «до ноля часов по местному времени дня, предшествующего дню голосования»
 *   «с 18.01 10 декабря 2020 года по 00.00 9 января 2021 года»                 → «с 10 декабря 2020 года по 00.00 9 января 2021 года»
 *   «в течение 3-х дней до дня голосования»                                     → «в течение 3 дней до дня голосования»
 *   «начнется 15 сентября и завершится 10 октября»                             → «с 15 сентября по 10 октября»
 *   «… и заканчивается за 30 дней до проведения выборов, то есть 5 октября 2023 года» → «… по 5 октября 2023 года»
 * A start time does not move the first day of the window, so it is dropped; an end time stays for the
 * clock-time step, which keeps it in the explanation (and ends the term before a day that starts at 0:00).
 * Works on folded text (lower case, «е» for «ё»).
 */
// Past forms too: a news item written after the start («месячник начался 04 февраля и завершится 4 марта»).
const START = '(?:начинается|начнется|начинаются|начнутся|стартует|стартуют|стартовал[аио]?|начал(?:ся|ась|ось|ись)|проводится|проходит|продлится)';
// Past and plural forms too («завершилось 15 июля», «продлятся с 12 по 14 сентября»), «продолжится (до)», «истекает».
const END =
  '(?:заканчивается|закончится|завершается|завершится|оканчивается|окончится|прекращается|продлится|продолжится|продолжается|истекает|истечет|заканчиваются|закончатся|завершаются|завершатся|продлятся|продолжатся|(?:за|о)кончил(?:ся|ась|ось|ись)|завершил(?:ся|ась|ось|ись))';

// The start is «с 10 августа» or a bare date «16 сентября 2023 года»; a start counted from an event («со дня …») is
// left to the relative grammar, which keeps both bounds. «с 18.00 18 февраля и продлится до …» names its start by «с»
// alone, without a verb; the two halves are joined by «и» or «, а».
// «(проводится в период, который) начинается за 28 дней до дня голосования и прекращается в ноль часов по местному
// времени за одни сутки до дня голосования»: a start counted back from voting day and an end; the start is the «не ранее»
// bound of the relative grammar, which reads the pair. A start «со дня» an event is that grammar's own wording already.
const RULE_START_AND_END = new RegExp(`^(?:(?:[а-я]+\\s+){0,2}период,?\\s+который\\s+)?${START}\\s+(за\\s+.+?)\\s+и\\s+${END}\\s+(.+)$`);
const START_AND_END = new RegExp(`^(?:${START}\\s+(с\\s+.+?|\\d.+?)|(с\\s+.+?))\\s*,?\\s+(?:и|а)\\s+${END}\\s+(?:в\\s+|до\\s+|по\\s+)?(.+)$`);
// «начнется в 18.00 часов 30 сентября 2025 года …»: the hour a term opens at, named with «в» after the verb; like
// «с 18.01 10 декабря» it does not move the first day.
const START_AT_HOUR = new RegExp(`^(${START})\\s+(?:в|с)\\s+\\d{1,2}[:.]\\d{2}(?:\\s*час[а-я]*)?\\s+(?=\\d{1,2}\\s+[а-я]+)`);
// «начнется на следующий день после назначения выборов, то есть 10 апреля 2019 года, и завершится …»: a start named
// by its rule and the date printed for it; that date is the start.
const START_RULE_THEN_DATE = new RegExp(
  `^${START}\\s+[^\\d,]+?,\\s*(?:т\\.\\s?е\\.|то\\s+есть)\\s*(?:с\\s+)?(\\d{1,2}\\s+[а-я]+(?:\\s+\\d{4}\\s*(?:года|г\\.?)?)?)\\s*,?\\s+(?=(?:и|а)\\s)`,
);
// «… заканчивается за 30 дней до проведения выборов, то есть 5 октября 2023 года»: the printed date is the end.
const END_RULE_THEN_DATE = /^.+?,?\s+(?:т\.\s?е\.|то\s+есть)\s+(?=\d)/;
// «продлится по 14 июля включительно»: «по» names the last day as «до» does.
const END_ONLY = new RegExp(`^${END}\\s+(?:в\\s+|до\\s+|по\\s+)?(.+)$`);
// «стартует 10 ноября», «начинается с 1 июля 2024 года»: a term by its first day alone runs from it, as «с 10 ноября»
// does. Only verbs of a beginning: «проводится 10 ноября» is held on that day.
const START_ONLY =
  /^(?:начинается|начнется|начинаются|начнутся|стартует|стартуют|стартовал[аио]?|начал[аио]?сь|начался)\s+(?:с\s+)?(\d{1,2}\s+[а-я]+(?:\s+\d{4}\s*(?:года|г\.?)?)?)$/;
// «завершается за 30 календарных дней до дня выборов, то есть до 18 октября»: an end counted by a rule is that rule.
const END_BY_RULE = new RegExp(`^${END}\\s+(за\\s+.+)$`);
// «в ноль часов … за (одни) сутки до дня X»: the term ends when the day before X begins.
const MIDNIGHT_DAY_BEFORE = /(?:^|\s)в\s+ноль\s+часов((?:\s+по\s+(?:местному|московскому)\s+времени)?)\s+за\s+(?:одни\s+)?сутки\s+до\s+дня\s+/;
// «в ноль часов по местному времени дня, предшествующего дню голосования»: the moment that day begins ends the term,
// as «до ноля часов дня …» does.
const MIDNIGHT_OF_DAY = /(?:^|\s)в\s+(?:ноль\s+часов|0?0[:.]00(?:\s*час[а-я]*)?)((?:\s+по\s+(?:местному|московскому)\s+времени)?)\s+(?=дня[\s,])/;
// «10 января с 7.00 до 20.00»: a day with its opening hours is that day; the closing hour stays for the clock step.
// «30 октября с 7.00 до 20.00 по местному времени», «25, 26, 29 июня с 8.00 до 13.00 и с 19.00 до 21.00»: the zone
// and a second span of hours the same day change nothing either; the last closing hour is kept. «13 и 14 сентября
// будут работать с 8:00 до 20:00 часов»: the polling stations' hours after their days.
const HOURS = '\\d{1,2}[:.]\\d{2}(?:\\s*час[а-я]*)?';
const DAY_HOURS = new RegExp(
  `(\\d\\s+[а-я]+(?:\\s+\\d{4}\\s*(?:года|г\\.?)?)?)\\s+(?:(?:будут|будет)\\s+(?:работать|открыты|открыт)\\s+|работают\\s+|работает\\s+)?(?:с\\s+${HOURS}\\s+до\\s+${HOURS}\\s+и\\s+)*с\\s+${HOURS}\\s+(до\\s+${HOURS})(?:\\s+по\\s+(?:местному|московскому)\\s+времени)?$`,
);
// «с момента окончания срока регистрации в 18.00 21 октября»: a start named by its event and the date the notice
// prints for it; that date is the start (the event's date is the one printed right after it).
const EVENT_THEN_START_DATE =
  /^с\s+(?:момента|дня)\s+[^\d,]+?\s+(?:в\s+\d{1,2}[:.]\d{2}(?:\s*час[а-я]*)?\s+)?(\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}\s*(?:года|г\.?)?)?)$/;
// «с 8:00 до 20:00 25 августа»: the opening hours written before their day; the day is the window, as above.
const HOURS_DAY = /^с\s+\d{1,2}[:.]\d{2}(?:\s*час[а-я]*)?\s+(до\s+\d{1,2}[:.]\d{2}(?:\s*час[а-я]*)?)\s+(\d{1,2}\s+[а-я]+(?:\s+\d{4}\s*(?:года|г\.?)?)?)$/;
// «с 27 августа 2025 года – по 18.00 часов 25 сентября 2025 года»: a dash before «по» only separates the bounds.
const DASH_BEFORE_TO = /^(с\s+\d[^-]*?)\s*-\s*(по\s+\d)/;
// «с 18.01 10 декабря …», «с 18:00 21 октября …»: the hour a term opens at.
const START_TIME = /(^|\s)с\s+\d{1,2}[:.]\d{2}(?:\s*час[а-я]*)?\s+(?=\d{1,2}\s+[а-я]+)/;
// «… 15 марта текущего года»: the plan's own year, which the engine takes from the period.
const CURRENT_YEAR = /\s+текущего\s+года/g;
// «со дня, следующего за днем назначения выборов, т.е. с 10 апреля 2019 года, и заканчивается …»: the printed date is the start.
// «(начинается) со дня, следующего за днем назначения выборов, т.е. (то есть) с 10 апреля 2019 года(,) и заканчивается …»:
// the printed date is the start.
const RULE_THEN_START = new RegExp(
  `^(?:${START}\\s+)?со\\s+дня[^,]*,\\s*следующего\\s+за\\s+днем\\s+[^,]+,\\s*(?:т\\.\\s?е\\.|то\\s+есть)\\s*(с\\s+.+?),?\\s+и\\s+`,
);

// «в течение 3-х дней», «5-ти дней»: a numeral with its case ending, as plans often print it.
const NUMERAL_ENDING = /(\d)-(?:х|ти|ми|и|ух|ех|ого|му)(?=\s+(?:календарн|рабоч|дней|дня|день|сут|недел|месяц|час))/g;

// «в течение трех дней – 6, 7 и 8 сентября», «в течение двух дней 13 и 14 сентября»: voting over several days, named by
// their count and then each day; the days are the term when the list has as many as were counted.
const COUNTED_DAYS =
  /^в\s+течение\s+(двух|трех|2|3)\s+(?:дней|дня|суток)\s*[-:,]?\s*((?:\d{1,2}\s*(?:,\s*|\s+и\s+))+\d{1,2}\s+[а-я]+(?:\s+\d{4}\s*(?:года|г\.?)?)?)$/;
const COUNT: Readonly<Record<string, number>> = { двух: 2, трех: 3, '2': 2, '3': 3 };

function countedDays(text: string): string | null {
  const m = COUNTED_DAYS.exec(text);
  if (m === null) return null;
  const days = m[2]!.replace(/\s+\d{4}.*$/, '').match(/\d{1,2}/g) ?? [];
  return days.length === COUNT[m[1]!] ? m[2]! : null;
}

// Most phrases have none of these wordings: one cheap look spares the rest (the engine's budget is per phrase).
const MAYBE =
  /продолж|истека|истеч|течение\s+(?:двух|трех|[23])\s|начин|начн|начал|старт|заканч|законч|заверш|оканч|прекращ|продлит|продлят|провод|проход|ноль|00[:.]00|текущего|\d-[а-я]|с\s+\d{1,2}[:.]\d\d|\s-\s*по\s/;

export function rewordStartEnd(core: string): string {
  if (!MAYBE.test(core)) return core;
  const days = countedDays(core);
  if (days !== null) return days;
  let text = core.replace(CURRENT_YEAR, '').replace(NUMERAL_ENDING, '$1').replace(DASH_BEFORE_TO, '$1 $2');
  const ruled = RULE_THEN_START.exec(text);
  if (ruled) text = `начинается ${ruled[1]} и ${text.slice(ruled[0].length)}`;
  const ruledDate = START_RULE_THEN_DATE.exec(text);
  if (ruledDate) text = `начинается с ${ruledDate[1]} ${text.slice(ruledDate[0].length)}`;
  text = text.replace(START_AT_HOUR, '$1 с ');
  const ruleStart = RULE_START_AND_END.exec(text);
  if (ruleStart) text = `не ранее чем ${ruleStart[1]!} и ${ruleStart[2]!.startsWith('за') ? `не позднее чем ${ruleStart[2]!}` : ruleStart[2]!}`;
  const both = START_AND_END.exec(text);
  if (both) {
    const said = (both[1] ?? both[2])!;
    const start = said.startsWith('с ') ? said : `с ${said}`;
    const printed = EVENT_THEN_START_DATE.exec(start);
    const from = printed ? `с ${printed[1]!}` : start;
    text = `${from} по ${both[3]!.replace(END_RULE_THEN_DATE, '')}`;
  } else {
    const rule = END_BY_RULE.exec(text);
    const end = END_ONLY.exec(text);
    const start = START_ONLY.exec(text);
    if (rule) text = rule[1]!;
    // «продлится с 10 по 20 мая», «завершится не позднее 6 августа»: a span or a bound after the verb is the whole term.
    else if (end && /^(?:с\s+\d|не\s+позднее\s)/.test(end[1]!)) text = end[1]!;
    else if (end && /\d/.test(end[1]!)) text = `до ${end[1]}`;
    else if (start) text = `с ${start[1]!}`;
  }
  text = text.replace(MIDNIGHT_DAY_BEFORE, (_m, zone: string) => ` до ноля часов${zone} дня, предшествующего дню `).trim();
  text = text.replace(MIDNIGHT_OF_DAY, (_m, zone: string) => ` до ноля часов${zone} `).trim();
  text = text.replace(DAY_HOURS, '$1 $2');
  text = text.replace(HOURS_DAY, '$2 $1');
  return text.replace(START_TIME, '$1с ');
}
