/**
 * Kazakh wording of the Kazakh CEC's and territorial commissions' calendar plans, rewritten into the Russian
 * grammar the engine reads (as Kyrgyz dates are):
 *   «2023 жылғы 20 қазаннан кешіктірмей»                          → «не позднее 20 октября 2023 года»
 *   «18 ақпанға дейін», «31-тамызға дейін»                         → «до 18 февраля», «до 31 августа»
 *   «4 қарашадан бастап»                                          → «с 4 ноября»
 *   «27 ақпаннан бастап 14 наурыз күні сағат 18:00-ге дейін»       → «с 27 февраля по 14 марта до 18:00»
 *   «10-20 тамыз аралығында»                                      → «с 10 августа по 20 августа»
 *   «10 қаңтарда сағат 07.00-ден 20.00-ге дейін»                   → «10 января до 20:00» (the hours of that day)
 *   «сайлауға 30 күн қалғанда», «дауыс беру басталғанға дейін 20 күн бұрын»
 *                                                                 → «не позднее чем за 30 (20) дней до дня голосования»
 *   «сайлау тағайындалғаннан кейін он күн мерзімнен кешіктірмей»   → «не позднее чем через 10 дней после назначения выборов»
 *   «референдум тағайындалған күннен бастап он күннен кешіктірмей» → «не позднее чем через 10 дней со дня назначения выборов»
 *   «…, яғни 2026 жылғы 21 ақпаннан кешіктірілмей»                 → «…, т.е. не позднее 21 февраля 2026 года»
 * Counting: «N күн қалғанда» (when N days remain) is printed with the date voting day − (N + 1) wherever the plans
 * print both — «дауыс беру күніне 15 күн қалғанда, яғни 2026 жылғы 27 ақпаннан кешіктірмей» for the referendum of
 * 15.03.2026 (kaz.zakon.kz), «сайлауға 30 күн қалғанда 2020 жылғы 10 желтоқсаннан кешіктірмей» for voting on
 * 10.01.2021 (gov.kz) — which is the Russian «не позднее чем за N дней до» (ст. 11.1 п. 2 67-ФЗ), so the Russian
 * rule reads it. The Kazakh law's own counting article was not found.
 * Works on folded text: the Turkic letters are folded onto Russian ones first (ә → а, қ → к, і → и …).
 */
import { kazakhMonthWithEnding } from '../locale/kazakh-months.js';
import { foldTurkic } from '../locale/turkic-letters.js';
import { kazakhLatinToFolded, looksKazakhLatin } from '../locale/kazakh-latin.js';
import { russianDate } from './month-names.js';

// Letters only Kazakh has among Russian, Kyrgyz and Kazakh (ә ғ қ ұ һ і), a Latin «i» inside or at the end of a Cyrillic
// word (sites without a Kazakh keyboard; case folding also writes «і» so), or the Kazakh year word («жылғы», «жылдың» — Kyrgyz writes «жылдын»).
const KAZAKH = /[әғқұһі]|[а-яё]i(?![a-z])|(?:^|\s)жыл(?:ғы|дың)\s/;

export function looksKazakh(text: string): boolean {
  return KAZAKH.test(text) || looksKazakhLatin(text);
}

const UNITS: Record<string, number> = { бир: 1, еки: 2, уш: 3, торт: 4, бес: 5, алты: 6, жети: 7, сегиз: 8, тогыз: 9 };
const TENS: Record<string, number> = { он: 10, жиырма: 20, отыз: 30, кырык: 40, елу: 50, алпыс: 60, жетпис: 70, сексен: 80, токсан: 90 };
const UNIT = Object.keys(UNITS).join('|');
const TEN = Object.keys(TENS).join('|');
// «он бес күндік мерзім», «отыз күн»: a count in words only right before a unit of time.
const COUNT_WORDS = new RegExp(`(^|\\s)(?:(${TEN})(?:\\s+(${UNIT}))?|(${UNIT}))(?=\\s+(?:кун|тауелик|апта|ай)(?:[а-я]*)(?:\\s|,|$))`, 'g');
// «сағат он сегізде» (at eighteen o'clock): the hour in words, with its case ending on the last word.
const HOUR_WORDS = new RegExp(`сагат\\s+(?:(он|жиырма)\\s+)?(${UNIT}|он|жиырма)(де|да|те|та|ге|га|ке|ка|ден|дан|тен|тан)?(?=\\s|,|$)`, 'g');

function countWordsToDigits(text: string): string {
  return text
    .replace(HOUR_WORDS, (_all, ten: string | undefined, unit: string, ending: string | undefined) => {
      const value = (ten !== undefined ? (TENS[ten] ?? 0) : 0) + (UNITS[unit] ?? TENS[unit] ?? 0);
      return `сагат ${value}:00${ending !== undefined ? `-${ending}` : ''}`;
    })
    .replace(COUNT_WORDS, (_all, lead: string, ten: string | undefined, unit: string | undefined, alone: string | undefined) => {
      const value = ten !== undefined ? (TENS[ten] ?? 0) + (unit !== undefined ? (UNITS[unit] ?? 0) : 0) : (UNITS[alone ?? ''] ?? 0);
      return `${lead}${value}`;
    });
}

const CLOCK = '(\\d{1,2})[:.](\\d{2})';
const FROM_ENDING = '\\s*-?(?:ден|дан|тен|тан|нен|нан)';
const TO_ENDING = '\\s*-?(?:ге|га|ке|ка)';
// «сағат 07.00-ден 20.00-ге дейін»: the hours of a day; the day is the window and the closing hour is kept.
const HOURS_OF_DAY = new RegExp(`сагат\\s+${CLOCK}${FROM_ENDING}\\s+(?:бастап\\s+)?(?:сагат\\s+)?${CLOCK}${TO_ENDING}\\s+дейин`, 'g');
const UNTIL_HOUR = new RegExp(`сагат\\s+${CLOCK}${TO_ENDING}\\s+дейин`, 'g');
// «сағат 18:00-ден бастап», «23 тамыз сағат 18.01-ден 14 қыркүйек …»: the hour a term opens at does not move its
// first day.
const FROM_HOUR = new RegExp(`\\s*сагат\\s+${CLOCK}${FROM_ENDING}(?:\\s+бастап|(?=\\s+\\d))`, 'g');
const AT_HOUR = new RegExp(`сагат\\s+${CLOCK}\\s*-?(?:де|да|те|та)?(?=\\s|,|$)`, 'g');
const LOCAL_TIME = /\s*жергиликти\s+уакыт\s+бойынша/g;

// «19 қараша, сенбі сағат 0:00-ге дейін»: the day of the week printed after a date adds nothing to it.
const WEEKDAY_AFTER_DATE = /(?<=\d{1,2}\s*-?\s*[а-я]+)\s*,?\s+(?:дуйсенби|сейсенби|сарсенби|бейсенби|жума|сенби|жексенби)(?=\s|,|$)/g;
// «21 қазан сағат 18:00-ден бастап»: a date in the nominative with the hour a term opens at is the term's first day,
// as «21 қазаннан бастап» is; the hour does not move it.
const NOMINATIVE_DATE_FROM_HOUR = new RegExp(`(\\d{1,2}\\s*-?\\s*)([а-я]+)\\s+сагат\\s+${CLOCK}${FROM_ENDING}\\s+бастап`, 'g');

const HOURS_MARK = 'до-часа';

function rewriteClock(input: string): string {
  const text = input.replace(WEEKDAY_AFTER_DATE, '').replace(NOMINATIVE_DATE_FROM_HOUR, (all, day: string, word: string) => {
    const m = kazakhMonthWithEnding(word);
    return m !== null && m.ending === '' ? `${day}${word}нан бастап` : all;
  });
  return (
    text
      .replace(LOCAL_TIME, '')
      // The hours of a day stay apart from «до» of a bound until the dates are read: «9 маусым күні сағат 07.00-ден
      // 20.00-ге дейін» is that day, not a term until 20:00 of it.
      .replace(HOURS_OF_DAY, (_all, _h: string, _m: string, h2: string, m2: string) => `${HOURS_MARK} ${Number(h2)}:${m2}`)
      .replace(UNTIL_HOUR, (_all, h: string, m: string) => `до ${Number(h)}:${m}`)
      .replace(FROM_HOUR, '')
      .replace(AT_HOUR, (_all, h: string, m: string) => `в ${Number(h)}:${m}`)
  );
}

type Case = 'nom' | 'abl' | 'dat' | 'loc';

// «2025 жылдың 9 қаңтарынан» (of the year 2025, from its 9 January): after a year in the genitive the month takes the
// possessive «-ы/-і» before its case — «қаңтарынан», «қаңтарына», «қаңтарында».
function caseOf(ending: string): Case | null {
  if (ending === '') return 'nom';
  if (/^(?:нан|нен|дан|ден|тан|тен|ынан|инен)$/.test(ending)) return 'abl';
  if (/^(?:га|ге|ка|ке|на|не|а|е|ына|ине)$/.test(ending)) return 'dat';
  if (/^(?:да|де|та|те|нда|нде|ында|инде)$/.test(ending)) return 'loc';
  return null;
}

// «2023 жылғы 20 қазаннан», «31-тамызға», «14 наурыз»: a day of a month, with its year before it.
const DATE = /(?:(\d{4})\s+жыл(?:гы|дын|ы)?\s+)?(\d{1,2})\s*-?\s*([а-я]+)/g;
// «10-20 тамыз аралығында»: two days of one month.
const DAY_SPAN = /(\d{1,2})\s*-\s*(\d{1,2})\s*-?\s*([а-я]+)\s+аралыгында/g;

// «шілденің 14-інде» (on the 14th of July): the month in the genitive before the day is the same date as «14 шілдеде».
const MONTH_GENITIVE_DAY = /([а-я]+?)(?:нин|нын|дин|дын|тин|тын)\s+(\d{1,2})\s*-?\s*(?:и|ы)?(?:нде|нда|де|да)(?=\s|,|$)/g;

function monthGenitiveDayToLocative(text: string): string {
  return text.replace(MONTH_GENITIVE_DAY, (all, stem: string, day: string) => {
    const m = kazakhMonthWithEnding(stem);
    return m !== null && m.ending === '' ? `${day} ${stem}де` : all;
  });
}

// «20-шы қаңтардан бері» (since 20 January): the ordinal ending on the day adds nothing to the date.
const DAY_ORDINAL = /(\d{1,2})\s*-?\s*(?:шы|ши|ыншы|инши|нши|ншы)(?=\s+[а-я])/g;

/** Dates become «§n» with their case; the postposition after them picks the Russian preposition. */
function rewriteDates(input: string): string | null {
  let text = monthGenitiveDayToLocative(input)
    .replace(DAY_ORDINAL, '$1')
    .replace(DAY_SPAN, (all, a: string, b: string, word: string) => {
      const m = kazakhMonthWithEnding(word);
      return m === null || m.ending !== '' ? all : `с ${russianDate(a, m.month)} по ${russianDate(b, m.month)}`;
    });
  const dates: { ru: string; case: Case }[] = [];
  let broken = false;
  text = text.replace(DATE, (all, year: string | undefined, day: string, word: string) => {
    const m = kazakhMonthWithEnding(word);
    if (m === null) return all;
    const c = caseOf(m.ending);
    if (c === null) {
      broken = true;
      return all;
    }
    dates.push({ ru: russianDate(day, m.month, year), case: c });
    return `§${dates.length - 1}`;
  });
  if (broken) return null;
  const ru = (i: string): string => dates[Number(i)]?.ru ?? '';
  const caseAt = (i: string): Case | undefined => dates[Number(i)]?.case;
  return (
    text
      // «27 ақпаннан бастап 14 наурыз күні (сағат 18:00-ге) дейін», «§ пен § аралығында»
      .replace(
        /§(\d+)\s+бастап\s+§(\d+)(?:\s+куни)?\s+(?:дейин|(до\s+\d{1,2}:\d{2}))/g,
        // A term that runs until 0:00 of a day ends as that day begins: «по 00:00 19 ноября» keeps the day out.
        (_a, i: string, j: string, until?: string) =>
          until !== undefined && /^до\s+0?0:00$/.test(until)
            ? `с ${ru(i)} по 00:00 ${ru(j)}`
            : `с ${ru(i)} по ${ru(j)}${until !== undefined ? ` ${until}` : ''}`,
      )
      .replace(/§(\d+)\s+(?:пен|мен|бен)?\s*§(\d+)\s+аралыгында/g, (_a, i: string, j: string) => `с ${ru(i)} по ${ru(j)}`)
      // «21 қазанда сағат 18.00-де басталады және 19 қарашада сағат 00.00-де аяқталады»: a start hour and an end hour,
      // as «с 18.00 21 октября и продлится до 00.00 19 ноября» (an end at 0:00 keeps its day out).
      .replace(
        /§(\d+)\s+в\s+(\d{1,2}:\d{2})\s+басталады\s+жане\s+§(\d+)(?:\s+куни)?,?\s+в\s+(\d{1,2}:\d{2})\s+аяктал(?:ады|ды)$/,
        (_a, i: string, from: string, j: string, until: string) => `с ${from} ${ru(i)} и продлится до ${until} ${ru(j)}`,
      )
      // «16 қыркүйекте басталып, 30 қазанда аяқталады», «23 тамыз … 14 қыркүйек күні сағат 00.00-де аяқталады»; an end
      // named by its rule and then, after a dash, by the date it gives («… және сайлау күніне бір ай қалғанда - 2017
      // жылғы 28 қыркүйекте аяқталады»): the printed date is the end.
      .replace(
        /§(\d+)(?:\s+(?:басталып,?|басталады\s+жане(?:\s+[^§]+?\s+-)?))?\s+§(\d+)(?:\s+куни)?,?(?:\s+в\s+(\d{1,2}:\d{2}))?\s+аяктал(?:ады|ды)$/,
        (_a, i: string, j: string, time?: string) => `с ${ru(i)} по ${time !== undefined ? `${time} ` : ''}${ru(j)}`,
      )
      // «21 тамыз сағат 18.00-ге дейін»: a date in the nominative and its hour are one moment that bounds the term
      // (like «до 18:00 21 августа»); in the locative («10 қаңтарда … 20.00-ге дейін») the date names the day itself.
      // «13 қараша, сағат 18.00-ге дейін аяқталады»: a comma before the hour, and the verb of the end after the bound.
      .replace(/§(\d+)(?:\s+куни)?,?\s+до\s+(\d{1,2}:\d{2})(?:\s+аяктал(?:ады|ды))?/g, (all, i: string, time: string) =>
        caseAt(i) === 'nom' ? `до ${time} ${ru(i)}` : all,
      )
      // «14 шілдеде сағат 18.00-де аяқталады» (ends on that day at that hour), also after the stage it ends
      // («кандидаттарды тіркеу 14 шілдеде …»): words before the date name what ends, not another day.
      // «8 қараша, сағат 18.00-де аяқталды» (ended: news after the day) reads the same.
      .replace(/^(?:[а-я]+\s+){0,3}§(\d+)(?:\s+куни)?,?(?:\s+в\s+(\d{1,2}:\d{2}))?\s+аяктал(?:ады|ды)$/, (_a, i: string, time?: string) =>
        time !== undefined ? `до ${ru(i)} в ${time}` : `до ${ru(i)}`,
      )
      .replace(/§(\d+)\s+(кешиктирмей|кешиктирилмей|дейин|бастап|бери|кейин)/g, (all, i: string, word: string) => {
        const c = caseAt(i);
        if (word.startsWith('кешик') && c === 'abl') return `не позднее ${ru(i)}`;
        if (word === 'дейин' && c === 'dat') return `до ${ru(i)}`;
        if ((word === 'бастап' || word === 'бери') && c === 'abl') return `с ${ru(i)}`;
        if (word === 'кейин' && c === 'abl') return `после ${ru(i)}`;
        return all;
      })
      // «2025 жылғы 16 ақпанға» alone (what an election is set for): the day itself; «-ға» with «дейін» was read above.
      .replace(/^§(\d+)$/, (all, i: string) => (caseAt(i) === 'dat' ? ru(i) : all))
      .replace(/§(\d+)(?:\s+куни)?/g, (all, i: string) => (caseAt(i) === 'nom' || caseAt(i) === 'loc' ? ru(i) : all))
      .replaceAll(HOURS_MARK, 'до')
  );
}

const VOTING =
  '(?:сайлауга|референдумга|дауыс\\s+беруге|дауыс\\s+беру\\s+кунине|сайлау\\s+кунине|референдум\\s+кунине|дауыс\\s+беретин\\s+кунге|сайлау\\s+откизилетин\\s+уакытка)';
const DAYS_LEFT = new RegExp(`${VOTING}\\s+(\\d{1,3})\\s+кун\\s+калганда(?:\\s+кешиктирмей)?`, 'g');
// «дауыс беру күніне дейін күнтізбелік 45 күн бұрын», «сайлауға дейін 20 күннен кешіктірмей»: N days before the vote,
// as the Russian text of the same law says «не позднее чем за N дней до дня голосования».
const DAYS_BEFORE_VOTING = new RegExp(
  `${VOTING}\\s+дейин\\s+(?:кунтизбелик\\s+)?(\\d{1,3})\\s+(?:кунтизбелик\\s+)?кун(?:нен)?\\s+(?:бурын|кешиктир(?:и?л?)мей)`,
  'g',
);
// «сайлау күніне дейін 10 күн ішінде»: the last N days before the vote.
const WITHIN_BEFORE_VOTING = new RegExp(`${VOTING}\\s+дейин\\s+(?:кунтизбелик\\s+)?(\\d{1,3})\\s+кун\\s+ишинде`, 'g');
const AFTER_VOTING = '(?:(?:дауыс\\s+беру|сайлау|референдум)\\s+кунинен\\s+кейин|сайлаудан\\s+кейин|референдумнан\\s+кейин|дауыс\\s+беруден\\s+кейин)';
// «дауыс беру күнінен кейін 10 күн ішінде» (within), «… 10 күннен кешіктірмей» (not later than N days after).
const DAYS_AFTER_VOTING = new RegExp(`${AFTER_VOTING}\\s+(?:кунтизбелик\\s+)?(\\d{1,3})\\s+кун(?:нен|\\s+ишинде)\\s*(кешиктир(?:и?л?)мей)?`, 'g');
// «сайлау тағайындалған күннен бастап 5 күн ішінде»: within N days of the call, its day the first (ст. 11.1 п. 1).
const WITHIN_FROM_CALL = /(?:сайлау|референдум)\s+тагайындалган(?:нан\s+кейин|\s+куннен\s+(кейин|бастап))\s+(\d{1,3})\s+кун\s+ишинде/g;
// «дауыс беру күні» alone, «дауыс беру күнінің алдындағы күні» (the day before it).
const VOTING_DAY_ITSELF = /^(?:дауыс\s+беру|сайлау|референдум)\s+куни(?=\s+до\s+\d|$)/;
const DAY_BEFORE_VOTING = /^(?:дауыс\s+беру|сайлау)\s+кунинин\s+алдындагы\s+(?:кун|куни)$/;
const DAYS_BEFORE = /дауыс\s+беру\s+басталганга\s+дейин\s+(\d{1,3})\s+кун\s+бурын/g;
// «сайлау тағайындалғаннан кейін он күн мерзімнен кешіктірмей» (after the call), «референдум тағайындалған күннен
// бастап он күннен кешіктірмей» (from the day of the call, which is the term's first day).
const FROM_CALL =
  /(?:сайлау|референдум)\s+тагайындалган(?:нан\s+кейин|\s+куннен\s+(кейин|бастап))\s+(\d{1,3})\s+кун(?:дик)?(?:\s+мерзимнен|нен)?\s+кешиктир(?:и?л?)мей/g;
// «референдум тағайындалған сәттен басталып, … аяқталады»: from the moment of the call.
const FROM_CALL_MOMENT = /(?:сайлау|референдум)\s+тагайындалган\s+(?:саттен|куннен)\s+басталып,?\s+(.+?)\s+аякталады$/;

function rewriteRelative(text: string): string {
  return (
    text
      .replace(DAYS_LEFT, (_a, n: string) => `не позднее чем за ${n} дней до дня голосования`)
      .replace(DAYS_BEFORE, (_a, n: string) => `не позднее чем за ${n} дней до дня голосования`)
      .replace(DAYS_BEFORE_VOTING, (_a, n: string) => `не позднее чем за ${n} дней до дня голосования`)
      .replace(WITHIN_BEFORE_VOTING, (_a, n: string) => `в течение ${n} дней до дня голосования`)
      .replace(DAYS_AFTER_VOTING, (_a, n: string, notLater: string | undefined) =>
        notLater !== undefined ? `не позднее чем через ${n} дней после дня голосования` : `в течение ${n} дней после дня голосования`,
      )
      .replace(
        WITHIN_FROM_CALL,
        (_a, word: string | undefined, n: string) => `в течение ${n} дней ${word === 'бастап' ? 'со дня' : 'после'} назначения выборов`,
      )
      .replace(VOTING_DAY_ITSELF, 'в день голосования')
      .replace(DAY_BEFORE_VOTING, 'накануне дня голосования')
      .replace(
        FROM_CALL,
        (_a, word: string | undefined, n: string) => `не позднее чем через ${n} дней ${word === 'бастап' ? 'со дня' : 'после'} назначения выборов`,
      )
      .replace(FROM_CALL_MOMENT, (_a, end: string) => `со дня назначения выборов по ${end.replace(/^(.+?)\s+в\s+(\d{1,2}:\d{2})$/, '$2 $1')}`)
      // «… дауыс беру күніне бір күн қалғанда аяқталады»: a term that ends when N days remain ends by that bound.
      .replace(/(до дня голосования)\s+аякталады$/, '$1')
      .replace(/\s*,?\s*ягни\s*,?\s*/g, ', т.е. ')
      .replace(/(дня голосования|назначения выборов)\s+(?=(?:не позднее|до|с)\s+\d)/g, '$1, т.е. ')
  );
}

// «14 қыркүйек – 13 қазан 2020 жыл» (a timetable cell): the year printed after the date in the nominative, as Russian
// prints «13 октября 2020 года»; «(бір айлық мерзім)» after it only restates the range's length (one month's term).
const YEAR_AFTER = /(\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))\s+(\d{4})\s+жыл(?:гы)?(?![а-я])/g;
const TERM_LENGTH = /\s*\(\s*(?:бир|екi|eki|уш|\d{1,2})\s+айлык\s+мерзим\s*\)/g;

function yearAfterDate(text: string): string {
  const dated = text.replace(YEAR_AFTER, '$1 $2 года');
  return dated === text ? text : dated.replace(TERM_LENGTH, '');
}

// «… сағат 18.00-де басталады және сайлау болатын күннің алдындағы күні … сағат 00.00-де аяқталады (2022 жылғы 19
// қарашада сағат 00.00-де аяқталады)»: an end told by its rule, then restated in brackets by the date it gives — the
// printed end is read, as after a dash.
const END_RESTATED = /(басталады\s+жане)\s+[^()§]+?\s+аякталады\s*\(\s*([^()]+?\s+аякталады)\s*\)$/;

function endRestated(text: string): string {
  return text.replace(END_RESTATED, '$1 $2');
}

/**
 * The bracket that restates the end was set aside as a note before the phrase reached this module; it is put back
 * when the phrase is a start and an end told by its rule, and the note tells the end («… аяқталады»).
 */
export function withRestatedEnd(core: string, notes: string[]): string {
  if (!/басталады\s+(?:жане|және)\s+.+\s+ая[кқ]тал/.test(core)) return core;
  const at = notes.findIndex((n) => /\d{1,2}\s*-?\s*[а-яәғқңөұүһі]+\s+.*аяқталады$/i.test(n.trim()));
  if (at < 0) return core;
  // The note is read as the end now; left among the notes it would count as a date the reading ignores.
  const [note] = notes.splice(at, 1);
  return `${core} (${note!.trim().toLowerCase()})`;
}

/** Kazakh text in Russian words, or null when the phrase has no wording this module reads. */
export function rewriteKazakh(input: string): string | null {
  const folded = looksKazakhLatin(input) ? kazakhLatinToFolded(input) : foldTurkic(input);
  const text = rewriteRelative(rewriteClock(countWordsToDigits(endRestated(folded))));
  const dated = rewriteDates(text);
  if (dated === null) return null;
  const out = yearAfterDate(dated).replace(/\s+/g, ' ').trim();
  return out === folded ? null : out;
}
