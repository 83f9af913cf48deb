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
  'ый', 'ой', 'ий', 'ая', 'ья', 'ое', 'ье', 'ого', 'его', 'ьего', 'ей', 'ьей', 'ую', 'ью', 'ом', 'ем', 'ьем', 'ые', 'ьи', 'ых', 'ьих',
]);

/** 1…4 for «первый», «вторая», «третьей», «четвертом» …; 0 otherwise. */
export function ordinalFromWord(word: string): number {
  for (const [stem, value] of ORDINAL_STEMS) {
    if (word.startsWith(stem) && ORDINAL_ENDINGS.has(word.slice(stem.length))) return value;
  }
  return 0;
}

const CARDINALS = new Map<string, number>([
  ['один', 1], ['одного', 1], ['одни', 1], ['одних', 1],
  ['два', 2], ['двух', 2], ['две', 2],
  ['три', 3], ['трех', 3],
  ['четыре', 4], ['четырех', 4],
  ['пять', 5], ['пяти', 5],
  ['шесть', 6], ['шести', 6],
  ['семь', 7], ['семи', 7],
  ['восемь', 8], ['восьми', 8],
  ['девять', 9], ['девяти', 9],
  ['десять', 10], ['десяти', 10],
  ['пятнадцать', 15], ['пятнадцати', 15],
  ['двадцать', 20], ['двадцати', 20],
  ['тридцать', 30], ['тридцати', 30],
]);

/** Small counts written in words («за пять дней»); 0 when the word is not one. */
export function cardinalFromWord(word: string): number {
  return CARDINALS.get(word) ?? 0;
}

const ROMAN = new Map<string, number>([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6],
  ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10], ['xi', 11], ['xii', 12],
]);

/** Roman numerals up to XII (quarters, half-years, plan years); 0 otherwise. */
export function romanFromWord(word: string): number {
  return ROMAN.get(word) ?? 0;
}

const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function toRoman(n: number): string {
  return ROMAN_OUT[n] ?? String(n);
}
