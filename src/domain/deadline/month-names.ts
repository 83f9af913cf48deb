/**
 * Russian month names in every case plus the abbreviations planners use.
 * Text reaching these lookups is already lower-cased with «ё» folded to «е».
 */

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['январь', 'января', 'январе', 'январю', 'январем', 'янв'],
  ['февраль', 'февраля', 'феврале', 'февралю', 'февралем', 'фев', 'февр'],
  ['март', 'марта', 'марте', 'марту', 'мартом', 'мар'],
  ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', 'апр'],
  ['май', 'мая', 'мае', 'маю', 'маем'],
  ['июнь', 'июня', 'июне', 'июню', 'июнем', 'июн'],
  ['июль', 'июля', 'июле', 'июлю', 'июлем', 'июл'],
  ['август', 'августа', 'августе', 'августу', 'августом', 'авг'],
  ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрем', 'сен', 'сент'],
  ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрем', 'окт'],
  ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрем', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрем', 'дек'],
];

const MONTH_BY_FORM = new Map<string, number>();
MONTH_FORMS.forEach((forms, index) => {
  for (const form of forms) MONTH_BY_FORM.set(form, index + 1);
});

/** 1…12 for a month word in any case or abbreviation, 0 otherwise. */
export function monthFromWord(word: string): number {
  return MONTH_BY_FORM.get(word) ?? 0;
}

const NOMINATIVE = MONTH_FORMS.map((forms) => forms[0] as string);
const GENITIVE = MONTH_FORMS.map((forms) => forms[1] as string);

/** «январь» — for month headings and ranges in explanations. */
export function monthNominative(month: number): string {
  return NOMINATIVE[month - 1] ?? '?';
}

/** «января» — for day-and-month phrases («1 февраля»). */
export function monthGenitive(month: number): string {
  return GENITIVE[month - 1] ?? '?';
}

/**
 * «5 мая 2021 года», «14 октября»: a date in the Russian words the engine reads — what every rewriter of another
 * language's dates (Kazakh, Armenian, Azerbaijani, Romanian, Uzbek) turns its dates into.
 */
export function russianDate(day: number | string, month: number, year?: string | number): string {
  return `${Number(day)} ${monthGenitive(month)}${year !== undefined ? ` ${year} года` : ''}`;
}
