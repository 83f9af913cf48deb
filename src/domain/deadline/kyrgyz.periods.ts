/**
 * Kyrgyz names of plan periods, rewritten into the Russian wording the calendar and recurrence grammars read:
 *   «I чейрек», «1-чейрек», «биринчи чейректе», «2025-жылдын IV чейреги» → «i квартал (2025 года)»
 *   «II жарым жылдык», «биринчи жарым жылдыкта»                          → «ii полугодие»
 *   «ар бир чейректе», «чейрек сайын» → «ежеквартально»; «ай сайын», «ар айда» → «ежемесячно»;
 *   «жума сайын» → «еженедельно»; «жыл сайын» → «ежегодно»
 *   «март айында», «январь-март айлары»                                  → «март», «январь-март»
 * Works on folded text (Roman numerals are lower-case Latin by then).
 */
import { toRoman } from './ordinals.js';

const ORDINALS: Readonly<Record<string, number>> = { биринчи: 1, экинчи: 2, үчүнчү: 3, төртүнчү: 4 };
const NUMBER = '(iv|i{1,3}|[1-4]|биринчи|экинчи|үчүнчү|төртүнчү)';
const YEAR = '(?:(\\d{4})-жыл[а-яөүң]*\\s+)?';

const QUARTER = new RegExp(`^${YEAR}${NUMBER}\\s*-?\\s*чейре[кг][а-яөүң]*$`);
const HALF_YEAR = new RegExp(`^${YEAR}${NUMBER}\\s*-?\\s*жарым\\s+жыл(?:дык|дыг)?[а-яөүң]*$`);

const EVERY: readonly [RegExp, string][] = [
  [/^(?:ар\s+(?:бир\s+)?чейректе|чейрек\s+сайын)$/, 'ежеквартально'],
  [/^(?:ар\s+(?:бир\s+)?айда|ай\s+сайын)$/, 'ежемесячно'],
  [/^(?:ар\s+(?:бир\s+)?(?:жумада|аптада)|(?:жума|апта)\s+сайын)$/, 'еженедельно'],
  [/^(?:ар\s+(?:бир\s+)?жылы|жыл\s+сайын)$/, 'ежегодно'],
];

const MONTHS = '(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яь]*';
// «март айында», «январь-март айлары»: the month names are the Russian ones; «айы» (its month) is dropped.
const MONTH_WORD = new RegExp(`^(${MONTHS}(?:\\s*-\\s*${MONTHS})?)\\s+ай(?:ы|ында|лары|ларында|ларда)$`);

function numberOf(word: string): number {
  const ordinal = ORDINALS[word];
  if (ordinal !== undefined) return ordinal;
  if (/^\d$/.test(word)) return Number(word);
  return { i: 1, ii: 2, iii: 3, iv: 4 }[word] ?? 0;
}

function withYear(text: string, year: string | undefined): string {
  return year !== undefined ? `${text} ${year} года` : text;
}

export function rewriteKyrgyzPeriods(text: string): string | null {
  const q = QUARTER.exec(text);
  if (q !== null) {
    const n = numberOf(q[2] as string);
    return n >= 1 && n <= 4 ? withYear(`${toRoman(n).toLowerCase()} квартал`, q[1]) : null;
  }
  const h = HALF_YEAR.exec(text);
  if (h !== null) {
    const n = numberOf(h[2] as string);
    return n === 1 || n === 2 ? withYear(`${toRoman(n).toLowerCase()} полугодие`, h[1]) : null;
  }
  for (const [re, russian] of EVERY) if (re.test(text)) return russian;
  const m = MONTH_WORD.exec(text);
  return m !== null ? (m[1] as string) : null;
}
