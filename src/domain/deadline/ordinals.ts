/**
 * Ordinal and cardinal words that stand for small numbers in deadline phrases
 * («первая декада», «второе полугодие», «за пять дней»), and Roman numerals
 * («II квартал», «III Год»).
 */

const ORDINAL_STEMS: readonly [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
];

const ORDINAL_ENDINGS = new Set([
  'ый',
  'ой',
  'ий',
  'ая',
  'ья',
  'ое',
  'ье',
  'ого',
  'его',
  'ьего',
  'ей',
  'ьей',
  'ую',
  'ью',
  'ом',
  'ем',
  'ьем',
  'ые',
  'ьи',
  'ых',
  'ьих',
]);

/** 1…4 for «первый», «вторая», «третьей», «четвертом» …; 0 otherwise. */
export function ordinalFromWord(word: string): number {
  for (const [stem, value] of ORDINAL_STEMS) {
    if (word.startsWith(stem) && ORDINAL_ENDINGS.has(word.slice(stem.length))) return value;
  }
  return 0;
}

const CARDINALS = new Map<string, number>([
  ['один', 1],
  ['одного', 1],
  ['одни', 1],
  ['одних', 1],
  ['два', 2],
  ['двух', 2],
  ['две', 2],
  ['три', 3],
  ['трех', 3],
  ['четыре', 4],
  ['четырех', 4],
  ['пять', 5],
  ['пяти', 5],
  ['шесть', 6],
  ['шести', 6],
  ['семь', 7],
  ['семи', 7],
  ['восемь', 8],
  ['восьми', 8],
  ['девять', 9],
  ['девяти', 9],
  ['десять', 10],
  ['десяти', 10],
  ['одиннадцать', 11],
  ['одиннадцати', 11],
  ['двенадцать', 12],
  ['двенадцати', 12],
  ['тринадцать', 13],
  ['тринадцати', 13],
  ['четырнадцать', 14],
  ['четырнадцати', 14],
  ['пятнадцать', 15],
  ['пятнадцати', 15],
  ['шестнадцать', 16],
  ['шестнадцати', 16],
  ['семнадцать', 17],
  ['семнадцати', 17],
  ['восемнадцать', 18],
  ['восемнадцати', 18],
  ['девятнадцать', 19],
  ['девятнадцати', 19],
  ['двадцать', 20],
  ['двадцати', 20],
  ['тридцать', 30],
  ['тридцати', 30],
  ['сорок', 40],
  ['сорока', 40],
  ['пятьдесят', 50],
  ['пятидесяти', 50],
  ['шестьдесят', 60],
  ['шестидесяти', 60],
  ['семьдесят', 70],
  ['семидесяти', 70],
  ['восемьдесят', 80],
  ['восьмидесяти', 80],
  ['девяносто', 90],
  ['девяноста', 90],
]);

const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

// «сорока пяти дней», «девяноста дней»: a count in words right before its unit.
const SPELLED_COUNT = /(^|\s)([а-я]+)(?:\s+([а-я]+))?(?=\s+(?:календарн|рабоч|дн|день|сут|месяц))/g;

/** «в течение сорока пяти дней» → «в течение 45 дней»; words that are no count are left as they are. */
export function spelledCountsToDigits(text: string): string {
  return text.replace(SPELLED_COUNT, (all: string, lead: string, first: string, second: string | undefined) => {
    const a = CARDINALS.get(first);
    const b = second !== undefined ? CARDINALS.get(second) : undefined;
    if (a !== undefined && b !== undefined && TENS.has(a) && b < 10) return `${lead}${a + b}`;
    if (b !== undefined) return a === undefined ? `${lead}${first} ${b}` : all;
    return a !== undefined && second === undefined ? `${lead}${a}` : all;
  });
}

/** Small counts written in words («за пять дней»); 0 when the word is not one. */
export function cardinalFromWord(word: string): number {
  return CARDINALS.get(word) ?? 0;
}

const ROMAN = new Map<string, number>([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['v', 5],
  ['vi', 6],
  ['vii', 7],
  ['viii', 8],
  ['ix', 9],
  ['x', 10],
  ['xi', 11],
  ['xii', 12],
]);

/** Roman numerals up to XII (quarters, half-years, plan years); 0 otherwise. */
export function romanFromWord(word: string): number {
  return ROMAN.get(word) ?? 0;
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1…3999 in Roman numerals; anything else stays in figures. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let out = '';
  for (const [value, sign] of ROMAN_DIGITS) for (; n >= value; n -= value) out += sign;
  return out;
}

// Day numbers written as ordinals before a month or «числа» («не позже шестого января 2014 года», «к двадцать первому
// марта», «не позднее пятнадцатого числа каждого месяца»).
/** Stems of the ordinals «первый» … «девятый» (one table for every reader of spelled days). */
export const ORDINAL_UNIT_STEMS: readonly [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
];
/** Stems of «десятый» … «девятнадцатый», «двадцатый», «тридцатый». */
export const ORDINAL_TEEN_STEMS: readonly [string, number][] = [
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
// The longer stems first: «пятнадцатого» must not stop at «пят».
const DAY_ORDINAL_STEMS: readonly [string, number][] = [...ORDINAL_TEEN_STEMS, ...ORDINAL_UNIT_STEMS];
const DAY_ORDINAL = new RegExp(
  `(^|\\s)(?:(двадцать|тридцать)\\s+)?(${DAY_ORDINAL_STEMS.map(([s]) => s).join('|')})(?:ь?его|ого|ь?е|ое|ому|ь?ему|ом|ь?ем|ый|ий|ой)` +
    '(?=\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|числа|число)(?:\\s|$|,|\\.))',
  'g',
);

/** «шестого января» → «6 января», «пятнадцатого числа» → «15 числа»; only before a month in the genitive or «число», and only days 1…31. */
export function spelledDayOrdinalsToDigits(text: string): string {
  if (!/[а-я](?:ого|его|ое|ье|ому|ему|ом|ем|ый|ий|ой)\s/.test(text)) return text;
  return text.replace(DAY_ORDINAL, (all: string, lead: string, tens: string | undefined, stem: string) => {
    const unit = DAY_ORDINAL_STEMS.find(([s]) => s === stem)?.[1] ?? 0;
    const day = tens === undefined ? unit : (tens === 'двадцать' ? 20 : 30) + (unit < 10 ? unit : 100);
    return day >= 1 && day <= 31 ? `${lead}${day}` : all;
  });
}
