/**
 * Russian wordings that say exactly what a wording the engine already reads says, rewritten into it
 * (works on folded text: lower case, «е» for «ё»):
 *   «в канун дня выборов»                              → «накануне дня выборов»
 *   «до 10 декабря нынешнего года» («сего года», «с.г.») → «до 10 декабря» (the plan's own year, as «текущего года»)
 *   «на единый день голосования 19 сентября 2021 года» → «в единый день голосования 19 сентября 2021 года»
 *   «за 15 - 4 дня до дня голосования»                 → «не ранее чем за 15 дней и не позднее чем за 4 дня до дня голосования»
 *   «за I квартал 2016 года»                            → «I квартал 2016 года» (the work of that quarter)
 *   «первая половина марта», «во 2-й половине февраля»  → «с 1 марта по 15 марта», «с 16 февраля по третью декаду февраля»
 * Only whole wordings are rewritten; anything else is returned unchanged.
 */

import { monthFromWord, monthGenitive } from './month-names.js';

const EVE = /(^|\s)в\s+канун\s+(?=дня\s)/;
// «с.г.» / «с. г.» is «сего года» abbreviated (as «т.г.» is «текущего года»), printed after a date.
const THIS_YEAR = /\s+(?:(?:нынешнего|сего)\s+года|с\.\s?г\.?)(?=\s|$|[,;.)])/g;
// «на (единый) день голосования <date>»: the event's own day named by «на», as «в день голосования <date>» is.
const ON_VOTING_DAY = /^на\s+((?:единый\s+)?день\s+(?:голосования|выборов)\s*[,-]?\s*\d)/;
// «за 15 - 4 дня до дня голосования»: the two counts of one term, the larger first — from the earlier day to the later.
const COUNT_SPAN = /^за\s+(\d{1,3})\s*-\s*(\d{1,3})\s+(дн[а-я]*|календарных\s+дн[а-я]*)\s+до\s+(.+)$/;

// «за I квартал 2016 года», «за 2 полугодие»: a quarter or half-year named by its number is the span the work covers.
const FOR_PERIOD = /^за\s+(?=(?:[iv]{1,3}|[1-4])(?:-?[а-я]{1,2})?\s+(?:квартал|полугоди)[а-я]*(?:\s+\d{4}\s*(?:года|г\.?))?$)/;

// «первая (вторая) половина февраля», «во второй половине марта 2025 года»: days 1–15, or the 16th to the month's end.
const HALF_OF_MONTH =
  /^(?:в\s+|во\s+)?(?:(перв(?:ая|ой)|1-?(?:я|ая|й|ой)?)|(втор(?:ая|ой)|2-?(?:я|ая|й|ой)?))\s+половин[аеы]\s+([а-я]+)(\s+\d{4}\s*(?:года|г\.?))?$/;

function halfOfMonth(text: string): string | null {
  const m = HALF_OF_MONTH.exec(text);
  if (m === null || monthFromWord(m[3] as string) === 0) return null;
  const month = monthGenitive(monthFromWord(m[3] as string));
  const year = m[4] ?? '';
  return m[1] !== undefined ? `с 1 ${month} по 15 ${month}${year}` : `с 16 ${month} по третью декаду ${month}${year}`;
}

export function rewordSynonyms(core: string): string {
  const half = halfOfMonth(core);
  if (half !== null) return half;
  let text = core.replace(EVE, '$1накануне ').replace(THIS_YEAR, '').replace(ON_VOTING_DAY, 'в $1').replace(FOR_PERIOD, '');
  const span = COUNT_SPAN.exec(text);
  if (span !== null && Number(span[1]) > Number(span[2]) && Number(span[2]) > 0) {
    const unit = span[3]!.startsWith('календарных') ? 'календарных дней' : 'дней';
    text = `не ранее чем за ${span[1]} ${unit} и не позднее чем за ${span[2]} ${unit} до ${span[4]}`;
  }
  return text;
}
